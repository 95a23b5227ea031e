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
    },
}
