"""Shared fixtures: every test that takes ``lesson`` runs once per lesson present in source/.

Work a lesson's checks share is done once per session: the scratch nbgrader course and its
generated releases (``generated``), the source notebook's runs (``source_runs``). At the end of a
run a table says where the time went, per stage and per lesson.
"""
from __future__ import annotations

import os
import re
import time
import warnings
from collections import defaultdict

import nbformat
import pytest

from coursetools import paths
from coursetools.execution import Run, run_notebook
from coursetools.nbgrader_course import Course, NbgraderError, tool_env


def pytest_generate_tests(metafunc):
    if "lesson" in metafunc.fixturenames:
        names = paths.lessons()
        metafunc.parametrize("lesson", names, ids=names)


class SessionCourse(Course):
    """A scratch course whose ``generate`` and ``autograde`` call nbgrader's own API
    (``NbGraderAPI``, what Formgrader calls) in this process: the same steps as the commands,
    without starting nbgrader again (about 3 s of imports) for every lesson."""

    def api(self):
        if not hasattr(self, "_api"):
            from nbgrader.apps import NbGraderAPI
            from traitlets.config.loader import PyFileConfigLoader

            config = PyFileConfigLoader("nbgrader_config.py", path=str(self.root)).load_config()
            self._api = NbGraderAPI(config=config)
        return self._api

    def _call(self, step: str, method, *args) -> str:
        path = os.environ.get("PATH")
        os.environ["PATH"] = tool_env()["PATH"]      # nbgrader shells out to ``alembic``
        try:
            with warnings.catch_warnings():  # its gradebook session's SQLAlchemy chatter
                warnings.simplefilter("ignore")
                result = method(*args)
        finally:
            if path is None:
                os.environ.pop("PATH", None)
            else:
                os.environ["PATH"] = path
        if not result.get("success"):
            raise NbgraderError(f"nbgrader {step} failed:\n{result.get('error')}\n"
                                f"{result.get('log')}")
        return result.get("log") or ""

    def generate(self, lesson: str):
        self.add_source(lesson)
        self._call(f"generate_assignment {lesson}", self.api().generate_assignment, lesson)
        return self.root / "release" / lesson

    def autograde(self, lesson: str) -> str:
        students = sorted(p.parent.name for p in (self.root / "submitted").glob(f"*/{lesson}"))
        return "".join(self._call(f"autograde {lesson} {student}", self.api().autograde,
                                  lesson, student) for student in students)


@pytest.fixture(scope="session")
def scratch_course(tmp_path_factory):
    """One throw-away nbgrader course for the session, with its own gradebook."""
    return SessionCourse(tmp_path_factory.mktemp("course"))


@pytest.fixture(scope="session")
def generated(scratch_course):
    """``generated(lesson)`` -> the release folder nbgrader makes from source/ now (cached)."""
    cache = {}

    def make(lesson):
        if lesson not in cache:
            cache[lesson] = scratch_course.generate(lesson)
        return cache[lesson]

    return make


class SourceRuns:
    """Each source notebook executed once per session and kind of run, for every check that
    only reads the result:

    * ``plain(lesson)``: as a student's "Run All" (labs drawn), with every error it showed;
    * ``graded(lesson)``: in grading mode (``NBGRADER_EXECUTION`` set, labs skipped), as
      ``nbgrader validate`` runs it. The answers check makes this run in its own kernel before
      it tries the answers and hands it over (``keep_graded``); run here only when that check
      did not run first. It is handed out once (it is large) and then forgotten.
    """

    def __init__(self):
        self._plain: dict[str, Run] = {}
        self._graded: dict[str, nbformat.NotebookNode] = {}

    def plain(self, lesson: str) -> Run:
        if lesson not in self._plain:
            self._plain[lesson] = run_notebook(paths.source_notebook(lesson))
        return self._plain[lesson]

    def keep_graded(self, lesson: str):
        return lambda nb: self._graded.__setitem__(lesson, nb)

    def graded(self, lesson: str) -> nbformat.NotebookNode:
        nb = self._graded.pop(lesson, None)
        if nb is None:
            nb = run_notebook(paths.source_notebook(lesson), grading=True).nb
        return nb


@pytest.fixture(scope="session")
def source_runs():
    return SourceRuns()


@pytest.fixture
def source_nb(lesson):
    return nbformat.read(paths.source_notebook(lesson), as_version=4)


def _lesson_of(item) -> str | None:
    callspec = getattr(item, "callspec", None)
    if callspec and "lesson" in callspec.params:
        return callspec.params["lesson"]
    path = getattr(item, "path", None)
    if path is not None and path.suffix == ".ipynb" and paths.SOURCE in path.parents:
        return path.parent.name                      # nbval's cells of a source notebook
    return None


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups
def pytest_collection_modifyitems(items):
    """Under ``pytest -n N --dist loadgroup`` each lesson's tests share one worker, in order."""
    for item in items:
        lesson = _lesson_of(item)
        if lesson:
            item.add_marker(pytest.mark.xdist_group(lesson))


# --- where the time went ------------------------------------------------------------------------
# Seconds of setup + call + teardown of every test, summed per stage and per lesson, wall time and
# CPU time (this process and the children it reaped: kernels, nbgrader; a browser's processes
# count when they stop). CPU time says what a test costs even on a machine shared with others.
# Under xdist the reports reach the controller, so the table covers every worker. Session
# fixtures count towards the first test that needs them (a scratch course, a browser start).

STAGE_OF_MODULE = {
    "test_authoring": "authoring",
    "test_source_notebooks": "notebooks",
    "test_release": "release",
    "test_grading": "answers",
}
LESSON_STAGES = ("authoring", "notebooks", "release", "answers", "grading", "browser")
PLANNED_LESSONS = 20
_seconds: dict[tuple[str, str], float] = defaultdict(float)   # (stage, lesson or "") -> wall s
_cpu: dict[tuple[str, str], float] = defaultdict(float)       # (stage, lesson or "") -> CPU s
_workers: set = set()
_started = time.monotonic()


def _cpu_now() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def stage_of(nodeid: str) -> str:
    path, _, name = nodeid.partition("::")
    if path.startswith("tests/browser/"):
        return "browser"
    if path.startswith("source/"):
        return "notebooks"                       # nbval, if someone runs it by hand
    if path.startswith("tests/shared/"):
        return "shared code"
    module = path.rsplit("/", 1)[-1].removesuffix(".py")
    if module == "test_grading" and name.startswith("test_nbgrader_round_trip"):
        return "grading"
    return STAGE_OF_MODULE.get(module, module.removeprefix("test_").replace("_", " "))


def lesson_of_nodeid(nodeid: str) -> str:
    for lesson in paths.lessons():
        if re.search(rf"[\[/-]{re.escape(lesson)}[\]/.-]", nodeid):
            return lesson
    return ""


def pytest_sessionstart(session):
    global _started
    _started = time.monotonic()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Each phase's report carries the CPU seconds spent since the previous phase ended."""
    outcome = yield
    now = _cpu_now()
    if call.when == "setup":
        item._cpu_mark = getattr(item, "_cpu_start", now)
    spent = now - getattr(item, "_cpu_mark", now)
    item._cpu_mark = now
    outcome.get_result().user_properties.append(("cpu_seconds", spent))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item):
    item._cpu_start = _cpu_now()
    yield


def pytest_runtest_logreport(report):
    key = (stage_of(report.nodeid), lesson_of_nodeid(report.nodeid))
    _seconds[key] += report.duration
    _cpu[key] += sum(v for k, v in report.user_properties if k == "cpu_seconds")
    node = getattr(report, "node", None)
    _workers.add(getattr(getattr(node, "gateway", None), "id", None))


def stage_table() -> list[str]:
    """The lines of the end-of-run table."""
    if not _seconds:
        return []
    lessons = sorted({l for _, l in _seconds if l})
    stages = [s for s in LESSON_STAGES if any((s, l) in _seconds for l in lessons)]
    lines = []
    per_lesson, per_lesson_cpu = [], []
    if lessons:
        lines += ["per lesson, wall seconds (setup + call + teardown); last column CPU seconds:",
                  f"{'lesson':<28}" + "".join(f"{s:>11}" for s in stages)
                  + f"{'total':>10}{'cpu':>8}"]
        for lesson in lessons:
            row = [_seconds.get((s, lesson), 0.0) for s in stages]
            cpu = sum(_cpu.get((s, lesson), 0.0) for s in stages)
            per_lesson.append(sum(row))
            per_lesson_cpu.append(cpu)
            lines.append(f"{lesson:<28}" + "".join(f"{v:11.1f}" for v in row)
                         + f"{sum(row):10.1f}{cpu:8.1f}")
        mean = [sum(_seconds.get((s, l), 0.0) for l in lessons) / len(lessons) for s in stages]
        lines.append(f"{'mean per lesson':<28}" + "".join(f"{v:11.1f}" for v in mean)
                     + f"{sum(mean):10.1f}{sum(per_lesson_cpu) / len(lessons):8.1f}")
        mean_cpu = [sum(_cpu.get((s, l), 0.0) for l in lessons) / len(lessons) for s in stages]
        lines.append(f"{'  of which CPU seconds':<28}" + "".join(f"{v:11.1f}" for v in mean_cpu)
                     + f"{sum(mean_cpu):10.1f}")
    fixed: dict[str, float] = defaultdict(float)
    fixed_cpu: dict[str, float] = defaultdict(float)
    for (s, l), v in _seconds.items():
        if not l:
            fixed[s] += v
            fixed_cpu[s] += _cpu[(s, l)]
    if fixed:
        lines.append("not per lesson (wall s, cpu s):")
        for s, v in sorted(fixed.items(), key=lambda kv: -kv[1]):
            lines.append(f"  {s:<30}{v:9.1f}{fixed_cpu[s]:9.1f}")
    total, wall = sum(_seconds.values()), time.monotonic() - _started
    workers = max(1, len(_workers - {None}))
    lines.append(f"test time {total:.0f} s (cpu {sum(_cpu.values()):.0f} s) in {wall:.0f} s wall "
                 f"time on {workers} worker(s)")
    if per_lesson and {"notebooks", "release", "answers", "grading"} <= set(stages):
        mean_lesson = sum(per_lesson) / len(per_lesson)
        guess = (PLANNED_LESSONS * mean_lesson + sum(fixed.values())) / workers
        lines.append(f"{mean_lesson:.0f} s per lesson, {sum(fixed.values()):.0f} s not per "
                     f"lesson: {PLANNED_LESSONS} lessons would take about {guess / 60:.0f} min "
                     f"on {workers} worker(s) at this run's speed")
    return lines


def pytest_terminal_summary(terminalreporter):
    lines = stage_table()
    if not lines:
        return
    terminalreporter.section("time per stage")
    for line in lines:
        terminalreporter.write_line(line)
