"""Lessons as authors keep them: text twin in step, no outputs, nbgrader metadata well formed."""
import re

from coursetools import authoring, paths
from coursetools.cells import exercises, is_answer, is_test, meta

GRADE_ID = re.compile(r"^[A-Za-z0-9_-]+$")


def test_text_twin_and_notebook_agree(lesson):
    assert authoring.differences(lesson) == []


def test_source_notebook_has_no_outputs(source_nb):
    stored = [i for i, c in enumerate(source_nb.cells)
              if c.cell_type == "code" and (c.get("outputs") or c.get("execution_count"))]
    assert not stored, f"cells with stored outputs: {stored} (run course.py sync)"


def test_grade_ids_are_unique_and_well_formed(source_nb):
    ids = [meta(c)["grade_id"] for c in source_nb.cells if meta(c)]
    assert len(ids) == len(set(ids)), "duplicate grade_id"
    assert all(GRADE_ID.match(i) for i in ids)


def test_every_exercise_has_visible_and_hidden_tests(source_nb):
    for ex in exercises(source_nb):
        assert ex.grade_id.startswith("ex_"), ex.grade_id
        assert ex.tests, f"{ex.grade_id} has no test cell named test_{ex.slug}"
        assert ex.points > 0, f"{ex.grade_id}'s tests carry no points"
        assert any("### BEGIN HIDDEN TESTS" in t.source for t in ex.tests), \
            f"{ex.grade_id} has no hidden tests"
        for test in ex.tests:
            visible = test.source.split("### BEGIN HIDDEN TESTS")[0]
            assert "assert" in visible, f"{meta(test)['grade_id']} has no visible test"


def test_every_test_cell_belongs_to_an_exercise(source_nb):
    owned = {t for ex in exercises(source_nb) for t in ex.test_ids}
    orphans = [meta(c)["grade_id"] for c in source_nb.cells if is_test(c)
               and meta(c)["grade_id"] not in owned]
    assert not orphans, f"test cells with no ex_<slug> answer cell: {orphans}"


def test_manual_answers_are_named_and_carry_points(source_nb):
    manual = [c for c in source_nb.cells if is_answer(c) and c.cell_type == "markdown"]
    for cell in manual:
        m = meta(cell)
        assert m["grade_id"].startswith(("derive_", "explain_")), m["grade_id"]
        assert m.get("grade") and m.get("points", 0) > 0, m["grade_id"]
