"""Grading does what instructors rely on: right answers score, wrong answers don't.

Two levels:
* every alternative correct answer and every plausible wrong answer in tests/answers/<lesson>.py
  is graded against its exercise's tests (hidden ones included) in one kernel;
* a real nbgrader round trip in a scratch course: the reference solution submitted as a student
  gets every autograded point, the untouched release gets none, and a submission holding one
  plausible wrong answer per exercise loses every exercise's points.
"""
import nbformat
import pytest

from coursetools import answer_check, answers, paths, submissions
from coursetools.cells import exercises, is_test, meta

pytestmark = pytest.mark.slow


def test_answers_file_covers_every_exercise(lesson, source_nb):
    kept = answers.load(lesson)
    ids = {ex.grade_id for ex in exercises(source_nb)}
    for name, table, least in (("CORRECT", kept.correct, 1), ("WRONG", kept.wrong, 2)):
        unknown = set(table) - ids
        assert not unknown, f"{name} names exercises that do not exist: {unknown}"
        thin = {i: len(table.get(i, {})) for i in ids if len(table.get(i, {})) < least}
        assert not thin, f"{name} needs at least {least} answers for: {thin}"


def test_alternative_correct_answers_pass_and_wrong_answers_fail(lesson, source_runs):
    kept = answers.load(lesson)
    # its kernel's first run of the notebook (grading mode) is the one nbgrader validate reads
    verdicts = answer_check.check(paths.source_notebook(lesson), kept.correct, kept.wrong,
                                  executed=source_runs.keep_graded(lesson))
    bad = [v for v in verdicts if not v.as_expected]
    report = "\n".join(
        f"  {v.exercise} / {v.description!r}: expected to {'pass' if v.expected_to_pass else 'fail'}"
        f"{'; failed: ' + '; '.join(v.failures) if v.failures else ', but passed every test'}"
        for v in bad)
    assert not bad, f"{len(bad)} answers graded wrongly:\n{report}"

    # the hidden tests must matter: some wrong answer of each exercise looks right to a student
    wrong = {}
    for v in verdicts:
        if not v.expected_to_pass:
            wrong.setdefault(v.exercise, []).append(v.passes_visible_tests)
    unseen = sorted(ex for ex, visible in wrong.items() if not any(visible))
    assert not unseen, f"no WRONG answer passes the visible tests (hidden tests untested): {unseen}"


def test_nbgrader_round_trip(lesson, scratch_course, generated):
    source = nbformat.read(paths.source_notebook(lesson), as_version=4)
    release = nbformat.read(generated(lesson) / f"{lesson}.ipynb", as_version=4)
    wrong = submissions.first_wrong_answers(source, answers.load(lesson).wrong)
    scratch_course.submit("solved", lesson, submissions.solved(release, source))
    scratch_course.submit("blank", lesson, release)
    scratch_course.submit("wrong", lesson, submissions.with_answers(release, source, wrong))
    scratch_course.autograde(lesson)
    scores = scratch_course.scores(lesson)

    tests = {meta(c)["grade_id"]: float(meta(c)["points"]) for c in source.cells if is_test(c)}
    solved = {t: scores["solved"][t][0] for t in tests}
    assert solved == tests, f"the reference solution lost points: {solved}"
    blank = {t: scores["blank"][t][0] for t in tests}
    assert not any(blank.values()), f"an unanswered notebook earned points: {blank}"
    for ex in exercises(source):
        earned = sum(scores["wrong"][t][0] for t in ex.test_ids)
        assert earned < ex.points, f"{ex.grade_id}: a wrong answer kept {earned}/{ex.points} points"
