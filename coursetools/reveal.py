"""Gated solutions for self-learners: reveal one exercise's reference answer, deliberately.

    python3 course.py solution 01                 # the lesson's exercises and derivations
    python3 course.py solution 01 ex_dot          # asks for confirmation, then prints one answer
    python3 course.py solution 01 dot --yes       # the same, no question (``ex_`` may be left out)

Answers come from the instructor notebook in ``source/``, so this works in the course repository
only: the student edition a graded class publishes has no ``source/`` and no ``course.py``.
Hidden tests are never shown; they stay for checking your own answer with *Validate*.
"""
from __future__ import annotations

import sys

import nbformat

from . import paths
from .cells import SOLUTION_BEGIN, is_answer, meta, solution_region, strip_markers

PROMPT = ("This prints the reference answer to {grade_id} ({lesson}). Have you tried the hints "
          "and run the visible tests?\nShow it? [y/N] ")


class RevealError(RuntimeError):
    pass


def _lesson(prefix: str) -> str:
    names = [n for n in paths.lessons() if n.startswith(prefix)]
    if not names:
        raise RevealError(f"no lesson in source/ matches {prefix!r}"
                          + ("" if paths.SOURCE.exists() else
                             " (this is a student edition: it holds no solutions)"))
    if len(names) > 1:
        raise RevealError(f"{prefix!r} matches several lessons: {', '.join(names)}")
    return names[0]


def _notebook(lesson: str) -> nbformat.NotebookNode:
    path = paths.source_notebook(lesson)
    if path.exists():
        return nbformat.read(path, as_version=4)
    from . import authoring  # the text twin alone (a lesson being written)
    return authoring.notebook_from_text(paths.source_text(lesson))


def _heading(cells, index: int) -> str:
    """The title of the exercise that cell ``index`` answers: the nearest ``Exercise``/``Task``
    heading above it (else the nearest heading)."""
    headings = [line.lstrip("#").strip() for cell in cells[:index] if cell.cell_type == "markdown"
                for line in cell.source.splitlines() if line.startswith("#")]
    for heading in reversed(headings):
        if heading.startswith(("Exercise", "Task")):
            return heading
    return headings[-1] if headings else ""


def answers(lesson: str) -> list[tuple[str, str, nbformat.NotebookNode]]:
    """``(grade_id, heading, cell)`` for every answer cell of a lesson, in notebook order."""
    nb = _notebook(lesson)
    return [(meta(c)["grade_id"], _heading(nb.cells, i), c)
            for i, c in enumerate(nb.cells) if is_answer(c)]


def reference_answer(cell) -> str:
    """The answer as a student who solved it would leave the cell, markers removed."""
    if cell.cell_type == "code":
        return strip_markers(cell.source).strip("\n")
    lines = (solution_region(cell.source) if SOLUTION_BEGIN in cell.source
             else cell.source.splitlines())
    return "\n".join(lines).strip("\n")


def find(lesson: str, name: str):
    table = answers(lesson)
    wanted = [name] if "_" in name and name.split("_")[0] in ("ex", "derive", "explain") else \
        [name, f"ex_{name}", f"derive_{name}", f"explain_{name}"]
    for grade_id, heading, cell in table:
        if grade_id in wanted:
            return grade_id, heading, cell
    known = ", ".join(g for g, _, _ in table) or "none"
    raise RevealError(f"{lesson} has no exercise {name!r}; its answers: {known}")


def add_parser(sub) -> None:
    """Register ``solution`` on course.py's subcommand parser."""
    p = sub.add_parser("solution", help="self-learners: reveal one exercise's reference answer")
    p.add_argument("lesson", help="lesson name or prefix, e.g. 01")
    p.add_argument("exercise", nargs="?",
                   help="grade_id (ex_dot, derive_…) or slug (dot); omit it to list them")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(run=cmd_solution)


def cmd_solution(args) -> int:
    try:
        lesson = _lesson(args.lesson)
        if not args.exercise:
            print(f"{lesson}: answers you can reveal with "
                  f"`python3 course.py solution {lesson[:2]} <id>`")
            for grade_id, heading, _ in answers(lesson):
                print(f"  {grade_id:<32} {heading}")
            return 0
        grade_id, heading, cell = find(lesson, args.exercise)
    except RevealError as exc:
        print(f"solution: {exc}", file=sys.stderr)
        return 2
    if not args.yes:
        try:
            reply = input(PROMPT.format(grade_id=grade_id, lesson=lesson))
        except EOFError:
            reply = ""
        if reply.strip().lower() not in ("y", "yes"):
            print("Not shown. Try the next hint, or run the visible tests again.")
            return 1
    print(f"\n# {lesson} · {grade_id}" + (f" · {heading}" if heading else ""))
    print(reference_answer(cell))
    return 0
