"""Plotting plumbing for lesson 02 (matrix decompositions).

The lesson computes every number (means, principal axes, singular values, eigenvalues); these
functions only draw what they are given. Each returns the figure it drew, after showing it.
"""
from __future__ import annotations


import numpy as np
import matplotlib.pyplot as plt

from mlmath.plotting import arrow, axes, show

AXIS_COLOURS = ("C3", "C2", "C4", "C5")


def show_pca_cloud(points, centre, directions, lengths, *, title: str, limit: float = 6.0,
                   labels=None, extra_point=None, extra_label: str = "origin"):
    """Scatter a 2-D point cloud and draw its principal axes as arrows from ``centre``.

    Parameters
    ----------
    points : array, shape (n, 2)
    centre : array, shape (2,)
        Where the arrows start (the sample mean, or the origin for an uncentred fit).
    directions : array, shape (k, 2)
        One unit direction per row.
    lengths : array, shape (k,)
        Arrow length for each direction, in data units (for instance two standard deviations).
    limit : float
        The axes show ``[-limit, limit]`` in both coordinates, so moving sliders keeps the scale.
    labels : list of str, optional
        Legend text per arrow (defaults to "axis 1", "axis 2", ...).
    extra_point : array, shape (2,), optional
        A marked reference point (e.g. the origin).
    """
    points = np.asarray(points, dtype=float)
    centre = np.asarray(centre, dtype=float)
    directions = np.atleast_2d(np.asarray(directions, dtype=float))
    lengths = np.atleast_1d(np.asarray(lengths, dtype=float))
    if labels is None:
        labels = [f"axis {i + 1}" for i in range(len(directions))]
    fig, ax = plt.subplots(figsize=(4.6, 4.3))
    axes(title, "feature $x_1$", "feature $x_2$", equal=True, ax=ax)
    ax.title.set_fontsize(9)
    # markers on a line artist draw faster than a scatter collection (labs redraw this figure)
    ax.plot(points[:, 0], points[:, 1], "o", markersize=2.5, alpha=0.45, color="C0",
            label="data")
    ax.plot(*centre, marker="o", color="k", markersize=5, linestyle="none", label="arrows start")
    if extra_point is not None:
        ax.plot(*np.asarray(extra_point, dtype=float), marker="x", color="k", markersize=8,
                linestyle="none", label=extra_label)
    for i, (direction, length) in enumerate(zip(directions, lengths)):
        arrow(ax, centre, length * direction, color=AXIS_COLOURS[i % len(AXIS_COLOURS)],
              label=labels[i], width=0.01)
    ax.set_xlim(-limit, limit)
    ax.set_ylim(-limit, limit)
    ax.locator_params(nbins=5)
    ax.tick_params(labelsize=8)
    ax.legend(loc="lower right", fontsize=7)     # the labs' clouds rarely reach that corner
    fig.subplots_adjust(left=0.13, right=0.97, bottom=0.11, top=0.92)
    show(fig)
    return fig


def show_rank_k(image, approx, singular_values, k: int, *, title: str):
    """Original image beside its rank-k approximation, and the singular values with the first
    k marked.

    Two small axes (the two images share one, separated by a blank strip) and few tick labels:
    a lab redraws this figure at every slider release, and text layout is most of the cost.

    Parameters
    ----------
    image, approx : arrays, shape (m, n)
    singular_values : array, shape (r,), descending
    k : int
        How many singular values the approximation keeps.
    """
    image = np.asarray(image, dtype=float)
    approx = np.asarray(approx, dtype=float)
    s = np.asarray(singular_values, dtype=float)
    fig, (ax_img, ax_sv) = plt.subplots(1, 2, figsize=(7.2, 2.6),
                                        gridspec_kw=dict(width_ratios=[2.1, 1.0]))
    gap = np.full((image.shape[0], max(2, image.shape[1] // 20)), np.nan)   # drawn blank
    ax_img.imshow(np.hstack([image, gap, approx]), cmap="gray", vmin=float(image.min()),
                  vmax=float(image.max()), interpolation="nearest")
    axes(f"original  |  rank {k}", "column index", "row index", ax=ax_img)
    ax_img.grid(False)
    ax_img.set_xticks([])      # pixel numbers say nothing here, and tick labels are costly text
    ax_img.set_yticks([])
    positive = s > 0
    index = np.arange(1, len(s) + 1)
    kept = positive & (index <= k)
    axes("singular values", "index $i$", r"$\log_{10}\sigma_i$", ax=ax_sv)
    ax_sv.plot(index[positive], np.log10(s[positive]), color="C7", lw=1.0, label="discarded")
    ax_sv.plot(index[kept], np.log10(s[kept]), "o", color="C3", markersize=2.5,
               label=f"kept ($k={k}$)")
    ax_sv.legend(fontsize=7)
    for ax in (ax_img, ax_sv):
        ax.title.set_fontsize(9)
        ax.xaxis.label.set_fontsize(8)
        ax.yaxis.label.set_fontsize(8)
    ax_sv.tick_params(labelsize=7)
    ax_sv.locator_params(nbins=4)
    fig.suptitle(title, fontsize=10)
    fig.subplots_adjust(left=0.07, right=0.98, bottom=0.17, top=0.80, wspace=0.25)
    show(fig)
    return fig


def show_eigenvalue_disks(groups, *, title: str):
    """Eigenvalues in the complex plane, each group with the circle it should fill.

    Parameters
    ----------
    groups : list of (eigenvalues, radius, label)
        ``eigenvalues`` is a complex array; ``radius`` the predicted disk radius.
    """
    fig, ax = plt.subplots(figsize=(5.5, 5.0))
    axes(title, r"real part $\mathrm{Re}\,\lambda$", r"imaginary part $\mathrm{Im}\,\lambda$",
         equal=True, ax=ax)
    angle = np.linspace(0.0, 2.0 * np.pi, 400)
    for i, (eigenvalues, radius, label) in enumerate(groups):
        eigenvalues = np.asarray(eigenvalues)
        colour = f"C{i}"
        ax.scatter(eigenvalues.real, eigenvalues.imag, s=5, alpha=0.6, color=colour,
                   label=label)
        ax.plot(radius * np.cos(angle), radius * np.sin(angle), color=colour, linewidth=1.2,
                linestyle="--", label=f"circle of radius {radius:.3g}")
    ax.legend(loc="upper right", fontsize=7)
    show(fig)
    return fig
