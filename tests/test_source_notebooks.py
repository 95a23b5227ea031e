"""The instructor's notebooks: they run clean, and nbgrader accepts every solution.

Each check reads a run shared through the session (``source_runs`` in conftest.py), so a source
notebook runs once as a student's "Run All" and once in grading mode, not once per check. (The
run-all check replaces nbval, which ran every cell a further time: a cell that raises fails it,
as it failed ``--nbval-lax``.)
"""
import io
import re
import tempfile
from pathlib import Path

import nbformat
import pytest

from coursetools import paths
from coursetools.execution import run_notebook

pytestmark = pytest.mark.slow


def test_source_runs_without_any_error_shown(lesson, source_runs):
    run = source_runs.plain(lesson)
    assert not run.errors, f"errors shown (cells or widgets): {run.errors}"
    # speed is reported, not asserted (a loaded CI machine is no measure): see the per-lesson
    # floor printed by benchmarks/grading_speed.py
    print(f"{lesson}: ran in {run.seconds:.1f} s, {run.widget_models} widget models")


SETUP_SEED = re.compile(r"^rng = np\.random\.default_rng\(\d+\)", re.M)


def test_source_checks_hold_for_another_seed(lesson):
    """The lesson's asserts test mathematics, not one lucky draw: with another seed in the setup
    cell (as after a student re-runs cells, which moves the shared generator on) all still hold."""
    seed = 1000 + int(lesson[:2])

    def reseed(nb):
        setup = next((c for c in nb.cells if c.cell_type == "code" and SETUP_SEED.search(c.source)),
                     None)
        assert setup is not None, "the setup cell should create rng = np.random.default_rng(<seed>)"
        setup.source = SETUP_SEED.sub(f"rng = np.random.default_rng({seed})", setup.source)

    run = run_notebook(paths.source_notebook(lesson), grading=True, edit=reseed)
    assert not run.errors, f"with seed {seed} in the setup cell: {run.errors}"


def nbgrader_validate(executed: nbformat.NotebookNode) -> str:
    """What ``nbgrader validate`` prints for a notebook, given the notebook as nbgrader's
    Execute step would leave it: nbgrader's own Validator with the course's configuration,
    its cell-metadata check kept, its clear-and-execute steps replaced by the shared run."""
    from nbgrader.preprocessors import CheckCellMetadata
    from nbgrader.validator import Validator
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader(paths.CONFIG.name, path=str(paths.CONFIG.parent)).load_config()
    validator = Validator(config=config, preprocessors=[CheckCellMetadata])
    validator.stream = io.StringIO()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "executed.ipynb"
        nbformat.write(executed, path)
        validator.validate_and_print(str(path))
    return validator.stream.getvalue()


def test_nbgrader_validate_passes_on_solutions(lesson, source_runs):
    out = nbgrader_validate(source_runs.graded(lesson))
    assert "Success! Your notebook passes all the tests." in out, out
