"""What students receive: exactly nbgrader's output, no secrets, and only the stubs raise."""
import json

import nbformat
import pytest

from coursetools import paths
from coursetools.cells import secret_lines
from coursetools.execution import run_notebook


def _files(folder):
    return {p.relative_to(folder).as_posix(): p for p in folder.rglob("*") if p.is_file()}


def _comparable(path):
    if path.suffix == ".ipynb":
        return json.loads(path.read_text())
    return path.read_bytes()


@pytest.mark.slow
def test_release_is_what_nbgrader_generates_now(lesson, generated):
    fresh, committed = _files(generated(lesson)), _files(paths.RELEASE / lesson)
    assert sorted(committed) == sorted(fresh), "release/ files differ: run course.py release"
    for name, path in fresh.items():
        assert _comparable(committed[name]) == _comparable(path), \
            f"release/{lesson}/{name} is stale: run `python3 course.py release {lesson}`"


def test_no_solution_or_hidden_test_line_reaches_release(lesson, source_nb):
    released = "\n".join(p.read_text(errors="ignore") for p in (paths.RELEASE / lesson).rglob("*")
                         if p.is_file())
    # notebooks hold JSON-escaped text: compare both raw and escaped forms
    leaks = [l for l in secret_lines(source_nb) if l in released or json.dumps(l)[1:-1] in released]
    assert not leaks, f"{len(leaks)} secret lines appear in release/, e.g. {leaks[:3]}"


def test_release_holds_no_authoring_files(lesson):
    twins = [p.name for p in (paths.RELEASE / lesson).rglob("*.md")]
    assert not twins, f"authoring text (with solutions) in release/: {twins}"


@pytest.mark.slow
def test_released_notebook_raises_only_the_stubs_errors(lesson):
    run = run_notebook(paths.release_notebook(lesson))
    cell_errors = [e for e in run.errors if e.where.startswith("cell")]
    widget_errors = [e for e in run.errors if e.where.startswith("widget")]
    assert not widget_errors, f"a lab throws before the student answers: {widget_errors}"
    others = [e for e in cell_errors if e.ename != "NotImplementedError"]
    assert not others, f"released notebook fails other than in its stubs: {others}"
    assert cell_errors, "no stub raised NotImplementedError: are the exercises released?"
