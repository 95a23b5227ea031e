"""Drawing plumbing for lesson 06 (optimisation fundamentals).

One picture, redrawn cheaply: a contour map of an objective with a constraint curve, a point on
the curve, the two gradients at that point (of the objective and of the constraint) and the
constrained optimum. The lab moves the point along the curve; only the point, the two arrows and
the text box change, so the contour lines are computed and laid out once, not at every update.

Everything here only *draws* arrays it is given. The objective, the constraint, their gradients,
the optimum and any multiplier are computed in the lesson notebook, where students read them.
The one liberty taken is cosmetic: both arrows are drawn with a common display length (their true
sizes belong in the text box).
"""
from __future__ import annotations

import numpy as np
from IPython.display import Image, display
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from mlmath.plotting import png

CONTOUR_CMAP = "viridis"


def _vec2(v, name: str) -> np.ndarray:
    arr = np.asarray(v, dtype=float).reshape(-1)
    if arr.shape != (2,):
        raise ValueError(f"{name} must have shape (2,), got {arr.shape}")
    return arr


def _scaled(v: np.ndarray, length: float) -> np.ndarray:
    """``v`` rescaled to ``length`` for drawing (a zero vector stays zero)."""
    n = float(np.hypot(*v))
    return v * (length / n) if n > 0 else v


class TangencyView:
    """A contour map with a constraint curve whose moving parts are updated in place.

    Parameters
    ----------
    X, Y, Z : array_like, shape (ny, nx)
        A ``np.meshgrid`` grid and the objective's values on it.
    curve : array_like, shape (k, 2)
        Points along the constraint curve, in order.
    optimum : array_like, shape (2,), optional
        The constrained optimum, drawn as a star.
    optimum_level : float, optional
        The objective's value there: its contour is drawn dashed (it touches the constraint).
    title : str
        Axes title.
    levels : int or sequence of float
        Contour levels.
    arrow_length : float, optional
        Display length of both gradient arrows (default: a fifth of the smaller axis range).
    labels : pair of str
        Legend entries of the two arrows (objective gradient, constraint gradient).
    constraint_label : str
        Legend entry of the constraint curve.
    figsize : (float, float)
        Figure size in inches; small figures render fast. The legend and the text box sit to
        the right of the map, so that they never hide the point or its arrows.
    """

    def __init__(self, X, Y, Z, curve, *, optimum=None, optimum_level: float | None = None,
                 title: str = "", levels=15, arrow_length: float | None = None,
                 labels=("grad f", "grad h"), constraint_label="constraint h(x) = 0",
                 figsize=(6.6, 3.9), dpi: int = 80):
        X, Y, Z = (np.asarray(a, dtype=float) for a in (X, Y, Z))
        if X.ndim != 2 or X.shape != Y.shape or X.shape != Z.shape:
            raise ValueError(f"X, Y, Z must be 2-D arrays of one shape, got {X.shape}, "
                             f"{Y.shape}, {Z.shape}")
        C = np.asarray(curve, dtype=float)
        if C.ndim != 2 or C.shape[1] != 2 or C.shape[0] < 2:
            raise ValueError(f"curve must have shape (k, 2) with k >= 2, got {C.shape}")
        self.fig = Figure(figsize=figsize, dpi=dpi)
        FigureCanvasAgg(self.fig)                       # not managed by pyplot: never auto-shown
        ax = self.ax = self.fig.add_subplot()
        ax.set_title(title, fontsize=10)
        ax.set_xlabel("x1")                            # plain text: mathtext is re-parsed per draw
        ax.set_ylabel("x2")
        ax.xaxis.set_major_locator(MaxNLocator(5))     # tick labels are much of a redraw's cost
        ax.yaxis.set_major_locator(MaxNLocator(5))
        ax.contour(X, Y, Z, levels=levels, cmap=CONTOUR_CMAP, linewidths=0.8)
        if optimum_level is not None:
            ax.contour(X, Y, Z, levels=[float(optimum_level)], colors="0.3", linewidths=1.2,
                       linestyles="--")
            ax.plot([], [], "--", color="0.3", lw=1.2, label="contour through the optimum")
        ax.plot(C[:, 0], C[:, 1], "k-", lw=1.8, label=constraint_label)
        if optimum is not None:
            opt = _vec2(optimum, "optimum")
            ax.plot(*opt, "*", color="gold", mec="k", ms=13, label="constrained optimum")
        ax.set_xlim(X.min(), X.max())
        ax.set_ylim(Y.min(), Y.max())
        ax.set_aspect("equal", adjustable="box")
        self.length = float(arrow_length) if arrow_length is not None else \
            0.2 * float(min(np.ptp(X), np.ptp(Y)))
        (self.point,) = ax.plot([np.nan], [np.nan], "o", color="C3", ms=7, label="current point")
        self.arrows = {}
        for key, color, label in (("f", "C3", labels[0]), ("g", "C0", labels[1])):
            self.arrows[key] = ax.quiver([0.0], [0.0], [0.0], [0.0], angles="xy",
                                         scale_units="xy", scale=1, color=color, width=0.012,
                                         label=label)
        self.text = ax.text(1.04, 0.0, "", transform=ax.transAxes, va="bottom", ha="left",
                            fontsize=8, family="monospace",
                            bbox=dict(boxstyle="round", fc="white", ec="0.7"))
        ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=8, framealpha=0.9)
        self.fig.subplots_adjust(left=0.1, right=0.58, bottom=0.12, top=0.92)

    def update(self, point, grad_f, grad_g, *, note: str = "", show: bool = True):
        """Move the point to ``point`` with arrows along ``grad_f`` and ``grad_g`` (shape (2,)
        each), write ``note`` in the box, and display the figure unless ``show`` is False.
        Returns the figure."""
        p = _vec2(point, "point")
        gf, gg = _vec2(grad_f, "grad_f"), _vec2(grad_g, "grad_g")
        self.point.set_data([p[0]], [p[1]])
        for key, vec in (("f", gf), ("g", gg)):
            v = _scaled(vec, self.length)
            self.arrows[key].set_offsets([p])
            self.arrows[key].set_UVC([v[0]], [v[1]])
        self.text.set_text(note)
        self.text.set_visible(bool(note))
        if show:
            display(Image(data=self.png()))
        return self.fig

    def png(self) -> bytes:
        """The figure as PNG bytes, drawn once (mlmath.plotting.png)."""
        return png(self.fig)
