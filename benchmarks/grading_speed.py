#!/usr/bin/env python3
"""Benchmark: a synthetic class graded by plain sequential nbgrader and by `course.py grade`.

Builds a class from the course's own lessons — for each lesson a mix of correct, partly wrong
and blank submissions — in two scratch courses, grades one with `nbgrader autograde <lesson>`
(one notebook after another, as nbgrader does) and the other with coursetools.grading (one
worker per core), checks that every grade agrees, and prints notebooks per minute for each and
their ratio. Also prints the floor: a kernel start plus the lesson's own work, per lesson.

    .venv/bin/python benchmarks/grading_speed.py
    .venv/bin/python benchmarks/grading_speed.py --notebooks 120 --workers 2 --lessons 00 01
    .venv/bin/python benchmarks/grading_speed.py --rounds 10 --backend dask --gradebook postgres
"""
from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from coursetools import answers, grading, paths, submissions  # noqa: E402
from coursetools.execution import run_notebook  # noqa: E402
from coursetools.nbgrader_course import Course  # noqa: E402


def build_class(course: Course, lessons: list[str], total: int) -> int:
    """Submissions cycling through solved / half wrong / all wrong / blank, spread over lessons."""
    per_lesson = -(-total // len(lessons))
    count = 0
    for lesson in lessons:
        source = nbformat.read(paths.source_notebook(lesson), as_version=4)
        release = nbformat.read(course.generate(lesson) / f"{lesson}.ipynb", as_version=4)
        wrong = submissions.first_wrong_answers(source, answers.load(lesson).wrong)
        half = dict(itertools.islice(wrong.items(), 0, None, 2))
        kinds = [submissions.solved(release, source),
                 submissions.with_answers(release, source, half),
                 submissions.with_answers(release, source, wrong),
                 release]
        for i in range(per_lesson):
            course.submit(f"s{i:03d}", lesson, kinds[i % len(kinds)])
            count += 1
    return count


def floor_seconds(lesson: str) -> float:
    """One kernel start plus the lesson's own work, as the autograder runs it (labs skipped)."""
    start = time.perf_counter()
    run_notebook(paths.source_notebook(lesson), grading=True)
    return time.perf_counter() - start


def compare(seq: Course, par: Course, lessons: list[str]) -> bool:
    """Every cell of every submission scored the same by both; prints each difference."""
    agree = True
    for lesson in lessons:
        a, b = seq.scores(lesson), par.scores(lesson)
        for student in sorted(set(a) | set(b)):
            if a.get(student) != b.get(student):
                agree = False
                diff = {c: (a.get(student, {}).get(c), b.get(student, {}).get(c))
                        for c in set(a.get(student, {})) | set(b.get(student, {}))
                        if a.get(student, {}).get(c) != b.get(student, {}).get(c)}
                print(f"DISAGREE {student}/{lesson} (sequential, parallel): {diff}")
    return agree


def grade_parallel(par: Course, args) -> list:
    subs = grading.find_submissions(par.root)
    if args.backend == "pool":
        return grading.grade(par.root, subs, workers=args.workers, progress=False)
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=args.workers, threads_per_worker=1, host="127.0.0.1",
                      dashboard_address=None, processes=True) as cluster, Client(cluster) as client:
        return grading.grade_on_dask(client, par.root, subs, progress=False)


def report(outcomes) -> tuple[list, list]:
    failed = [o for o in outcomes if not o.ok]
    for o in failed:
        print(f"FAILED {o.submission.student}/{o.submission.lesson}: "
              f"{o.reason or '?'}")
    for o in outcomes:
        if o.notes:
            print(f"NOTES {o.submission.student}/{o.submission.lesson}: "
                  f"{' | '.join(o.notes)[:400]}")
    retried = [o for o in outcomes if any("second attempt" in n for n in o.notes)]
    return failed, retried


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notebooks", type=int, default=60)
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    parser.add_argument("--lessons", nargs="*", default=None)
    parser.add_argument("--rounds", type=int, default=1,
                        help="grade the class in parallel this many times (a stress test of "
                             "agreement: every round is compared with the sequential grades)")
    parser.add_argument("--backend", choices=["pool", "dask"], default="pool",
                        help="local process pool (course.py grade) or a local Dask cluster")
    parser.add_argument("--gradebook", choices=["sqlite", "postgres"], default="sqlite",
                        help="the parallel course's gradebook (postgres: a server on loopback)")
    parser.add_argument("--keep", help="build the class in this folder and keep it (to inspect)")
    args = parser.parse_args()
    bindir = os.path.dirname(sys.executable)
    os.environ["PATH"] = bindir + os.pathsep + os.environ["PATH"]
    os.environ["PYTHONPATH"] = str(paths.ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    lessons = paths.pick(args.lessons or [])

    with contextlib.ExitStack() as stack:
        tmp = args.keep or stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-grading-"))
        seq, par = Course(Path(tmp) / "sequential"), Course(Path(tmp) / "parallel")
        if args.gradebook == "postgres":
            from coursetools.local_postgres import LocalPostgres

            pg = stack.enter_context(LocalPostgres())
            par.configure(f'c.CourseDirectory.db_url = "{pg.create_database("gradebook")}"')
        n = build_class(seq, lessons, args.notebooks)
        build_class(par, lessons, args.notebooks)
        print(f"class: {n} notebooks over {len(lessons)} lessons; {os.cpu_count()} cores; "
              f"{args.workers} workers; {args.backend}, {args.gradebook} gradebook; "
              f"{args.rounds} round(s)", flush=True)

        start = time.perf_counter()
        for lesson in lessons:
            seq.autograde(lesson)
        t_seq = time.perf_counter() - start

        rounds, all_failed, all_retried, agree = [], 0, 0, True
        for r in range(args.rounds):
            start = time.perf_counter()
            outcomes = grade_parallel(par, args)
            rounds.append(time.perf_counter() - start)
            failed, retried = report(outcomes)
            same = compare(seq, par, lessons)
            agree &= same
            all_failed += len(failed)
            all_retried += len(retried)
            print(f"round {r + 1}: {rounds[-1]:.1f} s, grades agree: {same}, failed: "
                  f"{len(failed)}, second attempts: {len(retried)}", flush=True)
        floors = {l: floor_seconds(l) for l in lessons}

    t_par = sum(rounds) / len(rounds)
    per_nb_floor = sum(floors[l] for l in lessons) / len(lessons)
    print(f"sequential nbgrader autograde: {t_seq:7.1f} s  {60 * n / t_seq:6.1f} notebooks/min  "
          f"{t_seq / n:5.2f} s/notebook")
    print(f"course.py grade ({args.workers} workers, mean of {len(rounds)}):  {t_par:7.1f} s  "
          f"{60 * n / t_par:6.1f} notebooks/min  {t_par * args.workers / n:5.2f} worker-s/notebook")
    print(f"speed-up: {t_seq / t_par:.2f}x")
    print(f"floor (kernel start + lesson work, mean over lessons): {per_nb_floor:.2f} s/notebook")
    for lesson, seconds in floors.items():
        print(f"  {lesson:45s} {seconds:5.2f} s")
    print(f"notebooks graded in parallel: {n * len(rounds)}")
    print(f"grades agree: {agree}; failed submissions: {all_failed}; "
          f"graded on a second attempt: {all_retried}")
    return 0 if agree and not all_failed else 1


if __name__ == "__main__":
    sys.exit(main())
