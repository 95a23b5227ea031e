"""Reading nbgrader's cell metadata: which cell is an exercise, a test, a secret."""
from __future__ import annotations

from dataclasses import dataclass, field

import nbformat

SOLUTION_BEGIN, SOLUTION_END = "### BEGIN SOLUTION", "### END SOLUTION"
HIDDEN_BEGIN, HIDDEN_END = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"
# A secret line shorter than this (``return x``, ``pass``) says nothing about the answer.
MIN_SECRET_CHARS = 16


def meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def is_answer(cell) -> bool:
    """A cell the student writes in (autograded code or manually graded answer)."""
    return bool(meta(cell).get("solution"))


def is_autograded_answer(cell) -> bool:
    return cell.cell_type == "code" and is_answer(cell) and not meta(cell).get("grade")


def is_test(cell) -> bool:
    m = meta(cell)
    return cell.cell_type == "code" and bool(m.get("grade")) and not m.get("solution")


@dataclass
class Exercise:
    """An autograded exercise: the student's answer cell and the test cells that grade it."""

    grade_id: str                       # ex_<slug>
    answer: nbformat.NotebookNode
    tests: list = field(default_factory=list)

    @property
    def slug(self) -> str:
        return self.grade_id.removeprefix("ex_")

    @property
    def test_ids(self) -> list[str]:
        return [meta(c)["grade_id"] for c in self.tests]

    @property
    def points(self) -> float:
        return sum(float(meta(c).get("points", 0)) for c in self.tests)


def exercises(nb) -> list[Exercise]:
    """Exercises in notebook order, each with its tests (``test_<slug>`` or ``test_<slug>_*``)."""
    found = [Exercise(meta(c)["grade_id"], c) for c in nb.cells if is_autograded_answer(c)]
    by_slug = {e.slug: e for e in found}
    for cell in nb.cells:
        if not is_test(cell):
            continue
        name = meta(cell)["grade_id"].removeprefix("test_")
        # the longest slug that names this test owns it (``test_dot`` vs ``test_dot_batch``)
        owners = [s for s in by_slug if name == s or name.startswith(s + "_")]
        if owners:
            by_slug[max(owners, key=len)].tests.append(cell)
    return found


def strip_markers(source: str) -> str:
    """An answer cell as a student who solved it would leave it: no nbgrader markers."""
    return "\n".join(l for l in source.splitlines()
                     if l.strip() not in (SOLUTION_BEGIN, SOLUTION_END))


def _regions(source: str, begin: str, end: str) -> list[str]:
    lines, inside = [], False
    for line in source.splitlines():
        if line.strip() == begin:
            inside = True
        elif line.strip() == end:
            inside = False
        elif inside:
            lines.append(line)
    return lines


def solution_region(source: str) -> list[str]:
    """The lines between ``### BEGIN SOLUTION`` and ``### END SOLUTION``."""
    return _regions(source, SOLUTION_BEGIN, SOLUTION_END)


def secret_lines(nb) -> list[str]:
    """Distinctive lines of every solution and hidden test: none may reach a student."""
    out = []
    for cell in nb.cells:
        src = cell.source
        lines = _regions(src, SOLUTION_BEGIN, SOLUTION_END) + _regions(src, HIDDEN_BEGIN, HIDDEN_END)
        if cell.cell_type == "markdown" and is_answer(cell) and SOLUTION_BEGIN not in src:
            lines += src.splitlines()  # a whole markdown answer is the model answer
        for line in lines:
            text = line.strip()
            if len(text) >= MIN_SECRET_CHARS and not text.startswith("#"):
                out.append(text)
    return out
