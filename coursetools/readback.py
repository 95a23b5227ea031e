"""Read a submission's grades back from the gradebook and check them against its graded notebook.

nbgrader's autograde executes the notebook, scores every graded cell from its outputs
(``nbgrader.utils.determine_grade``), writes those scores to the gradebook, then writes the
graded notebook to ``autograded/``. The two records must tell the same story. After grading,
:func:`disagreements` scores the written notebook again, cell by cell, and compares it with what
the gradebook now holds for that submission; any difference (a lost write, a row another grader
overwrote, a notebook that was never written) is reported, so that the grader can fail the
submission loudly instead of leaving a wrong grade in the book.
"""
from __future__ import annotations

import math
from pathlib import Path

import nbformat


def notebook_scores(path: Path) -> dict[str, float | None]:
    """``{grade_id: auto score}`` of every graded cell of a graded notebook, as nbgrader scores it
    (None for an answered manually graded cell and for a task, which only a person grades)."""
    from nbgrader import utils

    nb = nbformat.read(path, as_version=4)
    scores = {}
    for cell in nb.cells:
        if utils.is_grade(cell):
            scores[cell.metadata.nbgrader["grade_id"]] = utils.determine_grade(cell)[0]
        elif utils.is_task(cell):
            scores[cell.metadata.nbgrader["grade_id"]] = None
    return scores


def recorded_scores(gb, lesson: str, student: str) -> dict[str, dict[str, float | None]]:
    """``{notebook name: {grade_id: auto_score}}`` as the gradebook holds them now."""
    submission = gb.find_submission(lesson, student)
    return {nb.name: {grade.name: grade.auto_score for grade in nb.grades}
            for nb in submission.notebooks}


def disagreements(coursedir, lesson: str, student: str) -> list[str]:
    """What differs between the gradebook and the graded notebooks of one submission (empty
    when every graded cell's recorded score is the one its notebook earns)."""
    from nbgrader.api import Gradebook, MissingEntry

    folder = Path(coursedir.format_path(coursedir.autograded_directory, student, lesson))
    with Gradebook(coursedir.db_url, coursedir.course_id) as gb:
        try:
            recorded = recorded_scores(gb, lesson, student)
        except MissingEntry:
            return ["the gradebook has no submission for it"]
    problems = []
    for name, cells in sorted(recorded.items()):
        path = folder / f"{name}.ipynb"
        if not path.exists():
            problems.append(f"{name}.ipynb: no graded notebook was written")
            continue
        earned = notebook_scores(path)
        for grade_id in sorted(set(cells) | set(earned)):
            if grade_id not in earned:
                problems.append(f"{name}: cell {grade_id} is in the gradebook but not in the "
                                "graded notebook")
            elif grade_id not in cells:
                problems.append(f"{name}: cell {grade_id} of the graded notebook has no grade "
                                "in the gradebook")
            elif not _same_score(cells[grade_id], earned[grade_id]):
                problems.append(f"{name}: cell {grade_id} is recorded as {cells[grade_id]} but "
                                f"its graded notebook earns {earned[grade_id]}")
    return problems


def _same_score(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
