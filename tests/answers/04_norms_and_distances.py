"""Alternative correct answers and plausible wrong answers for lesson 04 (norms and distances).

Each code string replaces the whole answer cell of its exercise; it runs in the lesson's kernel, so
``np``, ``scipy``, ``distance`` and the reference answers of earlier exercises are available. The
first WRONG answer of every exercise passes that exercise's visible tests: only the hidden tests
catch it (it is also the one submitted in the nbgrader round trip).
"""

CORRECT = {
    "ex_normalize_rows": {
        "clamps the length like torch.nn.functional.normalize": '''
def normalize_rows(X):
    lengths = np.linalg.norm(X, axis=1, keepdims=True)
    return X / np.maximum(lengths, 1e-12)
''',
        "loop over rows": '''
def normalize_rows(X):
    out = np.zeros(X.shape, dtype=float)
    for i, row in enumerate(X):
        length = float(np.sqrt(np.sum(np.asarray(row, dtype=float) ** 2)))
        if length > 0:
            out[i] = row / length
    return out
''',
        "np.divide with where= and out=": '''
def normalize_rows(X):
    n = np.sqrt(np.sum(X * X, axis=1, keepdims=True))
    return np.divide(X, n, out=np.zeros_like(X, dtype=float), where=n > 0)
''',
        "divides, then turns the NaN of zero rows into 0": '''
def normalize_rows(X):
    with np.errstate(invalid="ignore", divide="ignore"):
        U = X / np.linalg.norm(X, axis=1)[:, None]
    return np.nan_to_num(U, nan=0.0)
''',
        "rescales by the largest entry first": '''
def normalize_rows(X):
    m = np.max(np.abs(X), axis=1, keepdims=True)
    m = np.where(m > 0, m, 1.0)
    A = X / m
    n = np.linalg.norm(A, axis=1, keepdims=True)
    return A / np.where(n > 0, n, 1.0)
''',
        "keeps float32 input in float32": '''
def normalize_rows(X):
    n = np.linalg.norm(X, axis=1, keepdims=True)
    return (X / np.where(n > 0, n, 1)).astype(X.dtype)
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
    },
    "ex_matrix_norms": {
        "np.linalg.norm over the last two axes": '''
def matrix_norms(A):
    ax = (-2, -1)
    return np.linalg.norm(A, "fro", axis=ax), np.linalg.norm(A, 2, axis=ax), np.linalg.norm(A, "nuc", axis=ax)
''',
        "eigenvalues of A^T A": '''
def matrix_norms(A):
    lam = np.clip(np.linalg.eigvalsh(np.swapaxes(A, -1, -2) @ A), 0.0, None)   # ascending
    return np.sqrt(lam.sum(axis=-1)), np.sqrt(lam[..., -1]), np.sqrt(lam).sum(axis=-1)
''',
        "recursion over the stack, Python floats for one matrix": '''
def matrix_norms(A):
    if A.ndim == 2:
        s = np.linalg.svd(A, compute_uv=False)
        return float(np.sqrt(np.sum(s ** 2))), float(s.max()), float(s.sum())
    res = [matrix_norms(M) for M in A]
    return tuple(np.array(v) for v in zip(*res))
''',
        "Frobenius from the entries, spectral as max": '''
def matrix_norms(A):
    s = np.linalg.svd(A, compute_uv=False)
    return np.sqrt((A ** 2).sum(axis=(-2, -1))), s.max(axis=-1), s.sum(axis=-1)
''',
    },
    "ex_cosine_similarity": {
        "reuses normalize_rows": '''
def cosine_similarity_matrix(X, Y):
    return normalize_rows(X) @ normalize_rows(Y).T
''',
        "divides by the outer product of norms where it is non-zero": '''
def cosine_similarity_matrix(X, Y):
    num = (X @ Y.T).astype(float)
    den = np.outer(np.linalg.norm(X, axis=1), np.linalg.norm(Y, axis=1)).astype(float)
    return np.divide(num, den, out=np.zeros_like(num), where=den > 0)
''',
        "double loop": '''
def cosine_similarity_matrix(X, Y):
    S = np.zeros((len(X), len(Y)))
    for i, x in enumerate(X):
        for j, y in enumerate(Y):
            nx, ny = np.linalg.norm(x), np.linalg.norm(y)
            if nx > 0 and ny > 0:
                S[i, j] = x @ y / (nx * ny)
    return S
''',
        "1 - scipy cosine distance, NaN replaced by 0": '''
def cosine_similarity_matrix(X, Y):
    with np.errstate(invalid="ignore", divide="ignore"):
        S = 1.0 - distance.cdist(X, Y, "cosine")
    return np.nan_to_num(S, nan=0.0)
''',
        "normalised rows, result clipped to [-1, 1]": '''
def cosine_similarity_matrix(X, Y):
    S = normalize_rows(X) @ normalize_rows(Y).T
    return np.clip(S, -1.0, 1.0)
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
    },
    "ex_pairwise_distances": {
        "double loop": '''
def pairwise_distances(X, Y=None):
    Y = X if Y is None else Y
    return np.array([[np.sqrt(np.sum((x - y) ** 2)) for y in Y] for x in X])
''',
        "broadcast differences (exact, memory-hungry)": '''
def pairwise_distances(X, Y=None):
    Y = X if Y is None else Y
    return np.sqrt(np.sum((X[:, None, :] - Y[None, :, :]) ** 2, axis=-1))
''',
        "centres first, then the expansion": '''
def pairwise_distances(X, Y=None):
    same = Y is None
    Y = X if same else Y
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
    Y = X if same else Y
    sq = (X ** 2).sum(1)[:, None] + (Y ** 2).sum(1)[None, :] - 2 * X @ Y.T
    D = np.sqrt(np.abs(sq))
    if same:
        np.fill_diagonal(D, 0)
    return D
''',
        "einsum for the squared norms, diagonal by fancy indexing": '''
def pairwise_distances(X, Y=None):
    self_ = Y is None
    if self_:
        Y = X
    rx = np.einsum("ij,ij->i", X, X)
    ry = np.einsum("ij,ij->i", Y, Y)
    D = np.sqrt(np.maximum(rx[:, None] + ry[None, :] - 2 * np.dot(X, Y.T), 0))
    if self_:
        D[np.arange(len(X)), np.arange(len(X))] = 0
    return D
''',
    },
    "ex_knn": {
        "reuses pairwise_distances and a stable sort": '''
def knn_indices(X, k):
    D = pairwise_distances(X)
    np.fill_diagonal(D, np.inf)
    return np.argsort(D, axis=1, kind="mergesort")[:, :k]
''',
        "sorted() with a (distance, index) key, row by row": '''
def knn_indices(X, k):
    n = len(X)
    out = []
    for i in range(n):
        cand = [(float(np.sum((X[i] - X[j]) ** 2)), j) for j in range(n) if j != i]
        out.append([j for _, j in sorted(cand)[:k]])
    return np.array(out, dtype=int).reshape(n, k)
''',
        "lexsort by (distance, index) row by row": '''
def knn_indices(X, k):
    n = len(X)
    D = np.sum((X[:, None] - X[None]) ** 2, -1)
    np.fill_diagonal(D, np.inf)
    idx = np.tile(np.arange(n), (n, 1))
    return np.array([np.lexsort((idx[i], D[i]))[:k] for i in range(n)])
''',
        "stable argsort, then removes index i wherever it sits": '''
def knn_indices(X, k):
    D = np.linalg.norm(X[:, None, :] - X[None, :, :], axis=-1)
    order = np.argsort(D, axis=1, kind="stable")
    return np.array([[j for j in row if j != i][:k] for i, row in enumerate(order)])
''',
        "argsort down the columns of the symmetric matrix, transposed": '''
def knn_indices(X, k):
    D = np.sum((X[:, None] - X[None]) ** 2, -1)
    np.fill_diagonal(D, np.inf)
    return np.argsort(D, axis=0, kind="stable")[:k].T
''',
    },
    "ex_mahalanobis": {
        "explicit inverse and einsum": '''
def mahalanobis(X, mean, cov):
    C = X - mean
    return np.sqrt(np.einsum("ij,jk,ik->i", C, np.linalg.inv(cov), C))
''',
        "Cholesky whitening with a triangular solve": '''
def mahalanobis(X, mean, cov):
    L = np.linalg.cholesky(cov)
    Z = scipy.linalg.solve_triangular(L, (X - mean).T, lower=True)
    return np.linalg.norm(Z, axis=0)
''',
        "loop with scipy": '''
def mahalanobis(X, mean, cov):
    VI = np.linalg.inv(cov)
    return np.array([distance.mahalanobis(x, mean, VI) for x in X])
''',
        "eigendecomposition whitening": '''
def mahalanobis(X, mean, cov):
    w, V = np.linalg.eigh(cov)
    Z = (X - mean) @ V / np.sqrt(w)
    return np.sqrt(np.sum(Z ** 2, axis=1))
''',
        "diagonal of the (n, n) matrix of quadratic forms": '''
def mahalanobis(X, mean, cov):
    C = X - mean
    return np.sqrt(np.diag(C @ np.linalg.solve(cov, C.T)))
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
    out = []
    for q in Q:
        d = np.sqrt(np.sum((X - q) ** 2, axis=1))
        out.append(np.inf if d.min() == 0 else d.max() / d.min())
    return np.array(out)
''',
        "reuses pairwise_distances": '''
def contrast_ratio(X, Q):
    D = pairwise_distances(Q, X)
    with np.errstate(divide="ignore"):
        return D.max(axis=1) / D.min(axis=1)
''',
        "square root of the ratio of squared distances": '''
def contrast_ratio(X, Q):
    S = ((Q[:, None, :] - X[None, :, :]) ** 2).sum(-1)
    with np.errstate(divide="ignore"):
        return np.sqrt(S.max(1) / S.min(1))
''',
        "(n, m) table reduced over axis 0": '''
def contrast_ratio(X, Q):
    D = np.linalg.norm(X[:, None, :] - Q[None, :, :], axis=-1)   # (n, m)
    with np.errstate(divide="ignore"):
        return D.max(axis=0) / D.min(axis=0)
''',
    },
}

WRONG = {
    "ex_normalize_rows": {
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
    },
    "ex_lp_norm": {
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
        "rescales by the largest entry, not the largest magnitude": '''
def lp_norm(X, p):
    A = np.abs(X)
    m = np.max(X, axis=-1, keepdims=True)
    m = np.where(m > 0, m, 1.0)
    if np.isinf(p):
        return A.max(axis=-1)
    return m[..., 0] * np.sum((A / m) ** p, axis=-1) ** (1 / p)
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
    },
    "ex_matrix_norms": {
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
    },
    "ex_cosine_similarity": {
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
    },
    "ex_metric_axioms": {
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
    },
    "ex_pairwise_distances": {
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
    },
    "ex_knn": {
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
    },
    "ex_mahalanobis": {
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
    },
    "ex_pairwise_mahalanobis": {
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
    },
    "ex_contrast_ratio": {
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
    },
}
