"""Drawing plumbing for lesson 01 (vectors and matrices).

Two pictures: a 2x2 matrix acting on the plane (the unit grid, the unit circle and the unit
square, with optional invariant directions), and the projection of one vector onto another.

Everything here only *draws* arrays it is given. What to draw -- the images of the points, the
determinant, the eigen-directions, the projection -- is computed in the lesson notebook, where
students read it.
"""
from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.collections import LineCollection

from mlmath.plotting import arrow, axes, note as _note, show_png
from mlmath.plotting import panels  # noqa: F401  re-exported: lessons import it from here

#: Size of a lab's own figure: small, because a lab redraws it at every update.
LAB_FIGSIZE = (4.6, 4.6)

#: Fill colours of the image of the unit square, keyed by the orientation passed in.
ORIENTATION_COLORS = {1: "tab:blue", -1: "tab:red", 0: "0.5"}
ORIENTATION_WORDS = {1: "orientation kept", -1: "orientation flipped", 0: "flattened"}


def _frame(ax, limit: float) -> None:
    """Show [-limit, limit]^2 with five ticks per axis: every tick label costs render time."""
    ticks = np.linspace(-limit, limit, 5)
    for set_lim, set_ticks in ((ax.set_xlim, ax.set_xticks), (ax.set_ylim, ax.set_yticks)):
        set_lim(-limit, limit)
        set_ticks(ticks, [f"{t:g}" for t in ticks])


def _as_points(points, name: str) -> np.ndarray:
    arr = np.asarray(points, dtype=float)
    if arr.ndim != 2 or arr.shape[-1] != 2:
        raise ValueError(f"{name} must have shape (N, 2), got {arr.shape}")
    return arr


def _as_polylines(lines, name: str) -> np.ndarray:
    arr = np.asarray(lines, dtype=float)
    if arr.ndim != 3 or arr.shape[-1] != 2:
        raise ValueError(f"{name} must have shape (L, P, 2), got {arr.shape}")
    return arr



def show_linear_map(grid, image_grid, circle, image_circle, image_square, *,
                    orientation: int = 1, directions: Sequence = (), title: str = "",
                    note: str = "", limit: float = 3.0, ax=None):
    """Draw the plane before (faint) and after (bold) a linear map.

    Parameters
    ----------
    grid, image_grid : array_like, shape (L, P, 2)
        Grid lines as polylines, before and after the map.
    circle, image_circle : array_like, shape (N, 2)
        The unit circle and its image.
    image_square : array_like, shape (4, 2)
        Images of the corners (0, 0), (1, 0), (1, 1), (0, 1), in this order; rows 1 and 3 are
        the images of the basis vectors and are drawn as arrows.
    orientation : int
        +1, -1 or 0: colours the image of the unit square (kept / flipped / flattened).
    directions : sequence of array_like, shape (2,)
        Directions drawn as dashed lines through the origin (e.g. real eigenvectors).
    title, note : str
        Axes title; a short text shown in a box in the upper-left corner.
    limit : float
        The axes show ``[-limit, limit]`` in both coordinates.
    ax : matplotlib Axes, optional
        Draw into ``ax`` and return it; otherwise make a figure, show it and close it.
    """
    grid, image_grid = _as_polylines(grid, "grid"), _as_polylines(image_grid, "image_grid")
    circle, image_circle = _as_points(circle, "circle"), _as_points(image_circle, "image_circle")
    square = _as_points(image_square, "image_square")
    if square.shape[0] != 4:
        raise ValueError(f"image_square must have 4 corners, got {square.shape[0]}")
    own_figure = ax is None
    ax = axes(title, "x₁", "x₂", equal=True, ax=ax, figsize=LAB_FIGSIZE if own_figure else None)
    ax.grid(False)
    # one collection per grid, not one line per grid line: far fewer artists to draw
    ax.add_collection(LineCollection(grid, colors="0.85", linewidths=0.8, zorder=1))
    ax.plot(circle[:, 0], circle[:, 1], color="0.6", lw=1.0, ls=":", zorder=1,
            label="unit circle")
    ax.add_collection(LineCollection(image_grid, colors="tab:gray", linewidths=0.9, alpha=0.8,
                                     zorder=2))
    ax.plot(image_circle[:, 0], image_circle[:, 1], color="tab:purple", lw=2.0, zorder=3,
            label="image of the circle")
    color = ORIENTATION_COLORS.get(int(np.sign(orientation)), "0.5")
    ax.fill(square[:, 0], square[:, 1], color=color, alpha=0.3, zorder=3,
            label=f"image of unit square ({ORIENTATION_WORDS.get(int(np.sign(orientation)))})")
    arrow(ax, (0.0, 0.0), square[1], color="tab:orange", label="A e₁ (column 1)")
    arrow(ax, (0.0, 0.0), square[3], color="tab:green", label="A e₂ (column 2)")
    for k, direction in enumerate(directions):
        d = np.asarray(direction, dtype=float)
        d = d / np.hypot(d[0], d[1]) * 2.0 * limit
        ax.plot([-d[0], d[0]], [-d[1], d[1]], ls="--", lw=1.5, color="black", zorder=4,
                label="invariant directions" if k == 0 else None)
    _frame(ax, limit)
    ax.legend(loc="lower right", fontsize=7, framealpha=0.9)
    _note(ax, note)
    if own_figure:
        ax.figure.subplots_adjust(left=0.13, right=0.97, bottom=0.1, top=0.93)
        show_png(ax.figure)
    return ax


def show_projection(a, b, p, *, title: str = "", note: str = "", limit: float = 3.0, ax=None):
    """Draw vectors ``a`` and ``b``, the projection ``p`` of b onto a, and the residual b - p.

    All three are array_like of shape (2,). The line spanned by ``a`` is drawn faintly. With
    ``ax=None`` a figure is made, shown and closed; otherwise ``ax`` is drawn into and returned.
    """
    a, b, p = (np.asarray(v, dtype=float).reshape(2) for v in (a, b, p))
    own_figure = ax is None
    ax = axes(title, "x₁", "x₂", equal=True, ax=ax, figsize=LAB_FIGSIZE if own_figure else None)
    norm_a = np.hypot(a[0], a[1])
    if norm_a > 0:
        far = a / norm_a * 2.0 * limit
        ax.plot([-far[0], far[0]], [-far[1], far[1]], color="0.8", lw=1.0, label="span{a}")
    arrow(ax, (0.0, 0.0), a, color="tab:blue", label="a")
    arrow(ax, (0.0, 0.0), b, color="tab:orange", label="b")
    arrow(ax, (0.0, 0.0), p, color="tab:green", label="projection p", width=0.02)
    ax.plot([p[0], b[0]], [p[1], b[1]], ls="--", color="tab:red", label="residual b - p")
    _frame(ax, limit)
    ax.legend(loc="lower right", fontsize=8, framealpha=0.9)
    _note(ax, note)
    if own_figure:
        ax.figure.subplots_adjust(left=0.13, right=0.97, bottom=0.1, top=0.93)
        show_png(ax.figure)
    return ax
