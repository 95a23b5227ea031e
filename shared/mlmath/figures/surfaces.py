"""Drawing plumbing for lesson 05 (multivariate calculus).

Pictures of functions of one and two variables: slices through a surface, contour maps with
arrows, a direction dial for directional derivatives, Taylor polynomials, and log-log error plots.

Everything here only *draws* arrays it is given. The gradients, directional derivatives, Taylor
polynomials and errors are computed in the lesson notebook, where students read them. The one
liberty taken is cosmetic: arrows on a contour map may be rescaled to a common display length.

Each ``show_*`` function draws into the axes it is given and returns them; without axes it makes
its own figure, shows it, closes it and returns None (so a cell ending with the call prints no
``<Axes ...>`` line). Own figures use fixed margins rather than ``tight_layout`` (which draws the
figure an extra time), plain legends and plain-text labels in the lab pictures (TeX labels are
parsed again at every draw): a lab redraws its figure on every move of a control.
"""
from __future__ import annotations

from collections.abc import Mapping

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import MaxNLocator

from mlmath.plotting import axes, show

CONTOUR_CMAP = "viridis"


def _grid(X, Y, Z):
    X, Y, Z = (np.asarray(a, dtype=float) for a in (X, Y, Z))
    if X.ndim != 2 or X.shape != Y.shape or X.shape != Z.shape:
        raise ValueError(f"X, Y, Z must be 2-D arrays of one shape, got {X.shape}, {Y.shape}, "
                         f"{Z.shape}")
    return X, Y, Z


def _vec2(v, name: str) -> np.ndarray:
    arr = np.asarray(v, dtype=float)
    if arr.shape != (2,):
        raise ValueError(f"{name} must have shape (2,), got {arr.shape}")
    return arr


def _display(v: np.ndarray, length: float) -> np.ndarray:
    """``v`` rescaled to ``length`` for drawing (a zero vector stays zero)."""
    n = float(np.hypot(*v))
    return v * (length / n) if n > 0 else v


def _few_ticks(*axs, bins: int = 4) -> None:
    """At most ``bins`` + 1 labelled ticks per axis: tick labels are most of a redraw's cost."""
    for ax in axs:
        ax.xaxis.set_major_locator(MaxNLocator(bins))
        ax.yaxis.set_major_locator(MaxNLocator(bins))


def _contours(ax, X, Y, Z, levels):
    cs = ax.contour(X, Y, Z, levels=levels, cmap=CONTOUR_CMAP, linewidths=1.0)
    ax.set_xlim(X.min(), X.max())
    ax.set_ylim(Y.min(), Y.max())
    return cs


def show_contours(X, Y, Z, *, title: str, points=None, point_labels=None, levels=20,
                  xlabel: str = "$x$", ylabel: str = "$y$", ax=None):
    """A contour map of ``Z`` over the grid ``X, Y`` with optional marked points.

    Parameters
    ----------
    X, Y, Z : array_like, shape (ny, nx)
        A ``np.meshgrid`` grid and the function values on it.
    points : array_like, shape (k, 2), optional
        Points marked with black dots (e.g. critical points).
    point_labels : sequence of str, optional
        One label per point, written next to it.
    levels : int or sequence of float
        Passed to ``contour``.
    """
    X, Y, Z = _grid(X, Y, Z)
    own = ax is None
    ax = axes(title, xlabel, ylabel, equal=True, ax=ax)
    _contours(ax, X, Y, Z, levels)
    if points is not None:
        P = np.asarray(points, dtype=float).reshape(-1, 2)
        ax.plot(P[:, 0], P[:, 1], "ko", ms=5)
        for (px, py), text in zip(P, point_labels or []):
            ax.annotate(text, (px, py), textcoords="offset points", xytext=(5, 5), fontsize=8)
    if own:
        show(ax.figure)
        return None
    return ax


def show_gradient_field(X, Y, Z, at, vectors, *, title: str, levels=20, normalise: bool = True,
                        xlabel: str = "$x$", ylabel: str = "$y$", ax=None):
    """Contours of ``Z`` with an arrow ``vectors[k]`` drawn at each point ``at[k]``.

    Parameters
    ----------
    X, Y, Z : array_like, shape (ny, nx)
        The contour grid and values.
    at, vectors : array_like, shape (k, 2)
        Arrow tails and arrow vectors (e.g. gradients evaluated at ``at``).
    normalise : bool
        Draw every arrow with the same length (directions only; the contour spacing shows size).
    """
    X, Y, Z = _grid(X, Y, Z)
    at = np.asarray(at, dtype=float).reshape(-1, 2)
    vec = np.asarray(vectors, dtype=float).reshape(-1, 2)
    if at.shape != vec.shape:
        raise ValueError(f"`at` and `vectors` must have one shape, got {at.shape} and {vec.shape}")
    own = ax is None
    ax = axes(title, xlabel, ylabel, equal=True, ax=ax, figsize=(5.5, 5.0) if own else None)
    _contours(ax, X, Y, Z, levels)
    if normalise:
        step = 0.06 * float(min(np.ptp(X), np.ptp(Y)))
        vec = np.array([_display(v, step) for v in vec])
    ax.quiver(at[:, 0], at[:, 1], vec[:, 0], vec[:, 1], angles="xy", scale_units="xy", scale=1,
              color="C3", width=0.005, label="gradient direction")
    ax.legend(loc="upper right", fontsize=8)
    if own:
        show(ax.figure)
        return None
    return ax


def show_slices(X, Y, Z, point, t, slice_x, slice_y, slope_x: float, slope_y: float, *,
                title: str, axs=None):
    """Two panels: a contour map with the two axis-parallel lines through ``point``, and the
    two one-variable slices along those lines with their tangent lines at ``point``.

    Parameters
    ----------
    point : array_like, shape (2,)
        The point ``(x0, y0)``.
    t : array_like, shape (m,)
        Offsets along each line: the slices are ``f(x0 + t, y0)`` and ``f(x0, y0 + t)``.
    slice_x, slice_y : array_like, shape (m,)
        The values of those two slices.
    slope_x, slope_y : float
        The slopes drawn as tangent lines (the partial derivatives).
    """
    X, Y, Z = _grid(X, Y, Z)
    p = _vec2(point, "point")
    t = np.asarray(t, dtype=float)
    sx, sy = np.asarray(slice_x, dtype=float), np.asarray(slice_y, dtype=float)
    if not (t.shape == sx.shape == sy.shape) or t.ndim != 1:
        raise ValueError("t, slice_x and slice_y must be 1-D arrays of one length")
    own = axs is None
    if own:
        _, axs = plt.subplots(1, 2, figsize=(11, 4.2))
    left, right = axs
    axes("contours of $f$ and the two slices", "$x$", "$y$", equal=True, ax=left)
    _contours(left, X, Y, Z, 20)
    left.plot(p[0] + t, np.full_like(t, p[1]), "C0-", lw=2, label="$y$ fixed: slice in $x$")
    left.plot(np.full_like(t, p[0]), p[1] + t, "C1-", lw=2, label="$x$ fixed: slice in $y$")
    left.plot(*p, "ko", ms=5)
    left.legend(loc="upper left", fontsize=8)
    axes(title, "offset $t$ from the point", "$f$ along the slice", ax=right)
    f0 = float(sx[np.argmin(np.abs(t))])
    right.plot(t, sx, "C0-", label="$f(x_0 + t, y_0)$")
    right.plot(t, sy, "C1-", label="$f(x_0, y_0 + t)$")
    right.plot(t, f0 + slope_x * t, "C0--", lw=1, label=f"tangent, slope {slope_x:.3g}")
    right.plot(t, f0 + slope_y * t, "C1--", lw=1, label=f"tangent, slope {slope_y:.3g}")
    right.plot(0.0, f0, "ko", ms=5)
    right.legend(fontsize=8)
    if own:
        left.figure.subplots_adjust(left=0.06, right=0.98, bottom=0.13, top=0.9, wspace=0.22)
        show(left.figure)
        return None
    return axs


def show_direction_dial(X, Y, Z, point, grad, direction, tangent, angles, slopes, angle: float,
                        slope: float, *, title: str, field_at=None, field=None, axs=None):
    """The directional-derivative lab: a contour map with the gradient, the chosen unit
    direction and the level-set tangent at ``point``; next to it, the slope as a function of
    the direction's angle with the current angle marked.

    Parameters
    ----------
    point, grad, direction, tangent : array_like, shape (2,)
        The point, the gradient there, the chosen unit direction, a tangent of the level set.
        Arrows are drawn with a common display length; their true sizes are in the right panel.
    angles, slopes : array_like, shape (m,)
        Angles in radians and the directional derivative along each of them.
    angle, slope : float
        The current angle and its directional derivative (a marker on the curve).
    field_at, field : array_like, shape (k, 2), optional
        A faint gradient field (tails and vectors), drawn with a common length.
    """
    X, Y, Z = _grid(X, Y, Z)
    p, g = _vec2(point, "point"), _vec2(grad, "grad")
    u, tan = _vec2(direction, "direction"), _vec2(tangent, "tangent")
    angles, slopes = np.asarray(angles, dtype=float), np.asarray(slopes, dtype=float)
    if angles.shape != slopes.shape or angles.ndim != 1:
        raise ValueError("angles and slopes must be 1-D arrays of one length")
    own = axs is None
    if own:
        _, axs = plt.subplots(1, 2, figsize=(9.2, 3.6))
    left, right = axs
    axes(title, "x", "y", equal=True, ax=left)
    _contours(left, X, Y, Z, 18)
    length = 0.22 * float(min(np.ptp(X), np.ptp(Y)))
    if field_at is not None and field is not None:
        fa = np.asarray(field_at, dtype=float).reshape(-1, 2)
        fv = np.array([_display(v, 0.3 * length) for v in np.asarray(field, float).reshape(-1, 2)])
        left.quiver(fa[:, 0], fa[:, 1], fv[:, 0], fv[:, 1], angles="xy", scale_units="xy",
                    scale=1, color="0.6", width=0.003)
    d = _display(tan, 1.3 * length)
    left.plot([p[0] - d[0], p[0] + d[0]], [p[1] - d[1], p[1] + d[1]], "k--", lw=1,
              label="level-set tangent")
    for vec, color, label in ((g, "C3", "∇f (direction only)"), (u, "C0", "unit direction u")):
        v = _display(vec, length)
        left.quiver(p[0], p[1], v[0], v[1], angles="xy", scale_units="xy", scale=1, color=color,
                    width=0.01)
        left.plot([], [], "-", color=color, lw=2.5, label=label)   # a line in the legend: a
        # quiver legend entry deep-copies the arrows at every draw
    left.plot(*p, "ko", ms=5)
    left.legend(loc="upper left", fontsize=8, fancybox=False)
    axes("slope in direction u versus its angle", "angle of u (rad)", "D_u f", ax=right)
    right.plot(angles, slopes, "C0-", label="D_u f = ∇f · u")
    right.axhline(0.0, color="k", lw=0.8)
    right.axhline(np.hypot(*g), color="C3", ls=":", lw=1, label="|∇f|")
    right.axhline(-np.hypot(*g), color="C3", ls=":", lw=1)
    right.plot([angle], [slope], "o", color="C0", ms=8, label=f"current: {slope:.3f}")
    right.legend(loc="lower left", fontsize=8, fancybox=False)
    _few_ticks(left, right)
    if own:
        left.figure.subplots_adjust(left=0.06, right=0.98, bottom=0.13, top=0.9, wspace=0.22)
        show(left.figure)
        return None
    return axs


def show_taylor(x, fx, px, a: float, fa: float, *, title: str, ylim=None, label: str = "f",
                poly_label: str = "Taylor polynomial", ax=None):
    """A function of one variable, a Taylor polynomial of it, and the expansion point.

    Parameters
    ----------
    x, fx, px : array_like, shape (m,)
        Grid, function values, polynomial values.
    a, fa : float
        Expansion point and ``f(a)``.
    ylim : (float, float), optional
        Fixed vertical limits, so the picture does not jump as a slider moves.
    """
    x, fx, px = (np.asarray(v, dtype=float) for v in (x, fx, px))
    if not (x.shape == fx.shape == px.shape) or x.ndim != 1:
        raise ValueError("x, fx and px must be 1-D arrays of one length")
    own = ax is None
    ax = axes(title, "x", "y", ax=ax, figsize=(6.4, 3.8) if own else None)
    ax.plot(x, fx, "k-", lw=2, label=label)
    ax.plot(x, px, "C1-", lw=1.8, label=poly_label)
    ax.plot([a], [fa], "o", color="C1", ms=7, label="expansion point")
    ax.set_xlim(x.min(), x.max())
    if ylim is not None:
        ax.set_ylim(*ylim)
    ax.legend(loc="upper right", fontsize=8, fancybox=False)
    _few_ticks(ax, bins=6)
    if own:
        show(ax.figure)
        return None
    return ax


def show_loglog(x, curves: Mapping, *, title: str, xlabel: str, ylabel: str,
                guides: Mapping | None = None, marks: Mapping | None = None, ax=None):
    """Curves on log-log axes, with dotted reference lines and optional vertical marks.

    Parameters
    ----------
    x : array_like, shape (m,)
        Positive abscissae (e.g. step sizes).
    curves, guides : mapping label -> array_like, shape (m,)
        Solid curves and dotted guide lines (e.g. ``h``, ``h**2``, ``eps / h``).
    marks : mapping label -> float, optional
        Vertical dashed lines at these abscissae (e.g. predicted optimal steps).
    """
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or np.any(x <= 0):
        raise ValueError("x must be a 1-D array of positive numbers")
    own = ax is None
    ax = axes(title, xlabel, ylabel, ax=ax, figsize=(7.0, 4.5) if own else None)
    for i, (label, y) in enumerate(curves.items()):
        y = np.asarray(y, dtype=float)
        if y.shape != x.shape:
            raise ValueError(f"curve {label!r} has shape {y.shape}, x has {x.shape}")
        ax.loglog(x, y, "o-", ms=3, color=f"C{i}", label=label)
    for j, (label, y) in enumerate((guides or {}).items()):
        ax.loglog(x, np.asarray(y, dtype=float), ":", color="0.4", lw=1.2 + 0.6 * j, label=label)
    for k, (label, xv) in enumerate((marks or {}).items()):
        ax.axvline(float(xv), ls="--", lw=1, color=f"C{k}", label=label)
    ax.legend(fontsize=8)
    if own:
        show(ax.figure)
        return None
    return ax
