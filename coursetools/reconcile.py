"""Copied, split and moved cells, graded as the student meant (nbgrader issues #1941, #1083, #981).

Students copy and paste cells, split them, drag them about. A copy keeps its nbgrader metadata,
so a notebook can hold two cells with one ``grade_id``; nbgrader's DeduplicateIds then empties the
metadata of all but the last, and its OverwriteCells stops on the emptied cell (``KeyError:
'grade_id'``): the whole submission fails to grade, honest work included.

:class:`ReconcileCells` runs first among autograde's sanitizing preprocessors, on nbgrader's
in-memory copy (``submitted/`` is never touched), and uses the gradebook's record of the
lesson's cells (their ids, kinds and order):

* an answer cell split in two (or pasted right below itself): the adjacent pieces are joined
  into one cell, which is the answer;
* an answer cell copied elsewhere: every copy runs, as in the student's kernel, so the later
  definition wins; the last copy is the graded answer, earlier ones run as plain code;
* a test cell (or any read-only cell) copied or split: the copies are dropped; one cell remains
  (the first after the exercise's answer), which nbgrader restores from the gradebook, so the
  test counts once, whole;
* a test cell that would run before every copy of its exercise's answer cell (moved above its
  section): it is moved to just after that answer cell, so it judges the answer.

Each change is reported ("cells 21-22 (ex_power_sum): ...") with the submitted notebook's cell
numbers, and ends in ``reports/grading_outcomes.csv``.
"""
from __future__ import annotations

from nbconvert.exporters.exporter import ResourcesDict
from nbformat.notebooknode import NotebookNode
from nbgrader.preprocessors import NbGraderPreprocessor


def _gid(cell) -> str | None:
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


def reconcile(nb, order: list[str], solutions: set[str], tests: set[str]) -> list[str]:
    """Reconcile ``nb`` in place against the lesson's cells (ids in notebook ``order``;
    ``solutions``: answer cells; ``tests``: graded cells that are not answers). Returns notes."""
    notes: list[str] = []
    known = set(order)
    cells = list(enumerate(nb.cells))           # (submitted index, cell)
    pieces = {}                                 # id(cell) -> answer id, copies included

    def where(gid):
        return [k for k, (_, c) in enumerate(cells) if _gid(c) == gid]

    def answer_at(gid):
        return [k for k, (_, c) in enumerate(cells) if pieces.get(id(c)) == gid]

    for _, cell in cells:
        if _gid(cell) in solutions:
            pieces[id(cell)] = _gid(cell)

    # 1. answers: adjacent pieces joined; copies elsewhere run as plain code, the last one counts
    for gid in [g for g in order if g in solutions]:
        spots = where(gid)
        if len(spots) < 2:
            continue
        runs, run = [], [spots[0]]
        for k in spots[1:]:
            if k == run[-1] + 1 and cells[k][1].cell_type == cells[run[-1]][1].cell_type:
                run.append(k)
            else:
                runs.append(run)
                run = [k]
        runs.append(run)
        drop = set()
        for run in runs:
            if len(run) > 1:
                first = cells[run[0]][1]
                glue = "\n" if first.cell_type == "code" else "\n\n"
                first.source = glue.join(cells[k][1].source for k in run)
                drop.update(run[1:])
                notes.append(f"cells {cells[run[0]][0]}-{cells[run[-1]][0]} ({gid}): one answer "
                             "in several adjacent cells, joined into one")
        for run in runs[:-1]:
            cell = cells[run[0]][1]
            cell.metadata.pop("nbgrader", None)
            notes.append(f"cell {cells[run[0]][0]} ({gid}): a copy of the answer cell, run as "
                         f"plain code; the later copy (cell {cells[runs[-1][0]][0]}) is the answer")
        cells = [x for k, x in enumerate(cells) if k not in drop]

    # 2. tests and read-only cells: one cell counts, after its answer if it can be
    anchor = {}
    last_answer = None
    for gid in order:
        if gid in solutions:
            last_answer = gid
        elif last_answer is not None:
            anchor[gid] = last_answer
    for gid in [g for g in order if g not in solutions]:
        spots = where(gid)
        if len(spots) < 2:
            continue
        answer = answer_at(anchor[gid]) if gid in anchor else []
        after = [k for k in spots if answer and k > answer[0]]
        keep = after[0] if after else spots[-1]
        kind = "test" if gid in tests else "read-only"
        for k in spots:
            if k != keep:
                notes.append(f"cell {cells[k][0]} ({gid}): a second {kind} cell with this id "
                             "(a copy or a split piece), dropped; the original counts once")
        cells = [x for k, x in enumerate(cells) if k == keep or k not in spots]

    # 3. a test cell above every copy of its answer cell is moved to just after the answer
    for gid in [g for g in order if g in tests and g in anchor]:
        spot, answer = where(gid), where(anchor[gid])
        if not spot or not answer or any(k < spot[0] for k in answer_at(anchor[gid])):
            continue
        moved = cells.pop(spot[0])
        answer = where(anchor[gid])
        target = answer[-1] + 1
        while target < len(cells) and _gid(cells[target][1]) in tests and \
                anchor.get(_gid(cells[target][1])) == anchor[gid] and \
                order.index(_gid(cells[target][1])) < order.index(gid):
            target += 1                     # after the same exercise's earlier tests
        cells.insert(target, moved)
        notes.append(f"cell {moved[0]} ({gid}): a test cell above its answer cell "
                     f"({anchor[gid]}), moved to just after it")
    unknown = sorted({g for _, c in cells if (g := _gid(c)) and g not in known})
    if unknown:
        notes.append("cells with nbgrader ids the lesson does not have: " + ", ".join(unknown[:5]))
    nb.cells = [c for _, c in cells]
    return notes


class ReconcileCells(NbGraderPreprocessor):
    """First sanitizing step of autograde: see the module's docstring."""

    def preprocess(self, nb: NotebookNode, resources: ResourcesDict):
        from nbgrader.api import Gradebook

        from . import sandbox

        info = resources["nbgrader"]
        with Gradebook(info["db_url"]) as gb:
            source = gb.find_notebook(info["notebook"], info["assignment"])
            order = [c.name for c in source.source_cells]
            solutions = {c.name for c in source.solution_cells}
            tests = {c.name for c in source.grade_cells} - solutions
        notes = reconcile(nb, order, solutions, tests)
        sandbox.CONTEXT.setdefault("events", []).extend(notes)
        return nb, resources
