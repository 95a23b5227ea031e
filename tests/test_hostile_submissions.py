"""Grading under fire: broken and hostile submissions, graded by ``course.py grade``'s grader.

A class is built from a real lesson's release: a reference solution (twice: the control), and
submissions that hang, kill their kernel, exhaust memory, flood their output, tamper with test
cells, break their notebook, or try to read the answers, the gradebook, another student's work
and the grader's secrets, or to write where they should not. All of it is graded in one run of
coursetools.grading.grade. Every submission must get a recorded outcome; every other student's
grade must be exactly the reference's; the gradebook must stay whole.
"""
import json
import os
import sqlite3
import sys

import nbformat
import pytest

from coursetools import grading, paths, sandbox, submissions
from coursetools.cells import exercises, is_answer, is_test, meta
from coursetools.nbgrader_course import Course

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("hostile-grading")]

LESSON = os.environ.get("MATHML_HOSTILE_LESSON") or "00_overview"
SECRET = "hunter2-grader-secret"
CELL_TIMEOUT, NOTEBOOK_TIMEOUT = 6, 45

needs_root = pytest.mark.skipif(not sandbox.isolation_available()[0],
                                reason="isolation needs root and namespaces: "
                                       + sandbox.isolation_available()[1])


def _replace_answer(nb, index: int, code: str):
    """Put ``code`` in the ``index``-th autograded answer cell, before the reference answer (so
    that the answer is never defined when ``code`` does not finish)."""
    answers = [c for c in nb.cells if is_answer(c) and c.cell_type == "code"]
    answers[index].source = code + "\n" + answers[index].source
    return nb


def _snoop_code(course_root) -> str:
    """Everything a curious student might try; each attempt prints OPEN or DENIED."""
    targets = {
        "source": f"{course_root}/source/{LESSON}/{LESSON}.ipynb",
        "gradebook": f"{course_root}/gradebook.db",
        "other": f"{course_root}/submitted/control_a/{LESSON}/{LESSON}.ipynb",
        "repo_source": f"{paths.SOURCE}/{LESSON}/{LESSON}.md",
        "config": f"{course_root}/nbgrader_config.py",
        "runtime": "/root/.local/share/jupyter/runtime",
    }
    writes = {
        "write_course": f"{course_root}/pwned.txt",
        "write_repo": f"{paths.ROOT}/pwned.txt",
        "write_helpers": f"{paths.ROOT}/shared/mlmath/__init__.py",
        "write_venv": f"{sys.prefix}/pwned.txt",
    }
    return f"""
import os as _os, glob as _glob
def _try(label, fn):
    try:
        fn()
        print("SNOOP", label, "OPEN")
    except Exception as _e:
        print("SNOOP", label, "DENIED", type(_e).__name__)
for _label, _path in {targets!r}.items():
    _try(_label, lambda p=_path: open(p, "rb").read(1) if not _os.path.isdir(p) else
         (_ for _ in ()).throw(PermissionError()) if not _os.listdir(p) else _os.listdir(p))
for _label, _path in {writes!r}.items():
    _try(_label, lambda p=_path: open(p, "a").write("x"))
_try("env_secret", lambda: _os.environ["MATHML_TEST_SECRET"])
_try("proc_environ", lambda: [open(f"/proc/{{p}}/environ").read() for p in _os.listdir("/proc")
                             if p.isdigit() and "{SECRET}" in open(f"/proc/{{p}}/environ").read()
                             ] or (_ for _ in ()).throw(LookupError()))
_try("gradebook_glob", lambda: (_glob.glob("/work/**/gradebook.db", recursive=True)
                               + _glob.glob("/tmp/**/gradebook.db", recursive=True))[0])
def _write_grade():
    import sqlite3
    sqlite3.connect("{course_root}/gradebook.db").execute("update grade set manual_score = 99")
_try("gradebook_write", _write_grade)
def _net():
    import socket
    socket.create_connection(("127.0.0.1", 22), timeout=2)
_try("network", _net)
"""


def build_class(course: Course, release, source) -> dict[str, str]:
    """Submit every case; returns ``{student: what the student did}``."""
    solved = lambda: submissions.solved(release, source)  # noqa: E731
    root = course.root
    folder = lambda s: root / "submitted" / s / LESSON  # noqa: E731
    made = {}

    def submit(student, nb, why):
        course.submit(student, LESSON, nb)
        made[student] = why

    submit("control_a", solved(), "reference solution")
    submit("control_b", solved(), "reference solution")
    submit("loop", _replace_answer(solved(), 1, "while True:\n    pass"), "infinite loop")
    submit("stubborn", _replace_answer(solved(), 1, "import signal, time\n"
                                       "signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
                                       "while True:\n    time.sleep(0.01)"),
           "infinite loop that ignores interrupts")
    submit("exit", _replace_answer(solved(), 2, "import os\nos._exit(3)"), "os._exit")
    submit("segfault", _replace_answer(solved(), 2, "import ctypes\nctypes.string_at(0)"),
           "segfault via ctypes")
    submit("sysexit", _replace_answer(solved(), 2, "import sys\nsys.exit()"), "sys.exit()")
    # a gigabyte a step, never touched: the address-space limit is reached in a few steps, not
    # after seconds of zero-filling (on a loaded machine that outran the cell's time limit)
    submit("memory", _replace_answer(solved(), 1, "_hog = []\nwhile True:\n"
                                     "    _hog.append(np.empty(10**9, dtype=np.uint8))"),
           "memory exhaustion")
    submit("flood", _replace_answer(solved(), 0, "print('x' * 5_000_000)\n"
                                    "for _i in range(20000):\n    print('line', _i)"),
           "prints megabytes")
    submit("snoop", _replace_answer(solved(), 0, _snoop_code(root)), "reads and writes around")

    nb = solved()
    first_test = next(c for c in nb.cells if is_test(c))
    nb.cells.remove(first_test)
    submit("deleted_test", nb, "deleted a test cell")

    nb = submissions.with_answers(release, source, {exercises(source)[0].grade_id:
                                                    "def _unused():\n    pass"})
    for cell in nb.cells:
        if is_test(cell):
            cell.source = "pass"
    submit("edited_tests", nb, "emptied every test cell, answered nothing in exercise 1")

    nb = solved()
    tests = [c for c in nb.cells if is_test(c)]
    nb.cells.remove(tests[0])
    nb.cells.insert(0, tests[0])
    submit("reordered", nb, "moved a test cell to the top")

    nb = solved()
    cell = next(c for c in nb.cells if is_test(c))
    cell.cell_type = "markdown"
    cell.pop("outputs", None)
    cell.pop("execution_count", None)
    submit("celltype", nb, "turned a test cell into markdown")

    nb = solved()
    folder("renamed").mkdir(parents=True)
    nbformat.write(nb, folder("renamed") / "my_copy.ipynb")
    made["renamed"] = "renamed the notebook"

    folder("badjson").mkdir(parents=True)
    (folder("badjson") / f"{LESSON}.ipynb").write_text('{"cells": [ not json')
    made["badjson"] = "invalid notebook JSON"

    folder("empty").mkdir(parents=True)
    made["empty"] = "empty folder"

    course.submit("extra", LESSON, solved())
    (folder("extra") / "numpy.py").write_text("raise SystemExit('fake numpy')\n")
    (folder("extra") / "notes.txt").write_text("my notes\n")
    made["extra"] = "extra files, one shadowing numpy"

    folder("symlink").mkdir(parents=True)
    nbformat.write(solved(), folder("symlink") / f"{LESSON}.ipynb")
    os.symlink(root / "gradebook.db", folder("symlink") / "data.db")
    made["symlink"] = "a symlink to the gradebook"
    return made


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    if LESSON not in paths.lessons():
        pytest.skip(f"lesson {LESSON} is not in source/")
    course = Course(tmp_path_factory.mktemp("hostile"))
    course.configure(f"c.Execute.timeout = {CELL_TIMEOUT}")
    course.configure(f"c.Sandbox.notebook_timeout = {NOTEBOOK_TIMEOUT}")
    course.configure("c.Sandbox.memory_mb = 2048")
    # hide only the defaults that do not contain the repository, so that the guarantees are
    # checked where CI clones it (say /check/work/main) and not only where /work hides it
    repo_parents = {str(p) for p in paths.ROOT.parents}
    kept_hidden = [p for p in sandbox.Sandbox().hide if p not in repo_parents]
    course.configure(f"c.Sandbox.hide = {kept_hidden!r}")
    source = nbformat.read(paths.source_notebook(LESSON), as_version=4)
    release = nbformat.read(course.generate(LESSON) / f"{LESSON}.ipynb", as_version=4)
    made = build_class(course, release, source)
    old = dict(os.environ)
    os.environ["MATHML_TEST_SECRET"] = SECRET
    os.environ["PATH"] = os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"]
    os.environ["PYTHONPATH"] = str(paths.ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    gradebook_before = (course.root / "gradebook.db").stat().st_size
    helpers = (paths.ROOT / "shared" / "mlmath" / "__init__.py").read_bytes()
    try:
        outcomes = grading.grade(course.root, grading.find_submissions(course.root), workers=2,
                                 progress=False)
    finally:
        os.environ.clear()
        os.environ.update(old)
    assert gradebook_before > 0
    assert (paths.ROOT / "shared" / "mlmath" / "__init__.py").read_bytes() == helpers
    return course, source, made, {o.submission.student: o for o in outcomes}


def _scores(course):
    return course.scores(LESSON)


def _autograded(course, student):
    return nbformat.read(course.root / "autograded" / student / LESSON / f"{LESSON}.ipynb",
                         as_version=4)


def _earned(scores, student, ids):
    return sum(scores[student][i][0] for i in ids)


@needs_root
def test_every_submission_has_a_recorded_outcome(graded):
    course, source, made, outcomes = graded
    assert set(outcomes) == set(made)
    failed = {s: o.error for s, o in outcomes.items() if not o.ok}
    assert not failed, failed
    scores = _scores(course)
    assert set(scores) == set(made), "every student has a submission in the gradebook"
    auto = {meta(c)["grade_id"] for c in source.cells if is_test(c)}
    for student, cells in scores.items():
        assert auto <= set(cells), f"{student}: graded cells missing"
        assert all(cells[t][0] is not None for t in auto), f"{student}: ungraded test cells"
    # the instructor's record of the run
    report = (course.root / "reports" / "grading_outcomes.csv").read_text()
    for student in made:
        assert student in report
    with sqlite3.connect(course.root / "gradebook.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("select count(*) from grade where manual_score = 99").fetchone()[0] == 0


@needs_root
def test_other_students_grades_are_unaffected(graded):
    course, source, made, outcomes = graded
    scores = _scores(course)
    full = {meta(c)["grade_id"]: float(meta(c)["points"]) for c in source.cells if is_test(c)}
    for student in ("control_a", "control_b", "flood", "snoop", "deleted_test",
                    "extra", "celltype"):
        got = {t: scores[student][t][0] for t in full}
        assert got == full, f"{student} ({made[student]}) lost points: {got}"


@needs_root
def test_hangs_and_crashes_cost_only_what_they_break(graded):
    course, source, made, outcomes = graded
    scores = _scores(course)
    ex = exercises(source)
    for student, broken in (("loop", 1), ("stubborn", 1), ("memory", 1), ("exit", 2),
                            ("segfault", 2), ("sysexit", 2)):
        assert _earned(scores, student, ex[0].test_ids) == ex[0].points, student
        assert _earned(scores, student, ex[broken].test_ids) == 0, student
    memory = _autograded(course, "memory")
    assert any(o.get("ename") == "MemoryError" for c in memory.cells if c.cell_type == "code"
               for o in c.get("outputs", [])), "the memory limit stops the hog with MemoryError"
    for student in ("loop", "sysexit"):   # the kernel survives: later exercises still score
        assert _earned(scores, student, ex[-1].test_ids) == ex[-1].points, student
    for student in ("exit", "segfault", "stubborn"):   # no kernel: nothing later scores
        assert _earned(scores, student, ex[-1].test_ids) == 0, student
        assert any("kernel died" in n or "limit" in n for n in outcomes[student].notes), \
            outcomes[student].notes
    assert any("cell limit" in n for n in outcomes["loop"].notes), outcomes["loop"].notes
    assert any("limit" in n for n in outcomes["stubborn"].notes)
    assert outcomes["stubborn"].seconds < NOTEBOOK_TIMEOUT + 60
    segv = _autograded(course, "segfault")
    died = [o for c in segv.cells if c.cell_type == "code" for o in c.get("outputs", [])
            if o.get("ename") == "KernelDied"]
    assert died and "SIGSEGV" in died[0].evalue, died
    flood = _autograded(course, "flood")
    size = sum(len(json.dumps(c.get("outputs", []))) for c in flood.cells if c.cell_type == "code")
    assert size < 500_000, "a flood of output is cut"


@needs_root
def test_tampered_test_cells_are_restored(graded):
    course, source, made, outcomes = graded
    scores = _scores(course)
    ex = exercises(source)
    assert _earned(scores, "edited_tests", ex[0].test_ids) == 0
    first_cell = next(c for c in source.cells if is_test(c))
    first = meta(first_cell)["grade_id"]
    # a test cell moved above its exercise is put back after its answer (coursetools/reconcile.py):
    # it judges the answer, as the student meant, and the outcome says so
    assert scores["reordered"][first][0] == float(meta(first_cell)["points"])
    assert any(first in n and "moved to just after it" in n for n in outcomes["reordered"].notes)
    others = [t for e in ex[1:] for t in e.test_ids]
    assert all(scores["reordered"][t][0] > 0 for t in others)


@needs_root
def test_broken_notebooks_score_zero_with_a_reason(graded):
    course, source, made, outcomes = graded
    scores = _scores(course)
    for student, words in (("renamed", "missing notebook"), ("badjson", "not a valid notebook"),
                           ("empty", "empty submission"), ("symlink", "links")):
        assert any(words in n for n in outcomes[student].notes), outcomes[student].notes
        assert not any(score for score, _ in scores[student].values()), student
    assert any("my_copy.ipynb" in n for n in outcomes["renamed"].notes)
    assert any("numpy.py" in n for n in outcomes["extra"].notes)


@needs_root
def test_student_code_cannot_read_answers_or_write_outside(graded):
    course, source, made, outcomes = graded
    nb = _autograded(course, "snoop")
    text = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code"
                   for o in c.get("outputs", []) if o.get("output_type") == "stream")
    lines = [l for l in text.splitlines() if l.startswith("SNOOP")]
    assert len(lines) >= 14, text[:3000]
    opened = [l for l in lines if " OPEN" in l]
    assert not opened, opened
    assert SECRET not in text
    for path in (course.root / "pwned.txt", paths.ROOT / "pwned.txt",
                 __import__("pathlib").Path(sys.prefix) / "pwned.txt"):
        assert not path.exists(), path


@needs_root
def test_sandbox_folders_are_cleaned_up(graded):
    import fcntl
    import os

    root = __import__("pathlib").Path(sandbox.Sandbox().workdir_root)
    left = []
    for folder in root.glob("u*-*"):
        uid = folder.name[1:].split("-")[0]
        fd = os.open(root / f"u{uid}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)   # free: no running kernel owns it
            left.append(folder)
        except BlockingIOError:
            pass                                            # a kernel of another test, running
        finally:
            os.close(fd)
    assert not left, f"kernel folders left behind: {left}"
