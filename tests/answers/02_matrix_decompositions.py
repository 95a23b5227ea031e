"""Other correct answers and plausible wrong answers for lesson 02's exercises.

Each CORRECT answer must pass every test cell of its exercise; each WRONG answer must fail at
least one. The first WRONG answer of each exercise passes the visible tests, so that it is the
hidden tests that catch it (it is also the one sent through a full nbgrader round trip).
"""

CORRECT = {
    "ex_matrix_function": {
        "sum of rank-one terms": '''
def matrix_function(A, f):
    w, Q = np.linalg.eigh(np.asarray(A, dtype=float))
    fw = f(w)
    out = np.zeros((len(w), len(w)))
    for i in range(len(w)):
        out += fw[i] * np.outer(Q[:, i], Q[:, i])
    return out
''',
        "general eig with V^-1": '''
def matrix_function(A, f):
    w, V = np.linalg.eig(np.asarray(A, dtype=float))
    return np.real(V @ np.diag(f(np.real(w))) @ np.linalg.inv(V))
''',
        "symmetrise then scipy eigh, einsum": '''
def matrix_function(A, f):
    S = (np.asarray(A, dtype=float) + np.asarray(A, dtype=float).T) / 2
    w, Q = sla.eigh(S)
    return np.einsum("ik,k,jk->ij", Q, f(w), Q)
''',
        "scipy eigh on the upper triangle, scaled columns": '''
def matrix_function(A, f):
    A = np.array(A, dtype=np.float64)
    w, Q = sla.eigh(A, lower=False)
    return (Q * f(w)) @ Q.T
''',
        "real Schur form of the symmetric matrix": '''
def matrix_function(A, f):
    T, Z = sla.schur(np.asarray(A, dtype=float))
    return Z @ np.diag(f(np.diag(T))) @ Z.T
''',
    },
    "ex_power_iteration": {
        "explicit Rayleigh quotient with division": '''
def power_iteration(A, x0, num_iters=200):
    v = np.array(x0, dtype=np.float64)
    for _ in range(num_iters):
        v = A @ v
        v /= np.linalg.norm(v)
    v = v / np.linalg.norm(v)
    lam = (v @ A @ v) / (v @ v)
    return lam, v
''',
        "0-d array eigenvalue, while loop": '''
def power_iteration(A, x0, num_iters=200):
    v = np.asarray(x0, dtype=float) / np.linalg.norm(x0)
    i = 0
    while i < num_iters:
        w = np.dot(A, v)
        v = w / np.sqrt(np.sum(w * w))
        i += 1
    return np.asarray(np.dot(v, np.dot(A, v))), v
''',
        "inf-norm scaling, 2-norm at end": '''
def power_iteration(A, x0, num_iters=200):
    v = np.asarray(x0, dtype=float)
    for _ in range(num_iters):
        v = A @ v
        v = v / np.max(np.abs(v))
    v = v / np.linalg.norm(v)
    return v @ A @ v / (v @ v), v
''',
        "sqrt(y@y), 0-d array lam, sign fixed": '''
def power_iteration(A, x0, num_iters=200):
    A = np.asarray(A, dtype=np.float64)
    v = np.asarray(x0, dtype=np.float64)
    v = v / np.sqrt(v @ v)
    for _ in range(num_iters):
        y = A @ v
        v = y / np.sqrt(y @ y)
    if v[np.argmax(np.abs(v))] < 0:
        v = -v
    return np.array(v @ (A @ v)), v
''',
        "max-abs rescaling before every 2-norm": '''
def power_iteration(A, x0, num_iters=200):
    A = np.asarray(A, dtype=np.float64)
    v = np.asarray(x0, dtype=np.float64)
    v = v / np.abs(v).max()
    v = v / np.linalg.norm(v)
    for _ in range(num_iters):
        w = A @ v
        w = w / np.abs(w).max()
        v = w / np.linalg.norm(w)
    return float(v @ A @ v), v
''',
        "einsum, normalise before each product": '''
def power_iteration(A, x0, num_iters=200):
    A = np.array(A, dtype=float)
    v = np.array(x0, dtype=float)
    for _ in range(num_iters):
        v = np.einsum("ij,j->i", A, v / np.linalg.norm(v))
    v = v / np.linalg.norm(v)
    return np.einsum("i,ij,j->", v, A, v), v
''',
    },
    "ex_low_rank_error": {
        "loop over discarded values": '''
def low_rank_error(s, k):
    total = 0.0
    for value in s[k:]:
        total += float(value) ** 2
    spectral = float(s[k]) if k < len(s) else 0.0
    return total ** 0.5, spectral
''',
        "norms of the tail": '''
def low_rank_error(s, k):
    tail = np.append(np.asarray(s, dtype=float)[k:], 0.0)
    return float(np.linalg.norm(tail)), float(np.max(tail))
''',
        "build diag matrix and measure": '''
def low_rank_error(s, k):
    S = np.diag(np.asarray(s, dtype=float))
    Sk = S.copy()
    Sk[k:, k:] = 0.0
    return np.linalg.norm(S - Sk, "fro"), np.linalg.norm(S - Sk, 2)
''',
        "running hypot over the tail": '''
def low_rank_error(s, k):
    tail = np.asarray(s, dtype=np.float64)[k:]
    fro = 0.0
    for t in tail:
        fro = np.hypot(fro, t)
    return float(fro), float(tail[0]) if tail.size else 0.0
''',
        "tail scaled by its largest value": '''
def low_rank_error(s, k):
    tail = np.array(s, dtype=float)[k:]
    if tail.size == 0 or tail.max() == 0.0:
        return 0.0, 0.0
    top = tail.max()
    return float(top * np.sqrt(np.sum((tail / top) ** 2))), float(top)
''',
    },
    "ex_truncated_svd": {
        "zero the tail of s, full matrices": '''
def truncated_svd(A, k):
    A = np.asarray(A, dtype=float)
    U, s, Vt = np.linalg.svd(A)
    kept = np.where(np.arange(len(s)) < k, s, 0.0)
    S = np.zeros(A.shape)
    S[:len(s), :len(s)] = np.diag(kept)
    return U @ S @ Vt
''',
        "project onto top-k left vectors": '''
def truncated_svd(A, k):
    A = np.asarray(A, dtype=np.float64)
    U, _, _ = np.linalg.svd(A, full_matrices=False)
    return U[:, :k] @ (U[:, :k].T @ A)
''',
        "float64 loop over outer products": '''
def truncated_svd(A, k):
    U, s, Vt = np.linalg.svd(np.asarray(A, dtype=np.float64), full_matrices=False)
    out = np.zeros(np.shape(A))
    for i in range(k):
        out += s[i] * np.outer(U[:, i], Vt[i])
    return out
''',
        "scipy gesvd driver, scaled columns of U": '''
def truncated_svd(A, k):
    A = np.asarray(A, dtype=np.float64)
    U, s, Vt = sla.svd(A, full_matrices=False, lapack_driver="gesvd")
    return (U[:, :k] * s[:k]) @ Vt[:k]
''',
        "project rows onto the top-k right singular vectors": '''
def truncated_svd(A, k):
    A = np.array(A, dtype=float)
    Vk = np.linalg.svd(A, full_matrices=False)[2][:k]
    return (A @ Vk.T) @ Vk
''',
    },
    "ex_pca": {
        "SVD route with flipped signs": '''
def pca(X, k):
    X = np.asarray(X, dtype=np.float64)
    mu = X.mean(axis=0)
    _, s, Vt = np.linalg.svd(X - mu, full_matrices=False)
    return -Vt[:k], s[:k] ** 2 / (len(X) - 1), mu
''',
        "loop covariance, eig, sklearn sign flip": '''
def pca(X, k):
    X = np.asarray(X, dtype=np.float64)
    n, d = X.shape
    mu = np.zeros(d)
    for row in X:
        mu += row
    mu /= n
    C = np.zeros((d, d))
    for row in X:
        c = row - mu
        C += np.outer(c, c)
    C /= n - 1
    w, V = np.linalg.eig(C)
    w, V = np.real(w), np.real(V)
    order = np.argsort(-w)[:k]
    comps = V[:, order].T
    comps = comps / np.linalg.norm(comps, axis=1, keepdims=True)
    signs = np.sign(comps[np.arange(k), np.argmax(np.abs(comps), axis=1)])
    return comps * signs[:, None], w[order], mu
''',
        "copy and in-place centring": '''
def pca(X, k):
    Xc = np.array(X, dtype=float, copy=True)
    mu = Xc.mean(axis=0)
    Xc -= mu
    C = Xc.T @ Xc / (Xc.shape[0] - 1)
    w, V = np.linalg.eigh(C)
    return V[:, ::-1][:, :k].T, w[::-1][:k], mu
''',
        "SVD of the transposed centred data": '''
def pca(X, k):
    X = np.array(X, dtype=np.float64)
    mu = X.mean(axis=0)
    U, s, _ = np.linalg.svd((X - mu).T, full_matrices=False)
    return U[:, :k].T, s[:k] ** 2 / (X.shape[0] - 1), mu
''',
        "np.average, einsum covariance, eigh reversed": '''
def pca(X, k):
    X = np.asarray(X, dtype=float)
    mu = np.average(X, axis=0)
    Xc = X - mu
    C = np.einsum("ni,nj->ij", Xc, Xc) / (len(X) - 1)
    w, V = np.linalg.eigh(C)
    return V[:, ::-1][:, :k].T, w[::-1][:k], mu
''',
    },
    "ex_explained_variance": {
        "python loop": '''
def explained_variance(s, threshold):
    squares = [float(v) ** 2 for v in s]
    total = sum(squares)
    ratio = np.array([q / total for q in squares])
    running = 0.0
    for i, r in enumerate(ratio):
        running += r
        if running >= threshold:
            return ratio, i + 1
    return ratio, len(ratio)
''',
        "searchsorted": '''
def explained_variance(s, threshold):
    s = np.asarray(s, dtype=float)
    ratio = s ** 2 / np.sum(s ** 2)
    return ratio, int(np.searchsorted(np.cumsum(ratio), threshold, side="left")) + 1
''',
        "count below + 1, cumsum of squares over total": '''
def explained_variance(s, threshold):
    sq = np.asarray(s, dtype=float) ** 2
    cum = np.cumsum(sq) / sq.sum()
    return sq / sq.sum(), int(np.sum(cum < threshold)) + 1
''',
        "scaled against overflow, argmax": '''
def explained_variance(s, threshold):
    s = np.asarray(s, dtype=float)
    t = s / s.max()
    ratio = t ** 2 / np.sum(t ** 2)
    return ratio, int(np.argmax(np.cumsum(ratio) >= threshold)) + 1
''',
        "first index where the cumulative ratio reaches the threshold": '''
def explained_variance(s, threshold):
    sq = np.square(np.asarray(s, dtype=np.float64))
    ratio = sq / sq.sum()
    k = np.nonzero(np.cumsum(ratio) >= threshold)[0][0] + 1
    return ratio, int(k)
''',
        "while loop accumulating ratios": '''
def explained_variance(s, threshold):
    s = np.array(s, dtype=float)
    ratio = s * s / np.dot(s, s)
    k, acc = 0, 0.0
    while acc < threshold and k < len(ratio):
        acc += ratio[k]
        k += 1
    return ratio, k
''',
    },
    "ex_gram_schmidt_qr": {
        "classical Gram-Schmidt with re-orthogonalisation (CGS2)": '''
def gram_schmidt_qr(A):
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q = np.zeros((m, n))
    R = np.zeros((n, n))
    for j in range(n):
        v = A[:, j].copy()
        for _ in range(2):
            c = Q[:, :j].T @ v
            v = v - Q[:, :j] @ c
            R[:j, j] += c
        R[j, j] = np.linalg.norm(v)
        Q[:, j] = v / R[j, j]
    return Q, R
''',
        "left-looking modified Gram-Schmidt": '''
def gram_schmidt_qr(A):
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q = np.zeros((m, n))
    R = np.zeros((n, n))
    for j in range(n):
        v = A[:, j].copy()
        for i in range(j):
            R[i, j] = Q[:, i] @ v
            v = v - R[i, j] * Q[:, i]
        R[j, j] = np.linalg.norm(v)
        Q[:, j] = v / R[j, j]
    return Q, R
''',
        "double loop MGS": '''
def gram_schmidt_qr(A):
    V = np.array(A, dtype=np.float64)
    m, n = V.shape
    Q = np.zeros((m, n))
    R = np.zeros((n, n))
    for j in range(n):
        R[j, j] = np.linalg.norm(V[:, j])
        Q[:, j] = V[:, j] / R[j, j]
        for l in range(j + 1, n):
            R[j, l] = Q[:, j] @ V[:, l]
            V[:, l] = V[:, l] - R[j, l] * Q[:, j]
    return Q, R
''',
        "right-looking MGS, vectorised updates": '''
def gram_schmidt_qr(A):
    V = np.array(A, dtype=np.float64)
    m, n = V.shape
    Q = np.zeros((m, n))
    R = np.zeros((n, n))
    for j in range(n):
        R[j, j] = np.linalg.norm(V[:, j])
        Q[:, j] = V[:, j] / R[j, j]
        R[j, j + 1:] = Q[:, j] @ V[:, j + 1:]
        V[:, j + 1:] -= np.outer(Q[:, j], R[j, j + 1:])
    return Q, R
''',
        "MGS on max-scaled columns, R scaled back": '''
def gram_schmidt_qr(A):
    A = np.asarray(A, dtype=float)
    c = np.abs(A).max(axis=0)
    V = A / c
    m, n = V.shape
    Q = np.zeros((m, n))
    R = np.zeros((n, n))
    for j in range(n):
        v = V[:, j].copy()
        for i in range(j):
            R[i, j] = Q[:, i] @ v
            v -= R[i, j] * Q[:, i]
        R[j, j] = np.linalg.norm(v)
        Q[:, j] = v / R[j, j]
    return Q, R * c
''',
    },
    "ex_condition_number": {
        "svdvals in float64": '''
def condition_number(A):
    s = sla.svdvals(np.asarray(A, dtype=float))
    return np.inf if s.min() == 0 else float(s.max() / s.min())
''',
        "eigenvalues of nothing: svd of the transpose when wide": '''
def condition_number(A):
    A = np.asarray(A, dtype=np.float64)
    if A.shape[0] < A.shape[1]:
        A = A.T
    s = np.linalg.svd(A, compute_uv=False)
    if s[-1] == 0:
        return float("inf")
    return s[0] / s[-1]
''',
        "norm 2 over smallest singular value": '''
def condition_number(A):
    A = np.array(A, dtype=float)
    smallest = np.linalg.svd(A, compute_uv=False).min()
    return np.inf if smallest == 0.0 else float(np.linalg.norm(A, 2) / smallest)
''',
        "scipy gesvd singular values": '''
def condition_number(A):
    s = sla.svd(np.asarray(A, dtype=np.float64), compute_uv=False, lapack_driver="gesvd")
    return np.inf if s[-1] == 0 else float(s[0] / s[-1])
''',
        "np.linalg.cond on float64": '''
def condition_number(A):
    with np.errstate(divide="ignore"):
        return float(np.linalg.cond(np.asarray(A, dtype=float)))
''',
    },
    "ex_lstsq_qr": {
        "modified Gram-Schmidt on the augmented matrix [A | b] (Björck)": '''
def lstsq_qr(A, b):
    M = np.column_stack([A, b]).astype(float)
    m, n1 = M.shape
    R = np.zeros((n1, n1))
    for j in range(n1):
        R[j, j] = np.linalg.norm(M[:, j])
        M[:, j] /= R[j, j]
        R[j, j + 1:] = M[:, j] @ M[:, j + 1:]
        M[:, j + 1:] -= np.outer(M[:, j], R[j, j + 1:])
    n = n1 - 1
    return sla.solve_triangular(R[:n, :n], R[:n, n])
''',
        "pivoted QR in float64": '''
def lstsq_qr(A, b):
    Q, R, piv = sla.qr(np.asarray(A, dtype=float), mode="economic", pivoting=True)
    y = sla.solve_triangular(R, Q.T @ np.asarray(b, dtype=float))
    x = np.empty_like(y)
    x[piv] = y
    return x
''',
        "complete QR sliced, float64": '''
def lstsq_qr(A, b):
    A, b = np.asarray(A, dtype=float), np.asarray(b, dtype=float)
    n = A.shape[1]
    Q, R = np.linalg.qr(A, mode="complete")
    return sla.solve_triangular(R[:n], (Q.T @ b)[:n])
''',
        "scipy economic QR, back substitution loop, float64": '''
def lstsq_qr(A, b):
    Q, R = sla.qr(np.array(A, dtype=float), mode="economic")
    c = Q.T @ np.array(b, dtype=float)
    n = R.shape[0]
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (c[i] - R[i, i + 1:] @ x[i + 1:]) / R[i, i]
    return x
''',
        "economic QR, np.linalg.solve on R": '''
def lstsq_qr(A, b):
    Q, R = sla.qr(np.asarray(A, dtype=np.float64), mode="economic")
    return np.linalg.solve(R, Q.T @ np.asarray(b, dtype=np.float64))
''',
        "R of the augmented matrix [A | b]": '''
def lstsq_qr(A, b):
    M = np.column_stack([np.asarray(A, dtype=float), np.asarray(b, dtype=float)])
    R = np.linalg.qr(M, mode="r")
    n = M.shape[1] - 1
    return sla.solve_triangular(R[:n, :n], R[:n, n])
''',
    },
    "ex_spectral_radius": {
        "loop over the batch": '''
def spectral_radius(W):
    W = np.asarray(W, dtype=float)
    flat = W.reshape(-1, W.shape[-2], W.shape[-1])
    out = np.array([max(abs(np.linalg.eigvals(m))) for m in flat])
    return out.reshape(W.shape[:-2])
''',
        "hypot in float64": '''
def spectral_radius(W):
    lam = np.linalg.eigvals(np.asarray(W, dtype=np.float64))
    return np.max(np.hypot(lam.real, lam.imag), axis=-1)
''',
        "scipy per matrix with ndindex, float64": '''
def spectral_radius(W):
    W = np.asarray(W, dtype=float)
    out = np.empty(W.shape[:-2])
    for idx in np.ndindex(*W.shape[:-2]):
        out[idx] = np.abs(sla.eigvals(W[idx])).max()
    return out
''',
        "loop with sqrt(re² + im²)": '''
def spectral_radius(W):
    W = np.asarray(W, dtype=np.float64)
    out = np.zeros(W.shape[:-2])
    for idx in np.ndindex(*W.shape[:-2]):
        lam = np.linalg.eigvals(W[idx])
        out[idx] = np.sqrt(lam.real ** 2 + lam.imag ** 2).max()
    return out
''',
        "flattened batch, reshaped back": '''
def spectral_radius(W):
    W = np.asarray(W, dtype=float)
    lam = np.linalg.eigvals(W.reshape((-1,) + W.shape[-2:]))
    return np.abs(lam).max(axis=1).reshape(W.shape[:-2])
''',
    },
    "ex_log_growth_rate": {
        "log of a product kept as mantissa and exponent": '''
def log_growth_rate(W, x0, steps):
    v = np.asarray(x0, dtype=float)
    log_norm0 = np.log(np.linalg.norm(v))
    scale = 0.0
    for _ in range(steps):
        v = W @ v
        c = np.abs(v).max()
        scale += np.log(c)
        v = v / c
    return float((scale + np.log(np.linalg.norm(v)) - log_norm0) / steps)
''',
        "ratio of norms each step, unnormalised x0": '''
def log_growth_rate(W, x0, steps):
    v = np.asarray(x0, dtype=float)
    total = 0.0
    for _ in range(steps):
        y = W @ v
        total += np.log(np.linalg.norm(y) / np.linalg.norm(v))
        v = y / np.linalg.norm(y)
    return float(total / steps)
''',
        "list of per-step factors, float64": '''
def log_growth_rate(W, x0, steps):
    W = np.asarray(W, dtype=float)
    h = np.asarray(x0, dtype=float)
    h = h / np.linalg.norm(h)
    factors = []
    for _ in range(steps):
        h = W @ h
        factors.append(np.linalg.norm(h))
        h = h / factors[-1]
    return float(np.mean(np.log(factors)))
''',
        "power-of-two exponent bookkeeping with frexp": '''
def log_growth_rate(W, x0, steps):
    W = np.asarray(W, dtype=float)
    v = np.asarray(x0, dtype=float)
    v = v / np.linalg.norm(v)
    log2_total = 0
    for _ in range(steps):
        v = W @ v
        _, e = np.frexp(np.linalg.norm(v))
        v = np.ldexp(v, -e)
        log2_total += int(e)
    return float((log2_total * np.log(2.0) + np.log(np.linalg.norm(v))) / steps)
''',
        "difference of log norms each step": '''
def log_growth_rate(W, x0, steps):
    W = np.asarray(W, dtype=np.float64)
    v = np.asarray(x0, dtype=np.float64)
    total = 0.0
    for _ in range(steps):
        w = W @ v
        total += np.log(np.linalg.norm(w)) - np.log(np.linalg.norm(v))
        v = w / np.linalg.norm(w)
    return float(total / steps)
''',
    },
    "ex_randomized_svd": {
        "power iterations without intermediate QR on A.T side": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    m, n = A.shape
    Omega = rng.normal(size=(n, k + oversample))
    Q = np.linalg.qr(A @ Omega)[0]
    for _ in range(n_iter):
        Q = np.linalg.qr(A @ (A.T @ Q))[0]
    B = Q.T @ A
    Ub, s, Vt = np.linalg.svd(B, full_matrices=False)
    U = Q @ Ub
    return U[:, :k], s[:k], Vt[:k, :]
''',
        "range finder through scipy QR": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    Y = A @ rng.standard_normal((A.shape[1], k + oversample))
    Q, _ = sla.qr(Y, mode="economic")
    for _ in range(n_iter):
        Z, _ = sla.qr(A.T @ Q, mode="economic")
        Q, _ = sla.qr(A @ Z, mode="economic")
    Ub, s, Vt = sla.svd(Q.T @ A, full_matrices=False)
    return Q @ Ub[:, :k], s[:k], Vt[:k]
''',
        "orth via SVD, rng.normal": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    def orth(M):
        return np.linalg.svd(M, full_matrices=False)[0]
    m, n = A.shape
    Q = orth(A @ rng.normal(size=(n, k + oversample)))
    for _ in range(n_iter):
        Q = orth(A @ orth(A.T @ Q))
    Ub, s, Vt = np.linalg.svd(Q.T @ A, full_matrices=False)
    return (Q @ Ub)[:, :k], s[:k], Vt[:k]
''',
        "scipy economic qr, transposed B": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    A = np.asarray(A, dtype=float)
    Omega = rng.standard_normal((A.shape[1], k + oversample))
    Q = sla.qr(A @ Omega, mode="economic")[0]
    for _ in range(n_iter):
        Z = sla.qr(A.T @ Q, mode="economic")[0]
        Q = sla.qr(A @ Z, mode="economic")[0]
    V_b, s, Ut_b = np.linalg.svd((A.T @ Q), full_matrices=False)   # B.T = V s Ut
    U = Q @ Ut_b.T
    return U[:, :k], s[:k], V_b[:, :k].T
''',
        "sign-flipped output": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    n = A.shape[1]
    Q, _ = np.linalg.qr(A @ rng.standard_normal((n, k + oversample)))
    for _ in range(n_iter):
        Z, _ = np.linalg.qr(A.T @ Q)
        Q, _ = np.linalg.qr(A @ Z)
    Ub, s, Vt = np.linalg.svd(Q.T @ A, full_matrices=False)
    U = Q @ Ub[:, :k]
    return -U, s[:k], -Vt[:k]
''',
        "test matrix drawn transposed, float64 cast": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    A = np.asarray(A, dtype=np.float64)
    Omega = rng.standard_normal((k + oversample, A.shape[1])).T
    Q = np.linalg.qr(A @ Omega)[0]
    for _ in range(n_iter):
        Q = np.linalg.qr(A.T @ Q)[0]
        Q = np.linalg.qr(A @ Q)[0]
    Ub, s, Vt = np.linalg.svd(Q.T @ A, full_matrices=False)
    return Q @ Ub[:, :k], s[:k], Vt[:k]
''',
        "householder QR via scipy with Householder-free SVD of B.T": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    A = np.array(A, dtype=float)
    Q = sla.qr(A @ rng.normal(size=(A.shape[1], k + oversample)), mode="economic")[0]
    for _ in range(n_iter):
        Q = sla.qr(A @ sla.qr(A.T @ Q, mode="economic")[0], mode="economic")[0]
    Ub, s, Vt = sla.svd(Q.T @ A, full_matrices=False)
    U = Q @ Ub
    return U[:, :k], s[:k], Vt[:k, :]
''',
    },
}

WRONG = {
    "ex_matrix_function": {
        "mutation: symmetrises A in place": '''
def matrix_function(A, f):
    A = np.asarray(A, dtype=float)
    A += A.T          # make sure A is exactly symmetric
    A /= 2
    w, Q = np.linalg.eigh(A)
    return (Q * f(w)) @ Q.T
''',
        "dtype: eigh in the input's float32": '''
def matrix_function(A, f):
    w, Q = np.linalg.eigh(A)
    return Q @ np.diag(f(w)) @ Q.T
''',
        "eigenvectors used as rows: Qᵀ f(Λ) Q": '''
def matrix_function(A, f):
    w, Q = np.linalg.eigh(A)
    return Q.T @ np.diag(f(w)) @ Q
''',
        "function applied entrywise": '''
def matrix_function(A, f):
    return f(A)
''',
        "no transpose on the right: Q f(Λ) Q": '''
def matrix_function(A, f):
    w, Q = np.linalg.eigh(A)
    return Q @ np.diag(f(w)) @ Q
''',
        "SVD instead of eigendecomposition": '''
def matrix_function(A, f):
    U, s, Vt = np.linalg.svd(A)
    return U @ np.diag(f(s)) @ Vt
''',
        "general eig without V^-1 (V f(Λ) Vᵀ; wrong for repeated eigenvalues)": '''
def matrix_function(A, f):
    w, V = np.linalg.eig(A)
    return np.real(V @ np.diag(f(w)) @ V.T)
''',
        "SVD route U f(σ) Uᵀ (drops signs of negative eigenvalues)": '''
def matrix_function(A, f):
    U, s, Vt = np.linalg.svd(A)
    return (U * f(s)) @ U.T
''',
        "scale: eigenvalues below 1e-10 treated as rounding noise": '''
def matrix_function(A, f):
    w, Q = np.linalg.eigh(np.asarray(A, dtype=float))
    w = np.where(np.abs(w) < 1e-10, 0.0, w)
    return (Q * f(w)) @ Q.T
''',
        "absolute threshold: eigenvalues below 1e-12 zeroed as noise": '''
def matrix_function(A, f):
    w, Q = np.linalg.eigh(np.asarray(A, dtype=float))
    w = np.where(np.abs(w) < 1e-12, 0.0, w)
    return (Q * f(w)) @ Q.T
''',
        "positive-definite shortcut: f of |eigenvalues|": '''
def matrix_function(A, f):
    w, Q = np.linalg.eigh(np.asarray(A, dtype=float))
    return (Q * f(np.abs(w))) @ Q.T
''',
        "dtype: casts to float32 for speed": '''
def matrix_function(A, f):
    w, Q = np.linalg.eigh(np.asarray(A, dtype=np.float32))
    return (Q * f(w)) @ Q.T
''',
        "list: reads A.shape before converting": '''
def matrix_function(A, f):
    n = A.shape[0]
    w, Q = np.linalg.eigh(A.astype(float).reshape(n, n))
    return (Q * f(w)) @ Q.T
''',
        "eigenvectors from eig paired with eigvalsh's sorted eigenvalues": '''
def matrix_function(A, f):
    A = np.asarray(A, dtype=float)
    _, V = np.linalg.eig(A)
    w = np.linalg.eigvalsh(A)
    return V @ np.diag(f(w)) @ V.T
''',
    },
    "ex_power_iteration": {
        "mutation: normalises x0 in place": '''
def power_iteration(A, x0, num_iters=200):
    A = np.asarray(A, dtype=float)
    v = x0
    v /= np.linalg.norm(v)
    for _ in range(num_iters):
        v = A @ v
        v = v / np.linalg.norm(v)
    return float(v @ A @ v), v
''',
        "normalises only at the end (overflows)": '''
def power_iteration(A, x0, num_iters=200):
    v = np.asarray(x0, dtype=float)
    for _ in range(num_iters):
        v = A @ v
    v = v / np.linalg.norm(v)
    return float(v @ A @ v), v
''',
        "norm ratio as the eigenvalue (loses the sign)": '''
def power_iteration(A, x0, num_iters=200):
    v = np.asarray(x0, dtype=float) / np.linalg.norm(x0)
    for _ in range(num_iters):
        w = A @ v
        lam = np.linalg.norm(w)
        v = w / lam
    return float(np.linalg.norm(A @ v)), v
''',
        "returns the unnormalised last product": '''
def power_iteration(A, x0, num_iters=200):
    v = np.asarray(x0, dtype=float) / np.linalg.norm(x0)
    for _ in range(num_iters - 1):
        v = A @ v
        v = v / np.linalg.norm(v)
    w = A @ v
    return float(v @ w), w
''',
        "one multiplication too many": '''
def power_iteration(A, x0, num_iters=200):
    v = np.asarray(x0, dtype=float) / np.linalg.norm(x0)
    for _ in range(num_iters + 1):
        v = A @ v
        v = v / np.linalg.norm(v)
    return float(v @ A @ v), v
''',
        "row-vector convention v @ A (multiplies by A.T)": '''
def power_iteration(A, x0, num_iters=200):
    v = x0 / np.linalg.norm(x0)
    for _ in range(num_iters):
        v = v @ A
        v = v / np.linalg.norm(v)
    return float(v @ A @ v), v
''',
        "one multiplication too few": '''
def power_iteration(A, x0, num_iters=200):
    v = x0 / np.linalg.norm(x0)
    for _ in range(num_iters - 1):
        v = A @ v
        v = v / np.linalg.norm(v)
    return float(v @ A @ v), v
''',
        "Rayleigh quotient of the previous iterate": '''
def power_iteration(A, x0, num_iters=200):
    v = x0 / np.linalg.norm(x0)
    for _ in range(num_iters):
        lam = v @ A @ v
        v = A @ v
        v = v / np.linalg.norm(v)
    return float(lam), v
''',
        "calls np.linalg.eig": '''
def power_iteration(A, x0, num_iters=200):
    w, V = np.linalg.eig(A)
    i = np.argmax(np.abs(w))
    v = np.real(V[:, i])
    return float(np.real(w[i])), v / np.linalg.norm(v)
''',
        "early stop at tol 1e-6": '''
def power_iteration(A, x0, num_iters=200):
    v = x0 / np.linalg.norm(x0)
    for _ in range(num_iters):
        y = A @ v
        y = y / np.linalg.norm(y)
        if min(np.linalg.norm(y - v), np.linalg.norm(y + v)) < 1e-6:
            v = y
            break
        v = y
    return float(v @ A @ v), v
''',
        "dtype: iterates in the dtype of A": '''
def power_iteration(A, x0, num_iters=200):
    v = (x0 / np.linalg.norm(x0)).astype(A.dtype)
    for _ in range(num_iters):
        v = A @ v
        v = v / np.linalg.norm(v)
    return float(v @ A @ v), v
''',
        "scale: stops when the estimate moves less than 1e-12": '''
def power_iteration(A, x0, num_iters=200):
    A = np.asarray(A, dtype=float)
    v = np.asarray(x0, dtype=float) / np.linalg.norm(x0)
    lam = 0.0
    for _ in range(num_iters):
        w = A @ v
        v = w / np.linalg.norm(w)
        new = float(v @ A @ v)
        if abs(new - lam) < 1e-12:
            break
        lam = new
    return float(v @ A @ v), v
''',
        "dtype: keeps x0's dtype (x0 / its norm)": '''
def power_iteration(A, x0, num_iters=200):
    v = x0 / np.linalg.norm(x0)
    for _ in range(num_iters):
        v = A @ v
        v = v / np.linalg.norm(v)
    return v @ A @ v, v
''',
        "off by one: num_iters + 1 multiplications": '''
def power_iteration(A, x0, num_iters=200):
    A = np.asarray(A, dtype=float)
    v = np.asarray(x0, dtype=float)
    for _ in range(num_iters + 1):
        v = A @ v
        v = v / np.linalg.norm(v)
    return float(v @ A @ v), v
''',
        "eigenvalue as a component ratio (A v)[0] / v[0]": '''
def power_iteration(A, x0, num_iters=200):
    A = np.asarray(A, dtype=float)
    v = np.asarray(x0, dtype=float)
    for _ in range(num_iters):
        v = A @ v
        v = v / np.linalg.norm(v)
    return float((A @ v)[0] / v[0]), v
''',
        "mutation: x0 /= its norm on a float64 view": '''
def power_iteration(A, x0, num_iters=200):
    A = np.asarray(A, dtype=float)
    v = np.asarray(x0, dtype=float)
    v /= np.linalg.norm(v)
    for _ in range(num_iters):
        v = A @ v
        v = v / np.linalg.norm(v)
    return float(v @ A @ v), v
''',
        "scale: normalises only every 50 steps": '''
def power_iteration(A, x0, num_iters=200):
    A = np.asarray(A, dtype=float)
    v = np.asarray(x0, dtype=float)
    for i in range(num_iters):
        v = A @ v
        if i % 50 == 49:
            v = v / np.linalg.norm(v)
    v = v / np.linalg.norm(v)
    return float(v @ A @ v), v
''',
    },
    "ex_low_rank_error": {
        "dtype: squares summed in the input dtype": '''
def low_rank_error(s, k):
    tail = s[k:]
    fro = np.sqrt(np.sum(tail ** 2))
    spec = tail[0] if len(tail) else 0.0
    return float(fro), float(spec)
''',
        "s[k] without the k == len(s) case": '''
def low_rank_error(s, k):
    s = np.asarray(s, dtype=float)
    return float(np.sqrt(np.sum(s[k:] ** 2))), float(s[k])
''',
        "sum of the discarded values, no squares": '''
def low_rank_error(s, k):
    s = np.asarray(s, dtype=float)
    return float(np.sum(s[k:])), float(s[k]) if k < len(s) else 0.0
''',
        "off by one: the first discarded value is skipped": '''
def low_rank_error(s, k):
    tail = np.asarray(s, dtype=float)[k + 1:]
    return float(np.sqrt(np.sum(tail ** 2))), float(tail[0]) if tail.size else 0.0
''',
        "subtract kept energy from total (cancellation)": '''
def low_rank_error(s, k):
    fro = np.sqrt(max(np.sum(s ** 2) - np.sum(s[:k] ** 2), 0.0))
    spec = s[k] if k < len(s) else 0.0
    return float(fro), float(spec)
''',
        "wraps index at k == r": '''
def low_rank_error(s, k):
    return float(np.sqrt(np.sum(s[k:] ** 2))), float(s[min(k, len(s) - 1)])
''',
        "k == 0 returns zeros": '''
def low_rank_error(s, k):
    if k == 0:
        return 0.0, 0.0
    return float(np.sqrt(np.sum(s[k:] ** 2))), float(s[k]) if k < len(s) else 0.0
''',
        "mutation: squares s in place": '''
def low_rank_error(s, k):
    s = np.asarray(s, dtype=float)
    s **= 2
    spec = np.sqrt(s[k]) if k < len(s) else 0.0
    return float(np.sqrt(np.sum(s[k:]))), float(spec)
''',
        "scale: values below 1e-12 count as zero": '''
def low_rank_error(s, k):
    tail = np.asarray(s, dtype=float)[k:]
    tail = tail[tail > 1e-12]
    return float(np.sqrt(np.sum(tail ** 2))), (float(tail[0]) if tail.size else 0.0)
''',
        "cancellation: sqrt(||s||² - ||s[:k]||²)": '''
def low_rank_error(s, k):
    s = np.asarray(s, dtype=float)
    fro = np.sqrt(max(np.sum(s ** 2) - np.sum(s[:k] ** 2), 0.0))
    return float(fro), float(s[k]) if k < len(s) else 0.0
''',
        "dtype: squares in the input's dtype": '''
def low_rank_error(s, k):
    s = np.asarray(s)
    tail = s[k:]
    return np.sqrt(np.sum(tail ** 2)), (tail[0] if len(tail) else 0.0)
''',
        "list: slices and squares the list itself": '''
def low_rank_error(s, k):
    tail = s[k:]
    return float(np.sqrt((tail ** 2).sum())), float(tail[0]) if len(tail) else 0.0
''',
        "mutation: s **= 2 on a float64 view": '''
def low_rank_error(s, k):
    s = np.asarray(s, dtype=float)
    s **= 2
    return float(np.sqrt(s[k:].sum())), float(np.sqrt(s[k])) if k < len(s) else 0.0
''',
        "off by one: spectral error s[k - 1]": '''
def low_rank_error(s, k):
    s = np.asarray(s, dtype=float)
    return float(np.linalg.norm(s[k:])), float(s[k - 1]) if k < len(s) else 0.0
''',
    },
    "ex_truncated_svd": {
        "dtype: float32 in, float32 out": '''
def truncated_svd(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return ((U[:, :k] * s[:k]) @ Vt[:k]).astype(np.result_type(A, np.float32))
''',
        "rows of V instead of rows of Vᵀ": '''
def truncated_svd(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return (U[:, :k] * s[:k]) @ Vt.T[:k]
''',
        "keeps k + 1 terms": '''
def truncated_svd(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return (U[:, :k + 1] * s[:k + 1]) @ Vt[:k + 1]
''',
        "forgets the singular values": '''
def truncated_svd(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return U[:, :k] @ Vt[:k]
''',
        "Vt[:, :k].T (columns of Vt)": '''
def truncated_svd(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return U[:, :k] @ np.diag(s[:k]) @ Vt[:, :k].T
''',
        "zeros_like accumulator (int input)": '''
def truncated_svd(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    out = np.zeros_like(A)
    out += (U[:, :k] * s[:k]) @ Vt[:k]
    return out
''',
        "dtype: SVD of the float32 input, float64 accumulator": '''
def truncated_svd(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    out = np.zeros(np.shape(A))
    for i in range(k):
        out += s[i] * np.outer(U[:, i], Vt[i])
    return out
''',
        "mutation: writes A_k into A": '''
def truncated_svd(A, k):
    A = np.asarray(A, dtype=float)
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    A[...] = (U[:, :k] * s[:k]) @ Vt[:k]
    return A
''',
        "scale: singular values below 1e-10 dropped": '''
def truncated_svd(A, k):
    U, s, Vt = np.linalg.svd(np.asarray(A, dtype=float), full_matrices=False)
    s = np.where(s > 1e-10, s, 0.0)
    return (U[:, :k] * s[:k]) @ Vt[:k]
''',
        "absolute threshold: singular values below 1e-10 dropped": '''
def truncated_svd(A, k):
    U, s, Vt = np.linalg.svd(np.asarray(A, dtype=float), full_matrices=False)
    s = np.where(s < 1e-10, 0.0, s)
    return (U[:, :k] * s[:k]) @ Vt[:k]
''',
        "int: accumulates into np.zeros_like(A)": '''
def truncated_svd(A, k):
    out = np.zeros_like(A)
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    for i in range(k):
        out += s[i] * np.outer(U[:, i], Vt[i])
    return out
''',
        "mutation: subtracts the tail from A in place": '''
def truncated_svd(A, k):
    A = np.asarray(A, dtype=float)
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    A -= (U[:, k:] * s[k:]) @ Vt[k:]
    return A
''',
        "scale: top-k eigenvectors of AᵀA": '''
def truncated_svd(A, k):
    A = np.asarray(A, dtype=float)
    w, V = np.linalg.eigh(A.T @ A)
    Vk = V[:, ::-1][:, :k]
    return A @ Vk @ Vk.T
''',
        "full rank returns A itself, unconverted": '''
def truncated_svd(A, k):
    if k == min(np.shape(A)):
        return A
    U, s, Vt = np.linalg.svd(np.asarray(A, dtype=float), full_matrices=False)
    return (U[:, :k] * s[:k]) @ Vt[:k]
''',
    },
    "ex_pca": {
        "dtype: float32 mean kept": '''
def pca(X, k):
    mu = X.mean(axis=0)
    w, V = np.linalg.eigh(np.cov(X, rowvar=False).reshape(X.shape[1], X.shape[1]))
    idx = np.argsort(w)[::-1][:k]
    return V[:, idx].T, w[idx], mu
''',
        "divides by n instead of n - 1": '''
def pca(X, k):
    X = np.asarray(X, dtype=float)
    mu = X.mean(axis=0)
    Xc = X - mu
    vals, vecs = np.linalg.eigh(Xc.T @ Xc / len(X))
    order = np.argsort(vals)[::-1][:k]
    return vecs[:, order].T, vals[order], mu
''',
        "forgets to centre": '''
def pca(X, k):
    X = np.asarray(X, dtype=float)
    vals, vecs = np.linalg.eigh(X.T @ X / (len(X) - 1))
    order = np.argsort(vals)[::-1][:k]
    return vecs[:, order].T, vals[order], X.mean(axis=0)
''',
        "components as columns": '''
def pca(X, k):
    X = np.asarray(X, dtype=float)
    mu = X.mean(axis=0)
    vals, vecs = np.linalg.eigh(np.cov(X, rowvar=False))
    order = np.argsort(vals)[::-1][:k]
    return vecs[:, order], vals[order], mu
''',
        "ascending order from eigh": '''
def pca(X, k):
    X = np.asarray(X, dtype=float)
    mu = X.mean(axis=0)
    vals, vecs = np.linalg.eigh(np.cov(X, rowvar=False))
    return vecs[:, :k].T, vals[:k], mu
''',
        "centres each sample instead of each feature": '''
def pca(X, k):
    X = np.asarray(X, dtype=float)
    mu = X.mean(axis=1, keepdims=True)
    Xc = X - mu
    vals, vecs = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1))
    order = np.argsort(vals)[::-1][:k]
    return vecs[:, order].T, vals[order], X.mean(axis=0)
''',
        "standardises the features (correlation PCA)": '''
def pca(X, k):
    mu = X.mean(axis=0)
    Z = (X - mu) / X.std(axis=0, ddof=1)
    w, V = np.linalg.eigh(np.cov(Z, rowvar=False))
    idx = np.argsort(w)[::-1][:k]
    return V[:, idx].T, w[idx], mu
''',
        "returns ratios not variances": '''
def pca(X, k):
    mu = X.mean(axis=0)
    w, V = np.linalg.eigh(np.cov(X, rowvar=False))
    idx = np.argsort(w)[::-1][:k]
    return V[:, idx].T, w[idx] / w.sum(), mu
''',
        "mutates X in place": '''
def pca(X, k):
    mu = X.mean(axis=0)
    X -= mu
    w, V = np.linalg.eigh(X.T @ X / (len(X) - 1))
    idx = np.argsort(w)[::-1][:k]
    return V[:, idx].T, w[idx], mu
''',
        "centres with the median": '''
def pca(X, k):
    mu = np.median(X, axis=0)
    Xc = X - mu
    w, V = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1))
    idx = np.argsort(w)[::-1][:k]
    return V[:, idx].T, w[idx], mu
''',
        "dtype: float32 mean from np.mean, loop": '''
def pca(X, k):
    mu = np.mean(X, axis=0)
    C = np.cov(np.asarray(X, dtype=float), rowvar=False)
    vals, vecs = np.linalg.eigh(np.atleast_2d(C))
    comps, var = [], []
    for i in range(len(vals) - 1, len(vals) - 1 - k, -1):
        comps.append(vecs[:, i])
        var.append(vals[i])
    return np.array(comps), np.array(var), mu
''',
        "scale: variances below 1e-12 set to zero": '''
def pca(X, k):
    X = np.asarray(X, dtype=float)
    mu = X.mean(axis=0)
    w, V = np.linalg.eigh(np.cov(X - mu, rowvar=False))
    w = np.where(w < 1e-12, 0.0, w)
    order = np.argsort(w)[::-1][:k]
    return V[:, order].T, w[order], mu
''',
        "biased variance: divides by n": '''
def pca(X, k):
    X = np.asarray(X, dtype=float)
    mu = X.mean(axis=0)
    _, s, Vt = np.linalg.svd(X - mu, full_matrices=False)
    return Vt[:k], s[:k] ** 2 / len(X), mu
''',
        "dtype: centres in the input's dtype": '''
def pca(X, k):
    X = np.asarray(X)
    mu = X.mean(axis=0)
    _, s, Vt = np.linalg.svd(X - mu, full_matrices=False)
    return Vt[:k], s[:k] ** 2 / (len(X) - 1), mu
''',
        "mutation: centres X in place": '''
def pca(X, k):
    X = np.asarray(X, dtype=float)
    mu = X.mean(axis=0)
    X -= mu
    _, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt[:k], s[:k] ** 2 / (len(X) - 1), mu.copy()
''',
        "eig without sorting": '''
def pca(X, k):
    X = np.asarray(X, dtype=float)
    mu = X.mean(axis=0)
    w, V = np.linalg.eig(np.atleast_2d(np.cov(X, rowvar=False)))
    return np.real(V[:, :k]).T, np.real(w[:k]), mu
''',
        "standardises every feature first": '''
def pca(X, k):
    X = np.asarray(X, dtype=float)
    mu = X.mean(axis=0)
    Z = (X - mu) / X.std(axis=0, ddof=1)
    _, s, Vt = np.linalg.svd(Z, full_matrices=False)
    scale = np.sum((X - mu) ** 2) / np.sum(Z ** 2)
    return Vt[:k], s[:k] ** 2 / (len(X) - 1) * scale, mu
''',
    },
    "ex_explained_variance": {
        "dtype: ratios in the input dtype": '''
def explained_variance(s, threshold):
    ratio = s ** 2 / np.sum(s ** 2)
    return ratio, int(np.argmax(np.cumsum(ratio) >= threshold)) + 1
''',
        "strict > instead of >=": '''
def explained_variance(s, threshold):
    s = np.asarray(s, dtype=float)
    ratio = s ** 2 / np.sum(s ** 2)
    return ratio, int(np.argmax(np.cumsum(ratio) > threshold)) + 1
''',
        "ratios of singular values, not of variances": '''
def explained_variance(s, threshold):
    s = np.asarray(s, dtype=float)
    ratio = s / np.sum(s)
    return ratio, int(np.argmax(np.cumsum(ratio) >= threshold)) + 1
''',
        "returns an index instead of a count": '''
def explained_variance(s, threshold):
    s = np.asarray(s, dtype=float)
    ratio = s ** 2 / np.sum(s ** 2)
    return ratio, int(np.argmax(np.cumsum(ratio) >= threshold))
''',
        "argmax over all but the last total (k = len(s) never returned)": '''
def explained_variance(s, threshold):
    ratio = s ** 2 / np.sum(s ** 2)
    cum = np.cumsum(ratio)
    return ratio, int(np.argmax(cum[:-1] >= threshold)) + 1 if len(cum) > 1 else 1
''',
        "integer division for int input": '''
def explained_variance(s, threshold):
    sq = s ** 2
    ratio = sq // np.sum(sq) if sq.dtype.kind == "i" else sq / np.sum(sq)
    return ratio, int(np.argmax(np.cumsum(sq / np.sum(sq)) >= threshold)) + 1
''',
        "mutation: squares s in place": '''
def explained_variance(s, threshold):
    s = np.asarray(s, dtype=float)
    s **= 2
    ratio = s / s.sum()
    return ratio, int(np.argmax(np.cumsum(ratio) >= threshold)) + 1
''',
        "scale: components below 1e-12 ignored": '''
def explained_variance(s, threshold):
    s = np.asarray(s, dtype=float)
    power = np.where(s > 1e-12, s, 0.0) ** 2
    ratio = power / power.sum()
    return ratio, int(np.argmax(np.cumsum(ratio) >= threshold)) + 1
''',
        "dtype: ratios in the input's dtype": '''
def explained_variance(s, threshold):
    s = np.asarray(s)
    ratio = s ** 2 / np.sum(s ** 2)
    return ratio, int(np.argmax(np.cumsum(ratio) >= threshold)) + 1
''',
        "tolerance: within 1e-3 of the threshold counts": '''
def explained_variance(s, threshold):
    sq = np.asarray(s, dtype=float) ** 2
    ratio = sq / sq.sum()
    return ratio, int(np.argmax(np.cumsum(ratio) >= threshold - 1e-3)) + 1
''',
        "list: squares the list": '''
def explained_variance(s, threshold):
    ratio = s ** 2 / np.sum(s ** 2)
    return ratio, int(np.argmax(np.cumsum(ratio) >= threshold)) + 1
''',
        "mutation: turns s into the ratios in place": '''
def explained_variance(s, threshold):
    s = np.asarray(s, dtype=float)
    s **= 2
    s /= s.sum()
    return s, int(np.argmax(np.cumsum(s) >= threshold)) + 1
''',
        "ratios of singular values, not of their squares": '''
def explained_variance(s, threshold):
    s = np.asarray(s, dtype=float)
    ratio = s / s.sum()
    return ratio, int(np.argmax(np.cumsum(ratio) >= threshold)) + 1
''',
    },
    "ex_gram_schmidt_qr": {
        "spec: library Householder QR with a sign fix": '''
def gram_schmidt_qr(A):
    Q, R = np.linalg.qr(np.asarray(A, dtype=np.float64))
    d = np.sign(np.diag(R))
    return Q * d, d[:, None] * R
''',
        "classical Gram-Schmidt (loses orthogonality)": '''
def gram_schmidt_qr(A):
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q = np.zeros((m, n))
    R = np.zeros((n, n))
    for j in range(n):
        R[:j, j] = Q[:, :j].T @ A[:, j]
        v = A[:, j] - Q[:, :j] @ R[:j, j]
        R[j, j] = np.linalg.norm(v)
        Q[:, j] = v / R[j, j]
    return Q, R
''',
        "zeros_like keeps an integer dtype": '''
def gram_schmidt_qr(A):
    m, n = A.shape
    Q = np.zeros_like(A)
    R = np.zeros_like(A, shape=(n, n))
    V = A.copy()
    for j in range(n):
        R[j, j] = np.linalg.norm(V[:, j])
        Q[:, j] = V[:, j] / R[j, j]
        for l in range(j + 1, n):
            R[j, l] = Q[:, j] @ V[:, l]
            V[:, l] = V[:, l] - R[j, l] * Q[:, j]
    return Q, R
''',
        "R returned transposed (lower triangular)": '''
def gram_schmidt_qr(A):
    Q, R = np.linalg.qr(np.asarray(A, dtype=float))
    d = np.sign(np.diag(R))
    return Q * d, (d[:, None] * R).T
''',
        "no normalisation": '''
def gram_schmidt_qr(A):
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q = A.copy()
    R = np.eye(n)
    for j in range(n):
        for l in range(j + 1, n):
            R[j, l] = (Q[:, j] @ Q[:, l]) / (Q[:, j] @ Q[:, j])
            Q[:, l] -= R[j, l] * Q[:, j]
    return Q, R
''',
        "MGS in float32 for float32 input": '''
def gram_schmidt_qr(A):
    Q = np.array(A, dtype=np.result_type(A, np.float32))
    m, n = Q.shape
    R = np.zeros((n, n), dtype=Q.dtype)
    for j in range(n):
        R[j, j] = np.linalg.norm(Q[:, j])
        Q[:, j] /= R[j, j]
        R[j, j + 1:] = Q[:, j] @ Q[:, j + 1:]
        Q[:, j + 1:] -= np.outer(Q[:, j], R[j, j + 1:])
    return Q, R
''',
        "MGS coefficient from original column": '''
def gram_schmidt_qr(A):
    A = np.asarray(A, dtype=float)
    Q = A.copy()
    m, n = Q.shape
    R = np.zeros((n, n))
    for j in range(n):
        R[j, j] = np.linalg.norm(Q[:, j])
        Q[:, j] /= R[j, j]
        R[j, j + 1:] = Q[:, j] @ A[:, j + 1:]
        Q[:, j + 1:] -= np.outer(Q[:, j], R[j, j + 1:])
    return Q, R
''',
        "overwrites A in place": '''
def gram_schmidt_qr(A):
    Q = A if A.dtype == np.float64 else A.astype(float)
    m, n = Q.shape
    R = np.zeros((n, n))
    for j in range(n):
        R[j, j] = np.linalg.norm(Q[:, j])
        Q[:, j] /= R[j, j]
        R[j, j + 1:] = Q[:, j] @ Q[:, j + 1:]
        Q[:, j + 1:] -= np.outer(Q[:, j], R[j, j + 1:])
    return Q, R
''',
        "dtype: MGS in the input's float dtype": '''
def gram_schmidt_qr(A):
    Q = A.copy() if A.dtype.kind == "f" else A.astype(float)
    n = Q.shape[1]
    R = np.zeros((n, n), dtype=Q.dtype)
    for j in range(n):
        R[j, j] = np.linalg.norm(Q[:, j])
        Q[:, j] /= R[j, j]
        R[j, j + 1:] = Q[:, j] @ Q[:, j + 1:]
        Q[:, j + 1:] -= np.outer(Q[:, j], R[j, j + 1:])
    return Q, R
''',
        "mutation: MGS on A itself (asarray does not copy)": '''
def gram_schmidt_qr(A):
    Q = np.asarray(A, dtype=float)
    n = Q.shape[1]
    R = np.zeros((n, n))
    for j in range(n):
        R[j, j] = np.linalg.norm(Q[:, j])
        Q[:, j] /= R[j, j]
        R[j, j + 1:] = Q[:, j] @ Q[:, j + 1:]
        Q[:, j + 1:] -= np.outer(Q[:, j], R[j, j + 1:])
    return Q, R
''',
        "scale: columns with norm below 1e-12 skipped as dependent": '''
def gram_schmidt_qr(A):
    Q = np.array(A, dtype=float)
    n = Q.shape[1]
    R = np.zeros((n, n))
    for j in range(n):
        norm = np.linalg.norm(Q[:, j])
        if norm < 1e-12:
            continue
        R[j, j] = norm
        Q[:, j] /= norm
        R[j, j + 1:] = Q[:, j] @ Q[:, j + 1:]
        Q[:, j + 1:] -= np.outer(Q[:, j], R[j, j + 1:])
    return Q, R
''',
        "R computed afterwards as Q.T @ A (not exactly triangular)": '''
def gram_schmidt_qr(A):
    A = np.asarray(A, dtype=float)
    Q = A.copy()
    n = Q.shape[1]
    for j in range(n):
        Q[:, j] /= np.linalg.norm(Q[:, j])
        Q[:, j + 1:] -= np.outer(Q[:, j], Q[:, j] @ Q[:, j + 1:])
    return Q, Q.T @ A
''',
        "dtype: works in a copy of the input's dtype": '''
def gram_schmidt_qr(A):
    V = np.array(A, copy=True)
    m, n = V.shape
    Q = np.zeros_like(V, dtype=V.dtype if V.dtype.kind == "f" else float)
    R = np.zeros((n, n), dtype=Q.dtype)
    V = V.astype(Q.dtype)
    for j in range(n):
        R[j, j] = np.linalg.norm(V[:, j])
        Q[:, j] = V[:, j] / R[j, j]
        R[j, j + 1:] = Q[:, j] @ V[:, j + 1:]
        V[:, j + 1:] -= np.outer(Q[:, j], R[j, j + 1:])
    return Q, R
''',
        "mutation: orthogonalises A's own columns": '''
def gram_schmidt_qr(A):
    V = np.asarray(A, dtype=float)
    m, n = V.shape
    Q = np.zeros((m, n))
    R = np.zeros((n, n))
    for j in range(n):
        R[j, j] = np.linalg.norm(V[:, j])
        Q[:, j] = V[:, j] / R[j, j]
        R[j, j + 1:] = Q[:, j] @ V[:, j + 1:]
        V[:, j + 1:] -= np.outer(Q[:, j], R[j, j + 1:])
    return Q, R
''',
        "absolute threshold: columns shorter than 1e-10 treated as dependent": '''
def gram_schmidt_qr(A):
    V = np.array(A, dtype=float)
    m, n = V.shape
    Q = np.zeros((m, n))
    R = np.zeros((n, n))
    for j in range(n):
        R[j, j] = np.linalg.norm(V[:, j])
        if R[j, j] < 1e-10:
            continue
        Q[:, j] = V[:, j] / R[j, j]
        R[j, j + 1:] = Q[:, j] @ V[:, j + 1:]
        V[:, j + 1:] -= np.outer(Q[:, j], R[j, j + 1:])
    return Q, R
''',
        "library QR with the signs fixed": '''
def gram_schmidt_qr(A):
    Q, R = np.linalg.qr(np.asarray(A, dtype=float))
    d = np.sign(np.diag(R))
    return Q * d, R * d[:, None]
''',
        "int: Q allocated like A": '''
def gram_schmidt_qr(A):
    V = np.array(A)
    m, n = V.shape
    Q = np.zeros_like(V)
    R = np.zeros((n, n))
    for j in range(n):
        v = V[:, j].astype(float)
        for i in range(j):
            R[i, j] = Q[:, i] @ v
            v = v - R[i, j] * Q[:, i]
        R[j, j] = np.linalg.norm(v)
        Q[:, j] = v / R[j, j]
    return Q, R
''',
    },
    "ex_condition_number": {
        "dtype: np.linalg.cond in float32": '''
def condition_number(A):
    return float(np.linalg.cond(A))
''',
        "ratio of eigenvalue moduli": '''
def condition_number(A):
    lam = np.abs(np.linalg.eigvals(A))
    return float(lam.max() / lam.min())
''',
        "eigenvalues of AᵀA without the square root": '''
def condition_number(A):
    lam = np.linalg.eigvalsh(A.T @ A)
    return float(lam[-1] / lam[0])
''',
        "norm times norm of the inverse (square only)": '''
def condition_number(A):
    return float(np.linalg.norm(A, 2) * np.linalg.norm(np.linalg.inv(A), 2))
''',
        "divides by the second singular value (2x2 only)": '''
def condition_number(A):
    s = np.linalg.svd(A, compute_uv=False)
    return np.inf if s[1] == 0 else float(s[0] / s[1])
''',
        "norm(A) * norm(pinv(A))": '''
def condition_number(A):
    return float(np.linalg.norm(A, 2) * np.linalg.norm(np.linalg.pinv(A), 2))
''',
        "sqrt of eigvalsh(A.T A) ratio": '''
def condition_number(A):
    lam = np.linalg.eigvalsh(A.T @ A)
    if lam.min() <= 0:
        return np.inf
    return float(np.sqrt(lam.max() / lam.min()))
''',
        "no zero check (0/0 nan for zero matrix)": '''
def condition_number(A):
    s = np.linalg.svd(A, compute_uv=False)
    return float(s[0] / s[-1])
''',
        "dtype: svdvals in float32": '''
def condition_number(A):
    s = sla.svdvals(A)
    if s.min() == 0:
        return np.inf
    return s.max() / s.min()
''',
        "Gram eigenvalues (squares κ: loses digits)": '''
def condition_number(A):
    A = np.asarray(A, dtype=float)
    G = A.T @ A if A.shape[0] >= A.shape[1] else A @ A.T
    s = np.sqrt(np.clip(np.linalg.eigvalsh(G), 0.0, None))
    return np.inf if s[0] == 0 else float(s[-1] / s[0])
''',
        "mutation: rescales A in place first": '''
def condition_number(A):
    A = np.asarray(A, dtype=float)
    A /= np.abs(A).max()          # κ does not change under scaling
    s = np.linalg.svd(A, compute_uv=False)
    return np.inf if s[-1] == 0 else float(s[0] / s[-1])
''',
        "scale: smallest singular value below 1e-12 counts as zero": '''
def condition_number(A):
    s = np.linalg.svd(np.asarray(A, dtype=float), compute_uv=False)
    return np.inf if s[-1] < 1e-12 else float(s[0] / s[-1])
''',
        "dtype: singular values in the input's dtype": '''
def condition_number(A):
    s = np.linalg.svd(A, compute_uv=False)
    return np.inf if s[-1] == 0 else s[0] / s[-1]
''',
        "absolute threshold: σ_min below 1e-12 counts as singular": '''
def condition_number(A):
    s = np.linalg.svd(np.asarray(A, dtype=float), compute_uv=False)
    return np.inf if s[-1] < 1e-12 else float(s[0] / s[-1])
''',
        "square roots of the eigenvalues of AᵀA": '''
def condition_number(A):
    A = np.asarray(A, dtype=float)
    w = np.linalg.eigvalsh(A.T @ A)
    return np.inf if w[0] <= 0 else float(np.sqrt(w[-1] / w[0]))
''',
        "mutation: rescales A in place against overflow": '''
def condition_number(A):
    A = np.asarray(A, dtype=float)
    A /= np.abs(A).max()
    s = np.linalg.svd(A, compute_uv=False)
    return np.inf if s[-1] == 0 else float(s[0] / s[-1])
''',
    },
    "ex_lstsq_qr": {
        "spec: numpy lstsq instead of QR": '''
def lstsq_qr(A, b):
    return np.linalg.lstsq(A, b, rcond=None)[0]
''',
        "normal equations": '''
def lstsq_qr(A, b):
    return np.linalg.solve(A.T @ A, A.T @ b)
''',
        "Gram-Schmidt Q applied to b": '''
def lstsq_qr(A, b):
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q = A.copy()
    R = np.zeros((n, n))
    for j in range(n):
        R[j, j] = np.linalg.norm(Q[:, j])
        Q[:, j] /= R[j, j]
        R[j, j + 1:] = Q[:, j] @ Q[:, j + 1:]
        Q[:, j + 1:] -= np.outer(Q[:, j], R[j, j + 1:])
    return sla.solve_triangular(R, Q.T @ b)
''',
        "normal equations through an explicit inverse": '''
def lstsq_qr(A, b):
    return np.linalg.inv(A.T @ A) @ A.T @ b
''',
        "QR of the normal matrix": '''
def lstsq_qr(A, b):
    Q, R = np.linalg.qr(A.T @ A)
    return sla.solve_triangular(R, Q.T @ (A.T @ b))
''',
        "Cholesky of AtA": '''
def lstsq_qr(A, b):
    L = np.linalg.cholesky(A.T @ A)
    return sla.cho_solve((L, True), A.T @ b)
''',
        "CGS Q then Q.T b": '''
def lstsq_qr(A, b):
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q, R = np.zeros((m, n)), np.zeros((n, n))
    for j in range(n):
        R[:j, j] = Q[:, :j].T @ A[:, j]
        v = A[:, j] - Q[:, :j] @ R[:j, j]
        R[j, j] = np.linalg.norm(v)
        Q[:, j] = v / R[j, j]
    return sla.solve_triangular(R, Q.T @ b)
''',
        "dtype: scipy QR and a generic solve in float32": '''
def lstsq_qr(A, b):
    Q, R = sla.qr(A, mode="economic")
    return np.linalg.solve(R, Q.T @ b)
''',
        "dtype: pivoted QR in float32": '''
def lstsq_qr(A, b):
    Q, R, piv = sla.qr(A, mode="economic", pivoting=True)
    y = sla.solve_triangular(R, Q.T @ b)
    x = np.empty_like(y)
    x[piv] = y
    return x
''',
        "dtype: complete QR sliced in float32": '''
def lstsq_qr(A, b):
    n = A.shape[1]
    Q, R = np.linalg.qr(A, mode="complete")
    return sla.solve_triangular(R[:n], (Q.T @ b)[:n])
''',
        "dtype: scipy economic QR, back substitution loop in float32": '''
def lstsq_qr(A, b):
    Q, R = sla.qr(A, mode="economic")
    c = Q.T @ b
    n = R.shape[0]
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (c[i] - R[i, i + 1:] @ x[i + 1:]) / R[i, i]
    return x
''',
        "mutation: projects b in place": '''
def lstsq_qr(A, b):
    Q, R = np.linalg.qr(np.asarray(A, dtype=float))
    b = np.asarray(b, dtype=float)
    b[:] = Q @ (Q.T @ b)          # the part of b that A can reach
    return sla.solve_triangular(R, Q.T @ b)
''',
        "scale: diagonal of R below 1e-12 treated as rank loss": '''
def lstsq_qr(A, b):
    Q, R = np.linalg.qr(np.asarray(A, dtype=float))
    d = np.diag(R)
    if np.any(np.abs(d) < 1e-12):
        return np.zeros(R.shape[1])
    return sla.solve_triangular(R, Q.T @ np.asarray(b, dtype=float))
''',
        "spec: pseudo-inverse": '''
def lstsq_qr(A, b):
    return np.linalg.pinv(np.asarray(A, dtype=float)) @ np.asarray(b, dtype=float)
''',
        "dtype: QR in the input's dtype": '''
def lstsq_qr(A, b):
    Q, R = np.linalg.qr(A)
    return sla.solve_triangular(R, Q.T @ b)
''',
        "mutation: scales A's columns in place": '''
def lstsq_qr(A, b):
    A = np.asarray(A, dtype=float)
    norms = np.linalg.norm(A, axis=0)
    A /= norms
    Q, R = np.linalg.qr(A)
    return sla.solve_triangular(R, Q.T @ np.asarray(b, dtype=float)) / norms
''',
        "absolute threshold: drops columns with |R_ii| < 1e-10": '''
def lstsq_qr(A, b):
    Q, R = np.linalg.qr(np.asarray(A, dtype=float))
    c = Q.T @ np.asarray(b, dtype=float)
    keep = np.abs(np.diag(R)) >= 1e-10
    x = np.zeros(R.shape[1])
    x[keep] = sla.solve_triangular(R[np.ix_(keep, keep)], c[keep])
    return x
''',
        "normal equations through Cholesky": '''
def lstsq_qr(A, b):
    A, b = np.asarray(A, dtype=float), np.asarray(b, dtype=float)
    return sla.cho_solve(sla.cho_factor(A.T @ A), A.T @ b)
''',
    },
    "ex_spectral_radius": {
        "dtype: complex64 eigenvalues of a float32 batch": '''
def spectral_radius(W):
    lam = np.linalg.eigvals(W)
    return np.max(np.hypot(lam.real, lam.imag), axis=-1)
''',
        "largest singular value instead": '''
def spectral_radius(W):
    return np.linalg.norm(W, 2) if np.ndim(W) == 2 else np.linalg.svd(W, compute_uv=False)[..., 0]
''',
        "assumes symmetry (eigvalsh)": '''
def spectral_radius(W):
    return np.abs(np.linalg.eigvalsh(W)).max(axis=-1)
''',
        "largest real eigenvalue": '''
def spectral_radius(W):
    return np.real(np.linalg.eigvals(W)).max(axis=-1)
''',
        "one maximum over the whole batch": '''
def spectral_radius(W):
    return np.abs(np.linalg.eigvals(W)).max()
''',
        "axis=0 reduction": '''
def spectral_radius(W):
    return np.abs(np.linalg.eigvals(W)).max(axis=0)
''',
        "3-D only loop": '''
def spectral_radius(W):
    if W.ndim == 2:
        return np.abs(np.linalg.eigvals(W)).max()
    return np.array([np.abs(np.linalg.eigvals(M)).max() for M in W])
''',
        "power iteration estimate": '''
def spectral_radius(W):
    W = np.asarray(W, dtype=float)
    v = np.ones(W.shape[:-1])
    for _ in range(500):
        v = np.einsum("...ij,...j->...i", W, v)
        v = v / np.linalg.norm(v, axis=-1, keepdims=True)
    return np.linalg.norm(np.einsum("...ij,...j->...i", W, v), axis=-1)
''',
        "abs of eigenvalue with largest real part": '''
def spectral_radius(W):
    ev = np.linalg.eigvals(W)
    i = np.argmax(np.abs(ev.real), axis=-1)
    return np.abs(np.take_along_axis(ev, i[..., None], axis=-1))[..., 0]
''',
        "dtype: scipy eigvals in float32": '''
def spectral_radius(W):
    W = np.asarray(W)
    out = np.empty(W.shape[:-2])
    for idx in np.ndindex(*W.shape[:-2]):
        out[idx] = np.abs(sla.eigvals(W[idx])).max()
    return out
''',
        "mutation: rescales W in place against overflow": '''
def spectral_radius(W):
    W = np.asarray(W, dtype=float)
    scale = np.abs(W).max()
    W /= scale
    return np.abs(np.linalg.eigvals(W)).max(axis=-1) * scale
''',
        "scale: moduli below 1e-12 rounded to zero": '''
def spectral_radius(W):
    moduli = np.abs(np.linalg.eigvals(np.asarray(W, dtype=float)))
    moduli = np.where(moduli < 1e-12, 0.0, moduli)
    return moduli.max(axis=-1)
''',
        "symmetric shortcut: eigvalsh": '''
def spectral_radius(W):
    return np.abs(np.linalg.eigvalsh(np.asarray(W, dtype=float))).max(axis=-1)
''',
        "dtype: eigenvalues in the input's dtype": '''
def spectral_radius(W):
    return np.abs(np.linalg.eigvals(W)).max(axis=-1)
''',
        "list: reshapes by W.shape": '''
def spectral_radius(W):
    lam = np.linalg.eigvals(np.asarray(W, dtype=float))
    return np.abs(lam).max(axis=-1).reshape(W.shape[:-2])
''',
        "mutation: rescales W in place": '''
def spectral_radius(W):
    W = np.asarray(W, dtype=float)
    c = np.abs(W).max()
    W /= c
    return np.abs(np.linalg.eigvals(W)).max(axis=-1) * c
''',
    },
    "ex_log_growth_rate": {
        "dtype: per-step factors in float32": '''
def log_growth_rate(W, x0, steps):
    h = x0 / np.linalg.norm(x0)
    factors = []
    for _ in range(steps):
        h = W @ h
        factors.append(np.linalg.norm(h))
        h = h / factors[-1]
    return np.mean(np.log(factors))
''',
        "naive matrix power (overflows)": '''
def log_growth_rate(W, x0, steps):
    h = np.linalg.matrix_power(W, steps) @ x0
    return float(np.log(np.linalg.norm(h) / np.linalg.norm(x0)) / steps)
''',
        "log base 10": '''
def log_growth_rate(W, x0, steps):
    h = x0 / np.linalg.norm(x0)
    total = 0.0
    for _ in range(steps):
        h = W @ h
        c = np.linalg.norm(h)
        total += np.log10(c)
        h = h / c
    return total / steps
''',
        "forgets to divide by the number of steps": '''
def log_growth_rate(W, x0, steps):
    h = x0 / np.linalg.norm(x0)
    total = 0.0
    for _ in range(steps):
        h = W @ h
        c = np.linalg.norm(h)
        total += np.log(c)
        h = h / c
    return total
''',
        "keeps the length of x0": '''
def log_growth_rate(W, x0, steps):
    h = np.asarray(x0, dtype=float)
    total = 0.0
    for _ in range(steps):
        h = W @ h
        c = np.linalg.norm(h)
        total += np.log(c)
        h = h / c
    return total / steps
''',
        "returns ln rho(W)": '''
def log_growth_rate(W, x0, steps):
    return float(np.log(np.max(np.abs(np.linalg.eigvals(W)))))
''',
        "log of the mean of per-step norms": '''
def log_growth_rate(W, x0, steps):
    v = x0 / np.linalg.norm(x0)
    cs = []
    for _ in range(steps):
        v = W @ v
        c = np.linalg.norm(v)
        cs.append(c)
        v = v / c
    return float(np.log(np.mean(cs)))
''',
        "product of per-step factors": '''
def log_growth_rate(W, x0, steps):
    v = x0 / np.linalg.norm(x0)
    prod = 1.0
    for _ in range(steps):
        v = W @ v
        c = np.linalg.norm(v)
        prod *= c
        v = v / c
    return float(np.log(prod) / steps)
''',
        "ln of spectral norm": '''
def log_growth_rate(W, x0, steps):
    return float(np.log(np.linalg.norm(W, 2)))
''',
        "one step too few": '''
def log_growth_rate(W, x0, steps):
    v = x0 / np.linalg.norm(x0)
    total = 0.0
    for _ in range(steps - 1):
        v = W @ v
        c = np.linalg.norm(v)
        total += np.log(c)
        v = v / c
    return total / max(steps - 1, 1) if steps > 1 else float(np.log(np.linalg.norm(W @ v)))
''',
        "row vector x @ W": '''
def log_growth_rate(W, x0, steps):
    v = x0 / np.linalg.norm(x0)
    total = 0.0
    for _ in range(steps):
        v = v @ W
        c = np.linalg.norm(v)
        total += np.log(c)
        v = v / c
    return total / steps
''',
        "log of Rayleigh quotient": '''
def log_growth_rate(W, x0, steps):
    v = x0 / np.linalg.norm(x0)
    total = 0.0
    for _ in range(steps):
        total += np.log(abs(v @ W @ v))
        v = W @ v
        v = v / np.linalg.norm(v)
    return total / steps
''',
        "dtype: blocks of 10 steps in float32": '''
def log_growth_rate(W, x0, steps):
    v = x0 / np.linalg.norm(x0)
    total = 0.0
    done = 0
    while done < steps:
        b = min(10, steps - done)
        for _ in range(b):
            v = W @ v
        c = np.linalg.norm(v)
        total += np.log(c)
        v = v / c
        done += b
    return total / steps
''',
        "mutation: normalises x0 in place": '''
def log_growth_rate(W, x0, steps):
    v = np.asarray(x0, dtype=float)
    v /= np.linalg.norm(v)
    total = 0.0
    for _ in range(steps):
        v = W @ v
        c = np.linalg.norm(v)
        total += np.log(c)
        v = v / c
    return float(total / steps)
''',
        "dtype: the state keeps x0's float32": '''
def log_growth_rate(W, x0, steps):
    v = x0 / np.linalg.norm(x0)
    total = 0.0
    for _ in range(steps):
        v = W @ v
        r = np.linalg.norm(v)
        total += np.log(r)
        v = v / r
    return float(total / steps)
''',
        "scale: renormalises only every 100 steps": '''
def log_growth_rate(W, x0, steps):
    W = np.asarray(W, dtype=float)
    v = np.asarray(x0, dtype=float)
    v = v / np.linalg.norm(v)
    total = 0.0
    for i in range(steps):
        v = W @ v
        if i % 100 == 99 or i == steps - 1:
            r = np.linalg.norm(v)
            total += np.log(r)
            v = v / r
    return float(total / steps)
''',
        "mutation: x0 /= its norm before the loop": '''
def log_growth_rate(W, x0, steps):
    W = np.asarray(W, dtype=float)
    v = np.asarray(x0, dtype=float)
    v /= np.linalg.norm(v)
    total = 0.0
    for _ in range(steps):
        v = W @ v
        r = np.linalg.norm(v)
        total += np.log(r)
        v = v / r
    return float(total / steps)
''',
        "int: in-place division of an integer copy": '''
def log_growth_rate(W, x0, steps):
    W = np.asarray(W, dtype=float)
    v = np.array(x0)
    v /= np.linalg.norm(v)
    total = 0.0
    for _ in range(steps):
        v = W @ v
        r = np.linalg.norm(v)
        total += np.log(r)
        v = v / r
    return float(total / steps)
''',
        "log of the spectral radius (the limit, not the finite-step rate)": '''
def log_growth_rate(W, x0, steps):
    return float(np.log(np.abs(np.linalg.eigvals(np.asarray(W, dtype=float))).max()))
''',
    },
    "ex_randomized_svd": {
        "ignores the power iterations": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    Q = np.linalg.qr(A @ rng.standard_normal((A.shape[1], k + oversample)))[0]
    Ub, s, Vt = np.linalg.svd(Q.T @ A, full_matrices=False)
    return (Q @ Ub)[:, :k], s[:k], Vt[:k]
''',
        "returns k + oversample triplets": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    Q = np.linalg.qr(A @ rng.standard_normal((A.shape[1], k + oversample)))[0]
    for _ in range(n_iter):
        Q = np.linalg.qr(A @ np.linalg.qr(A.T @ Q)[0])[0]
    Ub, s, Vt = np.linalg.svd(Q.T @ A, full_matrices=False)
    return Q @ Ub, s, Vt
''',
        "ignores the oversampling": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    Q = np.linalg.qr(A @ rng.standard_normal((A.shape[1], k)))[0]
    for _ in range(n_iter):
        Q = np.linalg.qr(A @ np.linalg.qr(A.T @ Q)[0])[0]
    Ub, s, Vt = np.linalg.svd(Q.T @ A, full_matrices=False)
    return Q @ Ub, s, Vt
''',
        "truncates Q before the SVD": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    n = A.shape[1]
    Q, _ = np.linalg.qr(A @ rng.standard_normal((n, k + oversample)))
    for _ in range(n_iter):
        Z, _ = np.linalg.qr(A.T @ Q)
        Q, _ = np.linalg.qr(A @ Z)
    Q = Q[:, :k]
    Ub, s, Vt = np.linalg.svd(Q.T @ A, full_matrices=False)
    return Q @ Ub, s, Vt
''',
        "no re-orthonormalisation in power steps": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    n = A.shape[1]
    Y = A @ rng.standard_normal((n, k + oversample))
    for _ in range(n_iter):
        Y = A @ (A.T @ Y)
    Q, _ = np.linalg.qr(Y)
    Ub, s, Vt = np.linalg.svd(Q.T @ A, full_matrices=False)
    return (Q @ Ub)[:, :k], s[:k], Vt[:k]
''',
        "own fixed generator (ignores rng)": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    n = A.shape[1]
    g = np.random.default_rng(0)
    Q, _ = np.linalg.qr(A @ g.standard_normal((n, k + oversample)))
    for _ in range(n_iter):
        Z, _ = np.linalg.qr(A.T @ Q)
        Q, _ = np.linalg.qr(A @ Z)
    Ub, s, Vt = np.linalg.svd(Q.T @ A, full_matrices=False)
    return (Q @ Ub)[:, :k], s[:k], Vt[:k]
''',
        "exact SVD (no randomness)": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return U[:, :k], s[:k], Vt[:k]
''',
        "U not truncated consistently (Ub[:k])": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    n = A.shape[1]
    Q, _ = np.linalg.qr(A @ rng.standard_normal((n, k + oversample)))
    for _ in range(n_iter):
        Z, _ = np.linalg.qr(A.T @ Q)
        Q, _ = np.linalg.qr(A @ Z)
    Ub, s, Vt = np.linalg.svd(Q.T @ A, full_matrices=False)
    return Q[:, :k] @ Ub[:k, :k], s[:k], Vt[:k]
''',
        "dtype: float32 test matrix and sketch": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    probe = rng.standard_normal((A.shape[1], k + oversample), dtype=np.float32)
    Q, _ = np.linalg.qr(A @ probe)
    for _ in range(n_iter):
        Z, _ = np.linalg.qr(A.T @ Q)
        Q, _ = np.linalg.qr(A @ Z)
    Ub, s, Vt = np.linalg.svd(Q.T @ A, full_matrices=False)
    return (Q @ Ub)[:, :k], s[:k], Vt[:k]
''',
        "mutation: rescales A in place": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    scale = np.abs(A).max()
    A /= scale
    Q, _ = np.linalg.qr(A @ rng.standard_normal((A.shape[1], k + oversample)))
    for _ in range(n_iter):
        Z, _ = np.linalg.qr(A.T @ Q)
        Q, _ = np.linalg.qr(A @ Z)
    Ub, s, Vt = np.linalg.svd(Q.T @ A, full_matrices=False)
    return (Q @ Ub)[:, :k], s[:k] * scale, Vt[:k]
''',
        "scale: singular values below 1e-10 dropped": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    Q, _ = np.linalg.qr(A @ rng.standard_normal((A.shape[1], k + oversample)))
    for _ in range(n_iter):
        Z, _ = np.linalg.qr(A.T @ Q)
        Q, _ = np.linalg.qr(A @ Z)
    Ub, s, Vt = np.linalg.svd(Q.T @ A, full_matrices=False)
    s = np.where(s > 1e-10, s, 0.0)
    return (Q @ Ub)[:, :k], s[:k], Vt[:k]
''',
        "ignores oversample: k random directions": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    A = np.asarray(A, dtype=float)
    Q = np.linalg.qr(A @ rng.standard_normal((A.shape[1], k)))[0]
    for _ in range(n_iter):
        Q = np.linalg.qr(A @ np.linalg.qr(A.T @ Q)[0])[0]
    Ub, s, Vt = np.linalg.svd(Q.T @ A, full_matrices=False)
    return Q @ Ub, s, Vt
''',
        "ignores n_iter: no power iterations": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    A = np.asarray(A, dtype=float)
    Q = np.linalg.qr(A @ rng.standard_normal((A.shape[1], k + oversample)))[0]
    Ub, s, Vt = np.linalg.svd(Q.T @ A, full_matrices=False)
    return Q @ Ub[:, :k], s[:k], Vt[:k]
''',
        "scipy orth range finder (drops directions when rank < k)": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    A = np.asarray(A, dtype=float)
    Q = sla.orth(A @ rng.standard_normal((A.shape[1], k + oversample)))
    for _ in range(n_iter):
        Q = sla.orth(A @ sla.orth(A.T @ Q))
    Ub, s, Vt = np.linalg.svd(Q.T @ A, full_matrices=False)
    return Q @ Ub[:, :k], s[:k], Vt[:k]
''',
        "mutation: normalises A in place": '''
def randomized_svd(A, k, rng, oversample=10, n_iter=2):
    A = np.asarray(A, dtype=float)
    c = np.linalg.norm(A)
    A /= c
    Q = np.linalg.qr(A @ rng.standard_normal((A.shape[1], k + oversample)))[0]
    for _ in range(n_iter):
        Q = np.linalg.qr(A @ np.linalg.qr(A.T @ Q)[0])[0]
    Ub, s, Vt = np.linalg.svd(Q.T @ A, full_matrices=False)
    return Q @ Ub[:, :k], s[:k] * c, Vt[:k]
''',
    },
}

