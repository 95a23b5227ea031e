"""Grading a class in parallel gives exactly nbgrader's sequential grades, on every backend.

One small synthetic class (solved, blank and wrong submissions of the first lesson) is graded
three ways: plain sequential ``nbgrader autograde`` with SQLite (the reference), ``course.py
grade``'s local worker pool with the same SQLite gradebook, and a Dask cluster with a PostgreSQL
gradebook on a real server started here.
"""
import csv
import os
import sys

import nbformat
import pytest

from coursetools import answers, grading, paths, reports, submissions
from coursetools.nbgrader_course import Course

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("parallel-grading")]
STUDENTS = 6


@pytest.fixture(scope="module")
def class_lesson():
    if not paths.lessons():
        pytest.skip("no lesson to build a class from")
    return os.environ.get("MATHML_GRADING_LESSON") or paths.lessons()[0]


def make_class(course: Course, lesson: str) -> None:
    source = nbformat.read(paths.source_notebook(lesson), as_version=4)
    release = nbformat.read(course.generate(lesson) / f"{lesson}.ipynb", as_version=4)
    wrong = submissions.first_wrong_answers(source, answers.load(lesson).wrong)
    kinds = [submissions.solved(release, source), release,
             submissions.with_answers(release, source, wrong)]
    for i in range(STUDENTS):
        course.submit(f"student{i:02d}", lesson, kinds[i % 3])


@pytest.fixture(scope="module")
def reference(tmp_path_factory, class_lesson):
    course = Course(tmp_path_factory.mktemp("sequential"))
    make_class(course, class_lesson)
    course.autograde(class_lesson)
    return course.scores(class_lesson)


@pytest.fixture(scope="module")
def tool_path():
    # workers shell out to nbgrader's tools (alembic) and import coursetools
    old = dict(os.environ)
    os.environ["PATH"] = os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"]
    os.environ["PYTHONPATH"] = str(paths.ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    yield
    os.environ.clear()
    os.environ.update(old)


def test_local_pool_on_sqlite_matches_sequential_nbgrader(tmp_path, class_lesson, reference, tool_path):
    course = Course(tmp_path)
    make_class(course, class_lesson)
    outcomes = grading.grade(course.root, grading.find_submissions(course.root), workers=2,
                             progress=False)
    assert all(o.ok for o in outcomes), [o.error for o in outcomes if not o.ok]
    assert course.scores(class_lesson) == reference          # nothing lost, nothing duplicated

    # what instructors export afterwards
    grades = reports.export_grades(course.root, tmp_path / "grades.csv")
    with open(grades) as f:
        assert len(list(csv.DictReader(f))) == STUDENTS
    rows = reports.cell_summaries(grading.course_db_url(course.root))
    tests = {cell for student in reference.values() for cell in student}
    assert {r.cell for r in rows} == tests
    auto = [r for r in rows if r.kind == "autograded"]
    assert all(r.submissions == STUDENTS for r in auto)
    # a third of the class solved it, a third left it blank, a third answered wrong
    assert all(abs(r.full_marks_share - 1 / 3) < 1e-9 for r in auto)
    assert reports.plot_summary(rows, tmp_path / "summary.png").stat().st_size > 0


def test_dask_cluster_on_postgresql_matches_sequential_nbgrader(tmp_path, class_lesson, reference,
                                                                 tool_path):
    from distributed import Client, LocalCluster

    from coursetools.local_postgres import LocalPostgres

    try:
        server = LocalPostgres()
    except RuntimeError as exc:  # no PostgreSQL and no way to install it here
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(str(exc))
    with server as pg:
        course = Course(tmp_path)
        course.configure(f'c.CourseDirectory.db_url = "{pg.create_database("gradebook")}"')
        make_class(course, class_lesson)
        with LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1",
                          dashboard_address=None, processes=True) as cluster, \
                Client(cluster) as client:
            outcomes = grading.grade_on_dask(client, course.root,
                                             grading.find_submissions(course.root), progress=False)
        assert all(o.ok for o in outcomes), [o.error for o in outcomes if not o.ok]
        assert course.scores(class_lesson) == reference


def test_a_busy_sqlite_gradebook_is_waited_for_not_failed(tmp_path, class_lesson, tool_path):
    """Another grader holding the write lock for longer than the driver's 5 s default."""
    import sqlite3
    import threading
    import time

    course = Course(tmp_path)
    make_class(course, class_lesson)
    grading.prepare_sqlite(grading.course_db_url(course.root))
    locked = threading.Event()

    def hold_lock():
        with sqlite3.connect(course.root / "gradebook.db", isolation_level=None) as conn:
            conn.execute("BEGIN EXCLUSIVE")
            locked.set()
            time.sleep(14)  # the worker takes a few seconds to start and reach it
            conn.execute("COMMIT")

    holder = threading.Thread(target=hold_lock)
    holder.start()
    locked.wait()
    outcomes = grading.grade(course.root, grading.find_submissions(course.root)[:1], workers=1,
                             progress=False)
    holder.join()
    assert [o.ok for o in outcomes] == [True], [o.error for o in outcomes]
    assert not any("second attempt" in n for o in outcomes for n in o.notes), outcomes


def test_a_failed_grading_run_is_retried_once_and_says_so(monkeypatch):
    sub = grading.Submission("someone", "00_lesson")
    calls = []

    def flaky(root, submission):
        calls.append(submission)
        ok = len(calls) > 1
        return grading.Outcome(submission, ok, 1.0, "" if ok else "Traceback\nOSError: flaky disk")

    monkeypatch.setattr(grading, "_grade_once", flaky)
    outcome = grading.grade_one("/nowhere", sub)
    assert outcome.ok and len(calls) == 2 and outcome.seconds == 2.0
    assert "second attempt" in outcome.notes[0] and "OSError: flaky disk" in outcome.notes[0]

    calls.clear()
    monkeypatch.setattr(grading, "_grade_once", lambda root, s: grading.Outcome(
        s, False, 1.0, f"Traceback\nRuntimeError: attempt {calls.append(s) or len(calls)}"))
    outcome = grading.grade_one("/nowhere", sub)
    assert not outcome.ok and len(calls) == 2
    assert "attempt 1" in outcome.error and "attempt 2" in outcome.error


def test_waiting_sqlite_url():
    assert grading.waiting_sqlite_url("sqlite:////a/gradebook.db") == \
        "sqlite:////a/gradebook.db?timeout=120"
    assert grading.waiting_sqlite_url("sqlite:////a/g.db?x=1").endswith("?x=1&timeout=120")
    assert grading.waiting_sqlite_url("sqlite:////a/g.db?timeout=5").endswith("timeout=5")
    pg = "postgresql+psycopg2://u@127.0.0.1:5432/gradebook"
    assert grading.waiting_sqlite_url(pg) == pg


CRASHY = '''
import os
from coursetools.grading import Outcome

def task(root, submission):
    if submission.student.startswith("crasher"):
        os._exit(9)                      # the grading process itself dies, not a kernel
    return Outcome(submission, True, 0.0)
'''


def test_a_dying_grading_process_loses_nobody_else(tmp_path, tool_path, monkeypatch):
    """A worker that dies breaks Python's process pool; everyone else must still be graded."""
    (tmp_path / "crashy.py").write_text(CRASHY)
    (tmp_path / "course").mkdir()
    (tmp_path / "course" / "nbgrader_config.py").write_text("c = get_config()\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("PYTHONPATH", f"{tmp_path}{os.pathsep}{os.environ['PYTHONPATH']}")
    import crashy

    subs = [grading.Submission(f"student{i:02d}", "00_x") for i in range(7)]
    subs.insert(3, grading.Submission("crasher", "00_x"))
    outcomes = grading.grade(tmp_path / "course", subs, workers=2, progress=False,
                             task=crashy.task)
    assert [o.submission for o in outcomes] == subs
    assert {o.submission.student for o in outcomes if not o.ok} == {"crasher"}
    crashed = next(o for o in outcomes if not o.ok)
    assert "grading process died" in crashed.error
    rows = (tmp_path / "course" / "reports" / "grading_outcomes.csv").read_text()
    assert rows.count("\n") == len(subs) + 1


# --- a grade is never silently wrong (issue 10) ------------------------------------------------

@pytest.fixture
def one_solved(tmp_path, class_lesson, tool_path):
    course = Course(tmp_path)
    make_class(course, class_lesson)                  # student00 solved the lesson
    return course, grading.Submission("student00", class_lesson)


def test_grades_are_read_back_and_a_lost_write_fails_loudly(one_solved, monkeypatch):
    """A grade that reaches the gradebook wrong (lost, overwritten) fails the submission."""
    from nbgrader.api import Gradebook

    from coursetools import readback

    course, sub = one_solved
    root = str(course.root)
    api = grading._api_for(root)
    real = api.autograde

    def autograde_then_lose_a_grade(lesson, student, **kw):
        result = real(lesson, student, **kw)
        with Gradebook(api.coursedir.db_url, api.coursedir.course_id) as gb:
            grade = next(g for nb in gb.find_submission(lesson, student).notebooks
                         for g in nb.grades if g.auto_score)
            grade.auto_score = 0                      # what a lost write looks like afterwards
            gb.db.commit()
        return result

    try:
        assert grading._grade_once(root, sub).ok      # honest run: the book matches
        assert readback.disagreements(api.coursedir, sub.lesson, sub.student) == []
        monkeypatch.setattr(api, "autograde", autograde_then_lose_a_grade)
        outcome = grading._grade_once(root, sub)
    finally:
        grading._apis.pop(root, None)
    assert not outcome.ok
    assert "gradebook disagrees with the graded notebook" in outcome.error
    assert "recorded as 0" in outcome.error


def test_a_kernel_that_never_starts_is_a_failure_not_a_zero(one_solved, monkeypatch):
    """No student code can stop a kernel from starting: zeroing the cells would hide it."""
    from coursetools import sandbox

    course, sub = one_solved

    async def broken_launch(self, kernel_cmd, **kw):
        raise OSError("no kernel today")

    monkeypatch.setattr(sandbox.SandboxKernelManager, "_async_launch_kernel", broken_launch)
    try:
        outcome = grading.grade_one(str(course.root), sub)
    finally:
        grading._apis.pop(str(course.root), None)
    assert not outcome.ok
    assert "did not start" in outcome.error and "second attempt" in outcome.notes[0]
