"""Self-check: grade your own notebook with the course's grader, hidden tests kept hidden.

    python3 course.py selfcheck 01                       # my_work/01_…/01_….ipynb
    python3 course.py selfcheck 01 path/to/notebook.ipynb
    python3 course.py selfcheck path/to/01_vectors_and_matrices.ipynb

Your notebook is graded the way ``course.py grade`` grades a class: a scratch nbgrader course is
made from ``source/<lesson>`` (so the hidden tests are the ones nbgrader records at release), your
notebook is submitted to it, and nbgrader's autograde runs it in the grader's sandboxed kernel
(coursetools/sandbox.py; deleted or edited test cells are restored first). The graded notebook is
then rewritten as feedback pages are (coursetools/feedback.py: hidden tests replaced by their
assert messages), and only scores and error messages are printed: never a hidden test's code, an
expected value or a traceback.

It needs ``source/``, so it works in the course repository only: the student edition a class
publishes has neither ``source/`` nor ``course.py``.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import textwrap
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from . import paths
from .cells import exercises, is_answer, is_test, meta

STUDENT = "self"
NOT_IMPLEMENTED = "not implemented"
MACHINE_TROUBLE = "grading stopped ("   # sandbox.SandboxExecute: an error of the grader's own


class SelfCheckError(RuntimeError):
    pass


@dataclass
class ExerciseResult:
    grade_id: str
    score: float
    max_score: float
    messages: list[str] = field(default_factory=list)   # what a student may read, in order

    @property
    def full_marks(self) -> bool:
        return self.score >= self.max_score


@dataclass
class Report:
    lesson: str
    notebook: Path
    exercises: list[ExerciseResult]
    manual: list[str]            # derivations: graded by a person, not here
    other_errors: list[str]      # errors in cells that are neither answers nor tests
    notes: list[str]             # what the grader saw (timeouts, a dead kernel, …)
    seconds: float = 0.0

    @property
    def score(self) -> float:
        return sum(e.score for e in self.exercises)

    @property
    def max_score(self) -> float:
        return sum(e.max_score for e in self.exercises)


# --- which lesson, which notebook --------------------------------------------------------------

def resolve(target: str, notebook: str | None = None) -> tuple[str, Path]:
    """``(lesson, notebook path)`` from a lesson prefix (and an optional path) or a path alone."""
    if not paths.SOURCE.is_dir():
        raise SelfCheckError("no source/ folder: the self-check needs the course repository "
                             "(a class's student edition has no hidden tests to check against)")
    if notebook is None and target.endswith(".ipynb"):
        notebook, target = target, Path(target).stem
    names = [n for n in paths.lessons() if n.startswith(target)]
    if not names:
        raise SelfCheckError(f"no lesson in source/ matches {target!r}")
    if len(names) > 1:
        raise SelfCheckError(f"{target!r} matches several lessons: {', '.join(names)}")
    lesson = names[0]
    path = Path(notebook) if notebook else paths.ROOT / "my_work" / lesson / f"{lesson}.ipynb"
    if not path.is_file():
        hint = "" if notebook else " (python3 course.py lab copies the lessons into my_work/)"
        raise SelfCheckError(f"no notebook at {path}{hint}")
    return lesson, path.resolve()


def readable(notebook: Path) -> None:
    try:
        nbformat.validate(nbformat.read(notebook, as_version=4))
    except Exception as exc:  # noqa: BLE001 - any unreadable file is the same answer
        raise SelfCheckError(f"{notebook} is not a valid notebook ({type(exc).__name__})"
                             ) from exc


# --- grading ---------------------------------------------------------------------------------

def prepare(lesson: str, root: Path):
    """A scratch nbgrader course at ``root`` that knows ``lesson`` and its hidden tests."""
    from .nbgrader_course import Course

    course = Course(root)
    if not (hasattr(os, "geteuid") and os.geteuid() == 0):
        # the kernel's private folder inside the scratch course: a shared /var/tmp folder
        # (the grader's default) may belong to another user of the machine
        course.configure(f"c.Sandbox.workdir_root = {str(Path(root).resolve() / 'kernels')!r}")
    course.generate(lesson)
    return course


def grade(course, lesson: str, notebook: Path, student: str = STUDENT) -> Report:
    """Submit ``notebook`` as ``student`` to the prepared ``course``, autograde it with the
    course's grader, and read back what a student may see."""
    from . import grading

    readable(notebook)
    folder = course.root / "submitted" / student / lesson
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.copyfile(notebook, folder / f"{lesson}.ipynb")
    start = time.perf_counter()
    with _grader_environment():
        for attempt in (1, 2):
            outcome = grading.grade_one(str(course.root.resolve()),
                                        grading.Submission(student, lesson))
            if not outcome.ok:
                last = (outcome.error.strip().splitlines() or ["no message"])[-1]
                raise SelfCheckError(f"the grader failed: {last}")
            # the grader's own trouble (a kernel that could not start on a busy machine), not
            # the notebook's: once more, then say so rather than blame the answers
            stopped = [n for n in outcome.notes if MACHINE_TROUBLE in n]
            if not stopped:
                break
            if attempt == 2:
                raise SelfCheckError(f"the grader could not run the notebook: {stopped[0]}; "
                                     "try again when the machine is less busy")
        scores = course.scores(lesson).get(student, {})
    graded = course.root / "autograded" / student / lesson / f"{lesson}.ipynb"
    notes = [n for n in outcome.notes if not n.startswith("extra files")]
    if not graded.exists():  # nothing could be run (the precheck scored it zero)
        return _unrun_report(course, lesson, notebook, scores, notes, time.perf_counter() - start)
    report = read_graded(nbformat.read(graded, as_version=4), scores)
    report.lesson, report.notebook, report.notes = lesson, notebook, notes
    report.seconds = time.perf_counter() - start
    return report


class _grader_environment:
    """What ``course.py grade`` runs with: this environment's tools first on PATH (nbgrader
    calls alembic). Without the grader's warnings: that the kernel is not isolated (it runs
    your own code; as root the sandbox isolates it all the same), and nbgrader's gradebook
    chatter (SQLAlchemy's SAWarning)."""

    def __enter__(self):
        self.saved = dict(os.environ)
        os.environ["PATH"] = os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"]
        self.catcher = warnings.catch_warnings()
        self.catcher.__enter__()
        warnings.filterwarnings("ignore", message="grading kernels are NOT isolated")
        warnings.filterwarnings("ignore", message=".*not in session")
        return self

    def __exit__(self, *exc):
        self.catcher.__exit__(*exc)
        os.environ.clear()
        os.environ.update(self.saved)


def check(lesson: str, notebook: Path) -> Report:
    """Grade one notebook in a scratch course of its own, removed afterwards."""
    readable(notebook)    # before the seconds it takes to prepare
    root = Path(tempfile.mkdtemp(prefix="mathml-selfcheck-"))
    try:
        return grade(prepare(lesson, root), lesson, notebook)
    finally:
        shutil.rmtree(root, ignore_errors=True)


# --- reading the graded notebook -------------------------------------------------------------

def _errors(cell) -> list:
    return [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]


def _said(out) -> str:
    """An error as one short line: its name and message, never its traceback."""
    ename, evalue = out.get("ename", "Error"), str(out.get("evalue", "")).strip()
    if ename == "NotImplementedError":
        return NOT_IMPLEMENTED
    if ename == "HiddenTestFailed":
        return evalue
    lines = evalue.splitlines()
    text = lines[0] if lines else ""
    if len(lines) > 1 or len(text) > 300:
        text = text[:300] + " …"
    return f"{ename}: {text}" if text else ename


def _first_line(source: str) -> str:
    line = next((l.strip() for l in source.splitlines() if l.strip()), "")
    return repr(line if len(line) <= 40 else line[:40] + "…")


def read_graded(nb, scores: dict[str, tuple[float, float]]) -> Report:
    """Per-exercise scores and messages of an autograded notebook, hidden tests hidden."""
    from .feedback import HideHiddenTests

    nb, _ = HideHiddenTests().preprocess(nb, {})
    results = []
    for ex in exercises(nb):
        got = [scores.get(t, (0.0, 0.0)) for t in ex.test_ids]
        messages = []
        answer_errors = [_said(o) for o in _errors(ex.answer)]
        messages += [f"your answer cell raised {m}" if m != NOT_IMPLEMENTED else m
                     for m in answer_errors]
        for test in ex.tests:
            for out in _errors(test):
                said = _said(out)
                if said == NOT_IMPLEMENTED or out.get("ename") == "HiddenTestFailed":
                    messages.append(said)
                else:
                    messages.append(f"a visible test failed: {said}")
        if NOT_IMPLEMENTED in messages:   # one line says it all
            messages = [NOT_IMPLEMENTED]
        results.append(ExerciseResult(ex.grade_id, sum(s for s, _ in got),
                                      sum(m for _, m in got) or ex.points,
                                      list(dict.fromkeys(messages))))
    manual = [meta(c)["grade_id"] for c in nb.cells
              if c.cell_type == "markdown" and is_answer(c) and meta(c).get("grade")]
    mine = {id(e.answer) for e in exercises(nb)}
    # errors elsewhere (a cell of yours that fails stops nothing, but says something); a cell
    # that uses an exercise not written yet raising NotImplementedError is no news
    other = [f"cell {i + 1} ({_first_line(c.source)}) raised {_said(o)}"
             for i, c in enumerate(nb.cells)
             if c.cell_type == "code" and not is_test(c) and id(c) not in mine
             for o in _errors(c) if _said(o) != NOT_IMPLEMENTED]
    return Report("", Path(), results, manual, other, [])


def _unrun_report(course, lesson, notebook, scores, notes, seconds) -> Report:
    source = nbformat.read(course.root / "source" / lesson / f"{lesson}.ipynb", as_version=4)
    results = [ExerciseResult(ex.grade_id, 0.0, ex.points, ["not graded: see the note above"])
               for ex in exercises(source)]
    manual = [meta(c)["grade_id"] for c in source.cells
              if c.cell_type == "markdown" and is_answer(c) and meta(c).get("grade")]
    return Report(lesson, notebook, results, manual, [], notes, seconds)


# --- printing --------------------------------------------------------------------------------

def _points(x: float) -> str:
    return f"{x:g}"


def format_report(report: Report) -> str:
    width = max([len(e.grade_id) for e in report.exercises] + [5])
    lines = [f"{report.lesson}: {report.notebook}",
             f"graded with the course's tests, hidden ones included ({report.seconds:.0f} s)", ""]
    lines += [f"note: {n}" for n in report.notes]
    lines += [f"outside the exercises: {e}" for e in report.other_errors[:5]]
    if report.notes or report.other_errors:
        lines.append("")
    for e in report.exercises:
        mark = "ok" if e.full_marks else "  "
        score = f"{_points(e.score)}/{_points(e.max_score)}"
        head = f"  {mark} {e.grade_id:<{width}}  {score:>7}"
        if not e.messages:
            lines.append(head)
            continue
        indent = " " * (len(head) + 2)
        for i, message in enumerate(e.messages):
            text = textwrap.fill(message, width=max(width + 60, 100), initial_indent=indent,
                                 subsequent_indent=indent + "  ")
            lines.append(head + text[len(head):] if i == 0 else text)
    total = f"{_points(report.score)}/{_points(report.max_score)}"
    lines += ["", f"  autograded total {total}"
              f"  ({sum(e.full_marks for e in report.exercises)} of {len(report.exercises)} "
              "exercises with full marks)"]
    if report.manual:
        short = report.lesson[:2]
        lines += [f"  derivations, graded by a person, not here: {', '.join(report.manual)}",
                  f"  compare yours with `python3 course.py solution {short} <id>`"]
    return "\n".join(lines)


# --- the command -----------------------------------------------------------------------------

def add_parser(sub) -> None:
    """Register ``selfcheck`` on course.py's subcommand parser."""
    p = sub.add_parser("selfcheck", help="self-learners: grade your own notebook with the "
                                         "course's hidden tests (messages only)")
    p.add_argument("lesson", help="lesson prefix (01) or a notebook path named after its lesson")
    p.add_argument("notebook", nargs="?",
                   help="the notebook to grade (default: my_work/<lesson>/<lesson>.ipynb)")
    p.set_defaults(run=cmd_selfcheck)


def cmd_selfcheck(args) -> int:
    try:
        lesson, notebook = resolve(args.lesson, args.notebook)
        readable(notebook)
        print(f"grading {notebook} (it runs the whole notebook: seconds to a minute) …", flush=True)
        report = check(lesson, notebook)
    except SelfCheckError as exc:
        print(f"selfcheck: {exc}", file=sys.stderr)
        return 2
    print(format_report(report))
    return 0
