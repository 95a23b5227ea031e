"""Binder: one click to lesson 00, on a small image with only what students need.

Fast tests read binder/ and ask repo2docker (no container engine needed) for the Dockerfile it
would build. One slow test builds the student environment as Binder would (fresh venv, the
binder requirements, postBuild: see coursetools/binder_env.py), checks what is in it and how big
it is, starts JupyterLab from it, and runs every released notebook in it, and the start lesson
of a freshly exported student edition with that edition's own shared package.

Not testable here: the image build itself, its size, pull and launch times on mybinder.org, and
PyTorch's CPU index (unreachable from this machine: the same torch 2.13.0+cpu wheel comes from
pip's local find-links instead).
"""
import shutil
import stat
from pathlib import Path

import pytest

from coursetools import binder_env as be
from coursetools import paths

MAIN_REQUIREMENTS = paths.ROOT / "requirements.txt"


def released_lessons():
    return sorted(p.name for p in paths.RELEASE.iterdir()
                  if p.is_dir() and paths.LESSON_NAME.match(p.name))


# --- the configuration ------------------------------------------------------------------------

def test_binder_pins_are_the_main_environment_minus_instructor_tools():
    main, binder = be.pins(MAIN_REQUIREMENTS), be.pins(be.REQUIREMENTS)
    assert not set(binder) & be.INSTRUCTOR_TOOLS, "instructor tools in binder/requirements.txt"
    assert set(binder) <= set(main), f"not in requirements.txt: {set(binder) - set(main)}"
    differ = {n: (v, main[n]) for n, v in binder.items() if be.public_version(v) != main[n]}
    assert not differ, f"binder pins differ from requirements.txt: {differ}"
    missing = set(main) - be.INSTRUCTOR_TOOLS - set(binder)
    assert not missing, (f"students need these too (or add them to INSTRUCTOR_TOOLS in "
                         f"coursetools/binder_env.py): {missing}")


def test_binder_torch_is_the_cpu_build_from_pytorchs_cpu_index():
    assert be.pins(be.REQUIREMENTS)["torch"] == "2.13.0+cpu"
    assert "--extra-index-url https://download.pytorch.org/whl/cpu" in be.options(be.REQUIREMENTS)
    assert not any(o.startswith(("--index-url", "-i ")) for o in be.options(be.REQUIREMENTS)), \
        "PyPI must stay the main index"


def test_binder_runs_python_311():
    assert (be.BINDER / "runtime.txt").read_text().strip() == "python-3.11"


def test_postbuild_stops_on_errors_and_does_its_three_jobs():
    script = be.BINDER / "postBuild"
    assert script.stat().st_mode & stat.S_IXUSR, "postBuild must be executable"
    lines = [l.strip() for l in script.read_text().splitlines()]
    assert lines[0].startswith("#!") and "bash" in lines[0]
    code = [l for l in lines[1:] if l and not l.startswith("#")]
    assert code[0].startswith("set -e"), \
        "postBuild's first command must be `set -e` (or errors are ignored)"
    text = script.read_text()
    assert "pip install --no-cache-dir ./shared" in text
    for plugin in be.DISABLED_PLUGINS:
        assert plugin in text
    assert "labextension disable --level=sys_prefix" in text
    assert f"/lab/tree/{be.START_PAGE}" in text


def test_start_script_if_any_hands_over_to_the_server():
    start = be.BINDER / "start"
    if not start.exists():
        return  # none needed: postBuild configures everything at build time
    code = [l.strip() for l in start.read_text().splitlines() if l.strip() and not l.startswith("#")]
    assert code[-1] == 'exec "$@"', "binder/start must end with exec \"$@\""


def test_repo2docker_accepts_the_configuration():
    proc = be.repo2docker(paths.ROOT)
    assert not be.dockerfile_problems(proc), be.dockerfile_problems(proc)


# --- the environment a student gets (slow: builds it) -------------------------------------------
#
# One test, so that one process builds the environment once and removes it at the end: with
# pytest 9.2, pytest-xdist 3.8's ``xdist_group`` no longer keeps tests on one worker (it rewrites
# ``item._nodeid``, which pytest 9 no longer reads), and two workers would build it twice.
# Every check runs; the failures are reported together.

def check_student_env(env, problems):
    have = be.installed(env)
    for name, version in be.pins(be.REQUIREMENTS).items():
        if have.get(name) != version:
            problems.append(f"env: {name} {have.get(name)} installed, {version} pinned")
    if "mlmath" not in have:
        problems.append("env: postBuild did not install the shared package")
    if be.INSTRUCTOR_TOOLS & set(have):
        problems.append(f"env: instructor tools installed: {be.INSTRUCTOR_TOOLS & set(have)}")
    cuda = [n for n in have if n.startswith(("nvidia-", "triton"))]
    if cuda:
        problems.append(f"env: CUDA packages installed: {cuda}")
    size = be.tree_size(env.prefix)
    print(f"student env: {size / 1e9:.2f} GB installed (budget {be.SIZE_BUDGET_BYTES / 1e9:.1f} GB)")
    if size > be.SIZE_BUDGET_BYTES:
        problems.append(f"env: {size / 1e9:.2f} GB installed, over the {be.SIZE_BUDGET_BYTES / 1e9} GB budget")


def check_kernel(env, cwd, problems, *, shared: Path, extra_env=None, where=""):
    prefix, mlmath_file, torch_version = be.probe_kernel(env, cwd, extra_env=extra_env)
    if Path(prefix) != env.prefix:
        problems.append(f"{where}kernel runs in {prefix}, not in the student env")
    if not Path(mlmath_file).is_relative_to(shared):
        problems.append(f"{where}mlmath imported from {mlmath_file}, not from {shared}")
    if torch_version != "2.13.0+cpu":
        problems.append(f"{where}kernel has torch {torch_version}")


def check_launch(env, root, problems, *, where=""):
    launch = be.launch(env, root)
    print(f"{where}JupyterLab answered {launch.seconds:.1f} s after start")
    if launch.start_location.split("?")[0] != f"/lab/tree/{be.START_PAGE}":
        problems.append(f"{where}'/' leads to {launch.start_location!r}, not lesson 00")
    missing = set(be.DISABLED_PLUGINS) - set(launch.disabled_extensions)
    if missing:
        problems.append(f"{where}instructor plugins still on: {missing}")
    if (root / "release" / be.START_LESSON).exists() and launch.start_page_status != 200:
        problems.append(f"{where}lesson 00 not served ({launch.start_page_status})")


def check_runs(results, problems, *, where=""):
    for run in results:
        lesson = Path(run["path"]).stem
        print(f"{where}{lesson}: ran in {run['seconds']:.1f} s in the student env")
        widget = [e for e in run["errors"] if e[0].startswith("widget")]
        others = [e for e in run["errors"] if e[1] != "NotImplementedError"]
        if widget:
            problems.append(f"{where}{lesson}: a lab throws before the student answers: {widget}")
        if others:
            problems.append(f"{where}{lesson}: fails other than in its stubs: {others}")
        if not run["errors"]:
            problems.append(f"{where}{lesson}: no stub raised NotImplementedError")


@pytest.mark.slow
def test_student_env_end_to_end(tmp_path):
    """Build the env as Binder would; check what is in it and its size; start JupyterLab from
    it on the course and on a fresh student edition; run every released notebook in it, and the
    edition's lesson 00 with the edition's own shared package."""
    from coursetools import student_edition

    problems = []
    env = be.build(tmp_path / "venv")
    try:
        print(f"student env: pip install {env.install_seconds:.0f} s, "
              f"postBuild {env.postbuild_seconds:.0f} s")
        check_student_env(env, problems)
        check_kernel(env, paths.ROOT, problems, shared=env.prefix)
        check_launch(env, paths.ROOT, problems)
        lessons = released_lessons()
        check_runs(be.execute(env, [paths.release_notebook(l) for l in lessons]), problems)

        # the student edition, on its own: its own shared/ (not the one installed from the course)
        edition = tmp_path / "edition"
        student_edition.export(edition)
        first = [l for l in student_edition.released_lessons(edition / "release")
                 if l == be.START_LESSON] or student_edition.released_lessons(edition / "release")[:1]
        own = {"PYTHONPATH": str(edition / "shared")}
        where = "student edition: "
        check_kernel(env, edition / "release" / first[0], problems, shared=edition / "shared",
                     extra_env=own, where=where)
        check_runs(be.execute(env, [edition / "release" / first[0] / f"{first[0]}.ipynb"],
                              extra_env=own), problems, where=where)
        check_launch(env, edition, problems, where=where)
    finally:
        shutil.rmtree(tmp_path / "venv", ignore_errors=True)
    assert not problems, "\n".join(problems)
