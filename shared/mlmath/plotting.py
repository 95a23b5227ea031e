"""Figure defaults and small drawing helpers shared by several lessons.

Only plumbing lives here: what to compute is always written in the lesson itself.
"""
from __future__ import annotations

import io
import os

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


def panels(n: int, *, size: float = 3.2):
    """A row of ``n`` square axes for side-by-side pictures; returns (figure, list of axes)."""
    fig, axs = plt.subplots(1, n, figsize=(size * n, size + 0.5), squeeze=False)
    return fig, list(axs[0])


def note(ax, text: str) -> None:
    """A monospace text box in the top-left corner of ``ax`` (labs print their numbers here)."""
    if text:
        ax.text(0.02, 0.98, text, transform=ax.transAxes, va="top", ha="left", fontsize=8,
                family="monospace", bbox=dict(boxstyle="round", fc="white", ec="0.7", alpha=0.9))


def png(fig) -> bytes:
    """``fig`` as PNG bytes, drawn once at the layout it was built with.

    IPython's inline backend crops every figure to its tight bounding box, which draws it twice;
    zlib's default compression costs more time than it saves in bytes. A lab redraws its figure
    at every update, so this is about half of an update's work saved."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


def show_png(fig) -> None:
    """Display ``fig`` as one PNG (see :func:`png`) and close it; while nbgrader grades, only
    close it (nobody looks at the figures then). For figures built with fixed margins."""
    if not os.environ.get("NBGRADER_EXECUTION"):
        from IPython.display import Image, display

        display(Image(data=png(fig), format="png"))
    plt.close(fig)


def show(fig=None) -> None:
    """Show the current (or given) figure and free it: labs redraw many figures."""
    fig = fig or plt.gcf()
    plt.show()
    plt.close(fig)
