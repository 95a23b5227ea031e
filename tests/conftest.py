"""Shared fixtures: every test that takes ``lesson`` runs once per lesson present in source/."""
from __future__ import annotations

import nbformat
import pytest

from coursetools import paths
from coursetools.nbgrader_course import Course


def pytest_generate_tests(metafunc):
    if "lesson" in metafunc.fixturenames:
        names = paths.lessons()
        metafunc.parametrize("lesson", names, ids=names)


@pytest.fixture(scope="session")
def scratch_course(tmp_path_factory):
    """One throw-away nbgrader course for the session, with its own gradebook."""
    return Course(tmp_path_factory.mktemp("course"))


@pytest.fixture(scope="session")
def generated(scratch_course):
    """``generated(lesson)`` -> the release folder nbgrader makes from source/ now (cached)."""
    cache = {}

    def make(lesson):
        if lesson not in cache:
            cache[lesson] = scratch_course.generate(lesson)
        return cache[lesson]

    return make


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
