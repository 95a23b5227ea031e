"""The alternative correct answers and plausible wrong answers kept for each lesson.

``tests/answers/<lesson>.py`` defines ``CORRECT`` and ``WRONG``: ``{exercise grade_id:
{description: code}}``. The code replaces the whole answer cell of that exercise.
"""
from __future__ import annotations

import importlib.util
from dataclasses import dataclass

from . import paths


@dataclass
class Answers:
    correct: dict[str, dict[str, str]]
    wrong: dict[str, dict[str, str]]


def load(lesson: str) -> Answers:
    path = paths.ANSWERS / f"{lesson}.py"
    if not path.exists():
        raise FileNotFoundError(f"{path.relative_to(paths.ROOT)} is missing: every lesson keeps "
                                "alternative correct and plausible wrong answers for its tests")
    spec = importlib.util.spec_from_file_location(f"answers_{lesson}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return Answers(getattr(module, "CORRECT", {}), getattr(module, "WRONG", {}))
