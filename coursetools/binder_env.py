"""The student environment Binder builds from ``binder/``, rebuilt here in a plain virtual env.

Binder (repo2docker) installs ``binder/requirements.txt`` into its Python 3.11 environment, then
runs ``binder/postBuild`` in the repository folder. :func:`build` does the same into a fresh
virtual environment, so tests and the size benchmark see what a student gets: no instructor
tools, CPU-only torch, the shared package, nbgrader's instructor plugins off, and lesson 00 as the
start page. What it cannot reproduce is Binder's conda base environment, the image build and the
launch on mybinder.org itself.

This machine reaches PyPI but not PyTorch's CPU wheel index. The file is installed as it is,
``--extra-index-url`` included, with ``--retries 0``: the unreachable index then costs nothing
(with pip's default retries it would cost minutes), and the very wheel it would serve,
torch 2.13.0+cpu, comes from pip's configured find-links. Where the index is reachable, it is
used.
"""
from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from . import paths

BINDER = paths.ROOT / "binder"
REQUIREMENTS = BINDER / "requirements.txt"
START_LESSON = "00_overview"
START_PAGE = f"release/{START_LESSON}/{START_LESSON}.ipynb"
# In the main environment for authors, graders and CI; never needed by a student. A package
# added to requirements.txt must be named here or in binder/requirements.txt (a test checks).
INSTRUCTOR_TOOLS = {
    "jupytext", "nbval", "pytest", "pytest-xdist", "playwright",   # authoring and tests
    "jupyter-repo2docker",                                          # checks binder/
    "dask", "distributed", "psycopg2-binary", "tqdm",              # grading at scale
}
DISABLED_PLUGINS = ("@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment")
SIZE_BUDGET_BYTES = 1_500_000_000  # 1.5 GB for the installed student environment
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;]+)$")


def pins(path: Path) -> dict[str, str]:
    """``{name: version}`` of every ``name==version`` line (options and comments skipped)."""
    out = {}
    for line in path.read_text().splitlines():
        m = PIN.match(line.split("#")[0].strip())
        if m:
            out[m.group(1).lower()] = m.group(2)
    return out


def options(path: Path) -> list[str]:
    """The pip options a requirements file carries (``--extra-index-url …``)."""
    return [l.strip() for l in path.read_text().splitlines() if l.strip().startswith("-")]


def public_version(version: str) -> str:
    """``2.13.0+cpu`` -> ``2.13.0`` (the local label names the build, not the release)."""
    return version.split("+")[0]


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without anything that would leak the course environment
    (PYTHONPATH, VIRTUAL_ENV, a running nbgrader) into the student one."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "VIRTUAL_ENV", "NBGRADER_EXECUTION", "PYTHONHOME")}
    env.update(extra)
    return env


def base_python() -> str:
    """The interpreter the course's own venv was made from: the student env starts from a
    plain Python 3.11 with nothing installed, not from a copy of the course environment."""
    return getattr(sys, "_base_executable", None) or sys.executable


@dataclass
class StudentEnv:
    prefix: Path
    install_seconds: float
    postbuild_seconds: float
    log: Path

    @property
    def python(self) -> Path:
        return self.prefix / "bin" / "python"

    def env(self, **extra: str) -> dict[str, str]:
        """Environment for running this env's tools, as if it were activated."""
        path = str(self.prefix / "bin") + os.pathsep + os.environ.get("PATH", "")
        return clean_env(PATH=path, VIRTUAL_ENV=str(self.prefix), **extra)


def _run(cmd, log: Path, **kwargs) -> float:
    start = time.perf_counter()
    with open(log, "a") as out:
        out.write(f"\n$ {' '.join(map(str, cmd))}\n")
        out.flush()
        proc = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, **kwargs)
    if proc.returncode != 0:
        tail = "".join(log.read_text().splitlines(keepends=True)[-40:])
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed ({proc.returncode}); log {log}:\n{tail}")
    return time.perf_counter() - start


def staged_repo(target: Path, root: Path = paths.ROOT) -> Path:
    """The part of a course tree that postBuild touches (binder/, shared/), copied clean, so that
    running it leaves no build files in the real tree."""
    skip = shutil.ignore_patterns("*.egg-info", "build", "__pycache__", "*.pyc")
    for name in ("binder", "shared"):
        shutil.copytree(root / name, target / name, ignore=skip)
    return target


def build(prefix: Path, *, root: Path = paths.ROOT) -> StudentEnv:
    """Create a fresh venv at ``prefix``, install ``binder/requirements.txt`` and run
    ``binder/postBuild`` exactly as repo2docker would (in a clean copy of the repo's folders)."""
    prefix = Path(prefix)
    log = prefix.parent / f"{prefix.name}.log"
    log.write_text("")
    _run([base_python(), "-m", "venv", str(prefix)], log, env=clean_env())
    env = StudentEnv(prefix, 0.0, 0.0, log)
    env.install_seconds = _run(
        [str(env.python), "-m", "pip", "install", "--disable-pip-version-check", "--no-input",
         "--retries", "0", "--timeout", "5", "-r", str(root / "binder" / "requirements.txt")],
        log, env=env.env())
    stage = Path(tempfile.mkdtemp(prefix="binder-repo-", dir=prefix.parent))
    staged_repo(stage, root)
    env.postbuild_seconds = _run(["./binder/postBuild"], log, cwd=stage, env=env.env())
    shutil.rmtree(stage, ignore_errors=True)
    return env


def installed(env: StudentEnv) -> dict[str, str]:
    """``{name: version}`` of every distribution in the env (names normalised)."""
    out = subprocess.run([str(env.python), "-m", "pip", "list", "--format=json",
                          "--disable-pip-version-check"], capture_output=True, text=True,
                         env=env.env(), check=True).stdout
    return {d["name"].lower().replace("_", "-"): d["version"] for d in json.loads(out)}


def tree_size(folder: Path) -> int:
    """Bytes of every file under ``folder`` (symlinks not followed, hard links counted once)."""
    seen, total = set(), 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            st = os.lstat(os.path.join(dirpath, name))
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            total += st.st_size
    return total


def site_packages(env: StudentEnv) -> Path:
    return next((env.prefix / "lib").glob("python3*/site-packages"))


def repo2docker(folder: Path) -> subprocess.CompletedProcess:
    """``jupyter-repo2docker --no-build --no-run --debug .`` in ``folder``: the Dockerfile it
    would build goes to stdout, its log to stderr. No container engine is needed."""
    exe = Path(sys.executable).parent / "jupyter-repo2docker"
    return subprocess.run([str(exe) if exe.exists() else "jupyter-repo2docker", "--no-build",
                           "--no-run", "--debug", "."], cwd=folder, capture_output=True,
                          text=True, timeout=120)


def dockerfile_problems(proc: subprocess.CompletedProcess) -> list[str]:
    """What is wrong with the image repo2docker would build from a course tree (empty: fine)."""
    if proc.returncode != 0:
        return [f"repo2docker failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"]
    dockerfile, problems = proc.stdout, []
    expected = {
        "Python 3.11": "Building conda environment for python=3.11" in proc.stderr,
        "binder/requirements.txt installed":
            'pip install --no-cache-dir -r "binder/requirements.txt"' in dockerfile,
        "postBuild run": "RUN ./binder/postBuild" in dockerfile,
        # with binder/ present, the main environment files must play no part
        "main environment files ignored": "src/requirements.txt" not in dockerfile
                                          and "environment.yml" not in dockerfile,
    }
    return [f"Dockerfile: {what} not as expected" for what, ok in expected.items() if not ok]


# --- running notebooks and a server inside the student env ------------------------------------

_DRIVER = r"""
import json, sys
sys.path.insert(0, sys.argv[1])          # coursetools for this process only, not for kernels
from coursetools.execution import run_notebook
out = []
for path in sys.argv[2:]:
    run = run_notebook(path)
    text = "".join(o.get("text", "") for c in run.nb.cells if c.cell_type == "code"
                   for o in c.get("outputs", []) if o.get("output_type") == "stream")
    out.append({"path": path, "seconds": run.seconds, "widget_models": run.widget_models,
                "errors": [[e.where, e.ename, e.evalue] for e in run.errors], "text": text})
print("@@RESULT@@" + json.dumps(out))
"""

PROBE_SOURCE = "import sys, mlmath, torch\nprint(sys.prefix)\nprint(mlmath.__file__)\nprint(torch.__version__)"


def execute(env: StudentEnv, notebooks: list[Path], *, extra_env: dict | None = None,
            timeout: float = 900) -> list[dict]:
    """Execute notebooks with this env's kernel (as a student's Run All), errors allowed.

    Each result: ``{"path", "seconds", "widget_models", "errors": [[where, ename, evalue]],
    "text": printed output}``. Jupyter's user folders point at a scratch folder, so nothing
    else on this machine (a user kernelspec, a config) takes part.
    """
    scratch = Path(tempfile.mkdtemp(prefix="student-jupyter-"))
    jupyter_env = env.env(JUPYTER_CONFIG_DIR=str(scratch / "config"),
                          JUPYTER_DATA_DIR=str(scratch / "data"),
                          JUPYTER_RUNTIME_DIR=str(scratch / "runtime"),
                          **(extra_env or {}))
    try:
        proc = subprocess.run([str(env.python), "-c", _DRIVER, str(paths.ROOT),
                               *map(str, notebooks)], capture_output=True, text=True,
                              env=jupyter_env, timeout=timeout)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    marker = proc.stdout.rfind("@@RESULT@@")
    if proc.returncode != 0 or marker < 0:
        raise RuntimeError(f"notebook driver failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout[marker + len("@@RESULT@@"):])


def probe_kernel(env: StudentEnv, cwd: Path, *, extra_env: dict | None = None) -> list[str]:
    """What a kernel started in ``cwd`` sees: ``[sys.prefix, mlmath.__file__, torch version]``."""
    import nbformat

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(PROBE_SOURCE)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    probe = Path(cwd) / f".probe-{secrets.token_hex(4)}.ipynb"
    nbformat.write(nb, probe)
    try:
        [result] = execute(env, [probe], extra_env=extra_env, timeout=300)
    finally:
        probe.unlink(missing_ok=True)
    if result["errors"]:
        raise RuntimeError(f"kernel probe raised: {result['errors']}")
    return result["text"].strip().splitlines()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@dataclass
class Launch:
    start_location: str          # where "/" sends a student who asked for no page
    start_page_status: int       # HTTP status of the start notebook in the contents API
    disabled_extensions: list    # JupyterLab's page config, as the browser receives it
    seconds: float               # from process start to the server answering


def launch(env: StudentEnv, root: Path, *, timeout: float = 60) -> Launch:
    """Start JupyterLab from the student env on ``root`` (as Binder does, on loopback), read what
    a browser would be sent, and stop it."""
    port, token = _free_port(), secrets.token_hex(16)
    scratch = Path(tempfile.mkdtemp(prefix="student-lab-"))
    cmd = [str(env.python), "-m", "jupyter", "lab", "--no-browser", "--ip=127.0.0.1",
           f"--port={port}", f"--IdentityProvider.token={token}",
           f"--ServerApp.root_dir={root}", f"--LabApp.user_settings_dir={scratch / 'settings'}",
           f"--LabApp.workspaces_dir={scratch / 'workspaces'}"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")
    lab_env = env.env(JUPYTER_CONFIG_DIR=str(scratch / "config"),
                      JUPYTER_DATA_DIR=str(scratch / "data"),
                      JUPYTER_RUNTIME_DIR=str(scratch / "runtime"))
    log = open(scratch / "server.log", "w")
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=root, env=lab_env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"token {token}"}
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"JupyterLab exited: {(scratch / 'server.log').read_text()[-3000:]}")
            try:
                urllib.request.urlopen(urllib.request.Request(f"{base}/api/status", headers=headers),
                                       timeout=2).read()
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                if time.perf_counter() - start > timeout:
                    raise RuntimeError("JupyterLab did not answer in time")
                time.sleep(0.3)
        seconds = time.perf_counter() - start
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            opener.open(urllib.request.Request(f"{base}/", headers=headers), timeout=10)
            location = ""
        except urllib.error.HTTPError as exc:
            location = exc.headers.get("Location", "")
        try:
            status = urllib.request.urlopen(urllib.request.Request(
                f"{base}/api/contents/{START_PAGE}?content=0", headers=headers), timeout=10).status
        except urllib.error.HTTPError as exc:
            status = exc.code
        html = urllib.request.urlopen(urllib.request.Request(f"{base}/lab", headers=headers),
                                      timeout=20).read().decode()
        m = re.search(r'<script id="jupyter-config-data" type="application/json">(.*?)</script>',
                      html, re.S)
        disabled = json.loads(m.group(1)).get("disabledExtensions", []) if m else []
        return Launch(location, status, disabled, seconds)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        shutil.rmtree(scratch, ignore_errors=True)
