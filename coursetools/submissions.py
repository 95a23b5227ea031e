"""Student submissions made from a lesson's release: solved, blank, or wrong on purpose."""
from __future__ import annotations

import copy

import nbformat

from .cells import exercises, is_answer, meta, strip_markers


def _answers_by_id(source_nb) -> dict[str, str]:
    return {meta(c)["grade_id"]: strip_markers(c.source) for c in source_nb.cells if is_answer(c)}


def solved(release_nb, source_nb) -> nbformat.NotebookNode:
    """The release with every answer cell filled in with the reference answer, markers removed."""
    nb = copy.deepcopy(release_nb)
    answers = _answers_by_id(source_nb)
    for cell in nb.cells:
        if is_answer(cell):
            cell.source = answers[meta(cell)["grade_id"]]
    return nb


def with_answers(release_nb, source_nb, replacements: dict[str, str]) -> nbformat.NotebookNode:
    """A solved submission whose answer cells named in ``replacements`` hold other code."""
    nb = solved(release_nb, source_nb)
    for cell in nb.cells:
        if is_answer(cell) and meta(cell)["grade_id"] in replacements:
            cell.source = replacements[meta(cell)["grade_id"]]
    return nb


def first_wrong_answers(source_nb, wrong: dict[str, dict[str, str]]) -> dict[str, str]:
    """The first plausible wrong answer of every exercise."""
    return {ex.grade_id: next(iter(wrong[ex.grade_id].values()))
            for ex in exercises(source_nb) if wrong.get(ex.grade_id)}
