"""Shared code for the Mathematics for AI/ML/DL course.

Lessons keep their mathematics in the notebook, where students read it; this package holds only
what every lab needs and nobody needs to read: widget guards and plotting plumbing.
"""

__version__ = "0.1.0"


def _quiet_figures_while_grading() -> None:
    """While nbgrader runs a notebook nobody looks at its figures: don't render them.

    Rendering a figure to PNG costs tens of milliseconds, for every figure of every student graded.
    """
    import os

    if not os.environ.get("NBGRADER_EXECUTION"):
        return
    import warnings

    import matplotlib

    matplotlib.use("Agg", force=True)
    matplotlib.rcParams["figure.max_open_warning"] = 0
    warnings.filterwarnings("ignore", message=".*non-interactive.*cannot be shown")


_quiet_figures_while_grading()
