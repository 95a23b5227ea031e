"""``course.py selfcheck``: a self-learner grades their own notebook with the course's grader.

A reference-solution notebook scores full marks; a blank release scores zero with "not
implemented" for every exercise; wrong answers show their hidden tests' messages, and nothing
printed holds a hidden test's code or a traceback.
"""
import hashlib
import os
import subprocess
import sys

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook, new_output

from coursetools import answers, feedback, paths, selfcheck, submissions
from coursetools.cells import HIDDEN_BEGIN, HIDDEN_END, exercises

LESSON = os.environ.get("MATHML_SELFCHECK_LESSON") or "00_overview"
pytestmark = pytest.mark.xdist_group("selfcheck")


@pytest.fixture(scope="module")
def lesson_course(tmp_path_factory):
    """A scratch course that knows the lesson, its fresh release, and the source notebook."""
    if LESSON not in paths.lessons():
        pytest.skip(f"lesson {LESSON} is not in source/")
    course = selfcheck.prepare(LESSON, tmp_path_factory.mktemp("selfcheck"))
    release = course.root / "release" / LESSON / f"{LESSON}.ipynb"
    return course, nbformat.read(release, as_version=4), \
        nbformat.read(paths.source_notebook(LESSON), as_version=4)


def _write(folder, nb):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{LESSON}.ipynb"
    nbformat.write(nb, path)
    return path


def _secrets(source_nb) -> list[str]:
    return [line for cell in source_nb.cells if cell.cell_type == "code"
            for line in feedback.hidden_lines(cell.source)]


def _assert_nothing_hidden(text: str, source_nb) -> None:
    assert not feedback.leaks(text, _secrets(source_nb)), feedback.leaks(text, _secrets(source_nb))
    for tell in ("Traceback", "----> ", "BEGIN HIDDEN", "HIDDEN TESTS"):
        assert tell not in text, tell


@pytest.mark.slow
def test_reference_solution_scores_full_marks(lesson_course, tmp_path):
    course, release, source = lesson_course
    report = selfcheck.grade(course, LESSON, _write(tmp_path, submissions.solved(release, source)),
                             student="solved")
    assert report.exercises, "no autograded exercise found"
    assert report.score == report.max_score > 0
    assert all(not e.messages for e in report.exercises), \
        {e.grade_id: e.messages for e in report.exercises if e.messages}
    assert not report.other_errors, report.other_errors
    text = selfcheck.format_report(report)
    assert f"{report.max_score:g}/{report.max_score:g}" in text


@pytest.mark.slow
def test_wrong_answers_show_hidden_messages_not_hidden_code(lesson_course, tmp_path):
    course, release, source = lesson_course
    wrong = submissions.first_wrong_answers(source, answers.load(LESSON).wrong)
    assert wrong
    path = _write(tmp_path, submissions.with_answers(release, source, wrong))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    report = selfcheck.grade(course, LESSON, path, student="wrong")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, "the student's file changed"
    by_id = {e.grade_id: e for e in report.exercises}
    for grade_id in wrong:
        e = by_id[grade_id]
        assert e.score < e.max_score and e.messages, (grade_id, e)
    # the first wrong answer of each exercise passes the visible tests: hidden tests say why
    hidden = [m for e in report.exercises for m in e.messages
              if m.startswith("A hidden test failed")]
    assert hidden, {e.grade_id: e.messages for e in report.exercises}
    _assert_nothing_hidden(selfcheck.format_report(report), source)


@pytest.mark.slow
def test_command_on_a_blank_release(lesson_course, tmp_path):
    """The real command, as a self-learner types it, on an untouched release."""
    course, release, source = lesson_course
    path = _write(tmp_path / "work", release)
    proc = subprocess.run([sys.executable, str(paths.ROOT / "course.py"), "selfcheck",
                           LESSON[:2], str(path)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout
    rows = [line.split() for line in out.splitlines() if line.strip().startswith("ex_")]
    ids = [ex.grade_id for ex in exercises(source)]
    assert [r[0] for r in rows] == ids, out
    for row in rows:
        assert row[1].startswith("0/") and " ".join(row[2:]) == selfcheck.NOT_IMPLEMENTED, out
    assert "autograded total 0/" in out
    _assert_nothing_hidden(out + proc.stderr, source)
    assert "Warning" not in proc.stderr, proc.stderr[-2000:]


def test_unknown_lessons_and_missing_notebooks_are_explained(tmp_path):
    with pytest.raises(selfcheck.SelfCheckError, match="no lesson"):
        selfcheck.resolve("99")
    with pytest.raises(selfcheck.SelfCheckError, match="no notebook"):
        selfcheck.resolve(LESSON[:2], str(tmp_path / "nothing.ipynb"))
    (tmp_path / f"{LESSON}.ipynb").write_text("{}")
    lesson, path = selfcheck.resolve(str(tmp_path / f"{LESSON}.ipynb"))
    assert lesson == LESSON and path == (tmp_path / f"{LESSON}.ipynb").resolve()


def _cell(source, grade_id, outputs=(), **nbgrader):
    cell = new_code_cell(source, outputs=list(outputs))
    cell.metadata["nbgrader"] = {"grade_id": grade_id, "locked": False, "schema_version": 3,
                                 "solution": False, "grade": False, **nbgrader}
    return cell


def _error(ename, evalue, line):
    return new_output("error", ename=ename, evalue=evalue,
                      traceback=[f"Cell In[3], line {line}", f"----> {line} hidden or not",
                                 f"{ename}: {evalue}"])


def test_graded_notebook_is_read_as_messages_only():
    """Hand-made graded cells: a hidden failure, a visible one, a stub, an error elsewhere."""
    hidden = "\n".join(["assert f(1) == 2, 'f(1) is 2.'", HIDDEN_BEGIN,
                        "_secret_expected_value = f(7)",
                        "assert _secret_expected_value == 14, 'f must double negative inputs too.'",
                        HIDDEN_END])
    nb = new_notebook(cells=[
        _cell("def f(x):\n    return x + 1", "ex_f", solution=True),
        _cell(hidden, "test_f", [_error("AssertionError", "f must double negative inputs too.",
                                        4)], grade=True, points=2),
        _cell("def g(x):\n    raise NotImplementedError()", "ex_g", solution=True),
        _cell("assert g(1) == 1, 'g(1) is 1.'", "test_g",
              [_error("NotImplementedError", "", 1)], grade=True, points=1),
        _cell("def h(x):\n    return 0", "ex_h", solution=True),
        _cell("assert h(1) == 1, 'h(1) is 1.'", "test_h",
              [_error("AssertionError", "h(1) is 1.", 1)], grade=True, points=1),
        new_code_cell("data = {}\ndata['missing']", outputs=[_error("KeyError", "'missing'", 2)]),
    ])
    report = selfcheck.read_graded(nb, {"test_f": (0.0, 2.0), "test_g": (0.0, 1.0),
                                        "test_h": (0.0, 1.0)})
    report.lesson, report.notebook = "00_demo", "demo.ipynb"
    by_id = {e.grade_id: e for e in report.exercises}
    assert by_id["ex_f"].messages == ["A hidden test failed: f must double negative inputs too."]
    assert by_id["ex_g"].messages == [selfcheck.NOT_IMPLEMENTED]
    assert by_id["ex_h"].messages == ["a visible test failed: AssertionError: h(1) is 1."]
    assert report.other_errors == ["cell 7 ('data = {}') raised KeyError: 'missing'"]
    text = selfcheck.format_report(report)
    assert "_secret_expected_value" not in text and "14" not in text and "---->" not in text
    assert "0/4" in text
