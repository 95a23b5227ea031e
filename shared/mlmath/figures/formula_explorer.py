"""Plotting plumbing for lesson 00's labs: the formula -> code explorer and the loss explorer.

Only display lives here. The lesson computes every number (loop value, vectorised value, partial
sums, losses) in plain notebook code and hands the results to these helpers, which lay them out:

* :func:`formula_figure` / :func:`show_formula` -- a formula in LaTeX, the two code versions side
  by side, the two values, and a plot of the partial sums ``S_1, ..., S_n``;
* :func:`fit_and_loss_figure` / :func:`show_fit_and_loss` -- a one-parameter model drawn over its
  data (with residuals) next to the loss curve ``L(w)`` and the current ``w`` on it.
"""
from __future__ import annotations

import html
import inspect
import textwrap

import matplotlib.pyplot as plt
import numpy as np
from IPython.display import HTML, Math, display

from mlmath.plotting import axes, show_png


# Labs redraw these figures at every update, so they stay small and avoid mathtext in labels
# (plain text renders several times faster); the formula itself is shown as LaTeX by the browser.
FORMULA_FIGSIZE = (5.0, 3.2)
FIT_AND_LOSS_FIGSIZE = (8.4, 3.3)


def source_of(func) -> str:
    """The source text of ``func`` (dedented), or a short note when Python cannot find it."""
    try:
        return textwrap.dedent(inspect.getsource(func)).strip()
    except (OSError, TypeError):
        return f"# source of {getattr(func, '__name__', func)!r} is not available here"


def _code_block(title: str, code: str) -> str:
    return (f"<div style='flex:1; min-width:18em'><b>{html.escape(title)}</b>"
            f"<pre style='margin:0.2em 0; padding:0.4em; background:rgba(127,127,127,0.12)'>"
            f"{html.escape(code)}</pre></div>")


def formula_figure(partial_sums, *, title: str, ylabel: str = "partial value S(k)",
                   closed_form=None, limit=None, logy: bool = False, ax=None):
    """Plot partial values ``S_1..S_n`` as bars (and optional reference values) on labelled axes.

    Parameters
    ----------
    partial_sums : array-like, shape (n,)
        ``partial_sums[k-1]`` is the value of the formula with upper bound ``k``.
    closed_form : array-like, shape (n,), optional
        Values of a closed form at ``k = 1..n``, drawn as markers.
    limit : float, optional
        A horizontal line, e.g. the value an infinite series converges to.
    logy : bool
        Use a logarithmic y axis (for products that grow like ``n!``).

    Returns
    -------
    matplotlib.figure.Figure
    """
    s = np.asarray(partial_sums, dtype=float)
    k = np.arange(1, s.size + 1)
    ax = axes(title, "upper bound k", ylabel, ax=ax, figsize=FORMULA_FIGSIZE)
    ax.bar(k, s, color="C0", alpha=0.6, label="partial value (vectorised)")
    if closed_form is not None:
        ax.plot(k, np.asarray(closed_form, dtype=float), "o", color="C3", ms=4,
                label="closed form")
    if limit is not None:
        ax.axhline(limit, color="C2", ls="--", label=f"limit = {limit:.6g}")
    if logy:
        ax.set_yscale("log")
    ax.legend(loc="best", fontsize="small")
    return ax.figure


def show_formula(latex: str, loop_func, vector_func, loop_value, vector_value, agree: bool,
                 partial_sums, *, n: int, closed_form=None, limit=None, logy: bool = False):
    """Display one state of the formula explorer.

    ``latex`` is shown as display maths, ``loop_func`` and ``vector_func`` as their source code,
    then both values and whether they agree (``agree`` is decided by the lesson), then the
    partial-sum plot from :func:`formula_figure`.
    """
    display(Math(latex))
    codes = (_code_block("Python loop", source_of(loop_func))
             + _code_block("vectorised NumPy", source_of(vector_func)))
    display(HTML(f"<div style='display:flex; gap:1em; flex-wrap:wrap'>{codes}</div>"))
    verdict = "agree" if agree else "DISAGREE"
    display(HTML(f"<p>n = {n}: loop = <code>{html.escape(repr(loop_value))}</code>, "
                 f"vectorised = <code>{html.escape(repr(vector_value))}</code> "
                 f"&rarr; <b>{verdict}</b></p>"))
    fig = formula_figure(partial_sums, title=f"partial values for n = {n}",
                         closed_form=closed_form, limit=limit, logy=logy)
    fig.subplots_adjust(left=0.16, right=0.97, bottom=0.16, top=0.9)
    show_png(fig)


def fit_and_loss_figure(x, y, w, y_hat, w_grid, loss_grid, current_loss, *, title: str = ""):
    """Two panels: data, the model line ``y_hat`` and residuals; the loss curve with the current w.

    Parameters
    ----------
    x, y, y_hat : array-like, shape (n,)
        Inputs, targets and the model's predictions at ``w``.
    w : float
        The current parameter.
    w_grid, loss_grid : array-like, shape (m,)
        The loss ``L(w)`` evaluated on a grid of parameters.
    current_loss : float
        ``L(w)`` at the current ``w``.

    Returns
    -------
    matplotlib.figure.Figure
    """
    x, y, y_hat = (np.asarray(a, dtype=float) for a in (x, y, y_hat))
    fig, (left, right) = plt.subplots(1, 2, figsize=FIT_AND_LOSS_FIGSIZE)
    axes(f"model f(x) = w x with w = {w:.2f}", "input x", "target y", ax=left)
    order = np.argsort(x)
    left.vlines(x, np.minimum(y, y_hat), np.maximum(y, y_hat), color="C3", lw=1,
                label="residuals ŷ − y")
    left.plot(x, y, "o", color="C0", ms=4, label="data (x, y)")
    left.plot(x[order], y_hat[order], "-", color="C1", label="model")
    left.legend(loc="upper left", fontsize="small")
    # one curve and one dot: the title names the dot, so this panel needs no legend to draw
    axes(f"loss L(w) = {current_loss:.3f} at the current w (dot)", "parameter w",
         "mean squared error L(w)", ax=right)
    right.plot(np.asarray(w_grid, dtype=float), np.asarray(loss_grid, dtype=float), color="C0")
    right.plot([w], [current_loss], "o", color="C1", ms=8)
    for ax in (left, right):
        ax.locator_params(nbins=4)                  # fewer tick labels to lay out at each redraw
    if title:
        fig.suptitle(title)
    # a fixed layout: no layout pass at every redraw
    fig.subplots_adjust(left=0.08, right=0.99, bottom=0.15, top=0.8 if title else 0.9, wspace=0.3)
    return fig


def show_fit_and_loss(*args, **kwargs) -> None:
    """Draw :func:`fit_and_loss_figure` and show it."""
    show_png(fit_and_loss_figure(*args, **kwargs))
