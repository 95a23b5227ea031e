"""Feedback for students that keeps hidden tests hidden.

nbgrader's ``generate_feedback`` renders the autograded notebook, where every test cell holds its
hidden tests again: their code in the cell, and in the traceback of a failing hidden assert (with
the expected values). :class:`HideHiddenTests`, added to GenerateFeedback's preprocessors, rewrites
the notebook first:

* a test cell's hidden region is replaced by one comment line;
* an error raised by a hidden line becomes "a hidden test failed" with the assert's own message
  (lessons write one for the student, docs/AUTHORING.md) — never its code, values or traceback;
  a hidden failure without a known message gets a generic hint;
* an error raised by a visible line keeps its traceback, minus any hidden line shown as context;
* any output anywhere that repeats a hidden line (a student's hook printing later cells) is
  redacted.

Scores per graded cell come from nbgrader's GetGrades as usual.
"""
from __future__ import annotations

import ast
import html
import re
from pathlib import Path

from nbconvert.preprocessors import Preprocessor
from nbformat.v4 import new_output
from traitlets import Bool

from .cells import HIDDEN_BEGIN, HIDDEN_END, MIN_SECRET_CHARS

ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
ARROW = re.compile(r"^\s*-+>\s*(\d+)\b")
PLACEHOLDER = "# [hidden tests: run when your work is graded, not shown]"
REDACTED = "[hidden test line not shown]"


def hidden_span(source: str) -> tuple[list[str], set[int]]:
    """The cell's lines and the 1-based numbers of lines inside (or marking) hidden regions."""
    lines, hidden, inside = source.splitlines(), set(), False
    for n, line in enumerate(lines, 1):
        if line.strip() == HIDDEN_BEGIN:
            inside = True
            hidden.add(n)
        elif line.strip() == HIDDEN_END:
            inside = False
            hidden.add(n)
        elif inside:
            hidden.add(n)
    return lines, hidden


def hidden_lines(source: str) -> list[str]:
    """Distinctive hidden-test lines of a cell (what must never reach a student)."""
    lines, hidden = hidden_span(source)
    out = []
    for n in sorted(hidden):
        text = lines[n - 1].strip()
        if len(text) >= MIN_SECRET_CHARS and not text.startswith("#") and \
                text not in (HIDDEN_BEGIN, HIDDEN_END):
            out.append(text)
    return out


def assert_messages(code: str) -> set[str]:
    """Student-facing messages of the asserts (and numpy.testing err_msg=) in ``code``."""
    import textwrap

    try:
        tree = ast.parse(textwrap.dedent(code))
    except SyntaxError:
        return set()
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assert) and isinstance(node.msg, ast.Constant) \
                and isinstance(node.msg.value, str):
            out.add(node.msg.value)
        if isinstance(node, ast.Call):
            for kw in node.keywords:
                if kw.arg in ("err_msg", "msg") and isinstance(kw.value, ast.Constant) \
                        and isinstance(kw.value.value, str):
                    out.add(kw.value.value)
    return out


def _failing_line(traceback: list[str]) -> int | None:
    """Line number, in the cell, of the arrow of the traceback's first (the cell's) frame."""
    for entry in traceback:
        for line in ANSI.sub("", entry).splitlines():
            m = ARROW.match(line)
            if m:
                return int(m.group(1))
    return None


def _scrub(text: str, secrets: list[str]) -> tuple[str, bool]:
    """``text`` with every line that contains a secret replaced; and whether one was."""
    if not secrets or not any(s in ANSI.sub("", text) for s in secrets):
        return text, False
    out = []
    for line in text.split("\n"):
        plain = ANSI.sub("", line)
        out.append(REDACTED if any(s in plain for s in secrets) else line)
    return "\n".join(out), True


def hidden_failure(ename: str, evalue: str, messages: set[str], visible: set[str]):
    """The error a student sees for a failing hidden test."""
    if ename == "AssertionError" and evalue in messages and evalue not in visible:
        text = f"A hidden test failed: {evalue}"
    elif ename == "AssertionError":
        text = ("A hidden test failed. Your function passes the visible tests but not every case "
                "its docstring describes: try other inputs (sizes, signs, edge cases).")
    elif ename in ("KernelDied", "NotRun", "CellTimeoutError"):
        return None  # the grader's own messages say nothing about the tests: keep them
    else:
        text = (f"A hidden test failed: your code raised {ename} on an input the visible tests "
                "do not try. Check the cases its docstring describes.")
    return new_output("error", ename="HiddenTestFailed", evalue=text,
                      traceback=[f"\x1b[0;31mHiddenTestFailed\x1b[0m: {text}"])


class HideHiddenTests(Preprocessor):
    """Remove hidden tests from feedback; explain their failures in the assert's words."""

    enabled = Bool(True).tag(config=True)

    def preprocess(self, nb, resources):
        secrets, cells = [], []
        for cell in nb.cells:
            if cell.cell_type == "code" and HIDDEN_BEGIN in cell.source:
                secrets += hidden_lines(cell.source)
                cells.append(cell)
        for cell in cells:
            self._hide_in_test(cell, secrets)
        for cell in nb.cells:
            if cell.cell_type == "code":
                for out in cell.get("outputs", []):
                    _scrub_output(out, secrets)
            elif secrets:
                cell.source, _ = _scrub(cell.source, secrets)
        return nb, resources

    def _hide_in_test(self, cell, secrets: list[str]) -> None:
        lines, hidden = hidden_span(cell.source)
        hidden_code = "\n".join(lines[n - 1] for n in sorted(hidden))
        visible_code = "\n".join(l for n, l in enumerate(lines, 1) if n not in hidden)
        messages, visible = assert_messages(hidden_code), assert_messages(visible_code)
        outputs = []
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                line = _failing_line(out.get("traceback", []))
                from_hidden = line is None or line in hidden or line > len(lines)
                if out.get("ename") in ("KernelDied", "NotRun", "CellTimeoutError",
                                        "HiddenTestFailed"):
                    from_hidden = False
                if from_hidden:
                    out = hidden_failure(out.get("ename", ""), out.get("evalue", ""), messages,
                                         visible) or out
            outputs.append(out)
        cell.outputs = outputs
        kept, placed = [], False
        for n, l in enumerate(lines, 1):
            if n in hidden:
                if not placed:
                    indent = l[: len(l) - len(l.lstrip())]
                    kept.append(indent + PLACEHOLDER)
                    placed = True
            else:
                kept.append(l)
        cell.source = "\n".join(kept)


def _scrub_output(out, secrets: list[str]) -> None:
    if out.get("output_type") == "stream":
        out["text"], _ = _scrub(out.get("text", ""), secrets)
    elif out.get("output_type") == "error":
        out["traceback"] = [_scrub(t, secrets)[0] for t in out.get("traceback", [])]
        out["evalue"], _ = _scrub(out.get("evalue", ""), secrets)
    else:
        data = out.get("data", {})
        for key, value in list(data.items()):
            if isinstance(value, str):
                data[key], _ = _scrub(value, secrets)
            elif isinstance(value, list):
                data[key] = [_scrub(v, secrets)[0] if isinstance(v, str) else v for v in value]


# --- generating feedback ------------------------------------------------------------------------

FEEDBACK_PREPROCESSORS = ["nbgrader.preprocessors.GetGrades",
                          "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
                          "coursetools.feedback.HideHiddenTests"]


def generate(course_root: Path, lesson: str, student: str | None = None) -> dict:
    """nbgrader's generate_feedback for ``lesson`` (one student or all), hidden tests hidden."""
    from nbgrader.apps.api import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(course_root)).load_config()
    config.GenerateFeedback.preprocessors = list(FEEDBACK_PREPROCESSORS)
    api = NbGraderAPI(CourseDirectory(config=config), config=config)
    if student:
        return api.generate_feedback(lesson, student, force=True)
    return api.generate_feedback(lesson, force=True)


def page_text(path: Path) -> str:
    """A feedback page as text (tags dropped, entities decoded), to search for leaks."""
    raw = Path(path).read_text(encoding="utf-8", errors="replace")
    raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", raw))


def leaks(text: str, secrets: list[str]) -> list[str]:
    """The secret lines found in ``text`` (compared with whitespace squeezed)."""
    squeeze = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
    flat = squeeze(text)
    return [s for s in secrets if squeeze(s) in flat]
