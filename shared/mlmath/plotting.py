"""Figure defaults and small drawing helpers shared by several lessons.

Only plumbing lives here: what to compute is always written in the lesson itself.
"""
from __future__ import annotations

import matplotlib.pyplot as plt

FIGSIZE = (5.5, 4.0)


def axes(title: str, xlabel: str = "", ylabel: str = "", *, equal: bool = False, ax=None,
         figsize=FIGSIZE):
    """Return labelled axes (a new figure unless ``ax`` is given).

    Every course figure has a title and labelled axes; ``equal=True`` keeps geometry undistorted.
    """
    if ax is None:
        _, ax = plt.subplots(figsize=figsize)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if equal:
        ax.set_aspect("equal", adjustable="box")
    ax.grid(True, alpha=0.3)
    return ax


def arrow(ax, start, vector, *, color="C0", label: str | None = None, width: float = 0.012):
    """Draw ``vector`` as an arrow from ``start`` (both length-2 sequences) on ``ax``."""
    ax.quiver(start[0], start[1], vector[0], vector[1], angles="xy", scale_units="xy", scale=1,
              color=color, width=width, label=label)


def show(fig=None) -> None:
    """Show the current (or given) figure and free it: labs redraw many figures."""
    fig = fig or plt.gcf()
    plt.show()
    plt.close(fig)
