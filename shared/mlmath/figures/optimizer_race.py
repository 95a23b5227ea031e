"""Drawing plumbing for lesson 07 (gradient-descent theory): the optimiser race and loss curves.

Two pictures:

* a race: on the left the contour map of a 2-D loss with one trajectory per optimiser, on the
  right each optimiser's loss gap against the step number (log scale);
* loss curves alone (several runs on one set of axes), used by the lesson's demos and project.

Everything here only *draws* arrays it is given. The losses, gradients, update rules and
trajectories are computed in the lesson notebook, where students read them. Labs redraw often, so
contour lines are computed once (:func:`contour_segments`) and drawn as one line collection, the
race figure is built once and updated in place, and it is shown as a PNG drawn once (the inline
backend's tight bounding box would draw it twice).
"""
from __future__ import annotations

import io
from collections.abc import Mapping

import contourpy
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, LogLocator, NullLocator

from mlmath.plotting import axes, show

try:  # a PNG shown directly: the inline backend's tight bounding box would draw everything twice
    from IPython.display import Image, display
except ImportError:  # pragma: no cover - IPython is always installed with the course
    Image = display = None

#: One colour per optimiser name, so that a name keeps its colour from one picture to the next.
COLORS = {"GD": "tab:blue", "heavy ball": "tab:orange", "Nesterov": "tab:green",
          "RMSProp": "tab:purple", "Adam": "tab:red", "AdaGrad": "tab:brown", "SGD": "tab:gray"}
FALLBACK = ("tab:pink", "tab:olive", "tab:cyan", "black")


def color_of(name: str, index: int = 0) -> str:
    """The course colour of an optimiser called ``name`` (a fallback colour for other names)."""
    return COLORS.get(name, FALLBACK[index % len(FALLBACK)])


def contour_segments(X, Y, Z, levels) -> list[np.ndarray]:
    """Contour lines of ``Z`` on the ``np.meshgrid`` grid ``X, Y``, as a list of (k, 2) arrays.

    Compute them once per surface and pass them to :func:`show_race` on every update.
    """
    X, Y, Z = (np.asarray(a, dtype=float) for a in (X, Y, Z))
    if X.ndim != 2 or X.shape != Y.shape or X.shape != Z.shape:
        raise ValueError(f"X, Y, Z must be 2-D arrays of one shape, got {X.shape}, {Y.shape}, "
                         f"{Z.shape}")
    gen = contourpy.contour_generator(X, Y, Z)
    return [seg for level in np.atleast_1d(levels) for seg in gen.lines(float(level))
            if len(seg) > 1]


def _as_path(path, name: str) -> np.ndarray:
    arr = np.asarray(path, dtype=float)
    if arr.ndim != 2 or arr.shape[1] != 2:
        raise ValueError(f"the trajectory of {name!r} must have shape (k, 2), got {arr.shape}")
    return arr


def _plain_log_ticks(ax) -> None:
    """A few decade ticks labelled as plain text (1e-04): mathtext labels are slow to lay out."""
    ax.yaxis.set_major_locator(LogLocator(base=10.0, numticks=6))
    ax.yaxis.set_minor_locator(NullLocator())
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:.0e}"))


def draw_loss_curves(curves: Mapping, *, title: str, xlabel: str = "step",
                     ylabel: str = "loss gap f(x_k) - f*", x=None, logy: bool = True,
                     floor: float = 1e-16, legend: bool = True, ax=None):
    """One line per entry of ``curves`` (name -> 1-D array of values per step).

    Non-finite values (a run that diverged) and, on a log scale, values below ``floor`` are not
    drawn, so a diverging or converged run simply stops instead of breaking the axes. ``x``
    (a mapping name -> 1-D array, e.g. wall-clock seconds) replaces the step numbers.
    """
    ax = axes(title, xlabel, ylabel, ax=ax)
    for i, (name, values) in enumerate(curves.items()):
        y = np.asarray(values, dtype=float).reshape(-1)
        xs = np.arange(y.size) if x is None else np.asarray(x[name], dtype=float).reshape(-1)
        if xs.shape != y.shape:
            raise ValueError(f"{name!r}: {xs.size} x values for {y.size} loss values")
        shown = np.where(np.isfinite(y) & ((y > floor) if logy else True), y, np.nan)
        ax.plot(xs, shown, lw=1.5, color=color_of(name, i), label=name)
    if logy:
        ax.set_yscale("log")
        _plain_log_ticks(ax)
    if curves and legend:
        ax.legend(fontsize=8, loc="best")
    return ax


def show_loss_curves(curves: Mapping, *, title: str, **kwargs) -> None:
    """:func:`draw_loss_curves` in a figure of its own, shown and closed."""
    ax = draw_loss_curves(curves, title=title, **kwargs)
    show(ax.figure)


def show_race(segments, paths: Mapping, gaps: Mapping, *, title: str, xlim, ylim,
              minimum=None, start=None, note: str = "", figsize=(8.4, 3.5), dpi: float = 72,
              floor: float = 1e-16):
    """The optimiser race: trajectories on the contour map (left) and loss gaps (right).

    Parameters
    ----------
    segments : list of (k, 2) arrays
        Contour lines from :func:`contour_segments`.
    paths : mapping of str to array_like, shape (k, 2)
        Each optimiser's iterates; points outside ``xlim``/``ylim`` are clipped by the axes.
    gaps : mapping of str to array_like, shape (k,)
        Each optimiser's ``f(x_k) - f*`` per step (drawn on a log scale; non-finite values and
        values below ``floor`` are not drawn).
    minimum, start : array_like of shape (2,), optional
        A star at the minimiser, a dot at the common starting point.
    note : str
        Numbers printed in a box on the loss panel.

    A lab calls this at every update. The figure for a given set of names is built once and
    its artists are updated in place afterwards (building the axes costs more than drawing them).
    Returns the figure.
    """
    xys = {name: _as_path(path, name) for name, path in paths.items()}
    key = (tuple(xys), minimum is None, start is None, tuple(figsize), dpi)
    if key not in _RACE_FIGURES:
        _RACE_FIGURES[key] = _new_race_figure(tuple(xys), minimum is not None, start is not None,
                                              figsize, dpi)
    fig, art = _RACE_FIGURES[key]
    left, right = fig.axes
    art["contours"].set_segments(list(segments))
    for name, xy in xys.items():
        art["paths"][name].set_data(xy[:, 0], xy[:, 1])
    for which, point in (("minimum", minimum), ("start", start)):
        if point is not None:
            px, py = np.asarray(point, dtype=float).reshape(2)
            art[which].set_data([px], [py])
    left.set_title(title)
    left.set_xlim(*xlim)
    left.set_ylim(*ylim)
    for name in xys:
        y = np.asarray(gaps[name], dtype=float).reshape(-1)
        shown = np.where(np.isfinite(y) & (y > floor), y, np.nan)
        art["gaps"][name].set_data(np.arange(y.size), shown)
    right.relim()
    right.autoscale_view()
    art["note"].set_text(note)
    art["note"].set_visible(bool(note))
    _show_png(fig)
    return fig


#: Race figures built so far, one per set of optimiser names (see :func:`show_race`).
_RACE_FIGURES: dict = {}


def _new_race_figure(names, with_minimum: bool, with_start: bool, figsize, dpi):
    """A race figure outside pyplot (so that nothing shows it twice), with empty artists."""
    fig = Figure(figsize=figsize, dpi=dpi)
    FigureCanvasAgg(fig)
    left, right = fig.subplots(1, 2)
    fig.subplots_adjust(left=0.07, right=0.98, bottom=0.14, top=0.9, wspace=0.28)
    axes("", "x1", "x2", ax=left)
    axes("loss gap per step (colours as on the left)", "step", "loss gap f(x_k) - f*", ax=right)
    art = {"contours": LineCollection([], colors="0.75", linewidths=0.8), "paths": {}, "gaps": {}}
    left.add_collection(art["contours"])
    for i, name in enumerate(names):
        art["paths"][name], = left.plot([], [], ".-", ms=2.5, lw=1.0, color=color_of(name, i),
                                        label=name)
        art["gaps"][name], = right.plot([], [], lw=1.5, color=color_of(name, i), label=name)
    if with_minimum:
        art["minimum"], = left.plot([], [], "k*", ms=10, label="minimum")
    if with_start:
        art["start"], = left.plot([], [], "ko", ms=4, label="start")
    if names or with_minimum or with_start:
        left.legend(fontsize=7, loc="lower right")
    right.set_yscale("log")
    _plain_log_ticks(right)
    art["note"] = right.text(0.02, 0.98, "", transform=right.transAxes, va="top", ha="left",
                             fontsize=8, family="monospace",
                             bbox=dict(boxstyle="round", fc="white", ec="0.7", alpha=0.9))
    return fig, art


def _show_png(fig) -> None:
    """Display ``fig`` as a PNG at its own size (one draw: no tight bounding box)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    if display is not None:
        display(Image(data=buffer.getvalue(), format="png"))
