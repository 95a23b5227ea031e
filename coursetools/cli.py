"""Commands behind ``python3 course.py`` (run inside the course environment)."""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from . import authoring, paths
from .nbgrader_course import Course

WORK = paths.ROOT / "my_work"  # a student's own copy of the released notebooks (gitignored)


def cmd_lab(args) -> int:
    """Copy any lesson the student does not have yet into my_work/, then open lesson 00."""
    WORK.mkdir(exist_ok=True)
    for lesson in sorted(p.name for p in paths.RELEASE.iterdir() if p.is_dir()):
        if not (WORK / lesson).exists():
            shutil.copytree(paths.RELEASE / lesson, WORK / lesson)
    first = paths.lessons()[0] if paths.lessons() else "00_overview"
    cmd = [sys.executable, "-m", "jupyter", "lab", f"--ServerApp.root_dir={WORK}",
           f"--LabApp.default_url=/lab/tree/{first}/{first}.ipynb", *args.jupyter_args]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")  # JupyterLab refuses root otherwise (containers, CI)
    return subprocess.call(cmd, cwd=paths.ROOT)


def pytest_command(extra: list[str]) -> list[str]:
    return [sys.executable, "-m", "pytest", "tests", "source", "--nbval-lax", *extra]


def cmd_test(args) -> int:
    return subprocess.call(pytest_command(args.pytest_args), cwd=paths.ROOT)


def cmd_check(args) -> int:
    lessons = paths.pick(args.lessons)
    expr = " or ".join(lessons)
    cmd = [sys.executable, "-m", "pytest", "tests",
           *[str(paths.source_notebook(n)) for n in lessons], "--nbval-lax", "-k", expr]
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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="course.py")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("lab", help="open JupyterLab on the course (students start here)")
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

    p = sub.add_parser("release", help="regenerate release/ from source/ with nbgrader")
    p.add_argument("lessons", nargs="*")
    p.set_defaults(run=cmd_release)

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
