"""The one way a lesson shows an interactive lab.

A lab cell in a lesson keeps its mathematics in plain notebook code and hands only the drawing
function and its controls to :func:`lab`::

    def draw(theta):
        A = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
        show_linear_map(A)                      # plumbing from mlmath.figures

    lab(draw, theta=widgets.FloatSlider(min=0, max=np.pi, step=0.05, value=0.5))

``lab`` adds two guarantees every lab needs:

* while nbgrader executes the notebook (autograde, validate) the lab is skipped, so it costs the
  grader nothing and cannot fail a submission;
* if the drawing function calls an exercise the student has not written yet, the lab says which
  function to implement instead of showing a traceback.
"""
from __future__ import annotations

import contextlib
import functools
import gc
import os
import sys
import traceback
from dataclasses import dataclass

import ipywidgets
from IPython.display import display

GRADING_NOTE = "(Interactive lab skipped while nbgrader runs this notebook.)"

# Every lab shown in this kernel, oldest first: benchmarks/lab_speed.py reads it to time updates.
SHOWN: list[ShownLab] = []


@dataclass
class ShownLab:
    update: object            # what the controls call (the guarded drawing function)
    widget: object            # the ipywidgets.interactive shown; its controls: widget.kwargs_widgets


def grading() -> bool:
    """True while nbgrader executes the notebook (it sets ``NBGRADER_EXECUTION``)."""
    return bool(os.environ.get("NBGRADER_EXECUTION"))


def missing_function_message(exc: NotImplementedError) -> str:
    """A sentence naming the unimplemented function that raised ``exc``."""
    frames = traceback.extract_tb(exc.__traceback__)
    name = frames[-1].name if frames else "an exercise function"
    return (f"This lab uses `{name}`, which you have not implemented yet. "
            f"Write it in its exercise above, run that cell, then move a control here again.")


@contextlib.contextmanager
def collector_paused():
    """Keep Python's cyclic garbage collector out of one lab update.

    An update allocates tens of thousands of short-lived matplotlib objects; in a notebook whose
    heap is large, the collections they trigger mid-frame cost about a fifth of an update
    (measured on lessons 02 and 03). The collector runs again as soon as the frame is drawn."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def explain_missing(update):
    """Wrap ``update`` so that an unanswered exercise prints a message instead of raising."""

    @functools.wraps(update)
    def guarded(*args, **kwargs):
        try:
            with collector_paused():
                return update(*args, **kwargs)
        except NotImplementedError as exc:
            print(missing_function_message(exc), file=sys.stdout)
            return None

    return guarded


def lab(update, **controls) -> None:
    """Display ``update`` with ``controls`` (ipywidgets or anything ``interact`` accepts).

    ``update(**values)`` draws the lab for the current control values; it is called once now and
    again whenever a control moves. Nothing is returned, so a lab call may end a cell without
    being displayed twice.

    Sliders and text boxes update when released, not at every step of a drag: one redraw costs
    a tenth of a second or more (nearly all of it matplotlib), and a drag would queue a hundred.
    """
    if grading():
        print(GRADING_NOTE)
        return None
    for control in controls.values():
        if isinstance(control, ipywidgets.Widget) and hasattr(control, "continuous_update"):
            control.continuous_update = False
    guarded = explain_missing(update)
    widget = ipywidgets.interactive(guarded, **controls)
    widget.add_class("mlmath-lab")  # lets browser tests find every lab on a page
    SHOWN.append(ShownLab(guarded, widget))
    display(widget)
    return None
