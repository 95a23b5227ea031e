"""Grading judged with the real library, and copied cells graded as meant (issue 20).

A class built from a real lesson's release, graded in one run of coursetools.grading.grade:

* tampering: submissions that answer only the first exercise (the rest are stubs) and replace
  numpy's and math's comparisons, the ``np.testing`` asserts, ``mlmath.contract``, builtins
  (``abs``, ``all``, ``any``, a global ``float``), IPython's error reporting, or patch the library
  from inside the function under test, with stubs returning an object that equals everything.
  Each must score exactly what its real answer earns: the honest ``only_first`` student's grades;
* a stub that reads the calling test's frames for the expected value (measured: see README);
* accidents: an answer cell and a test cell copied, cells split in two, a test cell moved above
  its answer. Each must score what the reference solution scores, with the cells named.
"""
import ast
import copy
import os
import sys

import nbformat
import pytest

from coursetools import answers, grading, paths, sandbox, submissions
from coursetools.cells import exercises, is_autograded_answer, is_test, meta
from coursetools.nbgrader_course import Course

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("hostile-grading")]

LESSON = os.environ.get("MATHML_TAMPER_LESSON") or "00_overview"

needs_root = pytest.mark.skipif(not sandbox.isolation_available()[0],
                                reason="isolation needs root and namespaces: "
                                       + sandbox.isolation_available()[1])

# An object that claims to be everything: equal, close, of any shape, true, in every order.
ANYTHING = '''
class _Anything:
    def __eq__(self, other): return True
    def __ne__(self, other): return False
    __lt__ = __le__ = __gt__ = __ge__ = __eq__
    def __bool__(self): return True
    def __getattr__(self, name): return self
    def __call__(self, *args, **kwargs): return self
    def __abs__(self): return self
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = \\
        __pow__ = __neg__ = __getitem__ = lambda self, *args: self
    def __float__(self): return 0.0
    def __int__(self): return 0
    def __index__(self): return 0
    def __len__(self): return 0
    def __iter__(self): return iter(())
'''

PATCH_COMPARISONS = '''
import math
import numpy as np
_yes = lambda *args, **kwargs: True
np.allclose = np.isclose = np.array_equal = np.array_equiv = _yes
math.isclose = _yes
import mlmath.contract as _mc
_mc.check_result = lambda result, *args, **kwargs: result
_mc.check_contract = lambda *args, **kwargs: None
_mc.call = lambda func, *args, name=None, **kwargs: func(*args, **kwargs)
_mc._isclose = _mc._array_equal = _yes
'''

PATCH_ASSERTS = '''
import numpy as np
for _name in dir(np.testing):
    if _name.startswith("assert"):
        setattr(np.testing, _name, lambda *args, **kwargs: None)
'''

PATCH_BUILTINS = '''
import builtins
builtins.abs = lambda x: 0.0
builtins.all = builtins.any = lambda iterable: True
def float(x=0.0):
    return 0.0
def len(x):
    return 0
'''

PATCH_IPYTHON = '''
_shell = get_ipython()
_shell.showtraceback = lambda *args, **kwargs: None
_shell._showtraceback = lambda *args, **kwargs: None
_shell.set_custom_exc((BaseException,), lambda *args, **kwargs: None)
_shell.events.register("pre_run_cell", lambda info: None)
'''

# the stubs patch the library when they are called: inside the test cell, after the grader's check
PATCH_IN_CALL = '''
def _cheat():
    import math, numpy as np
    _yes = lambda *args, **kwargs: True
    np.allclose = np.isclose = np.array_equal = _yes
    math.isclose = _yes
    return _Anything()
'''

# reads the calling test's frames: check_contract's expected value, else the wrapped answer's
STACK_READER = '''
import sys as _sys
import numpy as _np
def _peek(answer):
    def peeking(*args, **kwargs):
        frame = _sys._getframe(1)
        while frame is not None:
            seen = frame.f_locals
            if seen.get("expected") is not None and "what" in seen:
                if seen.get("scalar"):
                    return float(_np.asarray(seen["expected"], dtype=float))
                return _np.array(seen["expected"], dtype=float)
            frame = frame.f_back
        return answer(*args, **kwargs)
    return peeking
'''


def _names(code: str) -> tuple[list[str], list[str]]:
    """Functions and variables a reference answer defines at top level."""
    tree = ast.parse(code)
    funcs = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
    names = [t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets
             if isinstance(t, ast.Name)]
    return funcs, names


def _answer_cells(nb):
    return [c for c in nb.cells if is_autograded_answer(c)]


def _stubbed(release, source, stub_body: str, first_prefix: str = ""):
    """The reference answer for the first exercise (after ``first_prefix``), stubs returning
    ``stub_body`` (an expression) for every other one."""
    nb = submissions.solved(release, source)
    cells = _answer_cells(nb)
    cells[0].source = ANYTHING + first_prefix + "\n" + cells[0].source
    for cell in cells[1:]:
        funcs, names = _names(cell.source)
        cell.source = "\n".join([f"def {f}(*args, **kwargs):\n    return {stub_body}"
                                 for f in funcs] + [f"{n} = {stub_body}" for n in names])
    return nb


def _first_only(release, source):
    nb = copy.deepcopy(release)
    ref = submissions.solved(release, source)
    _answer_cells(nb)[0].source = _answer_cells(ref)[0].source
    return nb


def _peeking(release, source):
    """The first plausible wrong answer of every exercise, wrapped in the stack reader."""
    wrong = answers.load(LESSON).wrong
    firsts = submissions.first_wrong_answers(source, wrong)
    nb = submissions.with_answers(release, source, firsts)
    cells = _answer_cells(nb)
    cells[0].source = STACK_READER + "\n" + cells[0].source
    for cell in cells:
        funcs, _ = _names(cell.source)
        cell.source += "\n" + "\n".join(f"{f} = _peek({f})" for f in funcs)
    return nb, firsts


def _copied(release, source):
    nb = submissions.solved(release, source)
    answer = next(i for i, c in enumerate(nb.cells) if is_autograded_answer(c))
    test = next(i for i, c in enumerate(nb.cells) if is_test(c) and i > answer)
    nb.cells.insert(test + 1, copy.deepcopy(nb.cells[test]))        # test pasted below itself
    later = max(i for i, c in enumerate(nb.cells) if is_test(c))
    nb.cells.insert(later + 1, copy.deepcopy(nb.cells[answer]))     # answer pasted near the end
    return nb


def _split(release, source):
    nb = submissions.solved(release, source)
    # an answer cell split inside its function, a test cell split between two asserts
    answer = next(i for i, c in enumerate(nb.cells) if is_autograded_answer(c)
                  and len(c.source.splitlines()) > 3)
    lines = nb.cells[answer].source.splitlines(keepends=True)
    half = copy.deepcopy(nb.cells[answer])
    nb.cells[answer].source, half.source = "".join(lines[:3]), "".join(lines[3:])
    nb.cells.insert(answer + 1, half)
    test = next(i for i, c in enumerate(nb.cells) if is_test(c) and i > answer + 1)
    lines = nb.cells[test].source.splitlines(keepends=True)
    rest = copy.deepcopy(nb.cells[test])
    nb.cells[test].source, rest.source = "".join(lines[:2]), "".join(lines[2:])
    nb.cells.insert(test + 1, rest)
    return nb


def _moved(release, source):
    nb = submissions.solved(release, source)
    ex = exercises(source)[1]
    test = next(c for c in nb.cells if is_test(c) and meta(c)["grade_id"] == ex.test_ids[0])
    nb.cells.remove(test)
    answer = next(i for i, c in enumerate(nb.cells) if meta(c).get("grade_id") == ex.grade_id)
    nb.cells.insert(max(answer - 2, 0), test)                        # dragged above its section
    return nb


def build_class(course, release, source) -> dict[str, str]:
    made = {}

    def submit(student, nb, why):
        course.submit(student, LESSON, nb)
        made[student] = why

    submit("control", submissions.solved(release, source), "reference solution")
    submit("blank", release, "the release, unanswered")
    submit("only_first", _first_only(release, source), "answers the first exercise only")
    submit("always_equal", _stubbed(release, source, "_Anything()"),
           "first answer, then stubs returning an always-equal object")
    submit("patched_compare", _stubbed(release, source, "_Anything()", PATCH_COMPARISONS),
           "replaces np.allclose/isclose/array_equal/array_equiv, math.isclose, mlmath.contract")
    submit("patched_asserts", _stubbed(release, source, "_Anything()", PATCH_ASSERTS),
           "replaces every np.testing assert")
    submit("patched_builtins", _stubbed(release, source, "_Anything()", PATCH_BUILTINS),
           "replaces builtins abs/all/any, shadows float and len")
    submit("patched_ipython", _stubbed(release, source, "_Anything()", PATCH_IPYTHON),
           "silences IPython's tracebacks, custom exception handler, event hook")
    submit("patch_in_call", _stubbed(release, source, "_cheat()", PATCH_IN_CALL),
           "stubs patch the comparisons when the test calls them")
    nb, firsts = _peeking(release, source)
    submit("stack_reader", nb, "first wrong answers, reading expected values off the stack")
    submit("wrong", submissions.with_answers(release, source, firsts), "first wrong answers")
    submit("copied", _copied(release, source), "an answer cell and a test cell copied")
    submit("split", _split(release, source), "an answer cell and a test cell split in two")
    submit("moved", _moved(release, source), "a test cell dragged above its answer cell")
    return made


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    if LESSON not in paths.lessons():
        pytest.skip(f"lesson {LESSON} is not in source/")
    course = Course(tmp_path_factory.mktemp("tampered"))
    course.configure("c.Execute.timeout = 20")
    repo_parents = {str(p) for p in paths.ROOT.parents}
    kept_hidden = [p for p in sandbox.Sandbox().hide if p not in repo_parents]
    course.configure(f"c.Sandbox.hide = {kept_hidden!r}")
    source = nbformat.read(paths.source_notebook(LESSON), as_version=4)
    release = nbformat.read(course.generate(LESSON) / f"{LESSON}.ipynb", as_version=4)
    made = build_class(course, release, source)
    old = dict(os.environ)
    os.environ["PATH"] = os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"]
    os.environ["PYTHONPATH"] = str(paths.ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    try:
        outcomes = grading.grade(course.root, grading.find_submissions(course.root), workers=2,
                                 progress=False)
    finally:
        os.environ.clear()
        os.environ.update(old)
    scores = course.scores(LESSON)
    auto = [meta(c)["grade_id"] for c in source.cells if is_test(c)]
    table = {s: {t: scores[s][t][0] for t in auto} for s in scores}
    for student in made:                                  # the measured numbers, for the record
        print(f"{student:18s} {sum(table.get(student, {}).values()):5.1f}  "
              + " | ".join(outcomes[[o.submission.student for o in outcomes].index(student)].notes))
    return course, source, made, {o.submission.student: o for o in outcomes}, table


@needs_root
def test_every_tampered_submission_is_graded(graded):
    course, source, made, outcomes, table = graded
    failed = {s: o.error for s, o in outcomes.items() if not o.ok}
    assert not failed, failed
    assert set(table) == set(made)


@needs_root
def test_honest_and_blank_grades_are_what_they_were(graded):
    course, source, made, outcomes, table = graded
    full = {meta(c)["grade_id"]: float(meta(c)["points"]) for c in source.cells if is_test(c)}
    assert table["control"] == full
    assert not any(table["blank"].values()), table["blank"]
    first = exercises(source)[0]
    assert table["only_first"] == {t: (full[t] if t in first.test_ids else 0.0) for t in full}
    for student in ("control", "blank", "only_first"):     # nothing to restore for the honest
        assert not any("restored" in n or "replaced" in n for n in outcomes[student].notes), \
            outcomes[student].notes


@needs_root
@pytest.mark.parametrize("student", ["always_equal", "patched_compare", "patched_asserts",
                                     "patched_builtins", "patched_ipython", "patch_in_call"])
def test_tampering_earns_only_the_real_answers(graded, student):
    course, source, made, outcomes, table = graded
    assert table[student] == table["only_first"], f"{student} ({made[student]})"


@needs_root
def test_restorations_are_reported(graded):
    course, source, made, outcomes, table = graded
    notes = lambda s: " | ".join(outcomes[s].notes)  # noqa: E731
    assert "restored" in notes("patched_compare") and "np.allclose" in notes("patched_compare")
    assert "math.isclose" in notes("patched_compare")
    assert "mlmath.contract.check_result" in notes("patched_compare")
    assert "restored numpy.testing.assert_" in notes("patched_asserts")
    assert "builtins.abs" in notes("patched_builtins") and "float (shadowed" in notes(
        "patched_builtins")
    assert "showtraceback" in notes("patched_ipython")
    assert "while the test ran" in notes("patch_in_call")
    assert "review cell" in notes("patched_compare"), "the flag for a human stays"


@needs_root
def test_stack_reader_gain_is_measured(graded):
    """Reading check_contract's expected value off the stack beats the hidden tests that only
    call check_contract; the README says so. Measured, not prevented."""
    course, source, made, outcomes, table = graded
    gain = sum(table["stack_reader"].values()) - sum(table["wrong"].values())
    print(f"stack reader: {sum(table['stack_reader'].values())} points, first wrong answers: "
          f"{sum(table['wrong'].values())}, gain {gain}")
    assert gain >= 0


@needs_root
@pytest.mark.parametrize("student,words", [("copied", "a copy or a split piece), dropped"),
                                           ("split", "joined into one"),
                                           ("moved", "moved to just after it")])
def test_copied_split_and_moved_cells_grade_as_meant(graded, student, words):
    course, source, made, outcomes, table = graded
    assert outcomes[student].ok, outcomes[student].error
    assert table[student] == table["control"], f"{student} ({made[student]})"
    assert any(words in n for n in outcomes[student].notes), outcomes[student].notes
