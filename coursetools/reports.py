"""What instructors take away after grading: the grades CSV and a per-exercise summary.

The grades CSV is nbgrader's own export. The summary shows, for every graded cell of every
lesson, the mean score and the share of students who got full marks, so the hard exercises stand
out; a bar chart of the same goes beside it. A derivation nobody has graded yet is marked "not
yet graded" (its only scores would be the automatic zeros of blank answers); one graded in part
says how many answers still wait for a person.
"""
from __future__ import annotations

import csv
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .nbgrader_course import tool_env


@dataclass
class CellSummary:
    lesson: str
    cell: str
    kind: str             # "autograded" or "manual"
    max_points: float
    submissions: int      # students with a grade row for the cell
    mean_score: float     # over the graded ones (nan when none is)
    full_marks_share: float
    awaiting: int = 0     # written answers still waiting for a person
    graded_by_person: int = 0

    @property
    def graded(self) -> int:
        return self.submissions - self.awaiting

    @property
    def not_yet_graded(self) -> bool:
        """A derivation nobody has graded yet. Its only scores are nbgrader's automatic zeros
        for answers left blank: a share of full marks from them would make it look hard."""
        return self.kind == "manual" and self.awaiting > 0 and not self.graded_by_person

    @property
    def status(self) -> str:
        if self.not_yet_graded:
            return "not yet graded"
        return f"{self.awaiting} awaiting grading" if self.awaiting else "graded"


def export_grades(course_root: Path, out_csv: Path) -> Path:
    """nbgrader's CSV export (one row per student and lesson)."""
    subprocess.run([sys.executable, "-m", "nbgrader", "export", f"--to={out_csv}"],
                   cwd=course_root, check=True, capture_output=True, env=tool_env())
    return out_csv


def summarise(lesson: str, cell: str, kind: str, max_points: float, grades) -> CellSummary:
    """How the class did on one cell, from its nbgrader ``Grade`` rows (anything with
    ``score``, ``manual_score`` and ``needs_manual_grade``)."""
    scored = [g for g in grades if not g.needs_manual_grade]
    by_person = sum(g.manual_score is not None for g in scored)
    row = CellSummary(lesson, cell, kind, float(max_points), len(grades), float("nan"),
                      float("nan"), len(grades) - len(scored), by_person)
    if scored and not row.not_yet_graded:
        row.mean_score = sum(g.score for g in scored) / len(scored)
        row.full_marks_share = sum(g.score >= max_points for g in scored) / len(scored)
    return row


def cell_summaries(db_url: str) -> list[CellSummary]:
    """One row per graded cell: how the class did on it."""
    from nbgrader.api import Grade, Gradebook

    rows = []
    with Gradebook(db_url) as gb:
        for assignment in gb.assignments:
            for notebook in assignment.notebooks:
                for cell in notebook.grade_cells:
                    grades = gb.db.query(Grade).filter(Grade.cell_id == cell.id).all()
                    rows.append(summarise(assignment.name, cell.name,
                                          "autograded" if cell.cell_type == "code" else "manual",
                                          cell.max_score, grades))
    return rows


def _number(x: float) -> str:
    return "" if x != x else f"{x:.3f}"   # nan (nothing graded yet): an empty field


def write_summary(rows: list[CellSummary], out_csv: Path) -> Path:
    with open(out_csv, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["lesson", "cell", "kind", "max_points", "submissions", "graded",
                         "mean_score", "full_marks_share", "status"])
        for r in rows:
            writer.writerow([r.lesson, r.cell, r.kind, r.max_points, r.submissions, r.graded,
                             _number(r.mean_score), _number(r.full_marks_share), r.status])
    return out_csv


COLOURS = {"autograded": "C0", "manual": "C1"}


def plot_summary(rows: list[CellSummary], out_png: Path) -> Path:
    import matplotlib.pyplot as plt

    fig = summary_figure(rows)
    fig.savefig(out_png, dpi=110)
    plt.close(fig)
    return out_png


def summary_figure(rows: list[CellSummary]):
    """A bar per cell, hardest first: the share of students with full marks. Derivations nobody
    has graded yet get no bar but the words "not yet graded"."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch
    from matplotlib.ticker import PercentFormatter

    shown = [r for r in rows if r.submissions]
    shown.sort(key=lambda r: (r.not_yet_graded, 0 if r.not_yet_graded else r.full_marks_share))
    labels = [f"{r.lesson} · {r.cell}" for r in shown]
    height = 0.3 * max(len(shown), 1) + 2.0
    fig, ax = plt.subplots(figsize=(9, height), layout="constrained")
    shares = [0.0 if r.not_yet_graded else r.full_marks_share for r in shown]
    ax.barh(range(len(shown)), shares, color=[COLOURS[r.kind] for r in shown])
    for i, r in enumerate(shown):
        if r.not_yet_graded:
            text = f"not yet graded ({r.awaiting} waiting)"
        else:
            text = f"{r.full_marks_share:.0%}" + (f"  ({r.awaiting} waiting)" if r.awaiting
                                                  else "")
        ax.text(min(shares[i], 1.0) + 0.01, i, text, va="center", fontsize=8,
                style="italic" if r.not_yet_graded else "normal")
    ax.set_yticks(range(len(shown)), labels, fontsize=8)
    ax.set_ylim(len(shown) - 0.4, -0.6)   # the first row (the hardest) on top
    ax.set_xlim(0, 1.25)   # room for the labels right of a full bar
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_xlabel("share of students with full marks")
    fig.legend(handles=[Patch(color=COLOURS["autograded"], label="autograded"),
                        Patch(color=COLOURS["manual"], label="graded by hand")],
               loc="outside lower right", ncols=2, fontsize=8, frameon=False)
    # the title belongs to the figure: over the axes alone, long labels push it off the edge
    fig.suptitle("Which exercises are hard: share of students with full marks, hardest first")
    return fig
