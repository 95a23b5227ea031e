"""coursetools.reconcile on every lesson's cells, without a kernel: copied, split and moved cells
end as one graded cell each, in the lesson's order (graded runs: test_tampered_grading)."""
import copy

import nbformat
import pytest

from coursetools import paths
from coursetools.cells import is_autograded_answer, is_test, meta
from coursetools.reconcile import reconcile


@pytest.fixture
def cells(lesson):
    nb = nbformat.read(paths.source_notebook(lesson), as_version=4)
    order = [meta(c)["grade_id"] for c in nb.cells if meta(c).get("grade_id")]
    solutions = {meta(c)["grade_id"] for c in nb.cells if meta(c).get("solution")}
    tests = {meta(c)["grade_id"] for c in nb.cells if meta(c).get("grade")} - solutions
    return nb, order, solutions, tests


def _ids(nb):
    return [meta(c).get("grade_id") for c in nb.cells]


def _run(cells, nb):
    _, order, solutions, tests = cells
    return reconcile(nb, order, solutions, tests)


def _index(nb, test):
    return next(i for i, c in enumerate(nb.cells) if test(c))


def test_an_untouched_notebook_is_left_alone(cells):
    nb = copy.deepcopy(cells[0])
    assert _run(cells, nb) == []
    assert nb == cells[0]


def test_a_copied_test_cell_counts_once(cells):
    nb = copy.deepcopy(cells[0])
    t = _index(nb, is_test)
    nb.cells.insert(t + 1, copy.deepcopy(nb.cells[t]))
    notes = _run(cells, nb)
    assert _ids(nb) == _ids(cells[0])
    assert len(notes) == 1 and "dropped" in notes[0] and f"cell {t + 1} " in notes[0]


def test_a_copied_answer_cell_runs_and_the_later_copy_is_the_answer(cells):
    nb = copy.deepcopy(cells[0])
    a = _index(nb, is_autograded_answer)
    gid = meta(nb.cells[a])["grade_id"]
    nb.cells.append(copy.deepcopy(nb.cells[a]))
    notes = _run(cells, nb)
    assert len(nb.cells) == len(cells[0].cells) + 1, "both copies run"
    assert "nbgrader" not in nb.cells[a].metadata, "the earlier copy is plain code"
    assert meta(nb.cells[-1])["grade_id"] == gid and _ids(nb).count(gid) == 1
    assert any("copy of the answer cell" in n for n in notes)


def test_a_split_answer_is_joined_and_a_split_test_kept_once(cells):
    nb = copy.deepcopy(cells[0])
    a = _index(nb, is_autograded_answer)
    whole = nb.cells[a].source
    lines = whole.splitlines(keepends=True)
    second = copy.deepcopy(nb.cells[a])
    nb.cells[a].source, second.source = "".join(lines[:2]), "".join(lines[2:])
    nb.cells.insert(a + 1, second)
    t = _index(nb, is_test)
    piece = copy.deepcopy(nb.cells[t])
    piece.source = "assert True"
    nb.cells.insert(t + 1, piece)
    notes = _run(cells, nb)
    assert _ids(nb) == _ids(cells[0])
    assert nb.cells[a].source == "".join(lines[:2]) + "\n" + "".join(lines[2:])
    assert any("joined into one" in n for n in notes) and any("dropped" in n for n in notes)


def test_a_test_above_its_answer_is_moved_back(cells):
    nb = copy.deepcopy(cells[0])
    t = [i for i, c in enumerate(nb.cells) if is_test(c)][1]
    moved = nb.cells.pop(t)
    nb.cells.insert(0, moved)
    notes = _run(cells, nb)
    assert _ids(nb) == _ids(cells[0])
    assert len(notes) == 1 and "moved to just after it" in notes[0]
