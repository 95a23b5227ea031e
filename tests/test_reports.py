"""The instructor's report: a derivation nobody has graded yet is "not yet graded", not 0 % full
marks, and the chart keeps its title and labels inside the picture."""
import csv
from types import SimpleNamespace

import pytest

from coursetools import reports


def _grades(scores, *, awaiting=0, by_person=()):
    """nbgrader Grade rows: ``scores`` scored (those in ``by_person`` by a person, the rest
    automatically), then ``awaiting`` answers no one has graded yet."""
    rows = [SimpleNamespace(score=s, manual_score=s if i in by_person else None,
                            needs_manual_grade=False) for i, s in enumerate(scores)]
    rows += [SimpleNamespace(score=0.0, manual_score=None, needs_manual_grade=True)
             for _ in range(awaiting)]
    return rows


def test_ungraded_derivation_is_not_yet_graded_not_hard(tmp_path):
    # two students left it blank (nbgrader scores those 0 itself), three wait for a person
    row = reports.summarise("00", "derive_x", "manual", 3, _grades([0, 0], awaiting=3))
    assert row.not_yet_graded and row.status == "not yet graded"
    assert row.full_marks_share != row.full_marks_share      # nan, not 0 %
    reports.write_summary([row], tmp_path / "s.csv")
    with open(tmp_path / "s.csv") as f:
        (written,) = list(csv.DictReader(f))
    assert written["full_marks_share"] == "" and written["status"] == "not yet graded"


def test_partly_graded_derivation_counts_what_was_graded():
    row = reports.summarise("00", "derive_x", "manual", 3,
                            _grades([3, 1, 0], awaiting=2, by_person=(0, 1)))
    assert not row.not_yet_graded and row.status == "2 awaiting grading"
    assert row.full_marks_share == pytest.approx(1 / 3) and row.graded == 3


def test_autograded_and_blank_only_cells_are_graded():
    auto = reports.summarise("00", "test_f", "autograded", 2, _grades([2, 2, 0, 1]))
    assert auto.status == "graded" and auto.full_marks_share == 0.5 and auto.submissions == 4
    blank = reports.summarise("00", "derive_x", "manual", 3, _grades([0, 0]))
    assert blank.status == "graded" and blank.full_marks_share == 0.0   # nobody answered


@pytest.mark.parametrize("n", [1, 3, 40])
def test_chart_keeps_title_and_labels_inside(n, tmp_path):
    rows = [reports.summarise("05_multivariate_calculus", f"test_a_rather_long_exercise_name_{i}",
                              "autograded", 2, _grades([2] * i + [0] * 3)) for i in range(n)]
    rows.append(reports.summarise("05_multivariate_calculus", "derive_taylor_remainder", "manual",
                                  3, _grades([0], awaiting=4)))
    fig = reports.summary_figure(rows)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    frame = fig.bbox
    texts = [fig._suptitle, *fig.axes[0].get_yticklabels(), *fig.axes[0].texts]
    for text in texts:
        box = text.get_window_extent(renderer)
        assert frame.x0 - 1 <= box.x0 and box.x1 <= frame.x1 + 1 and \
            frame.y0 - 1 <= box.y0 and box.y1 <= frame.y1 + 1, (text.get_text(), box, frame)
    assert any("not yet graded" in t.get_text() for t in fig.axes[0].texts)
    assert reports.plot_summary(rows, tmp_path / "s.png").stat().st_size > 0
