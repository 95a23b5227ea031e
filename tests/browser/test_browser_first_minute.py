"""A student's first minute with ``python3 course.py lab``, in a real JupyterLab and Chromium.

The server is started with the command line and environment ``course.py lab`` uses
(coursetools.cli.lab_command), on a scratch my_work/ and fresh user settings, so that only what
the course sets applies: lesson 00 opens first, unmodified (closing it untouched asks nothing),
no news question covers it, and nbgrader's instructor plugins are off — while ``--instructor``
keeps them.
"""
from __future__ import annotations

import asyncio
import importlib.util
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

import jupyterlab_driver as jd
from coursetools import cli, paths

FIRST = "00_overview"
NEWS = re.compile(r"Jupyter news|official Jupyter", re.I)


def _configure_environment() -> None:
    """What course.py does before every command: its JupyterLab setting overrides."""
    spec = importlib.util.spec_from_file_location("course_entry", paths.ROOT / "course.py")
    course = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(course)
    course.configure_jupyterlab(Path(sys.prefix))


class CourseLab(jd.JupyterLab):
    """``course.py lab`` (student or instructor), on a scratch work folder."""

    def __init__(self, state: Path, instructor: bool):
        super().__init__(paths.ROOT, state)
        self.instructor = instructor
        self.work = state / "my_work"

    def start(self, timeout: float = 120) -> "CourseLab":
        for sub in ("settings", "workspaces", "config", "runtime", "labconfig"):
            (self.state / sub).mkdir(parents=True, exist_ok=True)
        self.port = jd.free_port()
        args = ["--no-browser", "--ip=127.0.0.1", f"--port={self.port}", "--port-retries=0",
                f"--IdentityProvider.token={self.token}", "--LabApp.expose_app_in_browser=True",
                f"--LabApp.user_settings_dir={self.state / 'settings'}",
                f"--LabApp.workspaces_dir={self.state / 'workspaces'}"]
        cmd, env = cli.lab_command(self.work, self.instructor, args, self.state / "labconfig")
        env.update(jd.tool_env())
        env.pop("NBGRADER_EXECUTION", None)
        env["JUPYTER_CONFIG_DIR"] = str(self.state / "config")    # no personal configuration
        env["JUPYTER_RUNTIME_DIR"] = str(self.state / "runtime")
        env["JUPYTER_CONFIG_PATH"] = env.get("JUPYTER_CONFIG_PATH", "")
        log = open(self.log_path, "w")
        self.proc = subprocess.Popen(cmd, cwd=paths.ROOT, env=env, stdout=log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"JupyterLab exited:\n{self.log_tail()}")
            try:
                self.api("GET", "status", timeout=2)
                return self
            except (urllib.error.URLError, OSError, ValueError):
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"JupyterLab did not answer:\n{self.log_tail()}")

    def page_config(self) -> dict:
        with urllib.request.urlopen(self.url("lab"), timeout=30) as resp:
            html = resp.read().decode()
        m = re.search(r'id="jupyter-config-data"[^>]*>(.*?)</script>', html, re.S)
        return json.loads(m.group(1))

    def setting(self, plugin: str) -> dict:
        """A plugin's settings as the page gets them: the user's over the defaults (which
        JupyterLab's overrides.json has rewritten)."""
        with urllib.request.urlopen(self.url(f"lab/api/settings/{plugin}"), timeout=30) as resp:
            data = json.loads(resp.read())
        defaults = {k: v.get("default") for k, v in data["schema"]["properties"].items()}
        return {**defaults, **data["settings"]}


@pytest.fixture
def course_lab(tmp_path):
    if FIRST not in [p.name for p in paths.RELEASE.iterdir()]:
        pytest.skip(f"release/{FIRST} is missing")
    _configure_environment()
    servers = []

    def start(instructor: bool) -> CourseLab:
        servers.append(CourseLab(tmp_path / ("instructor" if instructor else "student"),
                                 instructor).start())
        return servers[-1]

    yield start
    for server in servers:
        assert not server.stop(), "JupyterLab left processes behind"


STATE_JS = """() => {
  const app = window.jupyterapp, panel = app.shell.currentWidget;
  const tab = document.querySelector('#jp-main-dock-panel .lm-TabBar-tab.lm-mod-current');
  return {path: panel && panel.context ? panel.context.path : null,
          dirty: panel && panel.context ? panel.context.model.dirty : null,
          tabDirty: tab ? tab.classList.contains('jp-mod-dirty') : null,
          plugins: %s.map(p => [p, app.hasPlugin(p)]),
          toasts: Array.from(document.querySelectorAll('.Toastify__toast, .jp-toast-message'))
                       .map(t => t.textContent)};
}"""


def test_student_lab_opens_lesson_00_clean_without_instructor_tools(course_lab, chromium):
    server = course_lab(instructor=False)
    disabled = server.page_config().get("disabledExtensions", [])
    assert set(cli.INSTRUCTOR_PLUGINS) <= set(disabled), disabled
    news = server.setting("@jupyterlab/apputils-extension:notification")
    assert news.get("fetchNews") == "false" and news.get("checkForUpdates") is False, news

    plugins = cli.INSTRUCTOR_PLUGINS + ["@jupyter/nbgrader:assignment-list",
                                        "@jupyter/nbgrader:validate-assignment"]

    async def first_minute():
        browser = await jd.Browser(chromium).start()
        try:
            page = await browser.new_page()
            await page.goto(server.url(""), timeout=120_000)    # what the student's browser opens
            nb = jd.Notebook(page, server, f"{FIRST}/{FIRST}.ipynb")
            await nb.open(1)
            await asyncio.sleep(3)     # the kernel's details arrive, a news prompt would show
            state = await page.evaluate(STATE_JS % json.dumps(plugins))
            closed_quietly = None
            if not state["dirty"]:
                await nb.menu("File", "application:close")   # Close Tab
                await asyncio.sleep(1)
                closed_quietly = await page.locator(".jp-Dialog").count() == 0
            return state, closed_quietly
        finally:
            await browser.stop()

    state, closed_quietly = asyncio.run(first_minute())
    assert state["path"] == f"{FIRST}/{FIRST}.ipynb", state
    assert state["dirty"] is False and state["tabDirty"] is False, \
        f"lesson 00 shows as modified right after opening: {state}"
    assert closed_quietly, "closing the untouched lesson asked something"
    assert not [t for t in state["toasts"] if NEWS.search(t)], state["toasts"]
    available = dict(state["plugins"])
    assert not any(available[p] for p in cli.INSTRUCTOR_PLUGINS), available
    assert available["@jupyter/nbgrader:assignment-list"], available
    assert available["@jupyter/nbgrader:validate-assignment"], available


def test_instructor_lab_keeps_nbgrader_tools(course_lab):
    server = course_lab(instructor=True)
    disabled = server.page_config().get("disabledExtensions", [])
    assert not set(cli.INSTRUCTOR_PLUGINS) & set(disabled), disabled
    assert not server.work.exists(), "the instructor's lab made a student work folder"
