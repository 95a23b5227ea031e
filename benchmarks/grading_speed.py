#!/usr/bin/env python3
"""Benchmark: a synthetic class graded by plain sequential nbgrader and by `course.py grade`.

Builds a class from the course's own lessons — for each lesson a mix of correct, partly wrong
and blank submissions — in two scratch courses, grades one with `nbgrader autograde <lesson>`
(one notebook after another, as nbgrader does) and the other with coursetools.grading (one
worker per core), checks that every grade agrees, and prints notebooks per minute for each and
their ratio. Also prints the floor: a kernel start plus the lesson's own work, per lesson.

    .venv/bin/python benchmarks/grading_speed.py
    .venv/bin/python benchmarks/grading_speed.py --notebooks 120 --workers 2 --lessons 00 01
"""
from __future__ import annotations

import argparse
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notebooks", type=int, default=60)
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    parser.add_argument("--lessons", nargs="*", default=None)
    args = parser.parse_args()
    bindir = os.path.dirname(sys.executable)
    os.environ["PATH"] = bindir + os.pathsep + os.environ["PATH"]
    os.environ["PYTHONPATH"] = str(paths.ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    lessons = paths.pick(args.lessons or [])

    with tempfile.TemporaryDirectory(prefix="bench-grading-") as tmp:
        seq, par = Course(Path(tmp) / "sequential"), Course(Path(tmp) / "parallel")
        n = build_class(seq, lessons, args.notebooks)
        build_class(par, lessons, args.notebooks)
        print(f"class: {n} notebooks over {len(lessons)} lessons; {os.cpu_count()} cores; "
              f"{args.workers} workers")

        start = time.perf_counter()
        for lesson in lessons:
            seq.autograde(lesson)
        t_seq = time.perf_counter() - start

        start = time.perf_counter()
        outcomes = grading.grade(par.root, grading.find_submissions(par.root),
                                 workers=args.workers, progress=False)
        t_par = time.perf_counter() - start

        failed = [o for o in outcomes if not o.ok]
        for o in failed:
            print(f"FAILED {o.submission.student}/{o.submission.lesson}: "
                  f"{(o.error.strip().splitlines() or ['?'])[-1][:300]}")
        retried = [o for o in outcomes if any("second attempt" in n for n in o.notes)]
        for o in retried:
            print(f"RETRIED {o.submission.student}/{o.submission.lesson}: {o.notes[0][:300]}")
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
        floors = {l: floor_seconds(l) for l in lessons}

    per_nb_floor = sum(floors[l] for l in lessons) / len(lessons)
    print(f"sequential nbgrader autograde: {t_seq:7.1f} s  {60 * n / t_seq:6.1f} notebooks/min  "
          f"{t_seq / n:5.2f} s/notebook")
    print(f"course.py grade ({args.workers} workers):  {t_par:7.1f} s  {60 * n / t_par:6.1f} "
          f"notebooks/min  {t_par * args.workers / n:5.2f} worker-s/notebook")
    print(f"speed-up: {t_seq / t_par:.2f}x")
    print(f"floor (kernel start + lesson work, mean over lessons): {per_nb_floor:.2f} s/notebook")
    for lesson, seconds in floors.items():
        print(f"  {lesson:45s} {seconds:5.2f} s")
    print(f"grades agree: {agree}; failed submissions: {len(failed)}; "
          f"graded on a second attempt: {len(retried)}")
    return 0 if agree and not failed else 1


if __name__ == "__main__":
    sys.exit(main())
