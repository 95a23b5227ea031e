"""Other correct answers and plausible wrong answers for lesson 02's exercises.

Each CORRECT answer must pass every test cell of its exercise; each WRONG answer must fail at
least one. The first WRONG answer of each exercise passes the visible tests, so that it is the
hidden tests that catch it (it is also the one sent through a full nbgrader round trip).
"""

CORRECT = {
    "ex_matrix_function": {
        "explicit diagonal matrix": '''
def matrix_function(A, f):
    w, Q = np.linalg.eigh(A)
    return Q @ np.diag(f(w)) @ Q.T
''',
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
    },
    "ex_truncated_svd": {
        "sum of outer products": '''
def truncated_svd(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    out = np.zeros(np.shape(A))
    for i in range(k):
        out += s[i] * np.outer(U[:, i], Vt[i])
    return out
''',
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
        "float32 in, float32 out": '''
def truncated_svd(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return ((U[:, :k] * s[:k]) @ Vt[:k]).astype(np.result_type(A, np.float32))
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
        "np.cov and a loop": '''
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
        "np.cov + eigh, float32 kept": '''
def pca(X, k):
    mu = X.mean(axis=0)
    w, V = np.linalg.eigh(np.cov(X, rowvar=False).reshape(X.shape[1], X.shape[1]))
    idx = np.argsort(w)[::-1][:k]
    return V[:, idx].T, w[idx], mu
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
    },
    "ex_gram_schmidt_qr": {
        "Householder via numpy with a sign fix": '''
def gram_schmidt_qr(A):
    Q, R = np.linalg.qr(np.asarray(A, dtype=np.float64))
    d = np.sign(np.diag(R))
    return Q * d, d[:, None] * R
''',
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
    },
    "ex_condition_number": {
        "numpy cond": '''
def condition_number(A):
    return float(np.linalg.cond(A))
''',
        "square roots of Gram eigenvalues of the smaller side": '''
def condition_number(A):
    A = np.asarray(A, dtype=float)
    G = A.T @ A if A.shape[0] >= A.shape[1] else A @ A.T
    s = np.sqrt(np.clip(np.linalg.eigvalsh(G), 0.0, None))
    return np.inf if s[0] == 0 else float(s[-1] / s[0])
''',
        "max/min of svdvals": '''
def condition_number(A):
    s = sla.svdvals(A)
    if s.min() == 0:
        return np.inf
    return s.max() / s.min()
''',
    },
    "ex_lstsq_qr": {
        "numpy lstsq (SVD)": '''
def lstsq_qr(A, b):
    return np.linalg.lstsq(A, b, rcond=None)[0]
''',
        "scipy QR and a generic solve": '''
def lstsq_qr(A, b):
    Q, R = sla.qr(A, mode="economic")
    return np.linalg.solve(R, Q.T @ b)
''',
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
        "pivoted QR": '''
def lstsq_qr(A, b):
    Q, R, piv = sla.qr(A, mode="economic", pivoting=True)
    y = sla.solve_triangular(R, Q.T @ b)
    x = np.empty_like(y)
    x[piv] = y
    return x
''',
        "complete QR sliced": '''
def lstsq_qr(A, b):
    n = A.shape[1]
    Q, R = np.linalg.qr(A, mode="complete")
    return sla.solve_triangular(R[:n], (Q.T @ b)[:n])
''',
        "scipy economic QR, back substitution loop": '''
def lstsq_qr(A, b):
    Q, R = sla.qr(A, mode="economic")
    c = Q.T @ b
    n = R.shape[0]
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (c[i] - R[i, i + 1:] @ x[i + 1:]) / R[i, i]
    return x
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
        "hypot of real and imaginary parts": '''
def spectral_radius(W):
    lam = np.linalg.eigvals(W)
    return np.max(np.hypot(lam.real, lam.imag), axis=-1)
''',
        "scipy per matrix with ndindex": '''
def spectral_radius(W):
    W = np.asarray(W)
    out = np.empty(W.shape[:-2])
    for idx in np.ndindex(*W.shape[:-2]):
        out[idx] = np.abs(sla.eigvals(W[idx])).max()
    return out
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
        "list of per-step factors": '''
def log_growth_rate(W, x0, steps):
    h = x0 / np.linalg.norm(x0)
    factors = []
    for _ in range(steps):
        h = W @ h
        factors.append(np.linalg.norm(h))
        h = h / factors[-1]
    return np.mean(np.log(factors))
''',
        "blocks of 10 steps": '''
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
    },
}

WRONG = {
    "ex_matrix_function": {
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
    },
    "ex_power_iteration": {
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
    },
    "ex_low_rank_error": {
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
    },
    "ex_truncated_svd": {
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
    },
    "ex_pca": {
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
    },
    "ex_explained_variance": {
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
    },
    "ex_gram_schmidt_qr": {
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
    },
    "ex_condition_number": {
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
    },
    "ex_lstsq_qr": {
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
    },
    "ex_spectral_radius": {
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
    },
    "ex_log_growth_rate": {
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
    },
}
