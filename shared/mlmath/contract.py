"""The generic half of every exercise's docstring contract, checked the same way everywhere.

An exercise's docstring promises more than its values: inputs left unchanged, a float64 result
for float64, float32, integer and list inputs, a shape, and correct answers over a range of
scales. Those promises are the same in every lesson, and so are the wrong answers that break them
(an in-place edit, float32 arithmetic, an absolute threshold that only works near 1). Hidden tests
call this module for that half and keep the exercise-specific checks beside it::

    from mlmath.contract import check_contract

    def _oracle(X):                       # an independent computation, written in the test
        return np.sqrt((X ** 2).sum(axis=1))

    check_contract(row_norms, [_X], _oracle, shape=(5,), scales=(1e-150, 1e150), degree=1)

Every failure is an ``AssertionError`` whose message tells the student, in words, which promise
the answer broke, never the expected values. The module holds no solution: an oracle is passed
in by the test that uses it.

The comparison functions used here are bound when the module is imported (before any student
code runs), so a submission that replaces ``np.allclose`` or ``np.isclose`` does not change how
its results are judged.
"""
from __future__ import annotations

import copy
import math
import numbers
import warnings

import numpy as np

# Bound at import: student code that patches numpy later cannot change these.
_isclose = np.isclose
_array_equal = np.array_equal
_asarray = np.asarray
_isfinite = np.isfinite
_ndarray = np.ndarray
_float64 = np.float64
_inf = math.inf

#: Input kinds a contract usually promises to accept, besides float64 arrays.
KINDS = ("float32", "int", "list")


def call(func, *args, name: str | None = None, **kwargs):
    """``func(*args, **kwargs)``, failing if the call changed any argument in place."""
    label = name or getattr(func, "__name__", "your function")
    before = [copy.deepcopy(a) for a in args]
    before_kw = {k: copy.deepcopy(v) for k, v in kwargs.items()}
    result = _quietly(func, *args, **kwargs)
    changed = [i for i, (a, b) in enumerate(zip(args, before)) if not _same(a, b)]
    changed += [k for k, v in kwargs.items() if not _same(v, before_kw[k])]
    if changed:
        which = ", ".join(f"argument {c + 1}" if isinstance(c, int) else f"`{c}`" for c in changed)
        raise AssertionError(
            f"{label} changed its input in place ({which}); the contract says inputs are left "
            "unchanged. Work on a copy (e.g. `X = X - X.mean(0)` rather than `X -= ...`).")
    return result


def check_result(result, expected=None, *, shape=None, rtol: float = 1e-10, atol: float = 0.0,
                 scalar: bool = False, what: str = "the result", name: str = "your function"):
    """``result`` is what the contract promises: a real float64 array (or a float when
    ``scalar``), of ``shape`` if given, equal to ``expected`` within ``rtol``/``atol``.

    Returns the result as a float64 ndarray. An object that is not a number or an ndarray (one
    that claims to equal anything, say) fails here, before any comparison."""
    if scalar:
        if isinstance(result, _ndarray) and result.shape == ():
            result = result[()]
        if not isinstance(result, (numbers.Real, np.floating, np.integer)) or \
                isinstance(result, bool):
            raise AssertionError(f"{name} must return a real number for {what}, "
                                 f"not a {type(result).__name__}.")
        if isinstance(result, (np.floating, np.integer)) and not isinstance(result, _float64):
            raise AssertionError(f"{name} returned a {type(result).__name__} for {what}; "
                                 "the contract promises float64 precision (compute in float64).")
        if isinstance(result, (int, np.integer)):
            raise AssertionError(f"{name} returned an integer for {what}; the contract promises "
                                 "a float.")
        values = _asarray(float(result))
    else:
        if type(result) is not _ndarray:  # a subclass can redefine comparisons and ufuncs
            raise AssertionError(f"{name} must return a NumPy array (np.ndarray) for {what}, "
                                 f"not a {type(result).__name__}.")
        if result.dtype != _float64:
            raise AssertionError(
                f"{name} returned dtype {result.dtype} for {what}; the contract promises a "
                "float64 array (convert with np.asarray(x, dtype=float) and compute in float64).")
        values = result
        if shape is not None and tuple(result.shape) != tuple(shape):
            raise AssertionError(f"{name} returned shape {tuple(result.shape)} for {what}; "
                                 f"the contract promises shape {tuple(shape)}.")
    if expected is not None:
        want = _asarray(expected, dtype=float)
        if want.shape != values.shape:
            raise AssertionError(f"{name} returned shape {values.shape} for {what}, not the "
                                 f"promised {want.shape}.")
        if not _close(values, want, rtol, atol):
            raise AssertionError(f"{name} gives wrong values for {what}.")
    return values


def check_contract(func, args, oracle, *, kwargs=None, shape=None, scalar: bool = False,
                   rtol: float = 1e-10, atol: float = 0.0, kinds=KINDS, arrays=None,
                   scales=(), degree: float | None = None, name: str | None = None):
    """Check the generic contract of ``func`` on one irregular input.

    args    : the positional arguments (float64 arrays where the contract takes arrays)
    oracle  : an independent computation, called with the same arguments, giving the expected
              result; it is only ever called with float64 arrays
    shape   : the promised shape of the result (``scalar=True`` for a float)
    kinds   : which other input kinds the contract accepts: "float32", "int", "list"; each is
              made from the float64 arguments and must still give a float64 result accurate to
              float64 precision (the oracle sees the same, converted, values in float64)
    arrays  : indices of the arguments to convert and scale (default: every float ndarray)
    scales  : factors c the contract promises to work at: f is called at c * x for the
              arguments in ``arrays``; expected ``c**degree * oracle(x)`` when ``degree`` is
              given (homogeneous functions), else ``oracle(c * x)``
    Also checks that no call changes its arguments. Returns the float64 result for ``args``.
    """
    kwargs = dict(kwargs or {})
    label = name or getattr(func, "__name__", "your function")
    which = [i for i, a in enumerate(args) if isinstance(a, _ndarray) and a.dtype.kind == "f"] \
        if arrays is None else list(arrays)

    def run(call_args, expected, what, tol=rtol):
        got = call(func, *call_args, name=label, **kwargs)
        return check_result(got, expected, shape=shape, rtol=tol, atol=atol, scalar=scalar,
                            what=what, name=label)

    base = run(list(args), _quietly(oracle, *args, **kwargs), "a float64 input")
    for kind in kinds:
        given, as_float = list(args), list(args)
        for i in which:
            a = _asarray(args[i])
            if kind == "float32":
                narrowed = a.astype(np.float32)
                given[i], as_float[i] = narrowed, narrowed.astype(np.float64)
            elif kind == "int":
                ints = np.round(a * (3.0 / max(float(np.max(np.abs(a))), 1e-300))).astype(np.int64) \
                    if a.size else a.astype(np.int64)
                given[i], as_float[i] = ints, ints.astype(np.float64)
            elif kind == "list":
                given[i], as_float[i] = a.tolist(), a
            else:
                raise ValueError(f"unknown input kind {kind!r}")
        try:
            expected = _quietly(oracle, *as_float, **kwargs)
        except Exception:  # an input kind the oracle cannot value (e.g. a singular int matrix)
            continue
        if kind != "list" and not np.all(_isfinite(_asarray(expected, dtype=float))):
            continue
        run(given, expected, {"float32": "a float32 input (the result must still be float64, "
                                         "computed in float64)",
                              "int": "an integer input",
                              "list": "nested lists instead of an array"}[kind])
    for c in scales:
        given = list(args)
        for i in which:
            given[i] = _asarray(args[i], dtype=float) * c
        expected = (c ** degree) * _asarray(_quietly(oracle, *args, **kwargs), dtype=float) \
            if degree is not None else _quietly(oracle, *given, **kwargs)
        run(given, expected, f"inputs scaled by {c:g} (no absolute thresholds: the contract "
                             "holds at every scale)")
    return base


def _quietly(func, *args, **kwargs):
    """``func(*args, **kwargs)`` with NumPy's floating-point warnings and Python warnings off.

    nbgrader scores a test cell zero if it writes anything to stderr, and a correct answer may
    warn on the unusual inputs a contract check makes (``np.where(n > 0, X / n, 0)`` warns on a
    zero row although its result is right): the check judges results, not warnings."""
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        return func(*args, **kwargs)


def _close(a, b, rtol, atol) -> bool:
    a, b = _asarray(a, dtype=float), _asarray(b, dtype=float)
    same_nonfinite = _array_equal(~_isfinite(a), ~_isfinite(b)) and \
        _array_equal(a[~_isfinite(a)], b[~_isfinite(b)], equal_nan=True)
    if not same_nonfinite:
        return False
    fa, fb = a[_isfinite(a)], b[_isfinite(b)]
    return bool(np.all(_isclose(fa, fb, rtol=rtol, atol=atol)))


def _same(a, b) -> bool:
    """Equal in value, shape and dtype (NaNs equal), for arrays, lists, tuples, dicts, scalars."""
    if isinstance(a, _ndarray) or isinstance(b, _ndarray):
        return isinstance(a, _ndarray) and isinstance(b, _ndarray) and a.dtype == b.dtype and \
            a.shape == b.shape and _array_equal(a, b, equal_nan=a.dtype.kind in "fc")
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return type(a) is type(b) and len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    try:
        return bool(a == b) or (a != a and b != b)
    except Exception:
        return True  # objects that cannot be compared are not checked
