"""Drive the course in a real JupyterLab, in headless Chromium, the way students and instructors
see it.

* :func:`build_course` makes a scratch copy of the course (config, source/, release/) with an
  nbgrader exchange, so nbgrader's JupyterLab panels have something to show;
* :class:`JupyterLab` serves it on 127.0.0.1 and stops it without leaving a process behind;
* :class:`Browser` is Playwright on the system's Chromium (never ``playwright install``);
* :func:`check_notebook` opens one notebook, runs every cell (Run All, then resuming after each
  cell that raises, as a student would), and checks every lab: a real widget, no error, and
  moving its main control changes what it shows; :func:`check_notebooks` does many at once.

Only the standard library, psutil (an ipykernel dependency), nbformat and playwright.
"""
from __future__ import annotations

import ast
import asyncio
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import psutil

from coursetools import paths
from coursetools.nbgrader_course import tool_env
from mlmath import labs

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--disable-dev-shm-usage"]
ARTIFACTS = paths.ROOT / "test-artifacts" / "browser"
KERNEL_IDLE = "Python 3 (ipykernel) | Idle"
EDITIONS = ("release", "source")   # the student's notebook, the instructor's
VIEWPORT = {"width": 1280, "height": 900}

# What a lab shows, in the released notebook, when it needs an exercise not written yet.
NEEDS_EXERCISE = labs.missing_function_message(NotImplementedError()).split("`")[-1].split(".")[0]
# Text a widget shows when it did not render as a widget.
TEXT_FALLBACK = re.compile(r"^\s*[A-Za-z]+\(children=\(")
BROKEN_WIDGET_TEXTS = ("Loading widget...", "Error displaying widget", "Failed to load model class",
                       "Failed to load view class", "Failed to create view for")

# JupyterLab user settings for the tests: no news pop-up, and every cell rendered (JupyterLab
# otherwise renders only the cells near the viewport, and a lab far below would not exist yet).
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings":
        {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
}


def on_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


# --------------------------------------------------------------------------------------------
# The scratch course


def build_course(root: Path) -> Path:
    """A copy of the course at ``root``: its nbgrader config (plus an exchange), source/ and
    release/. Students' and instructors' notebooks are opened from copies under ``root/runs``."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(paths.CONFIG, root / "nbgrader_config.py")
    ignore = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__")
    for folder in (paths.SOURCE, paths.RELEASE):
        shutil.copytree(folder, root / folder.name, ignore=ignore, dirs_exist_ok=True)
    exchange, cache = root / "exchange", root / "nbgrader_cache"
    exchange.mkdir(exist_ok=True)
    cache.mkdir(exist_ok=True)
    os.chmod(exchange, 0o777)  # nbgrader insists on a world-writable exchange
    with open(root / "nbgrader_config.py", "a") as f:
        f.write("\n# Added by tests/browser: a local exchange for this scratch course.\n"
                f"c.Exchange.root = {str(exchange)!r}\n"
                f"c.Exchange.cache = {str(cache)!r}\n")
    return root


def missing_notebook(lesson: str, edition: str) -> str | None:
    """Why a lesson's notebook cannot be opened (it does not exist yet), or None."""
    nb = paths.release_notebook(lesson) if edition == "release" else paths.source_notebook(lesson)
    if nb.exists():
        return None
    fix = "python3 course.py release" if edition == "release" else "python3 course.py sync"
    return f"{nb.relative_to(paths.ROOT)} does not exist: run `{fix} {lesson}`"


def copy_notebook(lesson: str, edition: str, root: Path) -> str:
    """Copy a lesson's notebook folder (``release`` or ``source``; authoring text left out) to
    ``root/runs/<edition>/<lesson>/``; return the notebook's path relative to ``root``."""
    origin = (paths.RELEASE if edition == "release" else paths.SOURCE) / lesson
    target = root / "runs" / edition / lesson
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(origin, target, ignore=shutil.ignore_patterns(
        "*.md", ".ipynb_checkpoints", "__pycache__"))
    return f"runs/{edition}/{lesson}/{lesson}.ipynb"


NBGRADER_SETUP = r"""
import json, sys
from traitlets.config.loader import PyFileConfigLoader
from nbgrader.apps import NbGraderAPI
api = NbGraderAPI(config=PyFileConfigLoader("nbgrader_config.py", path=".").load_config())
failed = {}
for name in sys.argv[1:]:
    for step in ("generate_assignment", "release_assignment"):
        result = (api.generate_assignment(name, force=True) if step == "generate_assignment"
                  else api.release_assignment(name))
        if not result["success"]:
            failed[name] = step + ": " + (result.get("error") or result.get("log") or "?")
            break
print(json.dumps(failed))
"""


def generate_and_release(root: Path, lessons: list[str]) -> dict[str, str]:
    """``nbgrader generate_assignment <lesson> --force`` then ``release_assignment`` to the
    exchange, for every lesson, in one process (nbgrader's own API: one start-up instead of
    two per lesson). Returns ``{lesson: error}`` for the lessons that failed."""
    proc = subprocess.run([sys.executable, "-c", NBGRADER_SETUP, *lessons], cwd=root,
                          env=tool_env(), capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        return {name: proc.stderr[-2000:] for name in lessons}
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------------------------
# Processes


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def children_of_this_process() -> set[int]:
    try:
        return {p.pid for p in psutil.Process().children(recursive=True)}
    except psutil.Error:
        return set()


def describe(pids) -> list[str]:
    out = []
    for pid in sorted(pids):
        try:
            p = psutil.Process(pid)
            out.append(f"{pid} {' '.join(p.cmdline())[:120]}")
        except psutil.Error:
            pass
    return out


def reap(pids, timeout: float = 10) -> list[str]:
    """Wait for ``pids`` to exit, kill the ones that do not; describe those that had to be
    killed (leftovers: something did not stop by itself)."""
    procs = []
    for pid in pids:
        try:
            procs.append(psutil.Process(pid))
        except psutil.Error:
            pass
    _, alive = psutil.wait_procs(procs, timeout=timeout)
    leftovers = describe(p.pid for p in alive)
    for p in alive:
        try:
            p.kill()
        except psutil.Error:
            pass
    psutil.wait_procs(alive, timeout=5)
    return leftovers


class JupyterLab:
    """``jupyter lab`` serving ``root`` on 127.0.0.1 with a private token, settings and runtime
    folders; in its own process group so that stopping it stops everything it started."""

    def __init__(self, root: Path, state: Path):
        self.root, self.state = Path(root), Path(state)
        self.proc: subprocess.Popen | None = None
        self.port = 0
        self.token = secrets.token_hex(16)
        self.log_path = self.state / "jupyterlab.log"

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str, **query: str) -> str:
        query = {**query, "token": self.token}
        return f"{self.base}/{path.lstrip('/')}?" + "&".join(
            k if v is None else f"{k}={v}" for k, v in query.items())

    def api(self, method: str, path: str, timeout: float = 10):
        req = urllib.request.Request(f"{self.base}/api/{path}", method=method,
                                     headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            body = resp.read()
        return json.loads(body) if body else None

    def start(self, timeout: float = 120) -> "JupyterLab":
        settings = self.state / "lab-user-settings"
        for rel, value in LAB_SETTINGS.items():
            (settings / rel).parent.mkdir(parents=True, exist_ok=True)
            (settings / rel).write_text(json.dumps(value))
        for sub in ("lab-workspaces", "jupyter-config", "jupyter-runtime"):
            (self.state / sub).mkdir(parents=True, exist_ok=True)
        env = tool_env()
        env.pop("NBGRADER_EXECUTION", None)      # labs must not think they are being graded
        env["JUPYTER_CONFIG_DIR"] = str(self.state / "jupyter-config")   # no personal config
        env["JUPYTER_RUNTIME_DIR"] = str(self.state / "jupyter-runtime")
        env["PYTHONPATH"] = os.pathsep.join(
            [str(paths.ROOT)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
        self.port = free_port()
        cmd = [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ip=127.0.0.1",
               f"--port={self.port}", "--port-retries=0",
               f"--IdentityProvider.token={self.token}",
               "--LabApp.expose_app_in_browser=True",   # window.jupyterapp: run commands
               f"--ServerApp.root_dir={self.root}",
               f"--LabApp.user_settings_dir={settings}",
               f"--LabApp.workspaces_dir={self.state / 'lab-workspaces'}"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            cmd.append("--allow-root")
        log = open(self.log_path, "w")
        self.proc = subprocess.Popen(cmd, cwd=self.root, env=env, stdout=log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"JupyterLab exited with {self.proc.returncode}:\n"
                                   f"{self.log_tail()}")
            try:
                self.api("GET", "status", timeout=2)
                return self
            except (urllib.error.URLError, OSError, ValueError):
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"JupyterLab did not answer within {timeout:.0f} s:\n{self.log_tail()}")

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def shutdown_session(self, notebook_path: str) -> None:
        """Shut down the kernel of the notebook at ``notebook_path`` (relative to the root)."""
        try:
            for session in self.api("GET", "sessions") or []:
                if session.get("path") == notebook_path:
                    self.api("DELETE", f"sessions/{session['id']}")
        except (urllib.error.URLError, OSError, ValueError):
            pass

    def stop(self) -> list[str]:
        """Stop the kernels, then the server's process group; return leftovers that had to be
        killed (the kernels live in sessions of their own, so they are tracked by pid)."""
        if self.proc is None:
            return []
        pid = self.proc.pid
        try:
            started = {p.pid for p in psutil.Process(pid).children(recursive=True)}
        except psutil.Error:
            started = set()
        try:
            for kernel in self.api("GET", "kernels") or []:
                self.api("DELETE", f"kernels/{kernel['id']}", timeout=30)
        except (urllib.error.URLError, OSError, ValueError):
            pass
        try:
            os.killpg(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(timeout=10)
        self.proc = None
        try:  # anything left in the group (the server's own children)
            os.killpg(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        return reap(started)


class Browser:
    """Playwright's Chromium driver on the system Chromium, in a given event loop."""

    def __init__(self, chromium: str):
        self.chromium = chromium
        self.playwright = None
        self.browser = None
        self.context = None
        self.pids: set[int] = set()

    async def start(self) -> "Browser":
        from playwright.async_api import async_playwright

        before = children_of_this_process()
        self.playwright = await async_playwright().start()
        self.browser = await self.playwright.chromium.launch(
            executable_path=self.chromium, args=CHROMIUM_FLAGS, headless=True)
        self.pids = children_of_this_process() - before
        return self

    async def new_page(self):
        """A page in the shared context (pages share the HTTP cache: JupyterLab's scripts
        are fetched once; each page opens its own JupyterLab workspace)."""
        if self.context is None:
            self.context = await self.browser.new_context(viewport=VIEWPORT)
        page = await self.context.new_page()
        page.set_default_timeout(30_000)
        return page

    async def stop(self) -> list[str]:
        """Close the browser and the driver; return leftovers that had to be killed."""
        pids = set(self.pids)
        for pid in self.pids:   # Chromium's page and helper processes started since
            try:
                pids |= {p.pid for p in psutil.Process(pid).children(recursive=True)}
            except psutil.Error:
                pass
        try:
            if self.browser is not None:
                await asyncio.wait_for(self.browser.close(), 30)
        except Exception:
            pass
        try:
            if self.playwright is not None:
                await asyncio.wait_for(self.playwright.stop(), 30)
        except Exception:
            pass
        self.browser = self.playwright = self.context = None
        return await asyncio.to_thread(reap, pids)


# --------------------------------------------------------------------------------------------
# Reports


@dataclass
class LabReport:
    number: int                       # 1-based, in notebook order
    cell: int                         # index of its cell in the notebook
    control: str = ""                 # what moved, e.g. "slider 3 -> 4"
    needs_exercise: bool = False      # it says which function to write (released notebook)
    seconds_to_update: float | None = None
    problems: list[str] = field(default_factory=list)


@dataclass
class NotebookReport:
    label: str                        # "<lesson> (<edition>)"
    path: str
    labs: list[LabReport] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)   # every problem, labs' included
    seconds: dict[str, float] = field(default_factory=dict)
    screenshot: Path | None = None
    closed: bool = True               # the page closed the notebook and can be reused

    def summary(self) -> str:
        lines = [f"{self.label}: {len(self.problems)} problem(s) in {self.path}"]
        lines += [f"  - {p}" for p in self.problems]
        if self.screenshot:
            lines.append(f"  screenshot: {self.screenshot}")
        return "\n".join(lines)


async def screenshot(page, name: str, target=None, folder: Path = ARTIFACTS) -> Path | None:
    """Save a screenshot of ``page`` (scrolled to ``target`` if given) for a failure."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (re.sub(r"[^A-Za-z0-9_.-]+", "_", name) + ".png")
    try:
        if target is not None:
            await target.scroll_into_view_if_needed(timeout=5_000)
        await page.screenshot(path=str(path), timeout=15_000)
        return path
    except Exception:
        return None


# --------------------------------------------------------------------------------------------
# Notebook structure


def lab_calls(source: str) -> int:
    """How many times a cell calls ``lab(...)`` at top level (not inside a function body)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:       # IPython syntax (magics): fall back to a line match
        return len(re.findall(r"(?m)^\s*(?:\w+\s*=\s*)?(?:labs\.)?lab\(", source))
    count = 0

    def visit(node, inside_def):
        nonlocal count
        if isinstance(node, ast.Call):
            f = node.func
            name = (f.id if isinstance(f, ast.Name) else
                    f.attr if isinstance(f, ast.Attribute) else "")
            if name == "lab" and not inside_def:
                count += 1
        for child in ast.iter_child_nodes(node):
            visit(child, inside_def or isinstance(
                node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)))

    visit(tree, False)
    return count


# JavaScript run in the page: the state of every code cell of the open notebook.
CELLS_JS = """
(panel) => Array.from(panel.querySelectorAll('.jp-Notebook .jp-Cell.jp-CodeCell')).map(cell => {
  const prompt = cell.querySelector('.jp-InputArea-prompt');
  const area = cell.querySelector('.jp-Cell-outputWrapper .jp-OutputArea');
  const outputs = area ? Array.from(area.querySelectorAll(
      ':scope > .jp-OutputArea-child > .jp-OutputArea-output')).map(o => ({
        mime: o.getAttribute('data-mime-type') || '',
        text: (o.innerText || '').slice(-4000)})) : [];
  return {prompt: prompt ? prompt.textContent.trim() : '',
          labs: cell.querySelectorAll('.mlmath-lab').length,
          text: area ? area.innerText : '',
          outputs};
})
"""
STATUS_JS = """
(panel) => {
  const cells = panel.querySelectorAll('.jp-Notebook .jp-Cell.jp-CodeCell .jp-InputArea-prompt');
  const ind = panel.querySelector('.jp-NotebookPanel-toolbar .jp-Notebook-ExecutionIndicator');
  return {prompts: Array.from(cells).map(p => p.textContent.trim()),
          status: ind ? ind.getAttribute('data-status') : 'unknown'};
}
"""
# Run the cell at ``index`` and all below with JupyterLab's own command, as the Run menu
# would (needs ``--expose-app-in-browser``); false when the app is not exposed.
RUN_FROM_JS = """
(args) => {
  const app = window.jupyterapp;
  const panel = app && app.shell.currentWidget;
  if (!panel || !panel.content || panel.content.activeCellIndex === undefined) return false;
  panel.content.activeCellIndex = args.index;
  const last = args.index === panel.content.widgets.length - 1;
  app.commands.execute(last ? 'notebook:run-cell' : 'notebook:run-all-below');
  return true;
}
"""
# Count the kernel's busy spells from now on (the toolbar's execution indicator).
BUSY_WATCH_JS = """
(panel) => {
  const ind = panel.querySelector('.jp-NotebookPanel-toolbar .jp-Notebook-ExecutionIndicator');
  if (panel.__mlmathObserver) panel.__mlmathObserver.disconnect();
  panel.__mlmathBusy = 0;
  if (!ind) return false;
  panel.__mlmathObserver = new MutationObserver(() => {
    if (ind.getAttribute('data-status') !== 'idle') panel.__mlmathBusy += 1;
  });
  panel.__mlmathObserver.observe(ind, {attributes: true, attributeFilter: ['data-status']});
  return true;
}
"""
BUSY_SEEN_JS = "(panel) => panel.__mlmathBusy || 0"
LAB_OUTPUT_JS = """
(lab) => {
  const out = lab.querySelector(':scope > .widget-output');
  if (!out) return {html: '', text: '', images: 0, stderr: []};
  // what a student sees: the text, the images' pixels (data URIs), vector drawings
  const seen = [out.innerText || ''];
  out.querySelectorAll('img').forEach(i => seen.push(i.getAttribute('src') || ''));
  out.querySelectorAll('svg, canvas').forEach(g => seen.push(g.outerHTML));
  return {html: seen.join('\u0000'),
          text: out.innerText || '',
          images: out.querySelectorAll('img, svg, canvas').length,
          stderr: Array.from(out.querySelectorAll('.jp-OutputArea-output'))
                    .filter(o => (o.getAttribute('data-mime-type') || '').includes('stderr'))
                    .map(o => (o.innerText || '').slice(-4000))};
}
"""


def error_name(text: str) -> str:
    """The exception a rendered traceback shows, e.g. ``NotImplementedError``."""
    lines = [l.strip() for l in text.strip().splitlines() if l.strip()]
    for line in reversed(lines):
        m = re.match(r"^([A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning)\b|"
                     r"[A-Za-z_][\w.]*Error)\s*:?", line)
        if m:
            return m.group(1)
    return lines[-1][:80] if lines else "?"


def error_line(text: str, limit: int = 200) -> str:
    """The ``SomeError: message`` line of a rendered traceback (its last such line)."""
    lines = [l.strip() for l in text.strip().splitlines() if l.strip()]
    for line in reversed(lines):
        if re.match(r"^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt)\b", line):
            return line[:limit]
    return last_line(text, limit)


def last_line(text: str, limit: int = 160) -> str:
    lines = [l.strip() for l in text.strip().splitlines() if l.strip()]
    lines = [l for l in lines if not set(l) <= set("-")]
    return (lines[-1] if lines else "")[:limit]


# --------------------------------------------------------------------------------------------
# Running a notebook


async def menu(page, top: str, *commands: str) -> str:
    """In the main menu ``top``, click the first enabled item among ``commands`` (JupyterLab
    command ids, e.g. ``runmenu:run-all``); return the command clicked."""
    await page.locator("#jp-MainMenu .lm-MenuBar-itemLabel", has_text=top).first.click()
    for command in commands:
        item = page.locator(f'.lm-Menu li[data-command="{command}"]').first
        await item.wait_for(timeout=10_000)
        if await item.get_attribute("aria-disabled") != "true":
            await item.click()
            return command
    await page.keyboard.press("Escape")
    raise RuntimeError(f"menu {top}: none of {commands} is enabled")


async def open_app(browser: "Browser", server: JupyterLab, path: str = "", timeout: float = 120):
    """A page with JupyterLab loaded in a fresh workspace (so nothing else reopens), on the
    file ``path`` if given."""
    page = await browser.new_page()
    workspace = "t" + secrets.token_hex(6)
    url = f"lab/workspaces/{workspace}" + (f"/tree/{path}" if path else "")
    await page.goto(server.url(url, reset=None), timeout=timeout * 1000)
    await page.locator("#jp-MainMenu .lm-MenuBar-itemLabel", has_text="File").first.wait_for(
        timeout=timeout * 1000)
    return page


class Notebook:
    """One notebook open in a JupyterLab page (the only document open in it)."""

    def __init__(self, page, server: JupyterLab, path: str):
        self.page, self.server, self.path = page, server, path
        self.panel = page.locator("#jp-main-dock-panel .jp-NotebookPanel")
        self.code_cells = self.panel.locator(".jp-Notebook .jp-Cell.jp-CodeCell")

    async def open(self, n_code_cells: int, timeout: float = 120) -> None:
        """Open the notebook with File > Open from Path (unless the page opened on it) and wait
        for its kernel and cells."""
        if await self.panel.count() == 0:
            await self.menu("File", "filebrowser:open-path")
            field = self.page.locator(".jp-Dialog input").first
            await field.fill(self.path)
            await field.press("Enter")
        await self.panel.first.wait_for(timeout=timeout * 1000)
        if await self.panel.count() != 1:
            raise RuntimeError(f"expected one notebook panel, found {await self.panel.count()}")
        await self.page.get_by_text(KERNEL_IDLE).first.wait_for(timeout=timeout * 1000)
        deadline = time.monotonic() + 30
        while await self.code_cells.count() < n_code_cells and time.monotonic() < deadline:
            await asyncio.sleep(0.2)

    async def close(self, timeout: float = 30) -> bool:
        """File > Close and Shut Down Notebook (discarding changes: it is a scratch copy).
        True when the page is left with no notebook open."""
        try:
            await self.menu("File", "filemenu:close-and-cleanup")
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                dialog = self.page.locator(".jp-Dialog")
                if await dialog.count():
                    buttons = dialog.first.locator("button")
                    names = [t.strip() for t in await buttons.all_inner_texts()]
                    pick = next((n for n in names if n in ("Discard", "Don't Save")), None) or \
                        next((n for n in names if n in ("Ok", "OK", "Shut Down", "Close")), None)
                    if pick:
                        await buttons.nth(names.index(pick)).click()
                elif await self.panel.count() == 0:
                    return True
                await asyncio.sleep(0.2)
        except Exception:
            pass
        return False

    async def menu(self, top: str, *commands: str) -> str:
        return await menu(self.page, top, *commands)

    async def status(self) -> dict:
        return await self.panel.evaluate(STATUS_JS)

    async def settle(self, deadline: float) -> list[str]:
        """Wait until no cell is running or queued and the kernel is idle; return the prompts."""
        quiet = 0
        while True:
            st = await self.status()
            busy = st["status"] != "idle" or any("*" in p for p in st["prompts"])
            quiet = 0 if busy else quiet + 1
            if quiet >= 3:
                return st["prompts"]
            if time.monotonic() > deadline:
                raise TimeoutError("the notebook was still running at the time limit")
            await asyncio.sleep(0.1)

    async def run_all(self, code: list[tuple[int, str]], timeout: float) -> list[str]:
        """Run every code cell like a student: Run All, and after a cell that raises (the
        kernel then skips the rest), run the next cell and all below, until every cell ran.
        ``code`` is ``(index in the notebook, source)`` of each code cell. Returns problems
        (cells that never ran)."""
        cells = [i for i, _ in code]
        sources = [s for _, s in code]
        deadline = time.monotonic() + timeout
        problems: list[str] = []
        start = 0
        await self.menu("Run", "runmenu:run-all")
        tried = set()
        while True:
            await self._started(start, deadline)
            prompts = await self.settle(deadline)
            todo = [i for i, p in enumerate(prompts)
                    if p in ("[ ]:", "") and i < len(sources) and sources[i].strip()]
            if not todo:
                return problems
            start = todo[0]
            if start in tried:
                problems.append(f"code cell {start + 1} never runs (prompt {prompts[start]!r})")
                return problems
            tried.add(start)
            if not await self.page.evaluate(RUN_FROM_JS, {"index": cells[start]}):
                # no window.jupyterapp: select the cell and use the menu (slower)
                await self.code_cells.nth(start).locator(".jp-InputArea-prompt").click()
                # (JupyterLab disables "... and All Below" on the notebook's last cell)
                await self.menu("Run", "notebook:run-all-below", "notebook:run-cell")

    async def _started(self, index: int, deadline: float) -> None:
        """Wait until code cell ``index`` is running or ran (so that settle() is meaningful)."""
        limit = min(deadline, time.monotonic() + 20)
        while time.monotonic() < limit:
            st = await self.status()
            if index >= len(st["prompts"]) or st["prompts"][index] not in ("[ ]:", ""):
                return
            await asyncio.sleep(0.1)

    async def cells(self) -> list[dict]:
        return await self.panel.evaluate(CELLS_JS)


async def wait_widgets_rendered(nb: Notebook, seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        text = await nb.panel.inner_text()
        if "Loading widget..." not in text:
            return
        await asyncio.sleep(0.25)


async def move_main_control(lab) -> tuple[str, str | None]:
    """Move the lab's first control (the main one). Returns (description, problem or None)."""
    control = lab.locator(":scope > :not(.widget-output)").first
    if await control.count() == 0:
        return "", "it has no control"
    classes = (await control.get_attribute("class") or "").split()
    if "widget-slider" in classes or "widget-hslider" in classes or "widget-vslider" in classes:
        handle = control.locator(".noUi-handle").first
        now = float(await handle.get_attribute("aria-valuenow"))
        top = float(await handle.get_attribute("aria-valuemax"))
        key = "ArrowRight" if now < top else "ArrowLeft"
        await handle.focus()
        await handle.press(key)
        after = float(await handle.get_attribute("aria-valuenow"))
        if after == now:
            return f"slider at {now:g}", f"its slider did not move with {key}"
        return f"slider {now:g} -> {after:g}", None
    if "widget-dropdown" in classes:
        select = control.locator("select")
        options = await select.evaluate(
            "s => ({n: s.options.length, i: s.selectedIndex})")
        if options["n"] < 2:
            return "dropdown", "its dropdown has fewer than two options"
        target = 1 if options["i"] != 1 else 0
        label = await select.evaluate(f"s => s.options[{target}].text")
        await select.select_option(index=target)
        return f"dropdown -> {label!r}", None
    if "widget-toggle-buttons" in classes or "widget-radio" in classes:
        is_radio = "widget-radio" in classes
        choices = control.locator("input[type=radio]" if is_radio else "button")
        for i in range(await choices.count()):
            choice = choices.nth(i)
            active = (await choice.is_checked() if is_radio else
                      "mod-active" in (await choice.get_attribute("class") or ""))
            if not active:
                text = (await choice.inner_text()) if not is_radio else str(i)
                await choice.click()
                return f"{'radio' if is_radio else 'toggle buttons'} -> {text.strip()!r}", None
        return "toggle buttons", "no other option to choose"
    if "widget-checkbox" in classes:
        await control.locator("input[type=checkbox]").click()
        return "checkbox", None
    if "widget-toggle-button" in classes:
        await control.click()
        return "toggle button", None
    text_input = control.locator("input[type=number], input[type=text]")
    if await text_input.count():
        value = await text_input.first.input_value()
        try:
            new = str(float(value) + 1) if "." in value else str(int(value) + 1)
        except ValueError:
            new = value + "x"
        await text_input.first.fill(new)
        await text_input.first.press("Enter")
        return f"text {value} -> {new}", None
    return f"<{' '.join(classes)}>", f"its main control ({' '.join(classes)}) is not one the " \
                                     "browser tests can move (slider, dropdown, toggle buttons…)"


def lab_output_problems(out: dict) -> list[str]:
    problems = []
    for text in out["stderr"]:
        if "Traceback" in text or re.search(r"\w+Error\b", text):
            problems.append(f"raises {error_line(text)!r}")
        else:
            problems.append(f"prints to stderr: {last_line(text)!r}")
    return problems


async def check_lab(nb: Notebook, lab, report: LabReport, edition: str) -> None:
    out = await lab.evaluate(LAB_OUTPUT_JS)
    report.needs_exercise = NEEDS_EXERCISE in out["text"]
    report.problems += [f"before moving: {p}" for p in lab_output_problems(out)]
    if not out["html"].strip() or not (out["text"].strip() or out["images"]):
        report.problems.append("shows nothing (empty output)")
    if report.needs_exercise and edition == "source":
        report.problems.append("says an exercise is not implemented, in the notebook that has "
                               "the solutions")
    before = out["html"]
    watching = await nb.panel.evaluate(BUSY_WATCH_JS)
    description, problem = await move_main_control(lab)
    report.control = description
    if problem:
        report.problems.append(problem)
        return
    # Wait until what the lab shows changed and the kernel is idle again. A lab whose output
    # stays the same is seen once the kernel went busy then idle for 2 s (or after 20 s).
    start = time.monotonic()
    deadline, idle_since, changed = start + 20, None, None
    while time.monotonic() < deadline:
        await asyncio.sleep(0.1)
        now = await lab.evaluate(LAB_OUTPUT_JS)
        idle = (await nb.status())["status"] == "idle"
        if now["html"] != before and idle:
            await asyncio.sleep(0.2)       # let the last message render
            again = await lab.evaluate(LAB_OUTPUT_JS)
            if again["html"] == now["html"]:
                changed = again
                break
        elif watching and idle and await nb.panel.evaluate(BUSY_SEEN_JS):
            idle_since = idle_since or time.monotonic()
            if time.monotonic() - idle_since > 2.0:
                break
        else:
            idle_since = None
    if changed is None:
        after = await lab.evaluate(LAB_OUTPUT_JS)
        report.problems += [f"after moving: {p}" for p in lab_output_problems(after)]
        if not (report.needs_exercise and NEEDS_EXERCISE in after["text"]):
            report.problems.append(f"moving its main control ({description}) did not change "
                                   f"what it shows (waited {time.monotonic() - start:.0f} s)")
        return
    report.seconds_to_update = time.monotonic() - start
    report.problems += [f"after moving ({description}): {p}" for p in lab_output_problems(changed)]
    if not (changed["text"].strip() or changed["images"]):
        report.problems.append(f"shows nothing after moving its main control ({description})")


async def check_notebook(page, server: JupyterLab, path: str, label: str, *,
                         edition: str, timeout: float = 420,
                         shots: Path = ARTIFACTS) -> NotebookReport:
    """In ``page`` (JupyterLab with no document open), open ``path`` (relative to the server
    root), run it, check its labs, close it and shut its kernel down.

    ``edition`` is ``"release"`` (the student's notebook: stubs may raise NotImplementedError
    and labs may say which function to write) or ``"source"`` (nothing may fail).
    ``report.closed`` tells whether the page is fit for the next notebook."""
    report = NotebookReport(label=label, path=path)
    nb_json = nbformat.read(server.root / path, as_version=4)
    code = [(i, c.source) for i, c in enumerate(nb_json.cells) if c.cell_type == "code"]
    t0 = time.monotonic()
    nb = Notebook(page, server, path)
    focus = None

    def look_at(index):
        nonlocal focus
        focus = index if focus is None else focus

    try:
        await nb.open(len(code))
        n_dom = await nb.code_cells.count()
        if n_dom != len(code):
            report.problems.append(f"JupyterLab shows {n_dom} code cells, the file has {len(code)}")
            return report
        t1 = time.monotonic()
        report.problems += await nb.run_all(code, timeout)
        await wait_widgets_rendered(nb)
        t2 = time.monotonic()
        cells = await nb.cells()

        # cell outputs: errors, text fallbacks, widgets that did not load
        for (index, source), cell in zip(code, cells):
            where = f"cell {index}"
            for o in cell["outputs"]:
                if "Traceback" in o["text"] or o["mime"] == "application/vnd.jupyter.stderr" \
                        and re.search(r"\w+Error\b", o["text"]):
                    name = error_name(o["text"])
                    if not (edition == "release" and name == "NotImplementedError"):
                        report.problems.append(f"{where} raises {error_line(o['text'])!r}")
                        look_at(index)
                if o["mime"] == "text/plain" and TEXT_FALLBACK.match(o["text"]):
                    report.problems.append(f"{where} shows a widget as text, not as a widget: "
                                           f"{o['text'][:80]!r}")
                    look_at(index)
            for text in BROKEN_WIDGET_TEXTS:
                if text in cell["text"]:
                    report.problems.append(f"{where} shows {text!r}")
                    look_at(index)
            expected = lab_calls(source)
            if expected and cell["labs"] < expected:
                report.problems.append(f"{where} calls lab() {expected} time(s) but shows "
                                       f"{cell['labs']} lab widget(s)")
                look_at(index)

        # labs: rendered, no error, main control changes what they show
        lab_cells = [index for (index, _), cell in zip(code, cells) for _ in range(cell["labs"])]
        lab_nodes = nb.panel.locator(".mlmath-lab")
        for k, index in enumerate(lab_cells):
            lab_report = LabReport(number=k + 1, cell=index)
            try:
                await check_lab(nb, lab_nodes.nth(k), lab_report, edition)
            except Exception as exc:  # a lab the page cannot even drive is a broken lab
                lab_report.problems.append(f"could not be driven: {type(exc).__name__}: "
                                           f"{str(exc).splitlines()[0][:200]}")
            report.labs.append(lab_report)
            for p in lab_report.problems:
                report.problems.append(f"lab {k + 1} (cell {index}, {lab_report.control or '?'}):"
                                       f" {p}")
                look_at(index)
        t3 = time.monotonic()
        report.seconds.update({"open": t1 - t0, "run": t2 - t1, "labs": t3 - t2})
    except Exception as exc:
        report.problems.append(f"the browser run failed: {type(exc).__name__}: "
                               f"{str(exc).splitlines()[0][:300] if str(exc) else ''}")
    finally:
        report.seconds["total"] = time.monotonic() - t0
        if report.problems:
            code_index = [i for i, _ in code]
            target = (nb.code_cells.nth(code_index.index(focus))
                      if focus in code_index else None)
            report.screenshot = await screenshot(page, label, target, shots)
        report.closed = await nb.close()
        await asyncio.to_thread(server.shutdown_session, path)   # in case closing did not
    return report


async def check_notebooks(browser: Browser, server: JupyterLab, jobs, tabs: int,
                          timeout: float = 600) -> dict:
    """Check ``jobs`` — ``(key, path, label, edition, screenshot folder)`` — in ``tabs``
    JupyterLab pages at once.
    Each page loads JupyterLab once and opens its notebooks one after another; a page left in
    a bad state is replaced by a fresh one."""
    queue = list(jobs)
    results = {}

    async def worker():
        page = None
        while queue:
            key, path, label, edition, shots = queue.pop(0)
            try:
                if page is None:
                    page = await open_app(browser, server)
                report = await asyncio.wait_for(check_notebook(
                    page, server, path, label, edition=edition, shots=shots), timeout)
            except Exception as exc:
                report = NotebookReport(label=label, path=path, problems=[
                    f"the browser run failed: {type(exc).__name__}: {str(exc)[:300]}"])
                report.closed = False
                await asyncio.to_thread(server.shutdown_session, path)
            results[key] = report
            if not report.closed and page is not None:
                await page.close()
                page = None
        if page is not None:
            await page.close()

    await asyncio.gather(*(worker() for _ in range(max(1, min(tabs, len(queue))))))
    return results
