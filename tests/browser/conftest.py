"""Fixtures for the browser tests: one scratch course, one JupyterLab, one Chromium per session.

Notebooks are checked several at a time: ``MLMATH_BROWSER_TABS`` JupyterLab pages (default 3;
on a 2-core machine 2 and 4 were slower), each opening its notebooks one after another. The
first lab test that needs a result runs every selected notebook; each test then reads its own
report. Under pytest-xdist each worker checks its own notebooks, one at a time.

Without Chromium the tests skip, saying how to install it; on CI (``CI=true``) they fail.
"""
from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import pytest

from coursetools import browser_setup, paths

import jupyterlab_driver as jd
import selfcheck_notebook

HERE = Path(__file__).resolve().parent
EDITIONS = jd.EDITIONS
TIMINGS: list[jd.NotebookReport] = []   # for the terminal summary
BATCHES: list[tuple[int, int, float]] = []  # (notebooks, tabs, wall seconds)


def _here(item) -> bool:
    return HERE in Path(str(item.path)).resolve().parents


_availability: dict[str, str | None] = {}


def chromium_or_reason() -> tuple[str | None, str]:
    """(path, "") when the browser tests can run, else (None, why and how to fix it)."""
    if "path" not in _availability:
        try:
            import playwright.async_api  # noqa: F401  (the driver the tests use)
        except ImportError:
            _availability["path"] = None
            _availability["why"] = ("the Python package `playwright` is missing: install the "
                                    "course requirements (`pip install -r requirements.txt`).")
        else:
            _availability["path"] = browser_setup.find_chromium()
            _availability["why"] = ("" if _availability["path"] else
                                    "Chromium was not found. " + browser_setup.INSTALL_HINT)
    return _availability["path"], _availability["why"] or ""


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "browser: drives JupyterLab in headless Chromium (tests/browser)")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if _here(item):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.slow)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    """On CI a missing browser is a failure of every browser test, not a skip."""
    if _here(pyfuncitem):
        path, why = chromium_or_reason()
        if path is None and jd.on_ci():
            pytest.fail(f"CI=true and the browser tests cannot run: {why}", pytrace=False)


@pytest.fixture(scope="session", autouse=True)
def chromium():
    """The Chromium path; skips the browser tests (outside CI) when there is none."""
    path, why = chromium_or_reason()
    if path is None and not jd.on_ci():
        pytest.skip(f"browser tests skipped: {why}")
    return path


@pytest.fixture(scope="session")
def loop():
    """One event loop for the session: Playwright's objects belong to the loop that made them."""
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


@pytest.fixture(scope="session")
def course(tmp_path_factory, chromium):
    """A scratch copy of the course (never the real source/ or release/)."""
    root = tmp_path_factory.mktemp("browser") / "course"
    jd.build_course(root)
    if jd.ARTIFACTS.exists():  # screenshots are from this run only
        for old in jd.ARTIFACTS.glob("*.png"):
            old.unlink()
    return root


@pytest.fixture(scope="session")
def server(course, chromium):
    if chromium is None:
        yield None
        return
    lab = jd.JupyterLab(course, course.parent / "state").start()
    try:
        yield lab
    finally:
        leftovers = lab.stop()
        if leftovers:
            pytest.fail("processes outlived JupyterLab and had to be killed:\n  "
                        + "\n  ".join(leftovers), pytrace=False)


@pytest.fixture(scope="session")
def browser(loop, chromium, server):
    if chromium is None:
        yield None
        return
    b = loop.run_until_complete(jd.Browser(chromium).start())
    try:
        yield b
    finally:
        leftovers = loop.run_until_complete(b.stop())
        if leftovers:
            pytest.fail("browser processes outlived the browser and had to be killed:\n  "
                        + "\n  ".join(leftovers), pytrace=False)


@pytest.fixture(scope="session")
def run(loop):
    """``run(coroutine)``: run a coroutine in the session's loop."""
    return loop.run_until_complete


def _selected_jobs(session) -> list[tuple[str, str]]:
    """The notebooks the selected tests will ask for: (lesson, edition), and the self-check."""
    jobs = []
    for item in session.items:
        if not _here(item):
            continue
        name = getattr(item, "originalname", "")
        spec = getattr(item, "callspec", None)
        if name == "test_labs_work_in_jupyterlab" and spec:
            jobs.append((spec.params["lesson"], spec.params["edition"]))
        elif name == "test_checks_pass_good_labs_and_catch_broken_ones":
            jobs.append((selfcheck_notebook.NAME, "release"))
    # longest first (released notebooks resume after every stub), the self-check last
    return sorted(set(jobs), key=lambda j: (j[0] == selfcheck_notebook.NAME,
                                            EDITIONS.index(j[1]), j[0]))


def _notebook_path(name: str, edition: str, course: Path) -> str:
    if name == selfcheck_notebook.NAME:
        return selfcheck_notebook.write(course)
    return jd.copy_notebook(name, edition, course)


@pytest.fixture(scope="session")
def notebook_reports(request, loop, browser, server, course):
    """``notebook_reports(lesson, edition)`` -> :class:`NotebookReport`. The first call runs
    every selected lesson's notebooks in parallel pages (one at a time per xdist worker)."""
    cache: dict[tuple[str, str], jd.NotebookReport] = {}
    tabs = int(os.environ.get("MLMATH_BROWSER_TABS", "3"))
    batch = not os.environ.get("PYTEST_XDIST_WORKER")

    def get(lesson: str, edition: str) -> jd.NotebookReport:
        if (lesson, edition) not in cache:
            wanted = _selected_jobs(request.session) if batch else []
            wanted = [j for j in wanted if j not in cache] or [(lesson, edition)]
            if (lesson, edition) not in wanted:
                wanted.append((lesson, edition))
            for l, e in wanted:
                why = None if l == selfcheck_notebook.NAME else jd.missing_notebook(l, e)
                if why:
                    cache[(l, e)] = jd.NotebookReport(label=f"{l}-{e}", path="-", problems=[why])
            wanted = [j for j in wanted if j not in cache]
            # the self-check fails on purpose: its screenshot stays in the scratch folder
            jobs = [((l, e), _notebook_path(l, e, course), f"{l}-{e}", e,
                     course.parent / "selfcheck-screenshots" if l == selfcheck_notebook.NAME
                     else jd.ARTIFACTS) for l, e in wanted]
            start = time.monotonic()
            cache.update(loop.run_until_complete(jd.check_notebooks(browser, server, jobs, tabs)))
            BATCHES.append((len(jobs), tabs, time.monotonic() - start))
            TIMINGS.extend(cache[(l, e)] for l, e in wanted)
        return cache[(lesson, edition)]

    return get


@pytest.fixture(scope="session")
def nbgrader_assignments(course, chromium):
    """Generate every lesson in the scratch course and release it to its exchange."""
    lessons = paths.lessons()
    failed = jd.generate_and_release(course, lessons) if chromium else {}
    return lessons, failed


def pytest_terminal_summary(terminalreporter):
    if not TIMINGS:
        return
    tr = terminalreporter
    tr.section("browser: seconds per notebook (open / run all / labs / total)")
    for r in TIMINGS:
        s = r.seconds
        tr.write_line(f"{r.label:<45} {s.get('open', 0):5.1f} {s.get('run', 0):6.1f} "
                      f"{s.get('labs', 0):6.1f} {s.get('total', 0):6.1f}   "
                      f"{len(r.labs)} lab(s), {len(r.problems)} problem(s)")
    for n, tabs, wall in BATCHES:
        tr.write_line(f"{n} notebooks in {tabs} parallel page(s): {wall:.0f} s wall time")
