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
