"""The browser checks themselves: a notebook with good labs of every control kind and labs
broken on purpose (selfcheck_notebook.py). The checks must pass the good ones and catch each
broken one: a suite that never fails proves nothing."""
import re

import selfcheck_notebook as sc


def test_checks_pass_good_labs_and_catch_broken_ones(notebook_reports):
    report = notebook_reports(sc.NAME, "release")
    flagged: dict[int, list[str]] = {}
    for problem in report.problems:
        m = re.search(r"cell (\d+)", problem)
        assert m, f"a problem that names no cell: {problem}"
        flagged.setdefault(int(m.group(1)) - 1, []).append(problem)   # cell 0 is markdown
    missed = {c: what for c, what in sc.BROKEN.items()
              if not any(what in p for p in flagged.get(c, []))}
    assert not missed, f"broken cells the checks did not catch: {missed}\n{report.summary()}"
    false_alarms = {c: ps for c, ps in flagged.items() if c not in sc.BROKEN}
    assert not false_alarms, f"good cells flagged: {false_alarms}\n{report.summary()}"

    labs = {lab.cell - 1: lab for lab in report.labs}
    assert sorted(labs) == [1, 2, 3, 4, 6, 7, 8, 9, 12], sorted(labs)
    for cell, control in sc.CONTROLS.items():
        assert labs[cell].control == control, (cell, labs[cell].control)
    assert labs[6].needs_exercise and not labs[6].problems, labs[6]
    assert report.screenshot and report.screenshot.exists(), "no screenshot kept for a failure"
