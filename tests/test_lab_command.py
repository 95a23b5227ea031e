"""``course.py lab``: what it writes and launches, without starting JupyterLab (the browser
suite, tests/browser/test_browser_first_minute.py, opens it for real)."""
import json

import nbformat
import pytest

from coursetools import cli, paths
from mlmath.open_clean import kernel_language_info, open_clean

FIRST = "00_overview"


@pytest.fixture
def released():
    if not paths.release_notebook(FIRST).exists():
        pytest.skip(f"release/{FIRST} is missing")
    return paths.release_notebook(FIRST)


def test_student_copy_opens_clean_and_keeps_every_cell(released, tmp_path):
    cmd, env = cli.lab_command(tmp_path / "work", False, ["--no-browser"], tmp_path / "config")
    copy = tmp_path / "work" / FIRST / f"{FIRST}.ipynb"
    nb, original = (nbformat.read(p, as_version=4) for p in (copy, released))
    # what the kernel will report, so JupyterLab has nothing to add when it connects
    assert nb.metadata["language_info"] == kernel_language_info()
    assert "jupytext" not in nb.metadata and nb.metadata["kernelspec"]["name"] == "python3"
    assert [(c.id, c.cell_type, c.source, c.metadata) for c in nb.cells] == \
        [(c.id, c.cell_type, c.source, c.metadata) for c in original.cells]
    nbformat.validate(nb)
    assert not open_clean(copy, kernel_language_info()), "not idempotent"
    assert f"--ServerApp.root_dir={tmp_path / 'work'}" in cmd and "--no-browser" in cmd
    assert f"--LabApp.default_url=/lab/tree/{FIRST}/{FIRST}.ipynb" in cmd


def test_student_lab_turns_instructor_plugins_off_for_this_launch_only(released, tmp_path):
    _, env = cli.lab_command(tmp_path / "work", False, [], tmp_path / "config")
    first = env["JUPYTER_CONFIG_PATH"].split(":")[0]
    page = json.loads((tmp_path / "config" / "labconfig" / "page_config.json").read_text())
    assert first == str(tmp_path / "config")
    assert set(page["disabledExtensions"]) == set(cli.INSTRUCTOR_PLUGINS)
    cmd, env = cli.lab_command(tmp_path / "work2", True, [], tmp_path / "config2")
    assert "JUPYTER_CONFIG_PATH" not in env or str(tmp_path / "config2") not in \
        env["JUPYTER_CONFIG_PATH"]
    assert f"--ServerApp.root_dir={paths.ROOT}" in cmd and not (tmp_path / "work2").exists()


def test_a_students_work_is_never_overwritten(released, tmp_path):
    work = tmp_path / "work"
    cli.lab_command(work, False, [], tmp_path / "config")
    mine = work / FIRST / f"{FIRST}.ipynb"
    nb = nbformat.read(mine, as_version=4)
    nb.cells[0].source += "\n\nmy own note"
    nb.metadata["language_info"]["version"] = "3.11.0"     # saved under another Python
    nbformat.write(nb, mine)
    cli.lab_command(work, False, [], tmp_path / "config")
    again = nbformat.read(mine, as_version=4)
    assert again.cells[0].source.endswith("my own note")
    assert again.metadata["language_info"] == kernel_language_info()
