"""The instructor's notebooks: they run clean, and nbgrader accepts every solution.

(nbval also executes every source notebook: ``course.py test`` passes ``source --nbval-lax``.)
"""
import re
import subprocess
import sys

import pytest

from coursetools import paths
from coursetools.execution import run_notebook

pytestmark = pytest.mark.slow


def test_source_runs_without_any_error_shown(lesson):
    run = run_notebook(paths.source_notebook(lesson))
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


def test_nbgrader_validate_passes_on_solutions(lesson):
    proc = subprocess.run([sys.executable, "-m", "nbgrader", "validate",
                           str(paths.source_notebook(lesson))],
                          cwd=paths.ROOT, capture_output=True, text=True, timeout=600)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0 and "Success! Your notebook passes all the tests." in out, out
