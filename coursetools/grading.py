"""Grade a class in parallel: nbgrader's own autograde, one submission per task, N workers.

nbgrader grades one submission after another. Here each worker process loads the course's
configuration once and calls ``NbGraderAPI.autograde(lesson, student)`` — the very converter
``nbgrader autograde`` runs — for one submission at a time, so the grades are nbgrader's and only
the scheduling is ours. Student code runs in a kernel, never in a worker, and that kernel is
sandboxed (coursetools/sandbox.py: its own uid, no view of the course, no network, memory and
time limits), so a submission that hangs, crashes or snoops costs its own grade and nothing else.
Each submission's outcome, with what the sandbox saw, goes to reports/grading_outcomes.csv.

The embedded SQLite gradebook is shared by the workers: it is switched to write-ahead logging and
every worker's connection waits (``waiting_sqlite_url``) for the write lock instead of failing
with "database is locked"."""
from __future__ import annotations

import multiprocessing
import os
import re
import sqlite3
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from . import readback, sandbox


@dataclass(frozen=True)
class Submission:
    student: str
    lesson: str


@dataclass
class Outcome:
    submission: Submission
    ok: bool
    seconds: float
    error: str = ""
    notes: tuple[str, ...] = ()    # what the sandbox saw: timeouts, a dead kernel, refused files

    @property
    def reason(self) -> str:
        """The error's most telling line: nbgrader ends every failure with the same generic
        sentence, so the last specific exception line of its log is shown instead."""
        return headline(self.error)


def headline(error: str) -> str:
    lines = [l.strip() for l in error.strip().splitlines() if l.strip()]
    specific = [l for l in lines if re_exception_line(l) and "NbGraderException" not in l]
    return (specific or lines or [""])[-1][:300]


def re_exception_line(line: str) -> bool:
    """``SomeError: message`` (a traceback's last line), or one of this module's sentences."""
    return bool(re.match(r"^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt)\b", line)) or \
        line.startswith(("the gradebook disagrees", "the grading process died"))


def find_submissions(course_root: Path, lessons: list[str] | None = None) -> list[Submission]:
    """Every ``submitted/<student>/<lesson>/`` folder, optionally only for some lessons."""
    found = []
    for folder in sorted((Path(course_root) / "submitted").glob("*/*")):
        if folder.is_dir() and (lessons is None or folder.name in lessons):
            found.append(Submission(folder.parent.name, folder.name))
    return found


def waiting_sqlite_url(db_url: str, seconds: int = 120) -> str:
    """An SQLite URL whose connections wait ``seconds`` for the write lock (the driver's default
    is 5 s, which a busy class can exceed); other URLs unchanged."""
    if not db_url.startswith("sqlite:///") or "timeout=" in db_url:
        return db_url
    return db_url + ("&" if "?" in db_url else "?") + f"timeout={seconds}"


def prepare_sqlite(db_url: str) -> None:
    """Write-ahead logging lets graders read while one writes; it persists in the file."""
    if not db_url.startswith("sqlite:///"):
        return
    path = db_url.removeprefix("sqlite:///").split("?")[0]
    with sqlite3.connect(path, timeout=60) as conn:
        conn.execute("PRAGMA journal_mode=WAL")


# --- worker side (a pool process or a Dask worker) -------------------------------------------

_apis: dict = {}


def _api_for(course_root: str):
    """nbgrader's API for the course, built once per worker process."""
    if course_root not in _apis:
        os.environ.pop("NBGRADER_EXECUTION", None)
        from nbgrader.apps.api import NbGraderAPI
        from nbgrader.coursedir import CourseDirectory
        from traitlets.config.loader import PyFileConfigLoader

        config = PyFileConfigLoader("nbgrader_config.py", path=course_root).load_config()
        config.CourseDirectory.db_url = waiting_sqlite_url(_db_url(config, course_root))
        if sandbox.harden_config(config):  # student code runs isolated and limited (sandbox.py)
            sandbox.sweep_stale(sandbox.Sandbox(config=config))  # what killed graders left
        _apis[course_root] = NbGraderAPI(CourseDirectory(config=config), config=config)
    return _apis[course_root]


def grade_one(course_root: str, submission: Submission) -> Outcome:
    """Autograde one submission as ``nbgrader autograde --student`` would, in the sandbox.

    Student code cannot make this fail (the sandbox turns whatever it does into failed cells), so
    a failure is the machine's: it is retried once (autograde with ``force`` starts afresh) and
    the first error is kept in the notes, so a retried grade is visible, never silent."""
    first = _grade_once(course_root, submission)
    if first.ok:
        return first
    again = _grade_once(course_root, submission)
    last = first.reason or "?"
    again.notes = (f"graded on a second attempt; the first failed: {last}",) + again.notes
    again.seconds += first.seconds
    if not again.ok:
        again.error = first.error + "\n--- second attempt ---\n" + again.error
    return again


def _grade_once(course_root: str, submission: Submission) -> Outcome:
    start = time.perf_counter()
    notes: list[str] = []
    try:
        api = _api_for(course_root)
        lesson, student = submission.lesson, submission.student
        gradable, notes = sandbox.precheck(api.coursedir, lesson, student)
        if not gradable:
            sandbox.record_zero(api.coursedir, lesson, student)
            return Outcome(submission, True, time.perf_counter() - start, "", tuple(notes))
        sandbox.CONTEXT.clear()
        sandbox.CONTEXT.update(course_root=course_root, events=[],
                               allowed_files=sandbox.lesson_files(api.coursedir, lesson))
        result = api.autograde(lesson, student, force=True, create=True)
        ok, error = bool(result.get("success")), result.get("error") or ""
        if not ok and result.get("log"):  # nbgrader's own traceback is in its log
            error = result["log"] + "\n" + error
        notes += sandbox.CONTEXT.get("events", [])
        if ok:  # trust nothing unread: the gradebook must hold what the graded notebook earns
            wrong = readback.disagreements(api.coursedir, lesson, student)
            if wrong:
                ok, error = False, ("the gradebook disagrees with the graded notebook: " +
                                    "; ".join(wrong[:5]) + (" ..." if len(wrong) > 5 else ""))
    except Exception as exc:  # a worker must survive anything one submission does
        ok, error = False, f"{type(exc).__name__}: {exc}"
    return Outcome(submission, ok, time.perf_counter() - start, error, tuple(notes))


# --- coordinator side ------------------------------------------------------------------------

def course_db_url(course_root: Path) -> str:
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(course_root)).load_config()
    return _db_url(config, course_root)


def _db_url(config, course_root) -> str:
    """The gradebook's URL as configured, or nbgrader's default beside the course."""
    return config.CourseDirectory.get("db_url", f"sqlite:///{Path(course_root) / 'gradebook.db'}")


def _collect(done, total: int, label: str, progress: bool, order) -> list[Outcome]:
    outcomes: list[Outcome] = []
    with tqdm(total=total, unit="nb", disable=not progress, desc=label) as bar:
        for outcome in done:
            outcomes.append(outcome)
            bar.update()
            bar.set_postfix(failed=sum(not o.ok for o in outcomes), refresh=False)
    return sorted(outcomes, key=lambda o: order[o.submission])


def write_outcomes(course_root: Path, outcomes: list[Outcome]) -> Path:
    """reports/grading_outcomes.csv: one row per submission (the latest run's), for instructors."""
    import csv

    path = Path(course_root) / "reports" / "grading_outcomes.csv"
    path.parent.mkdir(exist_ok=True)
    fields = ["student", "lesson", "graded", "seconds", "notes", "error"]
    rows = {}
    if path.exists():
        with open(path, newline="") as f:
            rows = {(r["student"], r["lesson"]): r for r in csv.DictReader(f)}
    for o in outcomes:
        last = o.reason
        rows[(o.submission.student, o.submission.lesson)] = dict(
            student=o.submission.student, lesson=o.submission.lesson, graded=o.ok,
            seconds=f"{o.seconds:.1f}", notes=" | ".join(o.notes), error=last)
    with open(path, "w", newline="") as f:
        out = csv.DictWriter(f, fields)
        out.writeheader()
        out.writerows(rows[k] for k in sorted(rows))
    # the CSV keeps one line per error; the whole of each error goes to a log beside it
    failed = [o for o in outcomes if o.error.strip()]
    if failed:
        with open(path.parent / "grading_errors.log", "a") as log:
            for o in failed:
                log.write(f"=== {time.strftime('%Y-%m-%d %H:%M:%S')} {o.submission.student} "
                          f"{o.submission.lesson}\n{o.error.strip()}\n")
    return path


def grade(course_root: Path, submissions: list[Submission], workers: int | None = None,
          progress: bool = True, task=None) -> list[Outcome]:
    """Autograde ``submissions`` on this machine with ``workers`` processes (default: cores).
    ``task`` replaces :func:`grade_one` (tests)."""
    root = str(Path(course_root).resolve())
    workers = max(1, min(workers or os.cpu_count() or 1, len(submissions) or 1))
    prepare_sqlite(course_db_url(Path(root)))
    order = {s: i for i, s in enumerate(submissions)}
    done = _on_process_pool(task or grade_one, root, submissions, workers)
    outcomes = _collect(done, len(submissions), f"grading ({workers} workers)", progress, order)
    write_outcomes(Path(root), outcomes)
    return outcomes


def _on_process_pool(task, root: str, submissions: list[Submission], workers: int):
    """Yield each submission's outcome as it is ready, surviving a worker process that dies.

    A dead worker (killed by the system, say) breaks Python's pool, and what it was doing is
    lost with it. The unfinished submissions go to a fresh pool; after a second break they are
    graded one per process until the submission that kills its grader is found and reported as
    failed, and then the full pool resumes."""
    ctx = multiprocessing.get_context("spawn")  # no inherited locks or open database handles
    finished: set[Submission] = set()
    breaks = 0
    while len(finished) < len(submissions):
        pending = [s for s in submissions if s not in finished]
        alone = breaks >= 2
        batch = pending[:1] if alone else pending
        try:
            with ProcessPoolExecutor(1 if alone else workers, mp_context=ctx) as pool:
                for future in as_completed([pool.submit(task, root, s) for s in batch]):
                    outcome = future.result()
                    finished.add(outcome.submission)
                    yield outcome
        except BrokenProcessPool as exc:
            breaks += 1
            if alone:
                finished.add(batch[0])
                breaks = 0                       # culprit found: back to the full pool
                yield Outcome(batch[0], False, 0.0, (
                    "the grading process died while grading this submission "
                    f"({type(exc).__name__}); nothing of it was recorded"))


def grade_on_dask(client, course_root: Path, submissions: list[Submission],
                  progress: bool = True) -> list[Outcome]:
    """The same fan-out on a Dask cluster (``client``: a ``distributed.Client``).

    Every worker must see the course folder at the same path (a shared file system) and reach
    the gradebook: use PostgreSQL (``CourseDirectory.db_url``) when workers span machines.
    """
    from distributed import as_completed as dask_completed

    root = str(Path(course_root).resolve())
    prepare_sqlite(course_db_url(Path(root)))
    order = {s: i for i, s in enumerate(submissions)}
    futures = client.map(grade_one, [root] * len(submissions), submissions, pure=False)
    by_key = dict(zip((f.key for f in futures), submissions))
    done = (_dask_outcome(f, by_key[f.key]) for f in dask_completed(futures))
    outcomes = _collect(done, len(submissions), "grading on dask", progress, order)
    write_outcomes(Path(root), outcomes)
    return outcomes


def _dask_outcome(future, submission: Submission) -> Outcome:
    """A task's outcome; a task Dask gave up on (its workers kept dying) is a failed one."""
    try:
        return future.result()
    except Exception as exc:  # e.g. distributed.KilledWorker
        return Outcome(submission, False, 0.0, f"{type(exc).__name__}: {exc}")
