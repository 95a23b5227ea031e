"""Drawing plumbing for lesson 04 (norms and distances).

Two pictures:

* a unit ball of the plane -- the closed curve ``{x : ||x|| = 1}`` filled in, optional faint
  reference curves (other unit balls), labelled points and a chord between two points (to show
  whether the ball is convex);
* a histogram of distances (already rescaled by the caller), with optional vertical markers, on a
  fixed horizontal range so that successive pictures can be compared by eye.

Everything here only *draws* arrays it is given. What to draw -- the points of the unit sphere for a
given p, the distances, their ratio -- is computed in the lesson notebook, where students read it.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np

from mlmath.plotting import axes, show, note as _note
from mlmath.plotting import panels  # noqa: F401  re-exported: lessons import it from here

#: Colours of the labelled points, in the order they are given.
POINT_COLORS = ("tab:orange", "tab:green", "tab:red", "tab:purple", "tab:brown")


def _as_curve(points, name: str) -> np.ndarray:
    arr = np.asarray(points, dtype=float)
    if arr.ndim != 2 or arr.shape[-1] != 2 or arr.shape[0] < 3:
        raise ValueError(f"{name} must have shape (N, 2) with N >= 3, got {arr.shape}")
    return arr


def _as_point(point, name: str) -> np.ndarray:
    arr = np.asarray(point, dtype=float).reshape(-1)
    if arr.shape != (2,):
        raise ValueError(f"{name} must be a point of the plane (2 numbers), got {arr.shape}")
    return arr



def show_unit_ball(boundary, *, title: str = "", label: str = "unit ball",
                   references: Mapping | None = None, points: Mapping | None = None,
                   chord: Sequence | None = None, note: str = "", limit: float = 1.6,
                   color: str = "tab:blue", ax=None):
    """Draw a unit ball of the plane from points along its boundary.

    Parameters
    ----------
    boundary : array_like, shape (N, 2)
        Points along the unit sphere ``{x : ||x|| = 1}``, in order around the origin; the region
        they enclose is filled.
    label : str
        Legend entry of the filled ball.
    references : mapping of str to array_like of shape (M, 2), optional
        Other closed curves (e.g. the unit balls of p = 1, 2, inf), drawn thin and dashed.
    points : mapping of str to array_like of shape (2,), optional
        Points drawn as dots, each with its label in the legend.
    chord : pair of array_like of shape (2,), optional
        A segment drawn dotted between two points (a convex ball contains every such chord).
    title, note : str
        Axes title; a short text shown in a box in the upper-left corner.
    limit : float
        The axes show ``[-limit, limit]`` in both coordinates.
    ax : matplotlib Axes, optional
        Draw into ``ax`` and return it; otherwise make a figure, show it, close it and return
        the (closed) axes.
    """
    curve = _as_curve(boundary, "boundary")
    own_figure = ax is None
    ax = axes(title, "$x_1$", "$x_2$", equal=True, ax=ax,
              figsize=(6.4, 4.0) if own_figure else None)
    for k, (name, ref) in enumerate((references or {}).items()):
        ref = _as_curve(ref, f"references[{name!r}]")
        ax.plot(ref[:, 0], ref[:, 1], ls="--", lw=0.9, color=f"{0.35 + 0.15 * (k % 4):.2f}",
                label=name, zorder=1)
        ax.text(ref[len(ref) // 8, 0], ref[len(ref) // 8, 1], name.split("=")[-1].strip(),
                fontsize=7, color="0.35", zorder=1)   # names on the curves themselves
    ax.fill(curve[:, 0], curve[:, 1], color=color, alpha=0.25, zorder=2)
    ax.plot(curve[:, 0], curve[:, 1], color=color, lw=2.0, label=label, zorder=3)
    if chord is not None:
        if len(chord) != 2:
            raise ValueError("chord must be a pair of points")
        a, b = _as_point(chord[0], "chord[0]"), _as_point(chord[1], "chord[1]")
        ax.plot([a[0], b[0]], [a[1], b[1]], ls=":", lw=1.8, color="black", zorder=4,
                label="chord between two points of the ball")
    for k, (name, point) in enumerate((points or {}).items()):
        pt = _as_point(point, f"points[{name!r}]")
        ax.plot(pt[0], pt[1], "o", ms=7, color=POINT_COLORS[k % len(POINT_COLORS)],
                label=name, zorder=5)
    ax.axhline(0.0, color="0.7", lw=0.6, zorder=0)
    ax.axvline(0.0, color="0.7", lw=0.6, zorder=0)
    ax.set_xlim(-limit, limit)
    ax.set_ylim(-limit, limit)
    ticks = [-1.0, 0.0, 1.0]                    # few tick labels: text layout is most of a redraw
    ax.set_xticks(ticks)
    ax.set_yticks(ticks)
    # a plain (square-cornered) legend and note box: rounded boxes cost a redraw a lot of time
    if own_figure:  # room to the right of the square axes: keep the legend off the picture
        ax.legend(loc="center left", bbox_to_anchor=(1.02, 0.5), fontsize=8, fancybox=False)
    else:
        ax.legend(loc="lower right", fontsize=7, fancybox=False)
    if note:
        ax.text(0.02, 0.98, note, transform=ax.transAxes, va="top", ha="left", fontsize=8,
                family="monospace", bbox=dict(boxstyle="square", fc="white", ec="0.7"))
    if own_figure:  # fixed margins instead of tight_layout, which draws the figure once more
        ax.figure.subplots_adjust(left=0.06, right=0.62, bottom=0.12, top=0.9)
        show(ax.figure)
    return ax


def show_distance_histogram(values, *, title: str = "", xlabel: str = "distance",
                            ylabel: str = "number of points",
                            markers: Mapping | None = None, value_range=(0.0, 2.5),
                            bins: int = 60, note: str = "", ax=None):
    """Histogram of ``values`` on a fixed range, with optional labelled vertical markers.

    Parameters
    ----------
    values : array_like, shape (N,)
        The numbers to histogram (the caller rescales them, e.g. divides by their mean).
    markers : mapping of str to float, optional
        Vertical lines, each with its label in the legend (e.g. the smallest and largest value).
    value_range : pair of float
        The horizontal range, fixed so that pictures for different parameters compare by eye.
        Values outside it are not drawn.
    title, xlabel, ylabel, note : str
        Axes title and labels; a short text shown in a box in the upper-left corner.
    ax : matplotlib Axes, optional
        Draw into ``ax`` and return it; otherwise make a figure, show it, close it and return
        the (closed) axes.
    """
    vals = np.asarray(values, dtype=float).reshape(-1)
    if vals.size == 0:
        raise ValueError("values is empty")
    lo, hi = (float(v) for v in value_range)
    if not hi > lo:
        raise ValueError(f"value_range must be increasing, got {value_range}")
    own_figure = ax is None
    ax = axes(title, xlabel, ylabel, ax=ax, figsize=(5.6, 3.4) if own_figure else None)
    counts, edges = np.histogram(vals, bins=bins, range=(lo, hi))
    # one filled step outline instead of one rectangle per bin: far cheaper to redraw
    ax.stairs(counts, edges, fill=True, color="tab:blue", alpha=0.7, label="histogram")
    ax.set_ylim(0.0, 1.45 * max(float(np.max(counts)), 1.0))  # headroom for the note and legend
    for k, (name, x) in enumerate((markers or {}).items()):
        ax.axvline(float(x), color=POINT_COLORS[k % len(POINT_COLORS)], lw=2.0, ls="--",
                   label=name)
    ax.set_xlim(lo, hi)
    if markers:
        ax.legend(loc="upper right", fontsize=8, framealpha=0.9)
    _note(ax, note)
    if own_figure:
        show(ax.figure)
    return ax
