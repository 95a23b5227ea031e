"""Keep each lesson's reviewable text (MyST markdown) and its notebook in step.

The ``.md`` is what authors edit and reviewers read; the ``.ipynb`` beside it is what nbgrader
needs. Notebooks are written with deterministic cell ids and no outputs, so regenerating an
unchanged lesson changes nothing.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import jupytext
import nbformat

from . import paths

TEXT_FORMAT = "md:myst"


def _stable_ids(nb: nbformat.NotebookNode) -> None:
    """Give each cell an id derived from its grade_id or its content, unique in the notebook."""
    seen: dict[str, int] = {}
    for cell in nb.cells:
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        base = grade_id or hashlib.sha1(cell.source.encode()).hexdigest()[:10]
        count = seen.get(base, 0)
        seen[base] = count + 1
        cell["id"] = base if count == 0 else f"{base}-{count}"


def _clean(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """No outputs, no execution counts, stable ids, nbformat 4.5."""
    nb.nbformat, nb.nbformat_minor = 4, 5
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        cell.metadata.pop("execution", None)
    _stable_ids(nb)
    return nb


def notebook_from_text(text_path: Path) -> nbformat.NotebookNode:
    return _clean(jupytext.read(text_path, fmt=TEXT_FORMAT))


def write_notebook(nb: nbformat.NotebookNode, path: Path) -> bool:
    """Write ``nb`` to ``path``; return True when the file changed."""
    text = nbformat.writes(nb) + "\n"
    if path.exists() and path.read_text() == text:
        return False
    path.write_text(text)
    return True


def text_to_notebook(lesson: str) -> bool:
    return write_notebook(notebook_from_text(paths.source_text(lesson)),
                          paths.source_notebook(lesson))


def notebook_to_text(lesson: str) -> bool:
    """Write a notebook edited in JupyterLab back into its text twin (outputs dropped)."""
    nb = _clean(nbformat.read(paths.source_notebook(lesson), as_version=4))
    target = paths.source_text(lesson)
    text = jupytext.writes(nb, fmt=TEXT_FORMAT)
    if target.exists() and target.read_text() == text:
        return False
    target.write_text(text)
    text_to_notebook(lesson)  # and round-trip so both files agree byte for byte
    return True


def differences(lesson: str) -> list[str]:
    """What differs between a lesson's text and its stored notebook (empty when in step)."""
    text_path, nb_path = paths.source_text(lesson), paths.source_notebook(lesson)
    if not text_path.exists():
        return [f"{text_path.relative_to(paths.ROOT)} is missing"]
    if not nb_path.exists():
        return [f"{nb_path.relative_to(paths.ROOT)} is missing"]
    expected = nbformat.writes(notebook_from_text(text_path)) + "\n"
    if nb_path.read_text() == expected:
        return []
    return [f"{nb_path.relative_to(paths.ROOT)} is not what {text_path.name} generates: "
            f"run `python3 course.py sync {lesson}` (or `--from-ipynb` if you edited the notebook)"]
