"""Smoke tests for the lesson-02 plotting plumbing (Agg backend, no display needed)."""
import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

from mlmath.figures.decompositions import (  # noqa: E402
    show_eigenvalue_disks,
    show_pca_cloud,
    show_rank_k,
)


def _labelled(ax):
    return ax.get_title() and ax.get_xlabel() and ax.get_ylabel()


def test_pca_cloud_draws_points_axes_and_legend():
    rng = np.random.default_rng(0)
    points = rng.normal(size=(50, 2))
    fig = show_pca_cloud(points, points.mean(axis=0), np.eye(2), [2.0, 1.0], title="cloud",
                         extra_point=np.zeros(2))
    ax = fig.axes[0]
    assert ax.get_title() == "cloud" and _labelled(ax)
    assert ax.get_legend() is not None
    assert ax.get_xlim() == (-6.0, 6.0)
    assert not plt.get_fignums(), "show() must close the figure"


def test_pca_cloud_accepts_a_single_direction():
    fig = show_pca_cloud(np.zeros((3, 2)), np.zeros(2), np.array([1.0, 0.0]), 1.0, title="one",
                         labels=["PC1"], limit=2.0)
    assert fig.axes[0].get_xlim() == (-2.0, 2.0)


def test_rank_k_has_two_labelled_panels():
    image = np.add.outer(np.arange(6.0), np.arange(8.0))
    s = np.linalg.svd(image, compute_uv=False)
    fig = show_rank_k(image, image, s, 1, title="rank one")
    assert len(fig.axes) == 2                      # both images share the first axes
    assert all(_labelled(ax) for ax in fig.axes)
    assert fig.axes[1].get_legend() is not None
    assert fig.axes[0].get_images()[0].get_array().shape[1] > 2 * image.shape[1]


def test_eigenvalue_disks_draw_one_circle_per_group():
    rng = np.random.default_rng(1)
    groups = [(np.linalg.eigvals(rng.normal(size=(20, 20)) / np.sqrt(20)), 1.0, "g = 1"),
              (np.linalg.eigvals(2 * rng.normal(size=(20, 20)) / np.sqrt(20)), 2.0, "g = 2")]
    fig = show_eigenvalue_disks(groups, title="disks")
    ax = fig.axes[0]
    assert _labelled(ax)
    assert len(ax.get_lines()) == 2
    assert len(ax.get_legend().get_texts()) == 4
