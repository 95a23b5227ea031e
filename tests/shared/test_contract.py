"""mlmath.contract: the shared half of every exercise's hidden tests."""
import numpy as np
import pytest

from mlmath.contract import call, check_contract, check_result

rng = np.random.default_rng(3)
X = rng.normal(size=(5, 3)) * 2.7


def oracle(X):
    return np.sqrt((np.asarray(X, dtype=float) ** 2).sum(axis=1))


def good(X):
    X = np.asarray(X, dtype=float)
    m = np.abs(X).max(axis=1, keepdims=True)
    m = np.where(m > 0, m, 1.0)
    return m[:, 0] * np.sqrt(((X / m) ** 2).sum(axis=1))


def test_a_correct_answer_passes_every_kind_and_scale():
    out = check_contract(good, [X], oracle, shape=(5,), scales=(1e-170, 1e170), degree=1)
    assert out.shape == (5,)


@pytest.mark.parametrize("wrong, words", [
    (lambda X: np.sqrt((X ** 2).sum(axis=1)).astype(np.float32), "dtype float32"),
    (lambda X: np.sqrt((np.asarray(X, dtype=np.float32) ** 2).sum(axis=1)).astype(float), "wrong values"),
    (lambda X: np.sqrt((np.asarray(X) ** 2).sum(axis=1)), "integer input"),   # int in, int-ish? no: float out
    (lambda X: np.sqrt((X ** 2).sum(axis=1)), "float32 input"),
    (lambda X: np.sqrt((X.astype(float) ** 2).sum(axis=1)) if isinstance(X, np.ndarray)
     else np.zeros(5), "nested lists"),
    (lambda X: np.sqrt((np.asarray(X, dtype=float) ** 2).sum(axis=1)), "scaled"),
    (lambda X: np.sqrt((np.asarray(X, dtype=float) ** 2).sum(axis=0)), "shape"),
])
def test_wrong_answers_fail_with_a_message(wrong, words):
    with pytest.raises(AssertionError) as info:
        check_contract(wrong, [X], oracle, shape=(5,), scales=(1e-170, 1e170), degree=1)
    if words != "integer input":   # sqrt of an int sum is float64 and correct: that one passes kinds
        assert words in str(info.value)


def test_in_place_edits_are_caught():
    def centre(X):
        X -= X.mean(axis=0)
        return X
    with pytest.raises(AssertionError, match="in place"):
        call(centre, X.copy())


def test_an_object_that_equals_everything_is_not_a_result():
    class Yes:
        def __eq__(self, other):
            return True
        __array_priority__ = 1000
    with pytest.raises(AssertionError, match="NumPy array"):
        check_result(Yes(), np.zeros(3))
    with pytest.raises(AssertionError, match="real number"):
        check_result(Yes(), 1.0, scalar=True)


def test_patched_numpy_comparisons_do_not_change_the_verdict(monkeypatch):
    monkeypatch.setattr(np, "isclose", lambda *a, **k: True)
    monkeypatch.setattr(np, "allclose", lambda *a, **k: True)
    with pytest.raises(AssertionError, match="wrong values"):
        check_result(np.ones(3), np.zeros(3))


def test_scalars_must_be_float64():
    assert check_result(np.float64(2.0), 2.0, scalar=True) == 2.0
    assert check_result(2.0, 2.0, scalar=True) == 2.0
    with pytest.raises(AssertionError, match="float32"):
        check_result(np.float32(2.0), 2.0, scalar=True)
    with pytest.raises(AssertionError, match="integer"):
        check_result(2, 2.0, scalar=True)


def test_warnings_of_a_correct_answer_do_not_reach_stderr(capfd):
    """nbgrader scores a test cell zero if it writes to stderr: a right answer that warns on a
    zero row must not lose its points because of the contract's unusual inputs."""
    def normalise(X):
        X = np.asarray(X, dtype=float)
        n = np.sqrt((X ** 2).sum(axis=1, keepdims=True))
        return np.where(n > 0, X / n, 0.0)            # warns on the zero row, result is right

    Z = np.vstack([X, np.zeros(3)])
    oracle = lambda X: np.nan_to_num(np.asarray(X, float) / np.linalg.norm(np.asarray(X, float), axis=1, keepdims=True))
    import warnings as w
    with w.catch_warnings():
        w.simplefilter("always")                     # as in a fresh kernel: every warning shows
        check_contract(normalise, [Z], oracle, shape=Z.shape)
    assert capfd.readouterr().err == ""


def test_an_ndarray_subclass_is_not_a_result():
    class Agreeable(np.ndarray):
        def __array_ufunc__(self, *args, **kwargs):
            return True
    with pytest.raises(AssertionError, match="np.ndarray"):
        check_result(np.zeros(3).view(Agreeable), np.ones(3))
