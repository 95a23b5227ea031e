"""Where things live in the course tree."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source"
RELEASE = ROOT / "release"
ANSWERS = ROOT / "tests" / "answers"
CONFIG = ROOT / "nbgrader_config.py"

LESSON_NAME = re.compile(r"^\d\d_[a-z0-9_]+$")


def lessons() -> list[str]:
    """Names of the lessons present in source/, in course order."""
    return sorted(p.name for p in SOURCE.iterdir() if p.is_dir() and LESSON_NAME.match(p.name))


def pick(prefixes: list[str] | tuple[str, ...]) -> list[str]:
    """Lessons whose name starts with any of ``prefixes`` (all lessons when none are given)."""
    names = lessons()
    if not prefixes:
        return names
    chosen = [n for n in names if any(n.startswith(p) for p in prefixes)]
    if not chosen:
        raise SystemExit(f"no lesson in source/ matches {' '.join(prefixes)}")
    return chosen


def source_notebook(lesson: str) -> Path:
    return SOURCE / lesson / f"{lesson}.ipynb"


def source_text(lesson: str) -> Path:
    """The jupytext (MyST markdown) twin of a lesson: the file authors edit and review."""
    return SOURCE / lesson / f"{lesson}.md"


def release_notebook(lesson: str) -> Path:
    return RELEASE / lesson / f"{lesson}.ipynb"
