"""A throw-away nbgrader course: generate releases, autograde submissions, read the gradebook.

Everything here drives nbgrader's own commands; nothing re-implements its grading.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat

from . import paths


class NbgraderError(RuntimeError):
    pass


def tool_env() -> dict[str, str]:
    """This environment with its scripts first on PATH (nbgrader shells out to ``alembic``)."""
    bindir = str(Path(sys.executable).parent)
    return dict(os.environ, PATH=bindir + os.pathsep + os.environ.get("PATH", ""))


class Course:
    """A course directory with this course's ``nbgrader_config.py`` and its own gradebook."""

    def __init__(self, root: Path = paths.ROOT):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        if self.root != paths.ROOT:
            shutil.copy(paths.CONFIG, self.root / "nbgrader_config.py")

    def nbgrader(self, *args: str, timeout: float = 1800) -> str:
        proc = subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=self.root,
                              capture_output=True, text=True, timeout=timeout, env=tool_env())
        if proc.returncode != 0:
            raise NbgraderError(f"nbgrader {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}")
        return proc.stdout + proc.stderr

    def configure(self, line: str) -> None:
        """Append a line to this (scratch) course's nbgrader_config.py."""
        assert self.root != paths.ROOT, "never rewrite the course's own configuration"
        with open(self.root / "nbgrader_config.py", "a") as f:
            f.write(line + "\n")

    def add_source(self, lesson: str) -> None:
        target = self.root / "source" / lesson
        if target == paths.SOURCE / lesson:
            return
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(paths.SOURCE / lesson, target)

    def generate(self, lesson: str) -> Path:
        """Run ``nbgrader generate_assignment`` (which also records the lesson, hidden tests
        included, in this course's gradebook); return the lesson's release folder."""
        self.add_source(lesson)
        self.nbgrader("generate_assignment", lesson, "--force")
        return self.root / "release" / lesson

    def submit(self, student: str, lesson: str, nb: nbformat.NotebookNode) -> None:
        folder = self.root / "submitted" / student / lesson
        folder.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, folder / f"{lesson}.ipynb")

    def autograde(self, lesson: str) -> str:
        return self.nbgrader("autograde", lesson, "--force")

    def scores(self, lesson: str) -> dict[str, dict[str, tuple[float, float]]]:
        """``{student: {grade_id: (score, max_score)}}`` for every graded cell of ``lesson``."""
        from nbgrader.api import Gradebook

        from .grading import course_db_url

        out: dict[str, dict[str, tuple[float, float]]] = {}
        with Gradebook(course_db_url(self.root)) as gb:
            for sub in gb.assignment_submissions(lesson):
                cells = {}
                for nb in sub.notebooks:
                    for grade in nb.grades:
                        cells[grade.name] = (float(grade.score), float(grade.max_score))
                out[sub.student.id] = cells
        return out
