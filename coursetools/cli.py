"""Commands behind ``python3 course.py`` (run inside the course environment)."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from . import authoring, paths
from .nbgrader_course import Course
from mlmath.open_clean import kernel_language_info, open_clean

WORK = paths.ROOT / "my_work"  # a student's own copy of the released notebooks (gitignored)


# nbgrader's instructor-only JupyterLab plugins: students validate and submit, they neither
# author nor grade (Binder hides the same two, binder/postBuild).
INSTRUCTOR_PLUGINS = ["@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment"]


def student_lab_config(folder: Path) -> Path:
    """A Jupyter config folder that turns the instructor plugins off (and locks them, so the
    plugin manager cannot turn them back on) for one launch, via JUPYTER_CONFIG_PATH:
    nothing in the environment changes."""
    page_config = folder / "labconfig" / "page_config.json"
    page_config.parent.mkdir(parents=True, exist_ok=True)
    page_config.write_text(json.dumps({
        "disabledExtensions": {p: True for p in INSTRUCTOR_PLUGINS},
        "lockedExtensions": {p: True for p in INSTRUCTOR_PLUGINS}}, indent=2) + "\n")
    return folder


def lab_command(work: Path, instructor: bool, jupyter_args: list[str],
                config_dir: Path) -> tuple[list[str], dict]:
    """The ``jupyter lab`` command line and environment of ``course.py lab``.

    Students: the server's root is ``work`` (their copies of the released lessons, added when
    new, never overwritten), lesson 00 opens first, the instructor plugins are off. Instructors
    (``--instructor``): the course root, every nbgrader plugin."""
    env = dict(os.environ)
    if instructor:
        cmd = [sys.executable, "-m", "jupyter", "lab", f"--ServerApp.root_dir={paths.ROOT}"]
    else:
        work.mkdir(exist_ok=True)
        released = sorted(p.name for p in paths.RELEASE.iterdir() if p.is_dir())
        info = kernel_language_info()
        for lesson in released:
            if not (work / lesson).exists():
                shutil.copytree(paths.RELEASE / lesson, work / lesson)
            for notebook in (work / lesson).glob("*.ipynb"):
                open_clean(notebook, info)
        first = released[0] if released else ""
        cmd = [sys.executable, "-m", "jupyter", "lab", f"--ServerApp.root_dir={work}",
               *([f"--LabApp.default_url=/lab/tree/{first}/{first}.ipynb"] if first else [])]
        env["JUPYTER_CONFIG_PATH"] = os.pathsep.join(
            [str(student_lab_config(config_dir))] +
            [p for p in env.get("JUPYTER_CONFIG_PATH", "").split(os.pathsep) if p])
    cmd += jupyter_args
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--allow-root" not in cmd:
        cmd.append("--allow-root")  # JupyterLab refuses root otherwise (containers, CI)
    return cmd, env


def cmd_lab(args) -> int:
    """Students: copy any lesson they do not have yet into my_work/, open lesson 00 in the
    student view. ``--instructor``: the course root with nbgrader's instructor tools."""
    instructor = "--instructor" in args.jupyter_args
    jupyter_args = [a for a in args.jupyter_args if a != "--instructor"]
    with tempfile.TemporaryDirectory(prefix="mathml-lab-") as config_dir:
        cmd, env = lab_command(WORK, instructor, jupyter_args, Path(config_dir))
        return subprocess.call(cmd, cwd=paths.ROOT, env=env)


# Lessons are independent: one pytest worker per core, each lesson's tests kept on one worker.
PARALLEL = ["-n", "auto", "--dist", "loadgroup"]


def install_test_services() -> None:
    """What the tests drive besides Python: Debian's Chromium and PostgreSQL, installed with
    apt-get when missing and this process may (root on Debian); otherwise those tests explain."""
    from . import browser_setup, local_postgres

    for name, ensure in (("Chromium", browser_setup.ensure_chromium),
                         ("PostgreSQL", local_postgres.ensure_installed)):
        try:
            ensure()
        except Exception as exc:  # the affected tests skip (or, on CI, fail) with the reason
            print(f"course: {name} not available: {exc}", flush=True)


def cmd_test(args) -> int:
    """The whole suite. Source notebooks are executed by tests/test_source_notebooks.py (each
    run shared by the checks that read it), not by nbval; the run ends with a table of the
    seconds spent per stage and per lesson (tests/conftest.py)."""
    install_test_services()
    cmd = [sys.executable, "-m", "pytest", "tests", *PARALLEL, *args.pytest_args]
    return subprocess.call(cmd, cwd=paths.ROOT)


def cmd_check(args) -> int:
    """``check 04 05 [-- pytest options]``: the tests that concern those lessons."""
    names = [a for a in args.lessons if a != "--"]
    extra = next((i for i, a in enumerate(names) if a.startswith("-")), len(names))
    lessons = paths.pick(names[:extra])
    cmd = [sys.executable, "-m", "pytest", "tests", "-k", " or ".join(lessons), *names[extra:]]
    return subprocess.call(cmd, cwd=paths.ROOT)


def cmd_sync(args) -> int:
    for lesson in paths.pick(args.lessons):
        changed = (authoring.notebook_to_text(lesson) if args.from_ipynb
                   else authoring.text_to_notebook(lesson))
        print(f"{lesson}: {'updated' if changed else 'in step'}")
    return 0


def cmd_release(args) -> int:
    """Generate in the course itself: release/ is rewritten and the gradebook learns the tests."""
    course = Course()
    for lesson in paths.pick(args.lessons):
        target = course.generate(lesson)
        print(f"{lesson}: released to {target.relative_to(paths.ROOT)}")
    return 0


def add_student_commands(sub) -> None:
    """``student-edition`` (a class's publishable copy), ``solution`` (gated answers for
    self-learners) and ``selfcheck`` (self-learners grade their own notebook): their code lives
    in student_edition.py, reveal.py and selfcheck.py."""
    from . import reveal, selfcheck, student_edition

    student_edition.add_parser(sub)
    reveal.add_parser(sub)
    selfcheck.add_parser(sub)


def cmd_grade(args) -> int:
    """Autograde every submission in submitted/ (or some lessons') in parallel."""
    from . import grading

    found = grading.find_submissions(paths.ROOT, paths.pick(args.lessons) if args.lessons else None)
    if not found:
        print("nothing to grade: no submitted/<student>/<lesson>/ folder")
        return 0
    if args.scheduler:
        from distributed import Client

        with Client(args.scheduler) as client:
            outcomes = grading.grade_on_dask(client, paths.ROOT, found)
    else:
        outcomes = grading.grade(paths.ROOT, found, workers=args.workers)
    failed = [o for o in outcomes if not o.ok]
    print(f"graded {len(outcomes) - len(failed)} of {len(outcomes)} submissions "
          "(notes per submission: reports/grading_outcomes.csv)")
    for o in outcomes:
        for note in o.notes:
            print(f"NOTE {o.submission.student}/{o.submission.lesson}: {note}")
    for o in failed:
        print(f"FAILED {o.submission.student}/{o.submission.lesson}: "
              f"{o.reason or 'no message'}")
    return 1 if failed else 0


def cmd_feedback(args) -> int:
    """nbgrader's feedback for graded lessons, with hidden tests hidden (coursetools/feedback.py)."""
    from . import feedback

    failed = 0
    for lesson in paths.pick(args.lessons):
        if not any((paths.ROOT / "autograded").glob(f"*/{lesson}")):
            continue
        result = feedback.generate(paths.ROOT, lesson)
        failed += not result.get("success")
        print(f"{lesson}: {'feedback written to feedback/' if result.get('success') else 'FAILED'}")
    return 1 if failed else 0


def cmd_report(args) -> int:
    """The grades CSV, a per-exercise summary CSV and its chart, in one folder."""
    from . import grading, reports

    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    reports.export_grades(paths.ROOT, out / "grades.csv")
    rows = reports.cell_summaries(grading.course_db_url(paths.ROOT))
    reports.write_summary(rows, out / "exercise_summary.csv")
    reports.plot_summary(rows, out / "exercise_summary.png")
    print(f"wrote grades.csv, exercise_summary.csv and exercise_summary.png to {out}")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="course.py")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("lab", help="open JupyterLab on the course (students start here; "
                                   "--instructor: the course root with nbgrader's instructor tools)")
    p.add_argument("jupyter_args", nargs=argparse.REMAINDER, help="passed to jupyter lab")
    p.set_defaults(run=cmd_lab)

    p = sub.add_parser("test", help="run the whole test suite")
    p.add_argument("pytest_args", nargs=argparse.REMAINDER, help="passed to pytest")
    p.set_defaults(run=cmd_test)

    p = sub.add_parser("check", help="run the tests that concern some lessons")
    p.add_argument("lessons", nargs="+", help="lesson names or prefixes, e.g. 01")
    p.set_defaults(run=cmd_check)

    p = sub.add_parser("sync", help="regenerate notebooks from their .md twins")
    p.add_argument("lessons", nargs="*")
    p.add_argument("--from-ipynb", action="store_true",
                   help="the other way: write notebooks edited in JupyterLab back into the .md")
    p.set_defaults(run=cmd_sync)

    p = sub.add_parser("grade", help="autograde submitted/ in parallel (nbgrader's autograde)")
    p.add_argument("lessons", nargs="*")
    p.add_argument("--workers", type=int, default=None, help="processes (default: one per core)")
    p.add_argument("--scheduler", help="a Dask scheduler address, e.g. tcp://10.0.0.5:8786")
    p.set_defaults(run=cmd_grade)

    p = sub.add_parser("feedback", help="feedback pages for students, hidden tests hidden")
    p.add_argument("lessons", nargs="*")
    p.set_defaults(run=cmd_feedback)

    p = sub.add_parser("report", help="grades CSV and per-exercise summary")
    p.add_argument("--out", default="reports", help="folder to write into (default: reports/)")
    p.set_defaults(run=cmd_report)

    p = sub.add_parser("release", help="regenerate release/ from source/ with nbgrader")
    p.add_argument("lessons", nargs="*")
    p.set_defaults(run=cmd_release)

    add_student_commands(sub)

    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("lab", "test"):
        # everything after the command belongs to JupyterLab or pytest, options included
        args = parser.parse_args(argv[:1])
        args.jupyter_args = args.pytest_args = argv[1:]
    else:
        args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
