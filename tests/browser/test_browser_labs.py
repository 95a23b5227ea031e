"""Every lab of every lesson, in a real JupyterLab in headless Chromium.

For each lesson present, the student's released notebook and the instructor's source notebook
(copies, in a scratch course) are opened, every cell is run (after a cell that raises, the run
resumes at the next cell, as a student would), and each lab made by ``mlmath.labs.lab()`` must:

* render as a widget (class ``mlmath-lab``), not as text ("interactive(children=...)"), not stuck
  on "Loading widget...", and every cell that calls ``lab()`` shows one;
* show something and no error, before and after its main control (the first control given to
  ``lab``) is moved; moving it must change what the lab shows;
* in the released notebook, before any answer, either work or say which function to write
  (then it need not change); in the source notebook, work with the solutions.

No cell may raise, except the stubs' NotImplementedError in the released notebook.
"""
import pytest

import jupyterlab_driver as jd


@pytest.mark.parametrize("edition", jd.EDITIONS)
def test_labs_work_in_jupyterlab(lesson, edition, notebook_reports):
    report = notebook_reports(lesson, edition)
    timing = ", ".join(f"{k} {v:.1f} s" for k, v in report.seconds.items())
    print(f"{report.label}: {len(report.labs)} lab(s); {timing}")
    for lab in report.labs:
        update = f"{lab.seconds_to_update:.2f} s" if lab.seconds_to_update is not None else "-"
        print(f"  lab {lab.number} (cell {lab.cell}): {lab.control}; update {update}"
              f"{'; says which exercise to write' if lab.needs_exercise else ''}")
    assert not report.problems, report.summary()
