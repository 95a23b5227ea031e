"""Run a notebook the way a student's "Run All" would, and collect every error it showed.

Errors hide in two places: cell outputs, and the saved state of widgets (an interactive lab's
output area is a widget, so a lab callback that throws leaves its traceback there, not in the
cell's outputs).
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbclient import NotebookClient

WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


@dataclass
class ShownError:
    where: str        # "cell 12" or "widget <model id>"
    ename: str
    evalue: str


@dataclass
class Run:
    nb: nbformat.NotebookNode
    seconds: float
    errors: list[ShownError]
    widget_models: int


def _errors_in(outputs, where: str) -> list[ShownError]:
    return [ShownError(where, o.get("ename", "?"), o.get("evalue", ""))
            for o in outputs if o.get("output_type") == "error"]


def shown_errors(nb) -> tuple[list[ShownError], int]:
    """Errors in cell outputs and in saved widget state; and how many widget models were saved."""
    errors = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            errors += _errors_in(cell.get("outputs", []), f"cell {i}")
    state = nb.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    for model_id, model in state.items():
        errors += _errors_in(model.get("state", {}).get("outputs", []), f"widget {model_id}")
    return errors, len(state)


def run_notebook(path: Path, *, grading: bool = False, timeout: int = 120, edit=None) -> Run:
    """Execute a copy of the notebook at ``path`` in its own folder, errors allowed.
    ``edit``, if given, changes the copy (a function of the notebook) before it runs."""
    nb = nbformat.read(path, as_version=4)
    if edit is not None:
        edit(nb)
    env_grading = os.environ.pop("NBGRADER_EXECUTION", None)
    if grading:
        os.environ["NBGRADER_EXECUTION"] = "autograde"
    try:
        client = NotebookClient(nb, timeout=timeout, kernel_name="python3", allow_errors=True,
                                resources={"metadata": {"path": str(Path(path).parent)}})
        start = time.perf_counter()
        client.execute()
        seconds = time.perf_counter() - start
    finally:
        os.environ.pop("NBGRADER_EXECUTION", None)
        if env_grading is not None:
            os.environ["NBGRADER_EXECUTION"] = env_grading
    errors, models = shown_errors(nb)
    return Run(nb, seconds, errors, models)
