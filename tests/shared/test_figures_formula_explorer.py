"""Unit tests for mlmath.figures.formula_explorer (lesson 00's lab plumbing)."""
import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from mlmath.figures import formula_explorer as fe  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _square_loop(n):
    return sum(i * i for i in range(1, n + 1))


def test_source_of_returns_function_text():
    assert "def _square_loop" in fe.source_of(_square_loop)


def test_source_of_degrades_gracefully_for_builtins():
    assert "not available" in fe.source_of(len)


def test_formula_figure_is_labelled_and_has_one_bar_per_term():
    fig = fe.formula_figure(np.cumsum(np.arange(1, 6)), title="partial sums",
                            closed_form=[1, 3, 6, 10, 15], limit=20.0)
    ax = fig.axes[0]
    assert ax.get_title() == "partial sums"
    assert ax.get_xlabel() and ax.get_ylabel()
    assert len(ax.patches) == 5
    assert ax.get_legend() is not None


def test_formula_figure_log_scale():
    fig = fe.formula_figure([1, 2, 6, 24], title="n!", logy=True)
    assert fig.axes[0].get_yscale() == "log"


def test_show_formula_displays_and_closes(monkeypatch):
    shown = []
    monkeypatch.setattr(fe, "display", lambda obj: shown.append(obj))
    monkeypatch.setattr(fe, "show_png", lambda fig: shown.append(fig))
    fe.show_formula(r"\sum_{i=1}^{n} i^2", _square_loop, _square_loop, 14, 14, True,
                    [1, 5, 14], n=3)
    texts = [getattr(o, "data", "") for o in shown]
    assert any("sum" in str(t) for t in texts)
    assert any("agree" in str(t) for t in texts)
    assert any(isinstance(o, matplotlib.figure.Figure) for o in shown)


def test_fit_and_loss_figure_has_two_labelled_panels():
    x = np.linspace(-1, 1, 7)
    w_grid = np.linspace(-1, 3, 9)
    fig = fe.fit_and_loss_figure(x, 2 * x, 1.0, 1.0 * x, w_grid, (w_grid - 2) ** 2, 1.0)
    assert len(fig.axes) == 2
    for ax in fig.axes:
        assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    assert fig.axes[0].get_legend() is not None          # data, model and residuals
    assert "current w" in fig.axes[1].get_title()        # the loss panel names its one dot


def test_show_fit_and_loss_displays_one_png_and_closes(monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj: shown.append(obj))
    x = np.linspace(-1, 1, 7)
    w_grid = np.linspace(-1, 3, 9)
    before = len(plt.get_fignums())
    fe.show_fit_and_loss(x, 2 * x, 1.0, x, w_grid, (w_grid - 2) ** 2, 1.0, title="t")
    assert len(shown) == 1 and shown[0].data[:4] == b"\x89PNG"
    assert len(plt.get_fignums()) == before
