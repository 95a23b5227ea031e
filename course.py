#!/usr/bin/env python3
"""The course's one entry point: ``python3 course.py <command>``.

    lab                open JupyterLab on the course, lesson 00 first (students start here;
                       --instructor: the course root, with nbgrader's instructor tools)
    test               run the whole test suite
    check NN [NN …]    the tests that concern some lessons (authors' loop)
    sync [NN …]        regenerate lesson notebooks from their .md twins (--from-ipynb: reverse)
    release [NN …]     regenerate release/ from source/ with nbgrader
    grade [NN …]       autograde submitted/ in parallel (--workers N, --scheduler ADDR for Dask)
    feedback [NN …]    feedback for students, hidden tests kept hidden
    report             grades CSV and a per-exercise summary in reports/
    student-edition O  export a student-only copy for a class to publish (no solutions)
    solution NN [ID]   self-learners: reveal one exercise's reference answer, deliberately
    selfcheck NN [NB]  self-learners: grade your notebook (my_work/) with the hidden tests

The first run creates a virtual environment in .venv and installs requirements.txt and the
course's shared package into it; later runs reuse it, and reinstall only when the requirements
change. Already inside an environment that has the course installed (conda, say)? It is used as is.
This file needs nothing but Python 3.11's standard library.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".course-requirements"
INPUTS = [ROOT / "requirements.txt", ROOT / "shared" / "pyproject.toml"]


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def current_env_is_ready() -> bool:
    """True when this interpreter is an activated environment that already has the course."""
    in_env = sys.prefix != sys.base_prefix or os.environ.get("CONDA_PREFIX") == sys.prefix
    if not in_env:
        return False
    probe = "import mlmath, nbgrader, jupyterlab, torch"
    return subprocess.run([sys.executable, "-c", probe], capture_output=True).returncode == 0


def requirements_digest() -> str:
    h = hashlib.sha256()
    for path in INPUTS:
        h.update(path.read_bytes())
    return h.hexdigest()


def up_to_date() -> bool:
    return venv_python().exists() and STAMP.exists() and \
        STAMP.read_text().strip() == requirements_digest()


def ensure_venv() -> Path:
    python = venv_python()
    if up_to_date():
        return python
    with install_lock():  # two course.py runs at once must not install over each other
        if not python.exists():
            print(f"course: creating the environment in {VENV} (once; a few minutes)", flush=True)
            venv.create(VENV, with_pip=True)
        if not up_to_date():
            print("course: installing requirements.txt and the shared package", flush=True)
            subprocess.run([str(python), "-m", "pip", "install", "--disable-pip-version-check",
                            "-q", "-r", str(ROOT / "requirements.txt"), "-e", str(ROOT / "shared")],
                           check=True)
            STAMP.write_text(requirements_digest() + "\n")
    return python


class install_lock:
    """An exclusive lock file beside .venv (POSIX); elsewhere installs are simply not guarded."""

    def __enter__(self):
        self.file = open(ROOT / ".venv.lock", "w")
        try:
            import fcntl
            fcntl.flock(self.file, fcntl.LOCK_EX)
        except ImportError:
            pass
        return self

    def __exit__(self, *exc):
        self.file.close()


# JupyterLab 4.6 delivers widget messages on a kernel thread of their own by default; a lab's
# matplotlib drawing would then race the cell running on the main thread (matplotlib is not
# thread-safe: labs failed intermittently). Keep comms on the main thread.
# A student's first screen is the lesson, not JupyterLab asking whether to fetch its news.
LAB_OVERRIDES = {"@jupyterlab/apputils-extension:kernels-settings": {"commsOverSubshells": "disabled"},
                 "@jupyterlab/apputils-extension:notification": {"fetchNews": "false",
                                                                 "checkForUpdates": False}}


def configure_jupyterlab(prefix: Path) -> None:
    """Write the course's JupyterLab setting overrides into the environment at ``prefix``."""
    path = prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    current = json.loads(path.read_text()) if path.exists() else {}
    wanted = {**current, **{k: {**current.get(k, {}), **v} for k, v in LAB_OVERRIDES.items()}}
    if wanted != current:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(wanted, indent=2) + "\n")


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(__doc__)
        return 0
    python = Path(sys.executable) if current_env_is_ready() else ensure_venv()
    configure_jupyterlab(Path(sys.prefix) if python == Path(sys.executable) else VENV)
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    # as if the environment were activated: nbgrader runs tools (alembic, jupyter) from PATH
    env["PATH"] = str(python.parent) + os.pathsep + env.get("PATH", "")
    cmd = [str(python), "-m", "coursetools.cli", *argv]
    if os.name == "nt":
        return subprocess.run(cmd, cwd=ROOT, env=env).returncode
    os.chdir(ROOT)
    os.execve(cmd[0], cmd, env)  # hand the terminal (and Ctrl-C) to the real command


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
