"""mlmath.figures.unit_balls: the plumbing of lesson 04's labs (Agg backend, no display)."""
import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from mlmath.figures import unit_balls as ub  # noqa: E402

T = np.linspace(0.0, 2.0 * np.pi, 101)
CIRCLE = np.column_stack([np.cos(T), np.sin(T)])
DIAMOND = CIRCLE / np.abs(CIRCLE).sum(axis=1, keepdims=True)


def _labelled(ax):
    return bool(ax.get_title() and ax.get_xlabel() and ax.get_ylabel())


def test_unit_ball_draws_curve_references_points_and_chord():
    fig, (ax,) = ub.panels(1)
    try:
        out = ub.show_unit_ball(CIRCLE, title="p = 2", label="p = 2", references={"p = 1": DIAMOND},
                                points={"e1": (1.0, 0.0), "e2": [0.0, 1.0]},
                                chord=((1.0, 0.0), (0.0, 1.0)), note="a norm", ax=ax)
        assert out is ax and _labelled(ax)
        legend = [t.get_text() for t in ax.get_legend().get_texts()]
        for name in ("p = 2", "p = 1", "e1", "e2", "chord between two points of the ball"):
            assert name in legend
        assert ax.get_xlim() == (-1.6, 1.6) and ax.get_ylim() == (-1.6, 1.6)
        assert any(t.get_text() == "a norm" for t in ax.texts)
        assert len(ax.patches) >= 1, "the ball is filled"
    finally:
        plt.close(fig)


def test_unit_ball_makes_and_closes_its_own_figure():
    before = plt.get_fignums()
    ax = ub.show_unit_ball(CIRCLE, title="own figure")
    assert ax.get_title() == "own figure"
    assert plt.get_fignums() == before, "the lab's figure is closed after showing"


@pytest.mark.parametrize("bad", [np.zeros((2, 2)), np.zeros((5, 3)), np.zeros(6)])
def test_unit_ball_rejects_bad_shapes(bad):
    with pytest.raises(ValueError):
        ub.show_unit_ball(bad, title="bad")


def test_unit_ball_rejects_a_bad_chord_or_point():
    fig, (ax,) = ub.panels(1)
    try:
        with pytest.raises(ValueError):
            ub.show_unit_ball(CIRCLE, chord=((0, 0),), ax=ax)
        with pytest.raises(ValueError):
            ub.show_unit_ball(CIRCLE, points={"x": (1, 2, 3)}, ax=ax)
    finally:
        plt.close(fig)


def test_histogram_has_labels_markers_and_fixed_range():
    values = np.random.default_rng(0).uniform(0.5, 1.5, size=200)
    fig, (ax,) = ub.panels(1)
    try:
        ub.show_distance_histogram(values, title="d = 10", xlabel="distance / mean",
                                   markers={"min": values.min(), "max": values.max()}, ax=ax)
        assert _labelled(ax) and ax.get_xlabel() == "distance / mean"
        assert ax.get_xlim() == (0.0, 2.5)
        legend = [t.get_text() for t in ax.get_legend().get_texts()]
        assert "min" in legend and "max" in legend
        counts = sum(float(np.sum(p.get_data().values)) for p in ax.patches if hasattr(p, "get_data"))
        assert counts == len(values), "every value in range is counted once"
    finally:
        plt.close(fig)


def test_histogram_without_markers_has_no_legend():
    fig, (ax,) = ub.panels(1)
    try:
        ub.show_distance_histogram([0.9, 1.0, 1.1], title="plain", ax=ax)
        assert ax.get_legend() is None and _labelled(ax)
    finally:
        plt.close(fig)


def test_histogram_rejects_empty_values_and_bad_range():
    with pytest.raises(ValueError):
        ub.show_distance_histogram([], title="empty")
    with pytest.raises(ValueError):
        ub.show_distance_histogram([1.0], title="bad", value_range=(2.0, 1.0))


def test_panels_returns_a_row_of_axes():
    fig, axs = ub.panels(3)
    try:
        assert len(axs) == 3
    finally:
        plt.close(fig)
