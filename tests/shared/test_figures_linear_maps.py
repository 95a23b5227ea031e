"""Unit tests for mlmath.figures.linear_maps (drawing plumbing of lesson 01's labs)."""
import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from mlmath.figures.linear_maps import panels, show_linear_map, show_projection  # noqa: E402


def _scene(A):
    t = np.linspace(-1, 1, 5)
    grid = np.array([[[x, -1], [x, 1]] for x in t] + [[[-1, y], [1, y]] for y in t])
    phi = np.linspace(0, 2 * np.pi, 50)
    circle = np.column_stack([np.cos(phi), np.sin(phi)])
    square = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], dtype=float)
    return grid, grid @ A.T, circle, circle @ A.T, square @ A.T


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def test_linear_map_draws_into_given_axes_with_labels():
    fig, ax = plt.subplots()
    out = show_linear_map(*_scene(np.array([[1.0, 0.5], [0.0, 1.0]])), orientation=1,
                          directions=[np.array([1.0, 0.0])], title="shear", note="det = 1")
    # without ax it draws its own figure; with ax it returns that axes
    out = show_linear_map(*_scene(np.eye(2)), title="identity", ax=ax)
    assert out is ax
    assert ax.get_title() == "identity"
    assert ax.get_xlabel() and ax.get_ylabel()
    assert ax.get_legend() is not None
    assert ax.get_xlim() == (-3.0, 3.0)


def test_linear_map_draws_one_dashed_line_per_direction():
    fig, ax = plt.subplots()
    dirs = [np.array([1.0, 1.0]), np.array([1.0, -2.0])]
    show_linear_map(*_scene(np.diag([2.0, 0.5])), directions=dirs, ax=ax, title="t")
    dashed = [ln for ln in ax.get_lines() if ln.get_linestyle() == "--"]
    assert len(dashed) == 2


@pytest.mark.parametrize("orientation, color", [(1, "tab:blue"), (-1, "tab:red"), (0, "0.5")])
def test_square_colour_follows_orientation(orientation, color):
    fig, ax = plt.subplots()
    show_linear_map(*_scene(np.eye(2)), orientation=orientation, ax=ax, title="t")
    fill = ax.patches[0]
    assert np.allclose(fill.get_facecolor()[:3], matplotlib.colors.to_rgb(color))


def test_linear_map_rejects_bad_shapes():
    grid, image_grid, circle, image_circle, square = _scene(np.eye(2))
    with pytest.raises(ValueError):
        show_linear_map(grid[0], image_grid, circle, image_circle, square, title="t")
    with pytest.raises(ValueError):
        show_linear_map(grid, image_grid, circle, image_circle, square[:3], title="t")


def test_projection_figure():
    fig, ax = plt.subplots()
    out = show_projection([2.0, 0.0], [1.0, 1.0], [1.0, 0.0], title="proj", note="n", ax=ax)
    assert out is ax and ax.get_title() == "proj"
    assert ax.get_legend() is not None
    show_projection([0.0, 0.0], [1.0, 1.0], [0.0, 0.0], title="zero a")  # own figure, no error


def test_panels():
    fig, axs = panels(3)
    assert len(axs) == 3


def test_own_figures_are_shown_as_one_png_and_closed(monkeypatch):
    import mlmath.figures.linear_maps as lm
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj: shown.append(obj))
    before = len(plt.get_fignums())
    show_projection([2.0, 0.0], [1.0, 1.0], [1.0, 0.0], title="proj")
    show_linear_map(*_scene(np.eye(2)), title="identity")
    assert [obj.data[:4] for obj in shown] == [b"\x89PNG"] * 2
    assert len(plt.get_fignums()) == before
