"""Grade many answers to a lesson's exercises in one kernel, fast.

The source notebook runs once; then, for each answer, the exercise's answer cell is replaced by
that answer, the exercise's test cells (hidden tests included) run, and the reference answer is
put back. A full nbgrader round trip per answer would cost a kernel start and a whole lesson each.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from jupyter_client.manager import start_new_kernel
from nbformat.v4 import output_from_msg

from .cells import HIDDEN_BEGIN, exercises, strip_markers


@dataclass
class Verdict:
    exercise: str
    description: str
    expected_to_pass: bool
    failures: list[str] = field(default_factory=list)   # "test_id: ename: evalue"
    passes_visible_tests: bool = False                  # would a student see it as right?

    @property
    def passed(self) -> bool:
        return not self.failures

    @property
    def as_expected(self) -> bool:
        return self.passed == self.expected_to_pass


OUTPUT_TYPES = ("stream", "display_data", "execute_result", "error")


class Kernel:
    def __init__(self, cwd: Path):
        env = dict(os.environ, NBGRADER_EXECUTION="autograde")  # labs stay quiet
        self.manager, self.client = start_new_kernel(kernel_name="python3", cwd=str(cwd), env=env)

    def run(self, code: str, timeout: float = 60, outputs: list | None = None) -> str | None:
        """Execute ``code``; return ``"ename: evalue"`` if it raised, else None. ``outputs``, if
        given, receives what the code showed, as a notebook cell's outputs."""
        def keep(msg):
            if outputs is not None and msg["msg_type"] in OUTPUT_TYPES:
                outputs.append(output_from_msg(msg))

        reply = self.client.execute_interactive(code, timeout=timeout, output_hook=keep)
        content = reply["content"]
        if content["status"] == "ok":
            return None
        return f"{content.get('ename')}: {content.get('evalue', '')}"[:300]

    def close(self) -> None:
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)


def check(notebook: Path, correct: dict, wrong: dict, executed=None) -> list[Verdict]:
    """Verdicts for every answer. ``executed``, if given, is called with the notebook as its
    first run (solutions, grading mode) left it, outputs included, for checks that read it."""
    nb = nbformat.read(notebook, as_version=4)
    kernel = Kernel(notebook.parent)
    try:
        for i, cell in enumerate(nb.cells):
            if cell.cell_type == "code":
                cell.outputs = []
                error = kernel.run(cell.source, outputs=cell.outputs)
                if error:
                    raise RuntimeError(f"{notebook.name} cell {i} fails with its own solution: {error}")
        if executed is not None:
            executed(nb)
        verdicts = []
        for ex in exercises(nb):
            reference = strip_markers(ex.answer.source)
            tries = [(d, c, True) for d, c in correct.get(ex.grade_id, {}).items()]
            tries += [(d, c, False) for d, c in wrong.get(ex.grade_id, {}).items()]
            for description, code, should_pass in tries:
                verdict = Verdict(ex.grade_id, description, should_pass)
                error = kernel.run(code)
                if error:
                    verdict.failures.append(f"(answer cell): {error}")
                else:
                    verdict.passes_visible_tests = all(
                        kernel.run(t.source.split(HIDDEN_BEGIN)[0]) is None for t in ex.tests)
                    for test in ex.tests:
                        error = kernel.run(test.source)
                        if error:
                            verdict.failures.append(f"{test.metadata.nbgrader.grade_id}: {error}")
                verdicts.append(verdict)
                restored = kernel.run(reference)
                assert restored is None, f"could not restore {ex.grade_id}: {restored}"
        return verdicts
    finally:
        kernel.close()
