"""Feedback shows scores and helpful failures, never a hidden test.

Unit tests of the HideHiddenTests preprocessor on hand-made cells, then a real round trip on a
lesson: a class (solved, blank, wrong answers, and a student whose hook records every cell the
grader runs and prints them later) is graded by course.py's grader, feedback is generated, and
every feedback page is searched for every hidden-test line of the lesson.
"""
import os
import sys

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook, new_output

from coursetools import answers, feedback, grading, paths, submissions
from coursetools.cells import HIDDEN_BEGIN, HIDDEN_END, _regions, is_answer, is_test
from coursetools.nbgrader_course import Course

LESSON = os.environ.get("MATHML_HOSTILE_LESSON") or "00_overview"

TEST_SOURCE = "\n".join([
    "assert f(1) == 2, 'f(1) is 2.'",
    HIDDEN_BEGIN,
    "_values = [3, 4, 5]",
    "for _v in _values:",
    "    assert f(_v) == 2 * _v, 'f doubles every input, not only 1.'",
    "assert f(-7) == -14, 'Negative inputs double too.'",
    "assert f(10) == 20",
    HIDDEN_END,
])


def _error(line: int, ename="AssertionError", evalue=""):
    tb = ["\x1b[0;31m---------\x1b[0m",
          f"Cell \x1b[0;32mIn[3], line {line}\x1b[0m",
          *[f"\x1b[0;32m----> {line}\x1b[0m {TEST_SOURCE.splitlines()[line - 1]}"],
          f"\x1b[0;31m{ename}\x1b[0m: {evalue}"]
    return new_output("error", ename=ename, evalue=evalue, traceback=tb)


def _run(outputs):
    cell = new_code_cell(TEST_SOURCE, outputs=outputs)
    cell.metadata["nbgrader"] = {"grade": True, "solution": False, "locked": True,
                                 "grade_id": "test_f", "points": 1, "schema_version": 3}
    nb = new_notebook(cells=[cell, new_code_cell("print(1)", outputs=[
        new_output("stream", name="stdout", text="spy: assert f(-7) == -14, 'Negative inputs "
                                                 "double too.'\nok\n")])])
    nb, _ = feedback.HideHiddenTests().preprocess(nb, {})
    return nb


def test_hidden_source_is_replaced():
    nb = _run([])
    src = nb.cells[0].source
    assert "f(1) == 2" in src and feedback.PLACEHOLDER in src
    assert "_values" not in src and "-14" not in src and HIDDEN_BEGIN not in src


def test_hidden_failure_shows_the_message_only():
    nb = _run([_error(5, evalue="f doubles every input, not only 1.")])
    out = nb.cells[0].outputs[0]
    text = out.evalue + "".join(out.traceback)
    assert "f doubles every input, not only 1." in text
    assert "2 * _v" not in text and "----> " not in text and "line 5" not in text


def test_hidden_failure_without_message_is_generic():
    nb = _run([_error(7, evalue="")])
    text = "".join(nb.cells[0].outputs[0].traceback)
    assert "hidden test failed" in text and "f(10)" not in text and "20" not in text
    nb = _run([_error(5, ename="TypeError", evalue="unsupported operand 5 + 'a'")])
    text = "".join(nb.cells[0].outputs[0].traceback)
    assert "TypeError" in text and "unsupported" not in text


def test_visible_failure_keeps_its_traceback():
    nb = _run([_error(1, evalue="f(1) is 2.")])
    out = nb.cells[0].outputs[0]
    assert out.ename == "AssertionError"
    assert any("f(1) == 2" in t for t in out.traceback)


def test_outputs_repeating_hidden_lines_are_redacted():
    nb = _run([])
    text = nb.cells[1].outputs[0].text
    assert "-14" not in text and "ok" in text and feedback.REDACTED in text


# --- a real class ------------------------------------------------------------------------------

SPY = """
_seen = []
get_ipython().events.register("pre_run_cell", lambda info: _seen.append(info.raw_cell))
"""
LEAK = """
print("\\n".join(_seen))
"""


def _hidden_lines(source_nb) -> list[str]:
    out = []
    for cell in source_nb.cells:
        for line in _regions(cell.source, HIDDEN_BEGIN, HIDDEN_END):
            text = line.strip()
            if len(text) >= 16 and not text.startswith("#"):
                out.append(text)
    return out


@pytest.fixture(scope="module")
def feedback_class(tmp_path_factory):
    if LESSON not in paths.lessons():
        pytest.skip(f"lesson {LESSON} is not in source/")
    course = Course(tmp_path_factory.mktemp("feedback"))
    source = nbformat.read(paths.source_notebook(LESSON), as_version=4)
    release = nbformat.read(course.generate(LESSON) / f"{LESSON}.ipynb", as_version=4)
    wrong = submissions.first_wrong_answers(source, answers.load(LESSON).wrong)
    course.submit("solved", LESSON, submissions.solved(release, source))
    course.submit("blank", LESSON, release)
    course.submit("wrong", LESSON, submissions.with_answers(release, source, wrong))
    spy = submissions.solved(release, source)
    code_answers = [c for c in spy.cells if is_answer(c) and c.cell_type == "code"]
    code_answers[0].source += "\n" + SPY
    code_answers[-1].source += "\n" + LEAK
    course.submit("spy", LESSON, spy)
    old = dict(os.environ)
    os.environ["PATH"] = os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"]
    os.environ["PYTHONPATH"] = str(paths.ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    try:
        outcomes = grading.grade(course.root, grading.find_submissions(course.root), workers=2,
                                 progress=False)
        assert all(o.ok for o in outcomes), [o.error for o in outcomes]
        result = feedback.generate(course.root, LESSON)
    finally:
        os.environ.clear()
        os.environ.update(old)
    assert result.get("success"), result
    return course, source


@pytest.mark.slow
def test_feedback_never_shows_hidden_tests(feedback_class):
    course, source = feedback_class
    secrets = _hidden_lines(source)
    assert secrets
    pages = sorted((course.root / "feedback").glob(f"*/{LESSON}/*.html"))
    assert {p.parent.parent.name for p in pages} == {"solved", "blank", "wrong", "spy"}
    for page in pages:
        found = feedback.leaks(feedback.page_text(page), secrets)
        assert not found, f"{page}: {found[:3]}"
    # the spy's hook really saw the hidden tests: the autograded copy (instructor side) has them
    spied = (course.root / "autograded" / "spy" / LESSON / f"{LESSON}.ipynb").read_text()
    assert feedback.leaks(spied, secrets)


@pytest.mark.slow
def test_feedback_explains_failures_and_scores(feedback_class):
    course, source = feedback_class
    wrong = feedback.page_text(course.root / "feedback" / "wrong" / LESSON / f"{LESSON}.html")
    messages = set()
    for cell in source.cells:
        if is_test(cell):
            messages |= feedback.assert_messages("\n".join(
                _regions(cell.source, HIDDEN_BEGIN, HIDDEN_END)))
    assert "A hidden test failed" in wrong
    assert any(m in wrong for m in messages), "a hidden assert's message reaches the student"
    assert "Score" in wrong or "score" in wrong
    blank = feedback.page_text(course.root / "feedback" / "blank" / LESSON / f"{LESSON}.html")
    assert "NotImplementedError" in blank          # visible failures keep their tracebacks
