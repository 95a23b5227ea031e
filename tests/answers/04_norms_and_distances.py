"""Alternative correct answers and plausible wrong answers for lesson 04 (norms and distances).

Each code string replaces the whole answer cell of its exercise; it runs in the lesson's kernel, so
``np``, ``scipy``, ``distance`` and the reference answers of earlier exercises are available. The
first WRONG answer of every exercise passes that exercise's visible tests: only the hidden tests
catch it (it is also the one submitted in the nbgrader round trip).
"""

CORRECT = {
    "ex_normalize_rows": {
        "loop over rows, each rescaled by its largest magnitude": '''
def normalize_rows(X):
    X = np.asarray(X, dtype=float)
    out = np.zeros(X.shape)
    for i, row in enumerate(X):
        peak = np.max(np.abs(row))
        if peak > 0:
            row = row / peak
            out[i] = row / np.sqrt(np.sum(row ** 2))
    return out
''',
        "np.divide with where= and out=, after rescaling": '''
def normalize_rows(X):
    X = np.array(X, dtype=np.float64)
    m = np.abs(X).max(axis=1, keepdims=True)
    X = np.divide(X, m, out=np.zeros_like(X), where=m > 0)
    n = np.sqrt(np.sum(X * X, axis=1, keepdims=True))
    return np.divide(X, n, out=np.zeros_like(X), where=n > 0)
''',
        "divides, then turns the NaN of zero rows into 0": '''
def normalize_rows(X):
    X = np.asarray(X, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        A = X / np.abs(X).max(axis=1, keepdims=True)
        U = A / np.linalg.norm(A, axis=1)[:, None]
    return np.nan_to_num(U, nan=0.0)
''',
        "rescales by the largest entry first": '''
def normalize_rows(X):
    X = np.asarray(X, dtype=float)
    m = np.max(np.abs(X), axis=1, keepdims=True)
    m = np.where(m > 0, m, 1.0)
    A = X / m
    n = np.linalg.norm(A, axis=1, keepdims=True)
    return A / np.where(n > 0, n, 1.0)
''',
        "scipy.linalg.norm row by row (BLAS nrm2 rescales)": '''
def normalize_rows(X):
    X = np.asarray(X, dtype=np.float64)
    U = np.zeros_like(X)
    for i in range(len(X)):
        length = scipy.linalg.norm(X[i])
        if length > 0:
            U[i] = X[i] / length
    return U
''',
        "np.hypot.reduce per row (overflow-safe length)": '''
def normalize_rows(X):
    X = np.array(X, dtype=np.float64)
    lengths = np.hypot.reduce(X, axis=1)[:, None]
    return np.divide(X, lengths, out=np.zeros_like(X), where=lengths > 0)
''',
        "Python loop, math.fsum after rescaling": '''
import math
def normalize_rows(X):
    rows = np.array(X, dtype=np.float64)
    out = np.zeros_like(rows)
    for i in range(rows.shape[0]):
        peak = max(abs(float(v)) for v in rows[i])
        if peak == 0.0:
            continue
        scaled = rows[i] / peak
        out[i] = scaled / math.sqrt(math.fsum(float(v) * float(v) for v in scaled))
    return out
''',
    },
    "ex_lp_norm": {
        "loop over rows with math": '''
def lp_norm(X, p):
    X = np.asarray(X, dtype=float)
    rows = X[None, :] if X.ndim == 1 else X
    out = []
    for row in rows:
        m = float(np.max(np.abs(row)))
        if np.isinf(p):
            out.append(m)
        elif m == 0.0:
            out.append(0.0)
        else:
            out.append(m * float(np.sum((np.abs(row) / m) ** p)) ** (1.0 / p))
    return out[0] if X.ndim == 1 else np.array(out)
''',
        "log-sum-exp in log space": '''
def lp_norm(X, p):
    from scipy.special import logsumexp
    A = np.abs(np.asarray(X, dtype=float))
    if np.isinf(p):
        return A.max(axis=-1)
    with np.errstate(divide="ignore"):
        logs = np.log(A)
    return np.exp(logsumexp(p * logs, axis=-1) / p)
''',
        "np.linalg.norm on the rescaled rows": '''
def lp_norm(X, p):
    A = np.abs(np.asarray(X, dtype=np.float64))
    m = A.max(axis=-1, keepdims=True)
    safe = np.where(m > 0, m, 1.0)
    return np.squeeze(safe, -1) * np.linalg.norm(A / safe, ord=p, axis=-1)
''',
        "atleast_2d, returns a Python float for 1-D input": '''
def lp_norm(X, p):
    A = np.atleast_2d(np.abs(X)).astype(np.float64)
    m = A.max(axis=1)
    if p == np.inf:
        r = m
    else:
        s = np.where(m > 0, m, 1.0)
        r = m * np.sum((A / s[:, None]) ** p, axis=1) ** (1 / p)
    return float(r[0]) if np.ndim(X) == 1 else r
''',
        "Python loop over rows with math.fsum": '''
import math
def lp_norm(X, p):
    A = np.array(X, dtype=np.float64)
    single = A.ndim == 1
    A = np.atleast_2d(A)
    out = np.zeros(A.shape[0])
    for i, row in enumerate(A):
        m = float(np.max(np.abs(row)))
        if m == 0.0:
            continue
        if np.isinf(p):
            out[i] = m
        else:
            out[i] = m * math.fsum(abs(float(v) / m) ** p for v in row) ** (1.0 / p)
    return out[0] if single else out
''',
        "np.linalg.norm(ord=p) on the rescaled rows": '''
def lp_norm(X, p):
    A = np.asarray(X, dtype=np.float64)
    m = np.max(np.abs(A), axis=-1, keepdims=True)
    safe = np.where(m > 0, m, 1.0)
    return np.squeeze(safe, -1) * np.linalg.norm(A / safe, ord=p, axis=-1)
''',
    },
    "ex_matrix_norms": {
        "np.linalg.norm over the last two axes": '''
def matrix_norms(A):
    A = np.asarray(A, dtype=float)
    ax = (-2, -1)
    return np.linalg.norm(A, "fro", axis=ax), np.linalg.norm(A, 2, axis=ax), np.linalg.norm(A, "nuc", axis=ax)
''',
        "eigenvalues of the smaller Gram matrix": '''
def matrix_norms(A):
    A = np.asarray(A, dtype=float)
    G = A @ np.swapaxes(A, -1, -2) if A.shape[-2] <= A.shape[-1] else np.swapaxes(A, -1, -2) @ A
    lam = np.clip(np.linalg.eigvalsh(G), 0.0, None)   # ascending
    return np.sqrt(lam.sum(axis=-1)), np.sqrt(lam[..., -1]), np.sqrt(lam).sum(axis=-1)
''',
        "recursion over the stack, Python floats for one matrix": '''
def matrix_norms(A):
    A = np.asarray(A, dtype=float)
    if A.ndim == 2:
        s = np.linalg.svd(A, compute_uv=False)
        return float(np.sqrt(np.sum(s ** 2))), float(s.max()), float(s.sum())
    res = [matrix_norms(M) for M in A]
    return tuple(np.array(v) for v in zip(*res))
''',
        "Frobenius from the entries, spectral as max": '''
def matrix_norms(A):
    A = np.array(A, dtype=np.float64)
    s = np.linalg.svd(A, compute_uv=False)
    return np.sqrt((A ** 2).sum(axis=(-2, -1))), s.max(axis=-1), s.sum(axis=-1)
''',
        "loop over the stack with np.linalg.norm orders": '''
def matrix_norms(A):
    A = np.asarray(A, dtype=np.float64)
    stack = A if A.ndim == 3 else A[None]
    fro = np.array([np.linalg.norm(M, "fro") for M in stack])
    spec = np.array([np.linalg.norm(M, 2) for M in stack])
    nuc = np.array([np.linalg.norm(M, "nuc") for M in stack])
    if A.ndim == 2:
        return fro[0], spec[0], nuc[0]
    return fro, spec, nuc
''',
        "Frobenius from the entries, the others from eigvalsh of A^T A": '''
def matrix_norms(A):
    A = np.asarray(A, dtype=np.float64)
    fro = np.sqrt(np.sum(A * A, axis=(-2, -1)))
    s = np.linalg.svd(A, compute_uv=False)
    return fro, s.max(axis=-1), s.sum(axis=-1)
''',
    },
    "ex_cosine_similarity": {
        "reuses normalize_rows": '''
def cosine_similarity_matrix(X, Y):
    return normalize_rows(X) @ normalize_rows(Y).T
''',
        "double loop over rescaled vectors": '''
def cosine_similarity_matrix(X, Y):
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    S = np.zeros((len(X), len(Y)))
    for i, x in enumerate(X):
        for j, y in enumerate(Y):
            mx, my = np.abs(x).max(), np.abs(y).max()
            if mx > 0 and my > 0:
                x1, y1 = x / mx, y / my
                S[i, j] = x1 @ y1 / (np.linalg.norm(x1) * np.linalg.norm(y1))
    return S
''',
        "scipy.linalg.norm per row, divide where non-zero": '''
def cosine_similarity_matrix(X, Y):
    def unit(M):
        M = np.asarray(M, dtype=np.float64)
        n = np.array([scipy.linalg.norm(r) for r in M])[:, None]
        return np.divide(M, n, out=np.zeros_like(M), where=n > 0)
    return unit(X) @ unit(Y).T
''',
        "normalised rows, result clipped to [-1, 1]": '''
def cosine_similarity_matrix(X, Y):
    S = normalize_rows(X) @ normalize_rows(Y).T
    return np.clip(S, -1.0, 1.0)
''',
        "double loop, each vector rescaled by its peak": '''
def cosine_similarity_matrix(X, Y):
    X = np.array(X, dtype=np.float64)
    Y = np.array(Y, dtype=np.float64)
    def unit(v):
        peak = np.max(np.abs(v))
        if peak == 0:
            return None
        v = v / peak
        return v / np.sqrt(v @ v)
    S = np.zeros((len(X), len(Y)))
    for i, x in enumerate(X):
        ux = unit(x)
        for j, y in enumerate(Y):
            uy = unit(y)
            if ux is not None and uy is not None:
                S[i, j] = ux @ uy
    return S
''',
        "hypot.reduce lengths, one matrix product": '''
def cosine_similarity_matrix(X, Y):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    def unit_rows(A):
        n = np.hypot.reduce(A, axis=1)[:, None]
        return np.divide(A, n, out=np.zeros_like(A), where=n > 0)
    return unit_rows(X) @ unit_rows(Y).T
''',
    },
    "ex_metric_axioms": {
        "explicit loops over a distance table": '''
def check_metric_axioms(dist, points, tol=1e-9):
    n = len(points)
    T = [[dist(points[i], points[j]) for j in range(n)] for i in range(n)]
    ok = {"non_negative": True, "identity": True, "symmetry": True, "triangle": True}
    for i in range(n):
        for j in range(n):
            if T[i][j] < -tol:
                ok["non_negative"] = False
            equal = bool(np.array_equal(points[i], points[j]))
            if (equal and abs(T[i][j]) > tol) or (not equal and T[i][j] <= tol):
                ok["identity"] = False
            if abs(T[i][j] - T[j][i]) > tol:
                ok["symmetry"] = False
            for k in range(n):
                if T[i][k] > T[i][j] + T[j][k] + tol:
                    ok["triangle"] = False
    return ok
''',
        "calls dist inside the triple loop": '''
def check_metric_axioms(dist, points, tol=1e-9):
    n = len(points)
    same = lambda a, b: bool(np.all(points[a] == points[b]))
    pairs = [(i, j) for i in range(n) for j in range(n)]
    return {
        "non_negative": all(dist(points[i], points[j]) >= -tol for i, j in pairs),
        "identity": all((abs(dist(points[i], points[j])) <= tol) if same(i, j)
                        else (dist(points[i], points[j]) > tol) for i, j in pairs),
        "symmetry": all(abs(dist(points[i], points[j]) - dist(points[j], points[i])) <= tol for i, j in pairs),
        "triangle": all(dist(points[i], points[k]) <= dist(points[i], points[j]) + dist(points[j], points[k]) + tol
                        for i, j in pairs for k in range(n)),
    }
''',
        "table built as T[i, j] = dist(x_j, x_i) (the transpose)": '''
def check_metric_axioms(dist, points, tol=1e-9):
    n = len(points)
    points = np.asarray(points)
    T = np.array([[dist(points[j], points[i]) for j in range(n)] for i in range(n)], dtype=float)
    same = (points[:, None, :] == points[None, :, :]).all(-1)
    return {
        "non_negative": bool((T >= -tol).all()),
        "identity": bool((np.abs(T[same]) <= tol).all() and (T[~same] > tol).all()),
        "symmetry": bool(np.allclose(T, T.T, rtol=0, atol=tol)),
        "triangle": bool((T[:, None, :] <= T[:, :, None] + T[None, :, :] + tol).all()),
    }
''',
        "np.unique labels for equal rows, NumPy bools": '''
def check_metric_axioms(dist, points, tol=1e-9):
    n = len(points)
    T = np.array([[dist(a, b) for b in points] for a in points], dtype=float)
    _, lab = np.unique(points, axis=0, return_inverse=True)
    lab = np.ravel(lab)
    same = lab[:, None] == lab[None, :]
    return {
        "non_negative": np.all(T >= -tol),
        "identity": np.all(np.abs(T[same]) <= tol) and np.all(T[~same] > tol),
        "symmetry": np.all(np.abs(T - T.T) <= tol),
        "triangle": np.all(T[:, None, :] <= T[:, :, None] + T[None, :, :] + tol),
    }
''',
        "triple Python loop": '''
def check_metric_axioms(dist, points, tol=1e-9):
    P = np.asarray(points)
    n = len(P)
    T = [[float(dist(P[i], P[j])) for j in range(n)] for i in range(n)]
    same = [[bool(np.array_equal(P[i], P[j])) for j in range(n)] for i in range(n)]
    non_neg = all(T[i][j] >= -tol for i in range(n) for j in range(n))
    ident = all((abs(T[i][j]) <= tol) if same[i][j] else (T[i][j] > tol) for i in range(n) for j in range(n))
    sym = all(abs(T[i][j] - T[j][i]) <= tol for i in range(n) for j in range(n))
    tri = all(T[i][k] <= T[i][j] + T[j][k] + tol for i in range(n) for j in range(n) for k in range(n))
    return {"non_negative": non_neg, "identity": ident, "symmetry": sym, "triangle": tri}
''',
        "vectorised table, equal rows by broadcasting": '''
def check_metric_axioms(dist, points, tol=1e-9):
    P = np.asarray(points)
    n = P.shape[0]
    T = np.array([[dist(P[i], P[j]) for j in range(n)] for i in range(n)], dtype=np.float64)
    equal = np.all(P[:, None, :] == P[None, :, :], axis=-1)
    return {
        "non_negative": bool(np.all(T >= -tol)),
        "identity": bool(np.all(np.where(equal, np.abs(T) <= tol, T > tol))),
        "symmetry": bool(np.all(np.abs(T - T.T) <= tol)),
        "triangle": bool(np.all(T[:, None, :] <= T[:, :, None] + T[None, :, :] + tol)),
    }
''',
    },
    "ex_pairwise_distances": {
        "double loop": '''
def pairwise_distances(X, Y=None):
    X = np.asarray(X, dtype=float)
    Y = X if Y is None else np.asarray(Y, dtype=float)
    return np.array([[np.sqrt(np.sum((x - y) ** 2)) for y in Y] for x in X])
''',
        "broadcast differences (exact, memory-hungry)": '''
def pairwise_distances(X, Y=None):
    X = np.asarray(X, dtype=np.float64)
    Y = X if Y is None else np.asarray(Y, dtype=np.float64)
    return np.sqrt(np.sum((X[:, None, :] - Y[None, :, :]) ** 2, axis=-1))
''',
        "centres first, then the expansion": '''
def pairwise_distances(X, Y=None):
    same = Y is None
    X = np.asarray(X, dtype=float)
    Y = X if same else np.asarray(Y, dtype=float)
    c = np.concatenate([X, Y]).mean(axis=0)
    Xc, Yc = X - c, Y - c
    sq = (Xc ** 2).sum(1)[:, None] + (Yc ** 2).sum(1)[None, :] - 2 * Xc @ Yc.T
    D = np.sqrt(np.clip(sq, 0, None))
    if same:
        D = (D + D.T) / 2
        np.fill_diagonal(D, 0)
    return D
''',
        "scipy cdist": '''
def pairwise_distances(X, Y=None):
    return distance.cdist(X, X if Y is None else Y)
''',
        "square root of the absolute value instead of a clamp": '''
def pairwise_distances(X, Y=None):
    same = Y is None
    X = np.asarray(X, dtype=float)
    Y = X if same else np.asarray(Y, dtype=float)
    sq = (X ** 2).sum(1)[:, None] + (Y ** 2).sum(1)[None, :] - 2 * X @ Y.T
    D = np.sqrt(np.abs(sq))
    if same:
        np.fill_diagonal(D, 0)
    return D
''',
        "einsum for the squared norms, diagonal by fancy indexing": '''
def pairwise_distances(X, Y=None):
    self_ = Y is None
    X = np.asarray(X, dtype=float)
    Y = X if self_ else np.asarray(Y, dtype=float)
    rx = np.einsum("ij,ij->i", X, X)
    ry = np.einsum("ij,ij->i", Y, Y)
    D = np.sqrt(np.maximum(rx[:, None] + ry[None, :] - 2 * np.dot(X, Y.T), 0))
    if self_:
        D[np.arange(len(X)), np.arange(len(X))] = 0
    return D
''',
        "double loop over exact differences": '''
def pairwise_distances(X, Y=None):
    X = np.array(X, dtype=np.float64)
    Y = X if Y is None else np.array(Y, dtype=np.float64)
    D = np.zeros((len(X), len(Y)))
    for i in range(len(X)):
        for j in range(len(Y)):
            D[i, j] = np.linalg.norm(X[i] - Y[j])
    return D
''',
        "expansion after centring on the mean of X": '''
def pairwise_distances(X, Y=None):
    same = Y is None
    X = np.asarray(X, dtype=np.float64)
    Y = X if same else np.asarray(Y, dtype=np.float64)
    mu = X.mean(axis=0)
    Xc, Yc = X - mu, Y - mu
    sq = np.sum(Xc ** 2, 1)[:, None] + np.sum(Yc ** 2, 1)[None, :] - 2.0 * Xc @ Yc.T
    D = np.sqrt(np.maximum(sq, 0.0))
    if same:
        D = (D + D.T) / 2
        np.fill_diagonal(D, 0.0)
    return D
''',
    },
    "ex_knn": {
        "sorted() with a (distance, index) key, row by row": '''
def knn_indices(X, k):
    X = np.asarray(X, dtype=float)
    n = len(X)
    out = []
    for i in range(n):
        cand = [(float(np.sum((X[i] - X[j]) ** 2)), j) for j in range(n) if j != i]
        out.append([j for _, j in sorted(cand)[:k]])
    return np.array(out, dtype=int).reshape(n, k)
''',
        "lexsort by (distance, index) row by row": '''
def knn_indices(X, k):
    X = np.asarray(X, dtype=float)
    n = len(X)
    D = np.sum((X[:, None] - X[None]) ** 2, -1)
    np.fill_diagonal(D, np.inf)
    idx = np.tile(np.arange(n), (n, 1))
    return np.array([np.lexsort((idx[i], D[i]))[:k] for i in range(n)])
''',
        "stable argsort, then removes index i wherever it sits": '''
def knn_indices(X, k):
    X = np.array(X, dtype=np.float64)
    D = np.linalg.norm(X[:, None, :] - X[None, :, :], axis=-1)
    order = np.argsort(D, axis=1, kind="stable")
    return np.array([[j for j in row if j != i][:k] for i, row in enumerate(order)])
''',
        "argsort down the columns of the symmetric matrix, transposed": '''
def knn_indices(X, k):
    X = np.asarray(X, dtype=float)
    D = np.sum((X[:, None] - X[None]) ** 2, -1)
    np.fill_diagonal(D, np.inf)
    return np.argsort(D, axis=0, kind="stable")[:k].T
''',
        "loop, sorted by (distance, index)": '''
def knn_indices(X, k):
    X = np.asarray(X, dtype=np.float64)
    n = len(X)
    out = np.zeros((n, k), dtype=int)
    for i in range(n):
        d2 = np.sum((X - X[i]) ** 2, axis=1)
        order = sorted((j for j in range(n) if j != i), key=lambda j: (d2[j], j))
        out[i] = order[:k]
    return out
''',
        "lexsort on (index, distance)": '''
def knn_indices(X, k):
    X = np.asarray(X, dtype=np.float64)
    n = len(X)
    D = np.sqrt(np.sum((X[:, None, :] - X[None, :, :]) ** 2, axis=-1))
    D[np.arange(n), np.arange(n)] = np.inf
    idx = np.broadcast_to(np.arange(n), (n, n))
    return np.array([np.lexsort((idx[i], D[i]))[:k] for i in range(n)])
''',
    },
    "ex_mahalanobis": {
        "explicit inverse and einsum": '''
def mahalanobis(X, mean, cov):
    C = np.asarray(X, dtype=float) - np.asarray(mean, dtype=float)
    return np.sqrt(np.einsum("ij,jk,ik->i", C, np.linalg.inv(cov), C))
''',
        "Cholesky whitening with a triangular solve": '''
def mahalanobis(X, mean, cov):
    L = np.linalg.cholesky(cov)
    C = np.asarray(X, dtype=np.float64) - np.asarray(mean, dtype=np.float64)
    Z = scipy.linalg.solve_triangular(L, C.T, lower=True)
    return np.linalg.norm(Z, axis=0)
''',
        "loop with scipy": '''
def mahalanobis(X, mean, cov):
    VI = np.linalg.inv(cov)
    mean = np.asarray(mean, dtype=float)
    return np.array([distance.mahalanobis(x, mean, VI) for x in np.asarray(X, dtype=float)])
''',
        "eigendecomposition whitening": '''
def mahalanobis(X, mean, cov):
    w, V = np.linalg.eigh(cov)
    Z = (np.asarray(X, dtype=float) - np.asarray(mean, dtype=float)) @ V / np.sqrt(w)
    return np.sqrt(np.sum(Z ** 2, axis=1))
''',
        "diagonal of the (n, n) matrix of quadratic forms": '''
def mahalanobis(X, mean, cov):
    C = np.subtract(X, mean, dtype=float)
    return np.sqrt(np.diag(C @ np.linalg.solve(cov, C.T)))
''',
        "Cholesky and a triangular solve": '''
def mahalanobis(X, mean, cov):
    C = np.asarray(X, dtype=np.float64) - np.asarray(mean, dtype=np.float64)
    L = np.linalg.cholesky(np.asarray(cov, dtype=np.float64))
    Z = scipy.linalg.solve_triangular(L, C.T, lower=True)
    return np.sqrt(np.sum(Z * Z, axis=0))
''',
        "loop over rows with np.linalg.solve": '''
def mahalanobis(X, mean, cov):
    X = np.asarray(X, dtype=np.float64)
    mean = np.asarray(mean, dtype=np.float64)
    cov = np.asarray(cov, dtype=np.float64)
    out = np.empty(len(X))
    for i, x in enumerate(X):
        c = x - mean
        out[i] = np.sqrt(c @ np.linalg.solve(cov, c))
    return out
''',
    },
    "ex_pairwise_mahalanobis": {
        "symmetric inverse square root, then pairwise_distances": '''
def pairwise_mahalanobis(X, cov):
    lam, V = np.linalg.eigh(cov)
    W = V @ np.diag(lam ** -0.5) @ V.T
    return pairwise_distances(X @ W)
''',
        "scipy cdist with VI": '''
def pairwise_mahalanobis(X, cov):
    D = distance.cdist(X, X, "mahalanobis", VI=np.linalg.inv(cov))
    np.fill_diagonal(D, 0.0)
    return D
''',
        "broadcast differences and a quadratic form": '''
def pairwise_mahalanobis(X, cov):
    X = np.asarray(X, dtype=float)
    diff = X[:, None, :] - X[None, :, :]
    quad = np.einsum("ijk,kl,ijl->ij", diff, np.linalg.inv(cov), diff)
    return np.sqrt(np.maximum(quad, 0.0))
''',
        "whitens with the Cholesky factor of the inverse (any W with W^T W = cov^-1 works)": '''
def pairwise_mahalanobis(X, cov):
    Z = X @ np.linalg.cholesky(np.linalg.inv(cov))
    return pairwise_distances(Z)
''',
        "X @ inv(L).T, then cdist": '''
def pairwise_mahalanobis(X, cov):
    L = np.linalg.cholesky(cov)
    Z = X @ np.linalg.inv(L).T
    return distance.cdist(Z, Z)
''',
        "whiten, then SciPy pdist/squareform": '''
def pairwise_mahalanobis(X, cov):
    X = np.asarray(X, dtype=np.float64)
    L = np.linalg.cholesky(np.asarray(cov, dtype=np.float64))
    Z = scipy.linalg.solve_triangular(L, X.T, lower=True).T
    if len(Z) == 1:
        return np.zeros((1, 1))
    return distance.squareform(distance.pdist(Z))
''',
        "whiten every pairwise difference (no pair loop)": '''
def pairwise_mahalanobis(X, cov):
    X = np.asarray(X, dtype=np.float64)
    n, d = X.shape
    L = np.linalg.cholesky(np.asarray(cov, dtype=np.float64))
    diffs = (X[:, None, :] - X[None, :, :]).reshape(-1, d)
    W = np.linalg.solve(L, diffs.T).T
    return np.linalg.norm(W, axis=1).reshape(n, n)
''',
    },
    "ex_contrast_ratio": {
        "scipy cdist": '''
def contrast_ratio(X, Q):
    D = distance.cdist(Q, X)
    with np.errstate(divide="ignore"):
        return D.max(axis=1) / D.min(axis=1)
''',
        "loop over queries": '''
def contrast_ratio(X, Q):
    X, Q = np.asarray(X, dtype=float), np.asarray(Q, dtype=float)
    out = []
    for q in Q:
        d = np.sqrt(np.sum((X - q) ** 2, axis=1))
        out.append(np.inf if d.min() == 0 else d.max() / d.min())
    return np.array(out)
''',
        "square root of the ratio of squared distances": '''
def contrast_ratio(X, Q):
    X, Q = np.asarray(X, dtype=float), np.asarray(Q, dtype=float)
    S = ((Q[:, None, :] - X[None, :, :]) ** 2).sum(-1)
    with np.errstate(divide="ignore"):
        return np.sqrt(S.max(1) / S.min(1))
''',
        "(n, m) table reduced over axis 0": '''
def contrast_ratio(X, Q):
    X, Q = np.array(X, dtype=np.float64), np.array(Q, dtype=np.float64)
    D = np.linalg.norm(X[:, None, :] - Q[None, :, :], axis=-1)   # (n, m)
    with np.errstate(divide="ignore"):
        return D.max(axis=0) / D.min(axis=0)
''',
        "ratio of squared distances, then one square root": '''
def contrast_ratio(X, Q):
    X = np.asarray(X, dtype=float)
    Q = np.asarray(Q, dtype=float)
    D2 = np.sum((Q[:, None, :] - X[None, :, :]) ** 2, axis=-1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.sqrt(D2.max(axis=1) / D2.min(axis=1))
''',
        "loop over queries, exact differences": '''
def contrast_ratio(X, Q):
    X = np.asarray(X, dtype=np.float64)
    Q = np.asarray(Q, dtype=np.float64)
    out = np.empty(len(Q))
    for j, q in enumerate(Q):
        d = np.linalg.norm(X - q, axis=1)
        out[j] = np.inf if d.min() == 0 else d.max() / d.min()
    return out
''',
        "scipy cdist, row max over row min": '''
def contrast_ratio(X, Q):
    D = distance.cdist(np.asarray(Q, dtype=np.float64), np.asarray(X, dtype=np.float64))
    with np.errstate(divide="ignore"):
        return D.max(axis=1) / D.min(axis=1)
''',
    },
}

WRONG = {
    "ex_normalize_rows": {
        "keeps float32 input in float32": '''
def normalize_rows(X):
    n = np.linalg.norm(X, axis=1, keepdims=True)
    return (X / np.where(n > 0, n, 1)).astype(X.dtype)
''',
        "clamps the length like torch.nn.functional.normalize (1e-12 floor)": '''
def normalize_rows(X):
    lengths = np.linalg.norm(X, axis=1, keepdims=True)
    return X / np.maximum(lengths, 1e-12)
''',
        "rescales X in place before dividing": '''
def normalize_rows(X):
    peak = np.abs(X).max(axis=1, keepdims=True)
    X /= np.where(peak > 0, peak, 1.0)
    n = np.linalg.norm(X, axis=1, keepdims=True)
    X /= np.where(n > 0, n, 1.0)
    return X
''',
        "squares the raw entries (overflows at 1e200, underflows at 1e-170)": '''
def normalize_rows(X):
    X = np.asarray(X, dtype=float)
    n = np.linalg.norm(X, axis=1, keepdims=True)
    return X / np.where(n > 0, n, 1.0)
''',
        "one rescaling factor for the whole batch": '''
def normalize_rows(X):
    X = np.asarray(X, dtype=float)
    peak = np.abs(X).max()
    A = X / peak if peak > 0 else X
    n = np.linalg.norm(A, axis=1, keepdims=True)
    return A / np.where(n > 0, n, 1.0)
''',
        "np.divide into np.zeros_like(X) (integer input breaks)": '''
def normalize_rows(X):
    X = np.asarray(X)
    peak = np.abs(X).max(axis=1, keepdims=True)
    A = np.divide(X, peak, out=np.zeros_like(X), where=peak > 0)
    n = np.linalg.norm(A, axis=1, keepdims=True)
    return np.divide(A, n, out=np.zeros_like(A), where=n > 0)
''',
        "zero rows become NaN": '''
def normalize_rows(X):
    return X / np.linalg.norm(X, axis=1, keepdims=True)
''',
        "adds an epsilon to the length": '''
def normalize_rows(X):
    return X / (np.linalg.norm(X, axis=1, keepdims=True) + 1e-8)
''',
        "modifies the input in place": '''
def normalize_rows(X):
    lengths = np.linalg.norm(X, axis=1, keepdims=True)
    X /= np.where(lengths > 0, lengths, 1.0)
    return X
''',
        "normalises columns": '''
def normalize_rows(X):
    lengths = np.linalg.norm(X, axis=0, keepdims=True)
    return X / np.where(lengths > 0, lengths, 1.0)
''',
        "adds a tiny epsilon (1e-15) to the length": '''
def normalize_rows(X):
    return X / (np.linalg.norm(X, axis=1, keepdims=True) + 1e-15)
''',
        "computes in float32 whatever the input": '''
def normalize_rows(X):
    X = X.astype(np.float32)
    n = np.linalg.norm(X, axis=1, keepdims=True)
    return X / np.where(n > 0, n, 1)
''',
        "clamps the length at 1e-8": '''
def normalize_rows(X):
    return X / np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-8)
''',
        "zero rows become the uniform unit vector": '''
def normalize_rows(X):
    n = np.linalg.norm(X, axis=1, keepdims=True)
    U = X / np.where(n > 0, n, 1)
    U[n[:, 0] == 0] = 1 / np.sqrt(X.shape[1])
    return U
''',
        "divides the input array in place": '''
def normalize_rows(X):
    X = np.asarray(X, dtype=float)
    peak = np.abs(X).max(axis=1, keepdims=True)
    X /= np.where(peak > 0, peak, 1.0)
    n = np.linalg.norm(X, axis=1, keepdims=True)
    X /= np.where(n > 0, n, 1.0)
    return X
''',
        "float32 arithmetic, float64 result": '''
def normalize_rows(X):
    A = np.asarray(X, dtype=np.float64)
    peak = np.abs(A).max(axis=1, keepdims=True)
    A = (A / np.where(peak > 0, peak, 1.0)).astype(np.float32)
    n = np.linalg.norm(A, axis=1, keepdims=True)
    return (A / np.where(n > 0, n, 1)).astype(np.float64)
''',
        "treats lengths below 1e-12 as zero rows": '''
def normalize_rows(X):
    X = np.asarray(X, dtype=float)
    n = np.linalg.norm(X, axis=1, keepdims=True)
    return np.where(n > 1e-12, X / np.where(n > 1e-12, n, 1.0), 0.0)
''',
        "rescales by the peak of the whole matrix": '''
def normalize_rows(X):
    X = np.asarray(X, dtype=float)
    peak = np.abs(X).max()
    A = X / (peak if peak > 0 else 1.0)
    n = np.linalg.norm(A, axis=1, keepdims=True)
    return A / np.where(n > 0, n, 1.0)
''',
        "peak is max(x), not max(|x|)": '''
def normalize_rows(X):
    X = np.asarray(X, dtype=float)
    peak = X.max(axis=1, keepdims=True)
    A = X / np.where(peak > 0, peak, 1.0)
    n = np.linalg.norm(A, axis=1, keepdims=True)
    return A / np.where(n > 0, n, 1.0)
''',
    },
    "ex_lp_norm": {
        "rescales by the largest entry, not the largest magnitude": '''
def lp_norm(X, p):
    A = np.abs(X)
    m = np.max(X, axis=-1, keepdims=True)
    m = np.where(m > 0, m, 1.0)
    if np.isinf(p):
        return A.max(axis=-1)
    return m[..., 0] * np.sum((A / m) ** p, axis=-1) ** (1 / p)
''',
        "takes absolute values in place": '''
def lp_norm(X, p):
    A = np.asarray(X, dtype=float)
    np.abs(A, out=A)
    m = A.max(axis=-1)
    if np.isinf(p):
        return m
    s = np.where(m > 0, m, 1.0)
    return m * np.sum((A / np.expand_dims(s, -1)) ** p, axis=-1) ** (1 / p)
''',
        "naive power sum (overflows and underflows)": '''
def lp_norm(X, p):
    A = np.abs(np.asarray(X, dtype=float))
    if np.isinf(p):
        return A.max(axis=-1)
    return np.sum(A ** p, axis=-1) ** (1.0 / p)
''',
        "infinity norm without the absolute value": '''
def lp_norm(X, p):
    X = np.asarray(X, dtype=float)
    if np.isinf(p):
        return X.max(axis=-1)
    m = np.abs(X).max(axis=-1)
    s = np.where(m > 0, m, 1.0)
    return m * np.sum((np.abs(X) / s[..., None]) ** p, axis=-1) ** (1.0 / p)
''',
        "rescales without guarding zero rows": '''
def lp_norm(X, p):
    A = np.abs(np.asarray(X, dtype=float))
    m = A.max(axis=-1)
    if np.isinf(p):
        return m
    return m * np.sum((A / m[..., None]) ** p, axis=-1) ** (1.0 / p)
''',
        "reduces over axis 0": '''
def lp_norm(X, p):
    return np.linalg.norm(X, ord=p, axis=0)
''',
        "p = inf replaced by p = 1e6": '''
def lp_norm(X, p):
    if np.isinf(p):
        p = 1e6
    A = np.abs(X).astype(float)
    m = A.max(axis=-1, keepdims=True)
    s = np.where(m > 0, m, 1.0)
    return s[..., 0] * np.sum((A / s) ** p, axis=-1) ** (1 / p)
''',
        "float32 input computed in float32": '''
def lp_norm(X, p):
    A = np.abs(X)
    m = A.max(axis=-1, keepdims=True)
    s = np.where(m > 0, m, np.ones_like(m))
    if np.isinf(p):
        return m[..., 0]
    return s[..., 0] * np.sum((A / s) ** p, axis=-1) ** (1 / p)
''',
        "one rescaling factor for the whole batch": '''
def lp_norm(X, p):
    A = np.abs(X)
    m = A.max()
    if np.isinf(p):
        return A.max(axis=-1)
    if m == 0:
        return np.zeros(A.shape[:-1])
    return m * np.sum((A / m) ** p, axis=-1) ** (1 / p)
''',
        "scipy.linalg.norm (safe for p = 2 only)": '''
def lp_norm(X, p):
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        return scipy.linalg.norm(X, ord=p)
    return np.array([scipy.linalg.norm(r, ord=p) for r in X])
''',
        "1-D input gives shape (1,), not a number": '''
def lp_norm(X, p):
    A = np.atleast_2d(np.abs(X)).astype(float)
    m = A.max(axis=1, keepdims=True)
    s = np.where(m > 0, m, 1.0)
    if np.isinf(p):
        return m[:, 0]
    return s[:, 0] * np.sum((A / s) ** p, axis=1) ** (1 / p)
''',
        "p = inf uses max(x) instead of max(|x|)": '''
def lp_norm(X, p):
    A = np.asarray(X, dtype=float)
    if np.isinf(p):
        return np.max(A, axis=-1)
    m = np.max(np.abs(A), axis=-1, keepdims=True)
    m = np.where(m > 0, m, 1.0)
    return np.squeeze(m, -1) * np.sum(np.abs(A / m) ** p, axis=-1) ** (1 / p)
''',
        "rescales in place (mutates X)": '''
def lp_norm(X, p):
    A = np.asarray(X, dtype=float)
    m = np.max(np.abs(A), axis=-1, keepdims=True)
    m = np.where(m > 0, m, 1.0)
    A /= m
    if np.isinf(p):
        return np.squeeze(m, -1) * np.max(np.abs(A), axis=-1)
    return np.squeeze(m, -1) * np.sum(np.abs(A) ** p, axis=-1) ** (1 / p)
''',
        "zero rows detected with an absolute threshold 1e-100": '''
def lp_norm(X, p):
    A = np.asarray(X, dtype=float)
    m = np.max(np.abs(A), axis=-1, keepdims=True)
    tiny = m < 1e-100
    m = np.where(tiny, 1.0, m)
    if np.isinf(p):
        r = np.squeeze(m, -1) * np.max(np.abs(A / m), axis=-1)
    else:
        r = np.squeeze(m, -1) * np.sum(np.abs(A / m) ** p, axis=-1) ** (1 / p)
    return np.where(np.squeeze(tiny, -1), 0.0, r)
''',
        "float32 power sum after rescaling": '''
def lp_norm(X, p):
    A = np.asarray(X, dtype=float)
    m = np.max(np.abs(A), axis=-1, keepdims=True)
    m = np.where(m > 0, m, 1.0)
    if np.isinf(p):
        return np.squeeze(m, -1) * np.max(np.abs(A / m), axis=-1)
    s = np.sum(np.abs(A / m).astype(np.float32) ** np.float32(p), axis=-1)
    return np.squeeze(m, -1) * s.astype(np.float64) ** (1 / p)
''',
        "one global max for the whole batch": '''
def lp_norm(X, p):
    A = np.asarray(X, dtype=float)
    m = np.max(np.abs(A))
    m = m if m > 0 else 1.0
    if np.isinf(p):
        return np.max(np.abs(A), axis=-1)
    return m * np.sum(np.abs(A / m) ** p, axis=-1) ** (1 / p)
''',
    },
    "ex_matrix_norms": {
        "singular values in the input's precision (float32 stays float32)": '''
def matrix_norms(A):
    sigma = np.linalg.svd(A, compute_uv=False)
    return np.sqrt(np.sum(sigma ** 2, axis=-1)), sigma[..., 0], np.sum(sigma, axis=-1)
''',
        "rescales A in place before the SVD": '''
def matrix_norms(A):
    A = np.asarray(A, dtype=float)
    c = np.abs(A).max()
    if c > 0:
        A /= c
    s = np.linalg.svd(A, compute_uv=False) * c
    return np.sqrt(np.sum(s ** 2, axis=-1)), s[..., 0], np.sum(s, axis=-1)
''',
        "square roots of the eigenvalues of A^T A (loses small singular values)": '''
def matrix_norms(A):
    A = np.asarray(A, dtype=float)
    lam = np.clip(np.linalg.eigvalsh(np.swapaxes(A, -1, -2) @ A), 0.0, None)
    s = np.sqrt(lam)
    return np.sqrt(lam.sum(axis=-1)), s[..., -1], s.sum(axis=-1)
''',
        "one matrix gives arrays of shape (1,)": '''
def matrix_norms(A):
    A = np.asarray(A, dtype=float)
    s = np.linalg.svd(A.reshape((-1,) + A.shape[-2:]), compute_uv=False)
    return np.sqrt(np.sum(s ** 2, axis=-1)), s[:, 0], np.sum(s, axis=-1)
''',
        "eigenvalues instead of singular values": '''
def matrix_norms(A):
    lam = np.abs(np.linalg.eigvals(A))
    return np.sqrt(np.sum(lam ** 2, axis=-1)), lam.max(axis=-1), np.sum(lam, axis=-1)
''',
        "largest singular value of the whole stack": '''
def matrix_norms(A):
    s = np.linalg.svd(A, compute_uv=False)
    return np.sqrt(np.sum(s ** 2, axis=-1)), s.max(), np.sum(s, axis=-1)
''',
        "nuclear norm as the root of the sum": '''
def matrix_norms(A):
    s = np.linalg.svd(A, compute_uv=False)
    return np.sqrt(np.sum(s ** 2, axis=-1)), s[..., 0], np.sqrt(np.sum(s, axis=-1))
''',
        "nuclear norm as the trace": '''
def matrix_norms(A):
    s = np.linalg.svd(A, compute_uv=False)
    return np.sqrt(np.sum(s ** 2, axis=-1)), s[..., 0], np.trace(A, axis1=-2, axis2=-1)
''',
        "|eigenvalues| of A as singular values (square only)": '''
def matrix_norms(A):
    s = np.sort(np.abs(np.linalg.eigvals(A)), axis=-1)[..., ::-1]
    return np.sqrt(np.sum(A ** 2, axis=(-2, -1))), s[..., 0], np.sum(s, axis=-1)
''',
        "always treats the input as a stack (shape (1,) for one matrix)": '''
def matrix_norms(A):
    A = np.asarray(A, dtype=float)
    s = np.linalg.svd(A.reshape((-1,) + A.shape[-2:]), compute_uv=False)
    return np.sqrt(np.sum(s ** 2, axis=-1)), s[:, 0], np.sum(s, axis=-1)
''',
        "float32 SVD": '''
def matrix_norms(A):
    s = np.linalg.svd(np.asarray(A, dtype=np.float32), compute_uv=False).astype(np.float64)
    return np.sqrt(np.sum(s ** 2, axis=-1)), s[..., 0], np.sum(s, axis=-1)
''',
        "spectral norm by 30 steps of power iteration": '''
def matrix_norms(A):
    A = np.asarray(A, dtype=float)
    s = np.linalg.svd(A, compute_uv=False)
    v = np.ones(A.shape[:-2] + (A.shape[-1], 1))
    for _ in range(30):
        v = np.swapaxes(A, -1, -2) @ (A @ v)
        v = v / np.linalg.norm(v, axis=-2, keepdims=True)
    spec = np.linalg.norm(A @ v, axis=(-2, -1))
    return np.sqrt(np.sum(s ** 2, axis=-1)), spec, np.sum(s, axis=-1)
''',
        "spectral norm = largest |eigenvalue|": '''
def matrix_norms(A):
    A = np.asarray(A, dtype=float)
    s = np.linalg.svd(A, compute_uv=False)
    if A.shape[-1] == A.shape[-2]:
        spec = np.max(np.abs(np.linalg.eigvals(A)), axis=-1)
    else:
        spec = s[..., 0]
    return np.sqrt(np.sum(s ** 2, axis=-1)), spec, np.sum(s, axis=-1)
''',
    },
    "ex_cosine_similarity": {
        "divides by the outer product of the norms (overflows at 1e200)": '''
def cosine_similarity_matrix(X, Y):
    num = (X @ Y.T).astype(float)
    den = np.outer(np.linalg.norm(X, axis=1), np.linalg.norm(Y, axis=1)).astype(float)
    return np.divide(num, den, out=np.zeros_like(num), where=den > 0)
''',
        "1 - scipy cosine distance, NaN replaced by 0 (underflows at 1e-170)": '''
def cosine_similarity_matrix(X, Y):
    with np.errstate(invalid="ignore", divide="ignore"):
        S = 1.0 - distance.cdist(X, Y, "cosine")
    return np.nan_to_num(S, nan=0.0)
''',
        "float32 rows stay float32": '''
def cosine_similarity_matrix(X, Y):
    nx = np.linalg.norm(X, axis=1, keepdims=True)
    ny = np.linalg.norm(Y, axis=1, keepdims=True)
    return (X / np.where(nx > 0, nx, 1)) @ (Y / np.where(ny > 0, ny, 1)).T
''',
        "normalises X and Y in place": '''
def cosine_similarity_matrix(X, Y):
    for M in (X, Y):
        m = np.abs(M).max(axis=1, keepdims=True)
        M /= np.where(m > 0, m, 1.0)
        n = np.linalg.norm(M, axis=1, keepdims=True)
        M /= np.where(n > 0, n, 1.0)
    return X @ Y.T
''',
        "normalises only X": '''
def cosine_similarity_matrix(X, Y):
    n = np.linalg.norm(X, axis=1, keepdims=True)
    return (X / np.where(n > 0, n, 1.0)) @ Y.T
''',
        "NaN for zero rows": '''
def cosine_similarity_matrix(X, Y):
    return (X @ Y.T) / np.outer(np.linalg.norm(X, axis=1), np.linalg.norm(Y, axis=1))
''',
        "returns the (m, n) transpose": '''
def cosine_similarity_matrix(X, Y):
    return (normalize_rows(X) @ normalize_rows(Y).T).T
''',
        "adds 1e-8 to the norms": '''
def cosine_similarity_matrix(X, Y):
    Xu = X / (np.linalg.norm(X, axis=1, keepdims=True) + 1e-8)
    Yu = Y / (np.linalg.norm(Y, axis=1, keepdims=True) + 1e-8)
    return Xu @ Yu.T
''',
        "clamps the product of the norms at 1e-8": '''
def cosine_similarity_matrix(X, Y):
    N = np.outer(np.linalg.norm(X, axis=1), np.linalg.norm(Y, axis=1))
    return X @ Y.T / np.maximum(N, 1e-8)
''',
        "zero vector similar to itself (1)": '''
def cosine_similarity_matrix(X, Y):
    S = normalize_rows(X) @ normalize_rows(Y).T
    zx = ~X.any(axis=1)
    zy = ~Y.any(axis=1)
    S[zx[:, None] & zy[None, :]] = 1.0
    return S
''',
        "float32 matrix product of the unit rows": '''
def cosine_similarity_matrix(X, Y):
    def unit(A):
        A = np.asarray(A, dtype=float)
        m = np.abs(A).max(axis=1, keepdims=True)
        A = A / np.where(m > 0, m, 1.0)
        n = np.linalg.norm(A, axis=1, keepdims=True)
        return A / np.where(n > 0, n, 1.0)
    return (unit(X).astype(np.float32) @ unit(Y).astype(np.float32).T).astype(np.float64)
''',
        "epsilon added to the norms": '''
def cosine_similarity_matrix(X, Y):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    nx = np.linalg.norm(X, axis=1, keepdims=True) + 1e-12
    ny = np.linalg.norm(Y, axis=1, keepdims=True) + 1e-12
    return (X / nx) @ (Y / ny).T
''',
        "normalises X in place": '''
def cosine_similarity_matrix(X, Y):
    X = np.asarray(X, dtype=float)
    Y = np.array(Y, dtype=float)
    for A in (X, Y):
        m = np.abs(A).max(axis=1, keepdims=True)
        A /= np.where(m > 0, m, 1.0)
        n = np.linalg.norm(A, axis=1, keepdims=True)
        A /= np.where(n > 0, n, 1.0)
    return X @ Y.T
''',
        "no rescaling before the norms": '''
def cosine_similarity_matrix(X, Y):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    nx = np.linalg.norm(X, axis=1, keepdims=True)
    ny = np.linalg.norm(Y, axis=1, keepdims=True)
    return (X / np.where(nx > 0, nx, 1.0)) @ (Y / np.where(ny > 0, ny, 1.0)).T
''',
        "clips into [-1, 1] but then returns S.T for square inputs": '''
def cosine_similarity_matrix(X, Y):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    def unit(A):
        m = np.abs(A).max(axis=1, keepdims=True)
        A = A / np.where(m > 0, m, 1.0)
        n = np.linalg.norm(A, axis=1, keepdims=True)
        return A / np.where(n > 0, n, 1.0)
    S = np.clip(unit(X) @ unit(Y).T, -1, 1)
    return S if S.shape[0] != S.shape[1] else S.T
''',
    },
    "ex_metric_axioms": {
        "only triples with i < j < k": '''
def check_metric_axioms(dist, points, tol=1e-9):
    n = len(points)
    T = np.array([[dist(points[i], points[j]) for j in range(n)] for i in range(n)])
    same = np.all(points[:, None, :] == points[None, :, :], axis=-1)
    tri = all(T[i, k] <= T[i, j] + T[j, k] + tol
              for i in range(n) for j in range(i + 1, n) for k in range(j + 1, n))
    return {"non_negative": bool(np.all(T >= -tol)),
            "identity": bool(np.all(np.abs(T[same]) <= tol) and np.all(T[~same] > tol)),
            "symmetry": bool(np.all(np.abs(T - T.T) <= tol)),
            "triangle": bool(tri)}
''',
        "centres the points first (moves them in place)": '''
def check_metric_axioms(dist, points, tol=1e-9):
    points -= points.mean(axis=0)
    n = len(points)
    T = np.array([[float(dist(points[i], points[j])) for j in range(n)] for i in range(n)])
    same = np.all(points[:, None, :] == points[None, :, :], axis=-1)
    return {"non_negative": bool(np.all(T >= -tol)),
            "identity": bool(np.all(np.abs(T[same]) <= tol) and np.all(T[~same] > tol)),
            "symmetry": bool(np.all(np.abs(T - T.T) <= tol)),
            "triangle": bool(np.all(T[:, None, :] <= T[:, :, None] + T[None, :, :] + tol))}
''',
        "indexes points as an array (nested lists break)": '''
def check_metric_axioms(dist, points, tol=1e-9):
    n = points.shape[0]
    T = np.array([[float(dist(points[i], points[j])) for j in range(n)] for i in range(n)])
    same = np.all(points[:, None, :] == points[None, :, :], axis=-1)
    return {"non_negative": bool(np.all(T >= -tol)),
            "identity": bool(np.all(np.abs(T[same]) <= tol) and np.all(T[~same] > tol)),
            "symmetry": bool(np.all(np.abs(T - T.T) <= tol)),
            "triangle": bool(np.all(T[:, None, :] <= T[:, :, None] + T[None, :, :] + tol))}
''',
        "no tolerance": '''
def check_metric_axioms(dist, points, tol=1e-9):
    n = len(points)
    T = np.array([[dist(points[i], points[j]) for j in range(n)] for i in range(n)])
    same = np.all(points[:, None, :] == points[None, :, :], axis=-1)
    return {"non_negative": bool(np.all(T >= 0)),
            "identity": bool(np.all(T[same] == 0) and np.all(T[~same] > 0)),
            "symmetry": bool(np.all(T == T.T)),
            "triangle": bool(np.all(T[:, None, :] <= T[:, :, None] + T[None, :, :]))}
''',
        "identity checked by index, not by value": '''
def check_metric_axioms(dist, points, tol=1e-9):
    n = len(points)
    T = np.array([[dist(points[i], points[j]) for j in range(n)] for i in range(n)])
    off = ~np.eye(n, dtype=bool)
    return {"non_negative": bool(np.all(T >= -tol)),
            "identity": bool(np.all(np.abs(np.diag(T)) <= tol) and np.all(T[off] > tol)),
            "symmetry": bool(np.all(np.abs(T - T.T) <= tol)),
            "triangle": bool(np.all(T[:, None, :] <= T[:, :, None] + T[None, :, :] + tol))}
''',
        "symmetry never checked": '''
def check_metric_axioms(dist, points, tol=1e-9):
    n = len(points)
    T = np.array([[dist(points[i], points[j]) for j in range(n)] for i in range(n)])
    same = np.all(points[:, None, :] == points[None, :, :], axis=-1)
    return {"non_negative": bool(np.all(T >= -tol)),
            "identity": bool(np.all(np.abs(T[same]) <= tol) and np.all(T[~same] > tol)),
            "symmetry": True,
            "triangle": bool(np.all(T[:, None, :] <= T[:, :, None] + T[None, :, :] + tol))}
''',
        "triangle checked on distinct indices only": '''
def check_metric_axioms(dist, points, tol=1e-9):
    n = len(points)
    T = np.array([[dist(a, b) for b in points] for a in points], dtype=float)
    same = (points[:, None, :] == points[None, :, :]).all(-1)
    tri = True
    for i in range(n):
        for j in range(n):
            for k in range(n):
                if len({i, j, k}) == 3 and T[i, k] > T[i, j] + T[j, k] + tol:
                    tri = False
    return {
        "non_negative": bool((T >= -tol).all()),
        "identity": bool((np.abs(T[same]) <= tol).all() and (T[~same] > tol).all()),
        "symmetry": bool((np.abs(T - T.T) <= tol).all()),
        "triangle": tri,
    }
''',
        "non_negative without the tolerance": '''
def check_metric_axioms(dist, points, tol=1e-9):
    T = np.array([[dist(a, b) for b in points] for a in points], dtype=float)
    same = (points[:, None, :] == points[None, :, :]).all(-1)
    return {
        "non_negative": bool((T >= 0).all()),
        "identity": bool((np.abs(T[same]) <= tol).all() and (T[~same] > tol).all()),
        "symmetry": bool((np.abs(T - T.T) <= tol).all()),
        "triangle": bool((T[:, None, :] <= T[:, :, None] + T[None, :, :] + tol).all()),
    }
''',
        "symmetry with np.allclose's relative tolerance": '''
def check_metric_axioms(dist, points, tol=1e-9):
    T = np.array([[dist(a, b) for b in points] for a in points], dtype=float)
    same = (points[:, None, :] == points[None, :, :]).all(-1)
    return {
        "non_negative": bool((T >= -tol).all()),
        "identity": bool((np.abs(T[same]) <= tol).all() and (T[~same] > tol).all()),
        "symmetry": bool(np.allclose(T, T.T)),
        "triangle": bool((T[:, None, :] <= T[:, :, None] + T[None, :, :] + tol).all()),
    }
''',
        "equal rows detected with np.allclose": '''
def check_metric_axioms(dist, points, tol=1e-9):
    n = len(points)
    T = np.array([[dist(a, b) for b in points] for a in points], dtype=float)
    same = np.array([[np.allclose(points[i], points[j]) for j in range(n)] for i in range(n)])
    return {
        "non_negative": bool((T >= -tol).all()),
        "identity": bool((np.abs(T[same]) <= tol).all() and (T[~same] > tol).all()),
        "symmetry": bool((np.abs(T - T.T) <= tol).all()),
        "triangle": bool((T[:, None, :] <= T[:, :, None] + T[None, :, :] + tol).all()),
    }
''',
        "identity accepts negative distances between different rows": '''
def check_metric_axioms(dist, points, tol=1e-9):
    T = np.array([[dist(a, b) for b in points] for a in points], dtype=float)
    same = (points[:, None, :] == points[None, :, :]).all(-1)
    return {
        "non_negative": bool((T >= -tol).all()),
        "identity": bool((np.abs(T[same]) <= tol).all() and (np.abs(T[~same]) > tol).all()),
        "symmetry": bool((np.abs(T - T.T) <= tol).all()),
        "triangle": bool((T[:, None, :] <= T[:, :, None] + T[None, :, :] + tol).all()),
    }
''',
        "triangle compares d(j, k) with d(i, j) + d(i, k)": '''
def check_metric_axioms(dist, points, tol=1e-9):
    T = np.array([[dist(a, b) for b in points] for a in points], dtype=float)
    same = (points[:, None, :] == points[None, :, :]).all(-1)
    return {
        "non_negative": bool((T >= -tol).all()),
        "identity": bool((np.abs(T[same]) <= tol).all() and (T[~same] > tol).all()),
        "symmetry": bool((np.abs(T - T.T) <= tol).all()),
        "triangle": bool((T[None, :, :] <= T[:, :, None] + T[:, None, :] + tol).all()),
    }
''',
        "table filled for j >= i only, mirrored": '''
def check_metric_axioms(dist, points, tol=1e-9):
    n = len(points)
    T = np.zeros((n, n))
    for i in range(n):
        for j in range(i, n):
            T[i, j] = T[j, i] = dist(points[i], points[j])
    same = (points[:, None, :] == points[None, :, :]).all(-1)
    return {
        "non_negative": bool((T >= -tol).all()),
        "identity": bool((np.abs(T[same]) <= tol).all() and (T[~same] > tol).all()),
        "symmetry": bool((np.abs(T - T.T) <= tol).all()),
        "triangle": bool((T[:, None, :] <= T[:, :, None] + T[None, :, :] + tol).all()),
    }
''',
        "non-negativity without the tolerance": '''
def check_metric_axioms(dist, points, tol=1e-9):
    P = np.asarray(points)
    n = len(P)
    T = np.array([[dist(P[i], P[j]) for j in range(n)] for i in range(n)], dtype=float)
    equal = np.all(P[:, None, :] == P[None, :, :], axis=-1)
    return {
        "non_negative": bool(np.all(T >= 0)),
        "identity": bool(np.all(np.where(equal, np.abs(T) <= tol, T > tol))),
        "symmetry": bool(np.all(np.abs(T - T.T) <= tol)),
        "triangle": bool(np.all(T[:, None, :] <= T[:, :, None] + T[None, :, :] + tol)),
    }
''',
        "identity only checks d(x, x) = 0": '''
def check_metric_axioms(dist, points, tol=1e-9):
    P = np.asarray(points)
    n = len(P)
    T = np.array([[dist(P[i], P[j]) for j in range(n)] for i in range(n)], dtype=float)
    return {
        "non_negative": bool(np.all(T >= -tol)),
        "identity": bool(np.all(np.abs(np.diag(T)) <= tol)),
        "symmetry": bool(np.all(np.abs(T - T.T) <= tol)),
        "triangle": bool(np.all(T[:, None, :] <= T[:, :, None] + T[None, :, :] + tol)),
    }
''',
        "calls dist for i <= j only and mirrors the table": '''
def check_metric_axioms(dist, points, tol=1e-9):
    P = np.asarray(points)
    n = len(P)
    T = np.zeros((n, n))
    for i in range(n):
        for j in range(i, n):
            T[i, j] = T[j, i] = dist(P[i], P[j])
    equal = np.all(P[:, None, :] == P[None, :, :], axis=-1)
    return {
        "non_negative": bool(np.all(T >= -tol)),
        "identity": bool(np.all(np.where(equal, np.abs(T) <= tol, T > tol))),
        "symmetry": bool(np.all(np.abs(T - T.T) <= tol)),
        "triangle": bool(np.all(T[:, None, :] <= T[:, :, None] + T[None, :, :] + tol)),
    }
''',
        "triangle over i < j < k only": '''
def check_metric_axioms(dist, points, tol=1e-9):
    P = np.asarray(points)
    n = len(P)
    T = np.array([[dist(P[i], P[j]) for j in range(n)] for i in range(n)], dtype=float)
    equal = np.all(P[:, None, :] == P[None, :, :], axis=-1)
    tri = all(T[i, k] <= T[i, j] + T[j, k] + tol
              for i in range(n) for j in range(i + 1, n) for k in range(j + 1, n))
    return {
        "non_negative": bool(np.all(T >= -tol)),
        "identity": bool(np.all(np.where(equal, np.abs(T) <= tol, T > tol))),
        "symmetry": bool(np.all(np.abs(T - T.T) <= tol)),
        "triangle": bool(tri),
    }
''',
        "distinct points only need d > 0 (tolerance ignored)": '''
def check_metric_axioms(dist, points, tol=1e-9):
    P = np.asarray(points)
    n = len(P)
    T = np.array([[dist(P[i], P[j]) for j in range(n)] for i in range(n)], dtype=float)
    equal = np.all(P[:, None, :] == P[None, :, :], axis=-1)
    return {
        "non_negative": bool(np.all(T >= -tol)),
        "identity": bool(np.all(np.where(equal, np.abs(T) <= tol, T > 0))),
        "symmetry": bool(np.all(np.abs(T - T.T) <= tol)),
        "triangle": bool(np.all(T[:, None, :] <= T[:, :, None] + T[None, :, :] + tol)),
    }
''',
        "symmetry compared exactly": '''
def check_metric_axioms(dist, points, tol=1e-9):
    P = np.asarray(points)
    n = len(P)
    T = np.array([[dist(P[i], P[j]) for j in range(n)] for i in range(n)], dtype=float)
    equal = np.all(P[:, None, :] == P[None, :, :], axis=-1)
    return {
        "non_negative": bool(np.all(T >= -tol)),
        "identity": bool(np.all(np.where(equal, np.abs(T) <= tol, T > tol))),
        "symmetry": bool(np.all(T == T.T)),
        "triangle": bool(np.all(T[:, None, :] <= T[:, :, None] + T[None, :, :] + tol)),
    }
''',
    },
    "ex_pairwise_distances": {
        "the expansion in the input's precision (float32 stays float32)": '''
def pairwise_distances(X, Y=None):
    same_set = Y is None
    if same_set:
        Y = X
    sq = np.sum(X * X, axis=1)[:, None] + np.sum(Y * Y, axis=1)[None, :] - 2.0 * (X @ Y.T)
    D = np.sqrt(np.maximum(sq, 0.0))
    if same_set:
        np.fill_diagonal(D, 0.0)
    return D
''',
        "centres X in place": '''
def pairwise_distances(X, Y=None):
    same_set = Y is None
    c = X.mean(axis=0)
    X -= c
    Y = X if same_set else Y - c
    sq = np.sum(X * X, axis=1)[:, None] + np.sum(Y * Y, axis=1)[None, :] - 2.0 * (X @ Y.T)
    D = np.sqrt(np.maximum(sq, 0.0))
    if same_set:
        np.fill_diagonal(D, 0.0)
    return D
''',
        "zeroes squared distances below 1e-12 (an absolute threshold)": '''
def pairwise_distances(X, Y=None):
    same_set = Y is None
    X = np.asarray(X, dtype=float)
    Y = X if same_set else np.asarray(Y, dtype=float)
    sq = np.sum(X * X, axis=1)[:, None] + np.sum(Y * Y, axis=1)[None, :] - 2.0 * (X @ Y.T)
    sq[sq < 1e-12] = 0.0
    D = np.sqrt(sq)
    if same_set:
        np.fill_diagonal(D, 0.0)
    return D
''',
        "X.T @ ... (nested lists break)": '''
def pairwise_distances(X, Y=None):
    same_set = Y is None
    Y = X if same_set else Y
    sq = (X ** 2).sum(axis=1)[:, None] + (Y ** 2).sum(axis=1)[None, :] - 2.0 * np.dot(X, Y.T)
    D = np.sqrt(np.clip(sq, 0.0, None)).astype(float)
    if same_set:
        np.fill_diagonal(D, 0.0)
    return D
''',
        "no clamp before the square root": '''
def pairwise_distances(X, Y=None):
    same = Y is None
    Y = X if same else Y
    sq = (X ** 2).sum(1)[:, None] + (Y ** 2).sum(1)[None, :] - 2 * X @ Y.T
    D = np.sqrt(sq)
    if same:
        np.fill_diagonal(D, 0.0)
    return D
''',
        "diagonal not set to zero": '''
def pairwise_distances(X, Y=None):
    Y = X if Y is None else Y
    sq = (X ** 2).sum(1)[:, None] + (Y ** 2).sum(1)[None, :] - 2 * X @ Y.T
    return np.sqrt(np.maximum(sq, 0.0))
''',
        "missing square root": '''
def pairwise_distances(X, Y=None):
    Y = X if Y is None else Y
    return np.maximum((X ** 2).sum(1)[:, None] + (Y ** 2).sum(1)[None, :] - 2 * X @ Y.T, 0.0)
''',
        "returns the (m, n) transpose": '''
def pairwise_distances(X, Y=None):
    Y = X if Y is None else Y
    return distance.cdist(Y, X)
''',
        "zeroes the diagonal whenever the result is square": '''
def pairwise_distances(X, Y=None):
    Y = X if Y is None else Y
    sq = (X ** 2).sum(1)[:, None] + (Y ** 2).sum(1)[None, :] - 2 * X @ Y.T
    D = np.sqrt(np.maximum(sq, 0))
    if D.shape[0] == D.shape[1]:
        np.fill_diagonal(D, 0)
    return D
''',
        "computes in float32": '''
def pairwise_distances(X, Y=None):
    same = Y is None
    Y = X if same else Y
    X, Y = X.astype(np.float32), Y.astype(np.float32)
    sq = (X ** 2).sum(1)[:, None] + (Y ** 2).sum(1)[None, :] - 2 * X @ Y.T
    D = np.sqrt(np.maximum(sq, 0))
    if same:
        np.fill_diagonal(D, 0)
    return D
''',
        "centres X and Y by their own means": '''
def pairwise_distances(X, Y=None):
    same = Y is None
    Y = X if same else Y
    A, B = X - X.mean(0), Y - Y.mean(0)
    sq = (A ** 2).sum(1)[:, None] + (B ** 2).sum(1)[None, :] - 2 * A @ B.T
    D = np.sqrt(np.maximum(sq, 0))
    if same:
        np.fill_diagonal(D, 0)
    return D
''',
        "centres X and Y in place": '''
def pairwise_distances(X, Y=None):
    same = Y is None
    X = np.asarray(X, dtype=float)
    Y = X if same else np.asarray(Y, dtype=float)
    mu = X.mean(axis=0)
    X -= mu
    if not same:
        Y -= mu
    sq = np.sum(X ** 2, 1)[:, None] + np.sum(Y ** 2, 1)[None, :] - 2.0 * X @ Y.T
    D = np.sqrt(np.maximum(sq, 0.0))
    if same:
        np.fill_diagonal(D, 0.0)
    return D
''',
        "float32 cross term": '''
def pairwise_distances(X, Y=None):
    same = Y is None
    X = np.asarray(X, dtype=float)
    Y = X if same else np.asarray(Y, dtype=float)
    cross = (X.astype(np.float32) @ Y.astype(np.float32).T).astype(float)
    sq = np.sum(X ** 2, 1)[:, None] + np.sum(Y ** 2, 1)[None, :] - 2.0 * cross
    D = np.sqrt(np.maximum(sq, 0.0))
    if same:
        np.fill_diagonal(D, 0.0)
    return D
''',
        "zeroes the diagonal whenever n == m": '''
def pairwise_distances(X, Y=None):
    X = np.asarray(X, dtype=float)
    Y = X if Y is None else np.asarray(Y, dtype=float)
    sq = np.sum(X ** 2, 1)[:, None] + np.sum(Y ** 2, 1)[None, :] - 2.0 * X @ Y.T
    D = np.sqrt(np.maximum(sq, 0.0))
    if D.shape[0] == D.shape[1]:
        np.fill_diagonal(D, 0.0)
    return D
''',
        "squared distances below 1e-12 set to 0": '''
def pairwise_distances(X, Y=None):
    same = Y is None
    X = np.asarray(X, dtype=float)
    Y = X if same else np.asarray(Y, dtype=float)
    sq = np.sum(X ** 2, 1)[:, None] + np.sum(Y ** 2, 1)[None, :] - 2.0 * X @ Y.T
    sq[sq < 1e-12] = 0.0
    D = np.sqrt(sq)
    if same:
        np.fill_diagonal(D, 0.0)
    return D
''',
        "forgets the factor 2 only when Y is given": '''
def pairwise_distances(X, Y=None):
    X = np.asarray(X, dtype=float)
    if Y is None:
        sq = np.sum(X ** 2, 1)[:, None] + np.sum(X ** 2, 1)[None, :] - 2.0 * X @ X.T
        D = np.sqrt(np.maximum(sq, 0.0))
        np.fill_diagonal(D, 0.0)
        return D
    Y = np.asarray(Y, dtype=float)
    return np.sqrt(np.maximum(np.sum(X ** 2, 1)[:, None] + np.sum(Y ** 2, 1)[None, :] - X @ Y.T, 0.0))
''',
    },
    "ex_knn": {
        "np.inf into the integer distance matrix of integer points": '''
def knn_indices(X, k):
    gaps = np.sum((X[:, None, :] - X[None, :, :]) ** 2, axis=-1)
    gaps[np.diag_indices(len(X))] = np.inf
    return np.argsort(gaps, axis=1, kind="stable")[:, :k]
''',
        "jitters X in place to break ties": '''
def knn_indices(X, k):
    X += 1e-9 * np.arange(len(X))[:, None]
    gaps = np.sum((X[:, None, :] - X[None, :, :]) ** 2, axis=-1)
    gaps[np.diag_indices(len(X))] = np.inf
    return np.argsort(gaps, axis=1, kind="stable")[:, :k]
''',
        "drops the first sorted column instead of excluding itself": '''
def knn_indices(X, k):
    D = distance.cdist(X, X)
    return np.argsort(D, axis=1, kind="stable")[:, 1:k + 1]
''',
        "unstable sort: ties in arbitrary order": '''
def knn_indices(X, k):
    D = distance.cdist(X, X)
    np.fill_diagonal(D, np.inf)
    return np.argsort(D, axis=1)[:, :k]
''',
        "off by one: k - 1 neighbours": '''
def knn_indices(X, k):
    D = distance.cdist(X, X)
    np.fill_diagonal(D, np.inf)
    return np.argsort(D, axis=1, kind="stable")[:, :k - 1]
''',
        "includes the point itself": '''
def knn_indices(X, k):
    return np.argsort(distance.cdist(X, X), axis=1, kind="stable")[:, :k]
''',
        "excludes the point with a distance of 1e9 instead of inf": '''
def knn_indices(X, k):
    D = np.sqrt(np.sum((X[:, None] - X[None]) ** 2, -1))
    np.fill_diagonal(D, 1e9)
    return np.argsort(D, axis=1, kind="stable")[:, :k]
''',
        "argpartition, then sorts the k selected": '''
def knn_indices(X, k):
    D = np.sum((X[:, None] - X[None]) ** 2, -1)
    np.fill_diagonal(D, np.inf)
    part = np.argpartition(D, k - 1, axis=1)[:, :k]
    vals = np.take_along_axis(D, part, 1)
    return np.take_along_axis(part, np.argsort(vals, axis=1, kind="stable"), 1)
''',
        "every distance 0 treated as the point itself": '''
def knn_indices(X, k):
    D = np.sum((X[:, None] - X[None]) ** 2, -1)
    D[D == 0] = np.inf
    return np.argsort(D, axis=1, kind="stable")[:, :k]
''',
        "default (unstable) argsort": '''
def knn_indices(X, k):
    X = np.asarray(X, dtype=float)
    D = np.sum((X[:, None, :] - X[None, :, :]) ** 2, axis=-1)
    np.fill_diagonal(D, np.inf)
    return np.argsort(D, axis=1)[:, :k]
''',
        "expansion formula for the distances": '''
def knn_indices(X, k):
    X = np.asarray(X, dtype=float)
    r = np.sum(X ** 2, axis=1)
    D = np.maximum(r[:, None] + r[None, :] - 2.0 * X @ X.T, 0.0)
    np.fill_diagonal(D, np.inf)
    return np.argsort(D, axis=1, kind="stable")[:, :k]
''',
        "diagonal set to 1e300 instead of inf": '''
def knn_indices(X, k):
    X = np.asarray(X, dtype=float)
    D = np.sum((X[:, None, :] - X[None, :, :]) ** 2, axis=-1)
    np.fill_diagonal(D, 1e300)
    return np.argsort(D, axis=1, kind="stable")[:, :k]
''',
        "float32 distances": '''
def knn_indices(X, k):
    X = np.asarray(X, dtype=np.float32)
    D = np.sum((X[:, None, :] - X[None, :, :]) ** 2, axis=-1)
    np.fill_diagonal(D, np.inf)
    return np.argsort(D, axis=1, kind="stable")[:, :k]
''',
        "argpartition picks the k smallest, ties at the boundary arbitrary": '''
def knn_indices(X, k):
    X = np.asarray(X, dtype=float)
    D = np.sum((X[:, None, :] - X[None, :, :]) ** 2, axis=-1)
    np.fill_diagonal(D, np.inf)
    part = np.argpartition(D, k - 1, axis=1)[:, :k]
    order = np.argsort(np.take_along_axis(D, part, axis=1), axis=1, kind="stable")
    return np.take_along_axis(part, order, axis=1)
''',
        "reuses pairwise_distances (the expansion) and a stable sort: wrong far from the origin": '''
def knn_indices(X, k):
    D = pairwise_distances(X)
    np.fill_diagonal(D, np.inf)
    return np.argsort(D, axis=1, kind="mergesort")[:, :k]
''',
    },
    "ex_mahalanobis": {
        "centres X in place": '''
def mahalanobis(X, mean, cov):
    X -= mean
    solved = np.linalg.solve(cov, X.T)
    return np.sqrt(np.maximum(np.einsum("ij,ji->i", X, solved), 0.0))
''',
        "offsets in the input's precision (float32)": '''
def mahalanobis(X, mean, cov):
    C = X - mean
    return np.sqrt(np.maximum(np.einsum("ij,ji->i", C, np.linalg.solve(cov, C.T)), 0.0))
''',
        "distances below 1e-8 rounded to 0": '''
def mahalanobis(X, mean, cov):
    C = np.asarray(X, dtype=float) - np.asarray(mean, dtype=float)
    d = np.sqrt(np.maximum(np.einsum("ij,ji->i", C, np.linalg.solve(cov, C.T)), 0.0))
    return np.where(d < 1e-8, 0.0, d)
''',
        "forgets the square root": '''
def mahalanobis(X, mean, cov):
    C = X - mean
    return np.einsum("ij,ji->i", C, np.linalg.solve(cov, C.T))
''',
        "uses only the diagonal of the covariance": '''
def mahalanobis(X, mean, cov):
    return np.sqrt(np.sum((X - mean) ** 2 / np.diag(cov), axis=1))
''',
        "covariance instead of its inverse": '''
def mahalanobis(X, mean, cov):
    C = X - mean
    return np.sqrt(np.einsum("ij,jk,ik->i", C, cov, C))
''',
        "returns the (n, n) matrix of quadratic forms": '''
def mahalanobis(X, mean, cov):
    C = X - mean
    return np.sqrt(np.abs(C @ np.linalg.inv(cov) @ C.T))
''',
        "ignores the mean": '''
def mahalanobis(X, mean, cov):
    return np.sqrt(np.sum(X * np.linalg.solve(cov, X.T).T, axis=1))
''',
        "whitens with (X - mean) @ inv(L)": '''
def mahalanobis(X, mean, cov):
    L = np.linalg.cholesky(cov)
    Z = (X - mean) @ np.linalg.inv(L)
    return np.linalg.norm(Z, axis=1)
''',
        "elementwise square root of the inverse covariance": '''
def mahalanobis(X, mean, cov):
    W = np.sqrt(np.abs(np.linalg.inv(cov)))
    return np.linalg.norm((X - mean) @ W, axis=1)
''',
        "solves with L^T instead of L": '''
def mahalanobis(X, mean, cov):
    L = np.linalg.cholesky(cov)
    return np.linalg.norm(np.linalg.solve(L.T, (X - mean).T), axis=0)
''',
        "review: centres X in place": '''
def mahalanobis(X, mean, cov):
    X = np.asarray(X, dtype=float)
    X -= np.asarray(mean, dtype=float)
    return np.sqrt(np.sum(X * np.linalg.solve(cov, X.T).T, axis=1))
''',
        "float32 solve": '''
def mahalanobis(X, mean, cov):
    C = (np.asarray(X, dtype=float) - np.asarray(mean, dtype=float)).astype(np.float32)
    S = np.linalg.solve(np.asarray(cov, dtype=np.float32), C.T).T
    return np.sqrt(np.sum(C * S, axis=1)).astype(np.float64)
''',
        "rounds squared distances below 1e-12 to 0": '''
def mahalanobis(X, mean, cov):
    C = np.asarray(X, dtype=float) - np.asarray(mean, dtype=float)
    q = np.sum(C * np.linalg.solve(cov, C.T).T, axis=1)
    return np.sqrt(np.where(q < 1e-12, 0.0, q))
''',
        "whitens on the wrong side (C @ inv(L))": '''
def mahalanobis(X, mean, cov):
    C = np.asarray(X, dtype=float) - np.asarray(mean, dtype=float)
    L = np.linalg.cholesky(cov)
    return np.linalg.norm(C @ np.linalg.inv(L), axis=1)
''',
        "uses only the diagonal of cov": '''
def mahalanobis(X, mean, cov):
    C = np.asarray(X, dtype=float) - np.asarray(mean, dtype=float)
    return np.sqrt(np.sum(C ** 2 / np.diag(cov), axis=1))
''',
    },
    "ex_pairwise_mahalanobis": {
        "centres X in place before whitening": '''
def pairwise_mahalanobis(X, cov):
    X -= X.mean(axis=0)
    Z = np.linalg.solve(np.linalg.cholesky(cov), X.T).T
    r = np.sum(Z * Z, axis=1)
    D = np.sqrt(np.maximum(r[:, None] + r[None, :] - 2 * Z @ Z.T, 0.0))
    D = (D + D.T) / 2
    np.fill_diagonal(D, 0.0)
    return D
''',
        "zeroes squared distances below 1e-12 (an absolute threshold)": '''
def pairwise_mahalanobis(X, cov):
    X = np.asarray(X, dtype=float)
    Z = np.linalg.solve(np.linalg.cholesky(cov), X.T).T
    Z = Z - Z.mean(axis=0)
    r = np.sum(Z * Z, axis=1)
    sq = r[:, None] + r[None, :] - 2 * Z @ Z.T
    sq[sq < 1e-12] = 0.0
    D = np.sqrt(sq)
    D = (D + D.T) / 2
    np.fill_diagonal(D, 0.0)
    return D
''',
        "X.T of nested lists (lists break)": '''
def pairwise_mahalanobis(X, cov):
    Z = np.linalg.solve(np.linalg.cholesky(cov), X.T).T
    Z = Z - Z.mean(axis=0)
    r = np.einsum("ij,ij->i", Z, Z)
    D = np.sqrt(np.clip(r[:, None] + r[None, :] - 2.0 * (Z @ Z.T), 0.0, None))
    D = 0.5 * (D + D.T)
    D[np.diag_indices_from(D)] = 0.0
    return D
''',
        "whitens with X @ inv(L), the wrong side": '''
def pairwise_mahalanobis(X, cov):
    L = np.linalg.cholesky(cov)
    return pairwise_distances(X @ np.linalg.inv(L))
''',
        "no clamp before the square root": '''
def pairwise_mahalanobis(X, cov):
    Z = np.linalg.solve(np.linalg.cholesky(cov), X.T).T
    s = (Z ** 2).sum(1)
    D = np.sqrt(s[:, None] + s[None, :] - 2 * Z @ Z.T)
    np.fill_diagonal(D, 0.0)
    return D
''',
        "covariance instead of its inverse": '''
def pairwise_mahalanobis(X, cov):
    return pairwise_distances(X @ np.linalg.cholesky(cov))
''',
        "forgets the square root": '''
def pairwise_mahalanobis(X, cov):
    return pairwise_distances(np.linalg.solve(np.linalg.cholesky(cov), X.T).T) ** 2
''',
        "divides each feature by its standard deviation only": '''
def pairwise_mahalanobis(X, cov):
    return pairwise_distances(X / np.sqrt(np.diag(cov)))
''',
        "clamped, but the diagonal is not set to 0": '''
def pairwise_mahalanobis(X, cov):
    Z = np.linalg.solve(np.linalg.cholesky(cov), X.T).T
    r = (Z ** 2).sum(1)
    return np.sqrt(np.maximum(r[:, None] + r[None, :] - 2 * Z @ Z.T, 0))
''',
        "float32 whitening": '''
def pairwise_mahalanobis(X, cov):
    X = np.asarray(X, dtype=np.float32)
    L = np.linalg.cholesky(np.asarray(cov, dtype=np.float32))
    Z = np.linalg.solve(L, X.T).T
    D = np.sqrt(np.maximum(np.sum((Z[:, None, :] - Z[None, :, :]) ** 2, axis=-1), 0))
    return D.astype(np.float64)
''',
        "expansion with no clamp and no zero diagonal": '''
def pairwise_mahalanobis(X, cov):
    X = np.asarray(X, dtype=float)
    L = np.linalg.cholesky(cov)
    Z = np.linalg.solve(L, X.T).T
    r = np.sum(Z ** 2, axis=1)
    return np.sqrt(r[:, None] + r[None, :] - 2.0 * Z @ Z.T)
''',
        "review: centres X in place before whitening": '''
def pairwise_mahalanobis(X, cov):
    X = np.asarray(X, dtype=float)
    X -= X.mean(axis=0)
    L = np.linalg.cholesky(cov)
    Z = np.linalg.solve(L, X.T).T
    r = np.sum(Z ** 2, axis=1)
    D = np.sqrt(np.maximum(r[:, None] + r[None, :] - 2.0 * Z @ Z.T, 0.0))
    np.fill_diagonal(D, 0.0)
    return D
''',
        "squared distances below 1e-10 set to 0": '''
def pairwise_mahalanobis(X, cov):
    X = np.asarray(X, dtype=float)
    L = np.linalg.cholesky(cov)
    Z = np.linalg.solve(L, X.T).T
    sq = np.sum((Z[:, None, :] - Z[None, :, :]) ** 2, axis=-1)
    return np.sqrt(np.where(sq < 1e-10, 0.0, sq))
''',
        "clamps but does not symmetrise, diagonal by clamp only": '''
def pairwise_mahalanobis(X, cov):
    X = np.asarray(X, dtype=float)
    L = np.linalg.cholesky(cov)
    Z = np.linalg.solve(L, X.T).T
    r = np.sum(Z ** 2, axis=1)
    return np.sqrt(np.maximum(r[:, None] + r[None, :] - 2.0 * Z @ Z.T, 0.0))
''',
    },
    "ex_contrast_ratio": {
        "treats distances below 1e-12 as coincident": '''
def contrast_ratio(X, Q):
    X, Q = np.asarray(X, dtype=float), np.asarray(Q, dtype=float)
    D = np.linalg.norm(Q[:, None, :] - X[None, :, :], axis=-1)
    near, far = D.min(axis=1), D.max(axis=1)
    return np.where(near < 1e-12, np.inf, far / np.maximum(near, 1e-12))
''',
        "reuses pairwise_distances (rounding hides a coincident query)": '''
def contrast_ratio(X, Q):
    D = pairwise_distances(Q, X)
    with np.errstate(divide="ignore"):
        return D.max(axis=1) / D.min(axis=1)
''',
        "differences in the input's precision (float32)": '''
def contrast_ratio(X, Q):
    D = np.linalg.norm(Q[:, None, :] - X[None, :, :], axis=-1)
    with np.errstate(divide="ignore"):
        return D.max(axis=1) / D.min(axis=1)
''',
        "centres data and queries in place": '''
def contrast_ratio(X, Q):
    c = X.mean(axis=0)
    X -= c
    Q -= c
    D = np.linalg.norm(Q[:, None, :] - X[None, :, :], axis=-1)
    with np.errstate(divide="ignore"):
        return D.max(axis=1) / D.min(axis=1)
''',
        "epsilon in the denominator": '''
def contrast_ratio(X, Q):
    D = distance.cdist(Q, X)
    return D.max(axis=1) / (D.min(axis=1) + 1e-12)
''',
        "squared distances": '''
def contrast_ratio(X, Q):
    D = distance.cdist(Q, X) ** 2
    with np.errstate(divide="ignore"):
        return D.max(axis=1) / D.min(axis=1)
''',
        "reduces over the queries": '''
def contrast_ratio(X, Q):
    D = distance.cdist(Q, X)
    with np.errstate(divide="ignore"):
        return D.max(axis=0) / D.min(axis=0)
''',
        "skips zero distances when taking the minimum": '''
def contrast_ratio(X, Q):
    D = distance.cdist(Q, X)
    Dm = np.where(D > 0, D, np.inf)
    return D.max(1) / Dm.min(1)
''',
        "NaN instead of inf for a coincident query": '''
def contrast_ratio(X, Q):
    D = distance.cdist(Q, X)
    mn = D.min(1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(mn > 0, D.max(1) / mn, np.nan)
''',
        "uses the first query for every row": '''
def contrast_ratio(X, Q):
    d = np.linalg.norm(X - Q[0], axis=1)
    return np.full(len(Q), d.max() / d.min())
''',
        "float32 distances": '''
def contrast_ratio(X, Q):
    X = np.asarray(X, dtype=np.float32)
    Q = np.asarray(Q, dtype=np.float32)
    D = np.sqrt(np.sum((Q[:, None, :] - X[None, :, :]) ** 2, axis=-1))
    with np.errstate(divide="ignore"):
        return (D.max(axis=1) / D.min(axis=1)).astype(np.float64)
''',
        "expansion formula, clamped": '''
def contrast_ratio(X, Q):
    X = np.asarray(X, dtype=float)
    Q = np.asarray(Q, dtype=float)
    sq = np.sum(Q ** 2, 1)[:, None] + np.sum(X ** 2, 1)[None, :] - 2.0 * Q @ X.T
    D = np.sqrt(np.maximum(sq, 0.0))
    with np.errstate(divide="ignore"):
        return D.max(axis=1) / D.min(axis=1)
''',
        "nearest distance below 1e-12 means inf": '''
def contrast_ratio(X, Q):
    X = np.asarray(X, dtype=float)
    Q = np.asarray(Q, dtype=float)
    D = np.sqrt(np.sum((Q[:, None, :] - X[None, :, :]) ** 2, axis=-1))
    lo = D.min(axis=1)
    return np.where(lo < 1e-12, np.inf, D.max(axis=1) / np.where(lo < 1e-12, 1.0, lo))
''',
        "shifts Q in place by the data mean": '''
def contrast_ratio(X, Q):
    X = np.asarray(X, dtype=float)
    Q = np.asarray(Q, dtype=float)
    mu = X.mean(axis=0)
    Q -= mu
    D = np.linalg.norm((X - mu)[None, :, :] - Q[:, None, :], axis=-1)
    with np.errstate(divide="ignore"):
        return D.max(axis=1) / D.min(axis=1)
''',
    },
}
