"""Unit tests for mlmath.figures.surfaces (drawing plumbing of lesson 05's figures and labs)."""
import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from mlmath.figures.surfaces import (  # noqa: E402
    show_contours, show_direction_dial, show_gradient_field, show_loglog, show_slices,
    show_taylor)


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _grid():
    X, Y = np.meshgrid(np.linspace(-2, 2, 21), np.linspace(-1, 1, 11))
    return X, Y, X**2 + 3 * Y**2


def test_contours_mark_points_and_keep_labels():
    fig, ax = plt.subplots()
    out = show_contours(*_grid(), title="bowl", points=[[0, 0], [1, 0.5]],
                        point_labels=["min", "other"], ax=ax)
    assert out is ax and ax.get_title() == "bowl"
    assert ax.get_xlabel() and ax.get_ylabel()
    dots = [ln for ln in ax.get_lines() if ln.get_marker() == "o"]
    assert len(dots) == 1 and len(dots[0].get_xdata()) == 2
    assert len(ax.texts) == 2
    show_contours(*_grid(), title="own figure")  # no axes given: draws and closes its own


def test_contours_reject_mismatched_grids():
    X, Y, Z = _grid()
    with pytest.raises(ValueError):
        show_contours(X, Y, Z[:, :-1], title="t")


def test_gradient_field_draws_equal_length_arrows():
    fig, ax = plt.subplots()
    at = np.array([[0.0, 0.0], [1.0, 0.5]])
    vec = np.array([[1.0, 0.0], [0.0, 10.0]])
    show_gradient_field(*_grid(), at, vec, title="field", ax=ax)
    q = ax.collections[-1]
    lengths = np.hypot(q.U, q.V)
    assert np.allclose(lengths, lengths[0]), "normalise=True draws one common length"
    assert ax.get_legend() is not None
    with pytest.raises(ValueError):
        show_gradient_field(*_grid(), at, vec[:1], title="bad", ax=ax)


def test_gradient_field_can_keep_true_lengths():
    fig, ax = plt.subplots()
    vec = np.array([[1.0, 0.0], [0.0, 2.0]])
    show_gradient_field(*_grid(), [[0, 0], [1, 0]], vec, title="raw", normalise=False, ax=ax)
    q = ax.collections[-1]
    assert np.allclose(np.hypot(q.U, q.V), [1.0, 2.0])


def test_slices_draw_two_slices_and_two_tangents():
    fig, axs = plt.subplots(1, 2)
    t = np.linspace(-1, 1, 9)
    show_slices(*_grid(), [0.5, 0.2], t, (0.5 + t) ** 2, (0.2 + t) ** 2 * 3, 1.0, 1.2,
                title="slices", axs=axs)
    right = axs[1]
    assert right.get_title() == "slices" and right.get_xlabel() and right.get_ylabel()
    dashed = [ln for ln in right.get_lines() if ln.get_linestyle() == "--"]
    assert len(dashed) == 2
    assert axs[0].get_legend() is not None and right.get_legend() is not None
    with pytest.raises(ValueError):
        show_slices(*_grid(), [0.5, 0.2], t, t[:-1], t, 1.0, 1.0, title="bad", axs=axs)


def test_direction_dial_marks_current_slope():
    fig, axs = plt.subplots(1, 2)
    g = np.array([3.0, 4.0])
    ang = np.linspace(-np.pi, np.pi, 50)
    slopes = g[0] * np.cos(ang) + g[1] * np.sin(ang)
    u = np.array([1.0, 0.0])
    show_direction_dial(*_grid(), [0.1, 0.2], g, u, [-4.0, 3.0], ang, slopes, 0.0, 3.0,
                        title="dial", field_at=[[0, 0], [1, 0]], field=[[1, 1], [2, 0]], axs=axs)
    left, right = axs
    assert left.get_title() == "dial" and right.get_title()
    assert right.get_xlabel() and right.get_ylabel() and left.get_xlabel()
    markers = [ln for ln in right.get_lines() if ln.get_marker() == "o"]
    assert markers and markers[0].get_ydata()[0] == 3.0
    assert left.get_legend() is not None and right.get_legend() is not None
    with pytest.raises(ValueError):
        show_direction_dial(*_grid(), [0.1, 0.2], g, [1.0, 0.0, 0.0], [0, 1], ang, slopes, 0.0,
                            3.0, title="bad", axs=axs)


def test_taylor_panel_fixes_limits():
    fig, ax = plt.subplots()
    x = np.linspace(-3, 3, 50)
    out = show_taylor(x, np.sin(x), x - x**3 / 6, 0.0, 0.0, title="sin", ylim=(-2, 2), ax=ax)
    assert out is ax and ax.get_title() == "sin"
    assert ax.get_ylim() == (-2.0, 2.0)
    assert ax.get_legend() is not None and len(ax.get_lines()) == 3
    with pytest.raises(ValueError):
        show_taylor(x, np.sin(x), x[:-1], 0.0, 0.0, title="bad", ax=ax)
    show_taylor(x, np.sin(x), x, 0.0, 0.0, title="own figure")


def test_loglog_draws_curves_guides_and_marks():
    fig, ax = plt.subplots()
    h = np.logspace(-8, -1, 8)
    show_loglog(h, {"forward": h, "central": h**2}, guides={"eps/h": 1e-16 / h},
                marks={"h*": 1e-5}, title="errors", xlabel="h", ylabel="error", ax=ax)
    assert ax.get_xscale() == "log" and ax.get_yscale() == "log"
    assert ax.get_title() == "errors" and ax.get_xlabel() == "h"
    assert len(ax.get_legend().get_texts()) == 4
    with pytest.raises(ValueError):
        show_loglog(-h, {"a": h}, title="t", xlabel="x", ylabel="y", ax=ax)
    with pytest.raises(ValueError):
        show_loglog(h, {"a": h[:-1]}, title="t", xlabel="x", ylabel="y", ax=ax)
