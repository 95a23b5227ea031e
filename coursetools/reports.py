"""What instructors take away after grading: the grades CSV and a per-exercise summary.

The grades CSV is nbgrader's own export. The summary shows, for every graded cell of every
lesson, the mean score and the share of students who got full marks, so the hard exercises stand
out; a bar chart of the same goes beside it.
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
    kind: str            # "autograded" or "manual"
    max_points: float
    submissions: int
    mean_score: float
    full_marks_share: float


def export_grades(course_root: Path, out_csv: Path) -> Path:
    """nbgrader's CSV export (one row per student and lesson)."""
    subprocess.run([sys.executable, "-m", "nbgrader", "export", f"--to={out_csv}"],
                   cwd=course_root, check=True, capture_output=True, env=tool_env())
    return out_csv


def cell_summaries(db_url: str) -> list[CellSummary]:
    """One row per graded cell: how the class did on it (ungraded manual answers left out)."""
    from nbgrader.api import Grade, Gradebook

    rows = []
    with Gradebook(db_url) as gb:
        for assignment in gb.assignments:
            for notebook in assignment.notebooks:
                for cell in notebook.grade_cells:
                    grades = gb.db.query(Grade).filter(Grade.cell_id == cell.id).all()
                    scores = [g.score for g in grades if not g.needs_manual_grade]
                    n = len(scores)
                    rows.append(CellSummary(
                        assignment.name, cell.name,
                        "autograded" if cell.cell_type == "code" else "manual",
                        float(cell.max_score), n,
                        sum(scores) / n if n else float("nan"),
                        sum(s >= cell.max_score for s in scores) / n if n else float("nan")))
    return rows


def write_summary(rows: list[CellSummary], out_csv: Path) -> Path:
    with open(out_csv, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["lesson", "cell", "kind", "max_points", "submissions", "mean_score",
                         "full_marks_share"])
        for r in rows:
            writer.writerow([r.lesson, r.cell, r.kind, r.max_points, r.submissions,
                             f"{r.mean_score:.3f}", f"{r.full_marks_share:.3f}"])
    return out_csv


def plot_summary(rows: list[CellSummary], out_png: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    graded = sorted((r for r in rows if r.submissions), key=lambda r: r.full_marks_share)
    fig, ax = plt.subplots(figsize=(7, 0.28 * len(graded) + 1.5))
    ax.barh([f"{r.lesson} · {r.cell}" for r in graded], [r.full_marks_share for r in graded],
            color=["C0" if r.kind == "autograded" else "C1" for r in graded])
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of students with full marks")
    ax.set_title("Which exercises are hard (blue: autograded, orange: manual)")
    fig.tight_layout()
    fig.savefig(out_png, dpi=110)
    plt.close(fig)
    return out_png
