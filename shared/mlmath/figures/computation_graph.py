"""Plumbing for lesson 03's lab: lay out and draw a small computational graph.

The lesson computes every forward value and every adjoint (backward value) in the notebook; this
module only places the nodes and draws boxes, arrows and numbers. A graph is described by

* ``nodes``: a dict ``name -> {"label": str, "value": float, "grad": float | None}`` in the order
  the nodes should appear top to bottom within a layer;
* ``edges``: a list of ``(parent, child, backward)`` triples, drawn as arrows ``parent -> child``
  (the direction of the forward pass); ``backward`` is the number the backward pass sends back
  along the edge (``None`` draws no number).
"""
from __future__ import annotations


import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import FancyBboxPatch

from mlmath.plotting import axes

FORWARD_COLOR = "0.25"
BACKWARD_COLOR = "C3"


def depths(nodes, edges) -> dict:
    """Longest-path depth of every node from a node without parents (0 for inputs)."""
    parents = {name: [] for name in nodes}
    for parent, child, *_ in edges:
        if parent not in nodes or child not in nodes:
            raise KeyError(f"edge {parent!r} -> {child!r} names a node that is not in `nodes`")
        parents[child].append(parent)
    depth: dict = {}

    def visit(name, seen=()):
        if name in seen:
            raise ValueError(f"the graph has a cycle through {name!r}")
        if name not in depth:
            depth[name] = 1 + max((visit(p, seen + (name,)) for p in parents[name]), default=-1)
        return depth[name]

    for name in nodes:
        visit(name)
    return depth


def columns(nodes, edges) -> dict:
    """Column of every node: its depth, except that an input sits just before its first child.

    (An input used only deep in the graph, like ``z`` in ``x*y + z``, then needs no long edge.)
    """
    col = depths(nodes, edges)
    children: dict = {name: [] for name in nodes}
    for parent, child, *_ in edges:
        children[parent].append(child)
    for name in nodes:
        if col[name] == 0 and children[name]:
            col[name] = min(col[c] for c in children[name]) - 1
    return col


def layered_layout(nodes, edges, *, dx: float = 1.0, dy: float = 1.0) -> dict:
    """Positions ``name -> (x, y)``: one column per :func:`columns` value, centred on y = 0."""
    col = columns(nodes, edges)
    groups: dict = {}
    for name in nodes:  # keeps the caller's order inside a column
        groups.setdefault(col[name], []).append(name)
    pos = {}
    for d, names in groups.items():
        top = (len(names) - 1) / 2
        for i, name in enumerate(names):
            pos[name] = (d * dx, (top - i) * dy)
    return pos


def _fmt(v, fmt):
    return "–" if v is None else fmt.format(v)


def draw_graph(nodes, edges, *, title: str, ax=None, fmt: str = "{:.3f}", figsize=(7.2, 3.2)):
    """Draw the graph; return the axes.

    Each node is a box showing its label and forward value (``val``) and its adjoint
    (``adj``, the derivative of the output with respect to that node). Each edge is an arrow in
    the forward direction, labelled in red with the value the backward pass sends along it.
    """
    pos = layered_layout(nodes, edges, dx=1.6, dy=1.15)
    # short labels: every glyph costs render time in a lab that redraws at each release
    ax = axes(title, "forward pass →      ← backward pass (red)", "graph nodes", ax=ax,
              figsize=figsize)
    ax.title.set_fontsize(10)
    ax.grid(False)
    ax.set_xticks([])
    ax.set_yticks([])
    w, h = 0.95, 0.72
    for name, info in nodes.items():
        x, y = pos[name]
        ax.add_patch(FancyBboxPatch((x - w / 2, y - h / 2), w, h,
                                    boxstyle="round,pad=0.02,rounding_size=0.08",
                                    facecolor="white", edgecolor=FORWARD_COLOR, lw=1.4))
        # label and forward value share one text object (fewer texts: a lab redraws them all)
        ax.text(x, y + 0.09, f"{info.get('label', name)}\nval {_fmt(info.get('value'), fmt)}",
                ha="center", va="center", fontsize=9, color=FORWARD_COLOR, linespacing=1.3)
        ax.text(x, y - 0.22, f"adj {_fmt(info.get('grad'), fmt)}", ha="center", va="center",
                fontsize=9, color=BACKWARD_COLOR)
    col = columns(nodes, edges)
    ys = [p[1] for p in pos.values()]
    ylo, yhi = min(ys) - h / 2, max(ys) + h / 2
    for parent, child, *rest in edges:
        back = rest[0] if rest else None
        (x0, y0), (x1, y1) = pos[parent], pos[child]
        start, end = np.array([x0 + w / 2, y0]), np.array([x1 - w / 2, y1])
        if col[child] - col[parent] > 1:
            # an edge that skips a column arcs over (or under) the boxes in between
            side = 1.0 if (y0 + y1) / 2 >= 0 else -1.0
            ctrl = (start + end) / 2 + np.array([0.0, side * (h + 0.5)])
            t = np.linspace(0.0, 1.0, 40)[:, None]
            curve = (1 - t) ** 2 * start + 2 * t * (1 - t) * ctrl + t ** 2 * end
            ax.plot(curve[:-1, 0], curve[:-1, 1], color=FORWARD_COLOR, lw=1.2)
            tail, label_at = curve[-3], (start + 2 * ctrl + end) / 4
            ylo, yhi = min(ylo, curve[:, 1].min()), max(yhi, curve[:, 1].max() + 0.25)
        else:
            tail, label_at = start, 0.4 * start + 0.6 * end
        ax.annotate("", xy=end, xytext=tail,
                    arrowprops=dict(arrowstyle="-|>", color=FORWARD_COLOR, lw=1.2,
                                    shrinkA=0, shrinkB=0))
        if back is not None:
            # no background box: a lab redraws every number at each update, and text is most
            # of the cost of a frame
            ax.text(label_at[0], label_at[1] + 0.06, fmt.format(back), ha="center",
                    va="bottom", fontsize=8.5, color=BACKWARD_COLOR)
    xs = [p[0] for p in pos.values()]
    ax.set_xlim(min(xs) - 0.7, max(xs) + 0.7)
    ax.set_ylim(ylo - 0.3, yhi + 0.3)
    return ax


def show_graph(nodes, edges, *, title: str, fmt: str = "{:.3f}") -> None:
    """Draw the graph in a new figure and show it (what a lab's update function calls)."""
    ax = draw_graph(nodes, edges, title=title, fmt=fmt)
    fig = ax.figure
    fig.subplots_adjust(left=0.04, right=0.99, bottom=0.1, top=0.9)   # fixed: no layout pass
    plt.show()
    plt.close(fig)
