"""mlmath.figures.optimizer_race: the plumbing of lesson 07's lab and loss plots (Agg backend)."""
import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from mlmath.figures import optimizer_race as race  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _bowl():
    X, Y = np.meshgrid(np.linspace(-2, 2, 41), np.linspace(-1, 1, 21))
    return X, Y, X**2 + 4 * Y**2


def test_contour_segments_lie_on_their_levels():
    X, Y, Z = _bowl()
    segs = race.contour_segments(X, Y, Z, [1.0, 2.0])
    assert segs and all(s.ndim == 2 and s.shape[1] == 2 for s in segs)
    values = np.concatenate([s[:, 0] ** 2 + 4 * s[:, 1] ** 2 for s in segs])
    assert np.all((np.abs(values - 1.0) < 0.05) | (np.abs(values - 2.0) < 0.05))
    with pytest.raises(ValueError):
        race.contour_segments(X, Y, Z[:, :-1], [1.0])


def test_race_draws_paths_contours_and_labelled_loss_panel():
    X, Y, Z = _bowl()
    paths = {"GD": np.array([[1.5, 0.8], [1.0, 0.2], [0.5, 0.1]]),
             "Adam": [[1.5, 0.8], [1.4, 0.7]], "mine": np.array([[1.5, 0.8], [9.0, 9.0]])}
    gaps = {"GD": [4.0, 1.2, 0.3], "Adam": [4.0, 3.9], "mine": [4.0, np.inf]}
    fig = race.show_race(race.contour_segments(X, Y, Z, [0.5, 1, 2]), paths, gaps, title="bowl",
                         xlim=(-2, 2), ylim=(-1, 1), minimum=(0, 0), start=(1.5, 0.8),
                         note="GD wins")
    left, right = fig.axes
    assert left.get_title() == "bowl" and left.get_xlabel() and left.get_ylabel()
    assert right.get_title() and right.get_xlabel() and right.get_ylabel()
    assert left.collections, "contour lines drawn as a collection"
    names = [t.get_text() for t in left.get_legend().get_texts()]
    assert {"GD", "Adam", "mine", "minimum", "start"} <= set(names)
    assert right.get_legend() is None, "one legend (left) serves both panels"
    assert [ln.get_label() for ln in right.get_lines()] == ["GD", "Adam", "mine"]
    assert right.get_yscale() == "log"
    assert left.get_xlim() == (-2.0, 2.0), "a diverging path must not stretch the map"
    line_colors = {ln.get_label(): ln.get_color() for ln in right.get_lines()}
    assert line_colors["GD"] == race.COLORS["GD"] and line_colors["Adam"] == race.COLORS["Adam"]
    assert any("GD wins" in t.get_text() for t in right.texts)


def test_race_figure_is_reused_and_updated_in_place():
    X, Y, Z = _bowl()
    segs = race.contour_segments(X, Y, Z, [1.0])
    first = race.show_race(segs, {"GD": [[0, 0], [1, 1]]}, {"GD": [1.0, 0.5]}, title="one",
                           xlim=(-1, 1), ylim=(-1, 1))
    second = race.show_race(segs, {"GD": [[0, 0], [0.5, -0.5], [0.2, 0.1]]}, {"GD": [2.0, 1.0, 0.1]},
                            title="two", xlim=(-2, 2), ylim=(-3, 3), note="")
    assert second is first, "the same optimisers reuse one figure"
    left, right = second.axes
    assert left.get_title() == "two" and left.get_ylim() == (-3.0, 3.0)
    gd_path = [ln for ln in left.get_lines() if ln.get_label() == "GD"][0]
    assert len(gd_path.get_xdata()) == 3 and np.allclose(right.get_lines()[0].get_ydata(), [2.0, 1.0, 0.1])
    assert not any(t.get_visible() and t.get_text() for t in right.texts), "an empty note is hidden"


def test_race_rejects_a_path_that_is_not_2d():
    X, Y, Z = _bowl()
    with pytest.raises(ValueError):
        race.show_race(race.contour_segments(X, Y, Z, [1.0]), {"GD": np.zeros((3, 3))},
                       {"GD": np.ones(3)}, title="t", xlim=(-1, 1), ylim=(-1, 1))


def test_loss_curves_hide_non_finite_and_tiny_values_and_accept_time_axis():
    fig, ax = plt.subplots()
    curves = {"GD": np.array([1.0, 0.1, 1e-20]), "Adam": np.array([1.0, np.nan, np.inf])}
    race.draw_loss_curves(curves, title="curves", ax=ax)
    gd, adam = ax.get_lines()
    assert np.isnan(gd.get_ydata()[-1]) and np.all(np.isnan(adam.get_ydata()[1:]))
    assert ax.get_legend() is not None and ax.get_title() == "curves"
    fig2, ax2 = plt.subplots()
    race.draw_loss_curves({"GD": [3.0, 2.0]}, title="time", x={"GD": [0.0, 0.5]}, logy=False,
                          xlabel="seconds", ax=ax2)
    assert list(ax2.get_lines()[0].get_xdata()) == [0.0, 0.5] and ax2.get_yscale() == "linear"
    with pytest.raises(ValueError):
        race.draw_loss_curves({"GD": [3.0, 2.0]}, title="bad", x={"GD": [0.0]}, ax=ax2)
    race.show_loss_curves({"GD": [1.0, 0.5]}, title="own figure")


def test_unknown_names_get_distinct_fallback_colours():
    assert race.color_of("GD") == "tab:blue"
    assert race.color_of("x", 0) != race.color_of("y", 1)
