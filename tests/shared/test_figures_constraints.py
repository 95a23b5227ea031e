"""Unit tests for mlmath.figures.constraints (drawing plumbing of lesson 06's tangency lab)."""
import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from mlmath.figures import constraints  # noqa: E402
from mlmath.figures.constraints import TangencyView  # noqa: E402


def _view(**kw):
    X, Y = np.meshgrid(np.linspace(-2, 2, 31), np.linspace(-1.5, 2.5, 21))
    t = np.linspace(0, 2 * np.pi, 50)
    return TangencyView(X, Y, (X - 1) ** 2 + 2 * Y**2, np.c_[np.cos(t), np.sin(t)],
                        optimum=[1.0, 0.0], title="tangency", **kw)


def test_view_has_labels_legend_and_fixed_limits():
    view = _view()
    ax = view.ax
    assert ax.get_title() == "tangency" and ax.get_xlabel() and ax.get_ylabel()
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any("constraint" in s for s in labels) and any("optimum" in s for s in labels)
    assert ax.get_xlim() == (-2.0, 2.0) and ax.get_ylim() == (-1.5, 2.5)


def test_update_moves_point_and_arrows_in_place_with_a_common_length():
    view = _view(arrow_length=0.5)
    artists_before = len(view.ax.get_children())
    fig = view.update([0.6, 0.8], [3.0, 4.0], [0.0, -0.2], note="nu = 1", show=False)
    assert fig is view.fig
    assert np.allclose(np.asarray(view.point.get_data()).ravel(), [0.6, 0.8])
    f_arrow, g_arrow = view.arrows["f"], view.arrows["g"]
    assert np.allclose(f_arrow.get_offsets(), [[0.6, 0.8]])
    assert np.allclose([f_arrow.U[0], f_arrow.V[0]], [0.3, 0.4])      # direction kept, length 0.5
    assert np.allclose([g_arrow.U[0], g_arrow.V[0]], [0.0, -0.5])
    assert view.text.get_text() == "nu = 1" and view.text.get_visible()
    view.update([1.0, 0.0], [0.0, 0.0], [2.0, 0.0], show=False)         # a zero gradient stays zero
    assert np.allclose([f_arrow.U[0], f_arrow.V[0]], [0.0, 0.0]) and not view.text.get_visible()
    assert len(view.ax.get_children()) == artists_before                # nothing added per update


def test_png_renders_and_update_displays_one_image(monkeypatch):
    shown = []
    monkeypatch.setattr(constraints, "display", shown.append)
    view = _view()
    png = view.png()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    view.update([0.0, 1.0], [1.0, 1.0], [0.0, 2.0], note="x")
    assert len(shown) == 1 and shown[0].data[:8] == b"\x89PNG\r\n\x1a\n"


def test_bad_shapes_are_rejected():
    X, Y = np.meshgrid(np.linspace(0, 1, 5), np.linspace(0, 1, 4))
    with pytest.raises(ValueError):
        TangencyView(X, Y, X[:, :-1], [[0, 0], [1, 1]])
    with pytest.raises(ValueError):
        TangencyView(X, Y, X + Y, [[0, 0, 0], [1, 1, 1]])
    view = _view()
    with pytest.raises(ValueError):
        view.update([0.0, 1.0, 2.0], [1.0, 1.0], [0.0, 2.0], show=False)
