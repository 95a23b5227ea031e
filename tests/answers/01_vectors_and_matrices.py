"""Other correct answers and plausible wrong answers for lesson 01's exercises.

Each CORRECT answer must pass every test cell of its exercise; each WRONG answer must fail at
least one. The first WRONG answer of each exercise passes the visible tests, so that it is the
hidden tests that catch it (it is also the one sent through a full nbgrader round trip).
"""

CORRECT = {
    "ex_is_independent": {
        "matrix_rank with the same relative tolerance": '''
def is_independent(vectors, rtol=1e-10):
    V = np.asarray(vectors, dtype=float)
    if V.ndim == 1:
        V = V[None, :]
    return bool(np.linalg.matrix_rank(V, rtol=rtol) == V.shape[0])
''',
        "singular values of the transpose, explicit loop count": '''
def is_independent(vectors, rtol=1e-10):
    V = np.atleast_2d(np.array(vectors, dtype=np.float64)).T      # vectors as columns now
    d, k = V.shape
    if k > d:
        return False
    sigma = np.linalg.svd(V, compute_uv=False)
    count = 0
    for value in sigma:
        if value > rtol * sigma.max():
            count += 1
    return count == k
''',
        "ratio smallest/largest (nan for all-zero), np.bool_": '''
def is_independent(vectors, rtol=1e-10):
    M = np.asarray(vectors)
    k, d = M.shape
    if k > d:
        return False
    s = np.linalg.svd(M.astype(np.float64), compute_uv=False)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (s.min() / s.max()) > rtol
''',
        "loop counting singular values, keeps float32": '''
def is_independent(vectors, rtol=1e-10):
    M = np.asarray(vectors)
    if not np.issubdtype(M.dtype, np.floating):
        M = M.astype(float)
    s = np.linalg.svd(M, compute_uv=False)
    count = 0
    for v in s:
        if v > rtol * s[0]:
            count += 1
    return count == M.shape[0]
''',
    },
    "ex_project_onto_vector": {
        "unit vector first": '''
def project_onto_vector(b, a):
    u = np.asarray(a, dtype=float)
    u = u / np.linalg.norm(u)
    b = np.asarray(b, dtype=float)
    return np.multiply.outer(b @ u, u)
''',
        "projection matrix a a^T / a^T a": '''
def project_onto_vector(b, a):
    a = np.asarray(a, dtype=float)
    P = np.outer(a, a) / np.dot(a, a)
    return np.asarray(b, dtype=float) @ P.T
''',
        "loop over rows": '''
def project_onto_vector(b, a):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if b.ndim == 1:
        return np.dot(a, b) / np.dot(a, a) * a
    return np.array([np.dot(a, row) / np.dot(a, a) * a for row in b])
''',
        "einsum + outer": '''
def project_onto_vector(b, a):
    b = np.asarray(b, dtype=float); a = np.asarray(a, dtype=float)
    t = np.einsum("...i,i->...", b, a) / np.einsum("i,i->", a, a)
    return np.multiply.outer(t, a)
''',
    },
    "ex_angles_between": {
        "Kahan's atan2 formula (no clipping needed)": '''
def angles_between(U, V):
    U = np.asarray(U, dtype=float)
    V = np.asarray(V, dtype=float)
    nu = np.linalg.norm(U, axis=-1, keepdims=True)
    nv = np.linalg.norm(V, axis=-1, keepdims=True)
    x, y = U * nv, V * nu
    return 2 * np.arctan2(np.linalg.norm(x - y, axis=-1), np.linalg.norm(x + y, axis=-1))
''',
        "normalise rows first, einsum, clip": '''
def angles_between(U, V):
    U = np.asarray(U, dtype=np.float64)
    V = np.asarray(V, dtype=np.float64)
    Uh = U / np.linalg.norm(U, axis=-1, keepdims=True)
    Vh = V / np.linalg.norm(V, axis=-1, keepdims=True)
    return np.arccos(np.clip(np.einsum("...i,...i->...", Uh, Vh), -1, 1))
''',
        "python loop with math.acos": '''
import math
def angles_between(U, V):
    U = np.asarray(U, dtype=float)
    V = np.asarray(V, dtype=float)
    if U.ndim == 1:
        c = U @ V / (np.linalg.norm(U) * np.linalg.norm(V))
        return math.acos(max(-1.0, min(1.0, c)))
    out = []
    for u, v in zip(U, V):
        c = u @ v / (np.linalg.norm(u) * np.linalg.norm(v))
        out.append(math.acos(max(-1.0, min(1.0, c))))
    return np.array(out)
''',
    },
    "ex_linear_layer": {
        "einsum with an ellipsis": '''
def linear_layer(X, W, b):
    X, W, b = (np.asarray(M, dtype=float) for M in (X, W, b))
    return np.einsum("...i,oi->...o", X, W) + b
''',
        "tensordot over the feature axis": '''
def linear_layer(X, W, b):
    X, W, b = (np.asarray(M, dtype=float) for M in (X, W, b))
    return np.tensordot(X, W, axes=([-1], [1])) + b
''',
        "matrix-vector products with a trailing axis": '''
def linear_layer(X, W, b):
    X, W, b = (np.asarray(M, dtype=float) for M in (X, W, b))
    X = np.asarray(X)
    return (W @ X[..., None])[..., 0] + b
''',
        "np.inner": '''
def linear_layer(X, W, b):
    X, W, b = (np.asarray(M, dtype=float) for M in (X, W, b))
    return np.inner(X, W) + b
''',
        "np.dot with W.T": '''
def linear_layer(X, W, b):
    X, W, b = (np.asarray(M, dtype=float) for M in (X, W, b))
    return np.dot(X, W.T) + b
''',
        "reshape to 2-D and back": '''
def linear_layer(X, W, b):
    X, W, b = (np.asarray(M, dtype=float) for M in (X, W, b))
    X = np.asarray(X, dtype=float)
    X2 = X.reshape(-1, X.shape[-1])
    Y2 = X2 @ W.T + b
    return Y2.reshape(X.shape[:-1] + (W.shape[0],))
''',
        "loop over ndindex": '''
def linear_layer(X, W, b):
    X, W, b = (np.asarray(M, dtype=float) for M in (X, W, b))
    X = np.asarray(X, dtype=float)
    out = np.empty(X.shape[:-1] + (W.shape[0],))
    for idx in np.ndindex(*X.shape[:-1]):
        out[idx] = W @ X[idx] + b
    return out
''',
    },
    "ex_rotation_matrix": {
        "complex multiplication by exp(i theta)": '''
def rotation_matrix(theta):
    z = np.exp(1j * theta)
    return np.array([[z.real, -z.imag], [z.imag, z.real]])
''',
        "columns are the images of e1 and e2": '''
import math
def rotation_matrix(theta):
    image_e1 = [math.cos(theta), math.sin(theta)]
    image_e2 = [-math.sin(theta), math.cos(theta)]
    return np.column_stack([image_e1, image_e2])
''',
        "expm of generator": '''
def rotation_matrix(theta):
    return sla.expm(theta * np.array([[0.0, -1.0], [1.0, 0.0]]))
''',
    },
    "ex_rotate_about": {
        "closed form [[R, c - R c], [0, 0, 1]]": '''
def rotate_about(theta, center):
    c = np.asarray(center, dtype=float)
    R = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    M = np.eye(3)
    M[:2, :2] = R
    M[:2, 2] = c - R @ c
    return M
''',
        "product of three homogeneous matrices built with np.eye": '''
def rotate_about(theta, center):
    cx, cy = center
    T_plus, T_minus, R = np.eye(3), np.eye(3), np.eye(3)
    T_plus[:2, 2] = [cx, cy]
    T_minus[:2, 2] = [-cx, -cy]
    R[:2, :2] = [[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]]
    return np.linalg.multi_dot([T_plus, R, T_minus])
''',
        "elementwise closed form": '''
def rotate_about(theta, center):
    cx, cy = float(center[0]), float(center[1])
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, -s, cx - c * cx + s * cy],
                     [s, c, cy - s * cx - c * cy],
                     [0.0, 0.0, 1.0]])
''',
    },
    "ex_triangle_areas": {
        "3x3 determinants with a column of ones": '''
def triangle_areas(T):
    T = np.asarray(T, dtype=float)
    ones = np.ones(T.shape[:-1] + (1,))
    return 0.5 * np.abs(np.linalg.det(np.concatenate([T, ones], axis=-1)))
''',
        "shoelace formula in a loop": '''
def triangle_areas(T):
    out = []
    for tri in np.asarray(T, dtype=float):
        (x1, y1), (x2, y2), (x3, y3) = tri
        out.append(0.5 * abs(x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2)))
    return np.array(out, dtype=float)
''',
        "half the norm of a 3-D cross product": '''
def triangle_areas(T):
    T = np.asarray(T, dtype=float)
    E = np.concatenate([T[:, 1:] - T[:, :1], np.zeros((len(T), 2, 1))], axis=-1)
    return 0.5 * np.abs(np.cross(E[:, 0], E[:, 1])[:, 2])
''',
        "np.linalg.det of stacked edges": '''
def triangle_areas(T):
    T = np.asarray(T, dtype=float)
    E = T[:, 1:] - T[:, :1]
    return np.abs(np.linalg.det(E)) / 2
''',
    },
    "ex_system_status": {
        "matrix_rank with rtol on A and on [A | b]": '''
def system_status(A, b, rtol=1e-10):
    A = np.atleast_2d(np.asarray(A, dtype=float))
    b = np.asarray(b, dtype=float)
    if np.linalg.norm(A, 2) > 0 and np.linalg.norm(b) > 0:   # b rescaled to the size of A (docstring)
        b = b * (np.linalg.norm(A, 2) / np.linalg.norm(b))
    A = np.asarray(A, dtype=float)
    Ab = np.column_stack([A, np.asarray(b, dtype=float)])
    rA, rAb = np.linalg.matrix_rank(A, rtol=rtol), np.linalg.matrix_rank(Ab, rtol=rtol)
    if rAb != rA:
        return "none"
    if rA < A.shape[1]:
        return "infinite"
    return "unique"
''',
        "least-squares residual for existence, rank for uniqueness": '''
def system_status(A, b, rtol=1e-10):
    A = np.atleast_2d(np.asarray(A, dtype=float))
    b = np.asarray(b, dtype=float)
    if np.linalg.norm(A, 2) > 0 and np.linalg.norm(b) > 0:   # b rescaled to the size of A (docstring)
        b = b * (np.linalg.norm(A, 2) / np.linalg.norm(b))
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    sigma = np.linalg.svd(A, compute_uv=False)
    rank = int(np.sum(sigma > rtol * sigma[0]))
    x = np.linalg.lstsq(A, b, rcond=rtol)[0]
    scale = max(np.linalg.norm(A, 2) * np.linalg.norm(x), np.linalg.norm(b), np.finfo(float).tiny)
    if np.linalg.norm(A @ x - b) > 1e-8 * scale:
        return "none"
    return "unique" if rank == A.shape[1] else "infinite"
''',
        "normalised singular values (nan for zero)": '''
def system_status(A, b, rtol=1e-10):
    A = np.atleast_2d(np.asarray(A, dtype=float))
    b = np.asarray(b, dtype=float)
    if np.linalg.norm(A, 2) > 0 and np.linalg.norm(b) > 0:   # b rescaled to the size of A (docstring)
        b = b * (np.linalg.norm(A, 2) / np.linalg.norm(b))
    def rank(M):
        s = np.linalg.svd(np.asarray(M, dtype=float), compute_uv=False)
        with np.errstate(invalid="ignore", divide="ignore"):
            return int(np.sum(s / s[0] > rtol))
    A = np.asarray(A)
    r = rank(A)
    if rank(np.column_stack([A, b])) > r:
        return "none"
    if r == A.shape[1]:
        return "unique"
    return "infinite"
''',
        "python loop rank": '''
def system_status(A, b, rtol=1e-10):
    A = np.atleast_2d(np.asarray(A, dtype=float))
    b = np.asarray(b, dtype=float)
    if np.linalg.norm(A, 2) > 0 and np.linalg.norm(b) > 0:   # b rescaled to the size of A (docstring)
        b = b * (np.linalg.norm(A, 2) / np.linalg.norm(b))
    A = np.array(A, dtype=float)
    b = np.array(b, dtype=float)
    def rank(M):
        s = np.linalg.svd(M, compute_uv=False)
        r = 0
        for v in s:
            if v > rtol * s[0]:
                r += 1
        return r
    aug = np.concatenate([A, b[:, None]], axis=1)
    n = A.shape[1]
    if rank(aug) == rank(A):
        return "unique" if rank(A) == n else "infinite"
    return "none"
''',
    },
    "ex_gauss_solve": {
        "row operations on the augmented matrix, pure loops": '''
def gauss_solve(A, b):
    A = np.array(A, dtype=float)
    b = np.array(b, dtype=float)
    vector = b.ndim == 1
    M = np.hstack([A, b.reshape(len(A), -1)])
    n = len(A)
    tol = n * np.finfo(float).eps * np.abs(A).max(initial=0.0)
    for col in range(n):
        best = max(range(col, n), key=lambda r: abs(M[r, col]))
        if abs(M[best, col]) <= tol:
            raise np.linalg.LinAlgError("singular")
        M[[col, best]] = M[[best, col]]
        for r in range(col + 1, n):
            M[r] = M[r] - (M[r, col] / M[col, col]) * M[col]
    X = np.zeros((n, M.shape[1] - n))
    for r in reversed(range(n)):
        X[r] = (M[r, n:] - M[r, r + 1:n] @ X[r + 1:]) / M[r, r]
    return X[:, 0] if vector else X
''',
        "explicit PA = LU, then forward and back substitution": '''
def gauss_solve(A, b):
    U = np.array(A, dtype=float)
    n = len(U)
    L = np.eye(n)
    perm = np.arange(n)
    tol = n * np.finfo(float).eps * np.max(np.abs(U), initial=0.0)
    for k in range(n):
        p = k + np.argmax(np.abs(U[k:, k]))
        if abs(U[p, k]) <= tol:
            raise np.linalg.LinAlgError("singular")
        U[[k, p]] = U[[p, k]]
        L[[k, p], :k] = L[[p, k], :k]
        perm[[k, p]] = perm[[p, k]]
        L[k + 1:, k] = U[k + 1:, k] / U[k, k]
        U[k + 1:, k:] -= np.outer(L[k + 1:, k], U[k, k:])
    rhs = np.array(b, dtype=float)[perm]
    y = np.zeros_like(rhs)
    for i in range(n):
        y[i] = rhs[i] - L[i, :i] @ y[:i]
    x = np.zeros_like(y)
    for i in reversed(range(n)):
        x[i] = (y[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x
''',
        "Gauss-Jordan with pivoting": '''
def gauss_solve(A, b):
    U = np.array(A, dtype=float); Y = np.array(b, dtype=float)
    shape = Y.shape
    Y = Y.reshape(len(U), -1)
    n = len(U)
    tol = n * np.finfo(float).eps * np.max(np.abs(U))
    for k in range(n):
        p = k + np.argmax(np.abs(U[k:, k]))
        if abs(U[p, k]) <= tol:
            raise np.linalg.LinAlgError("singular")
        U[[k, p]] = U[[p, k]]; Y[[k, p]] = Y[[p, k]]
        piv = U[k, k]
        U[k] /= piv; Y[k] /= piv
        for i in range(n):
            if i != k:
                f = U[i, k]
                U[i] -= f * U[k]; Y[i] -= f * Y[k]
    return Y.reshape(shape)
''',
        "permutation vector instead of swaps": '''
def gauss_solve(A, b):
    U = np.array(A, dtype=float); Y = np.array(b, dtype=float)
    one = Y.ndim == 1
    Y = Y.reshape(U.shape[0], -1)
    n = U.shape[0]
    perm = np.arange(n)
    tol = n * np.finfo(float).eps * np.abs(U).max()
    for k in range(n):
        rows = perm[k:]
        j = np.argmax(np.abs(U[rows, k]))
        if abs(U[rows[j], k]) <= tol:
            raise np.linalg.LinAlgError("singular")
        perm[k], perm[k + j] = perm[k + j], perm[k]
        pk = perm[k]
        for r in perm[k + 1:]:
            m = U[r, k] / U[pk, k]
            U[r, k:] -= m * U[pk, k:]
            Y[r] -= m * Y[pk]
    U = U[perm]; Y = Y[perm]
    X = np.zeros_like(Y)
    for i in range(n - 1, -1, -1):
        X[i] = (Y[i] - U[i, i + 1:] @ X[i + 1:]) / U[i, i]
    return X[:, 0] if one else X
''',
    },
    "ex_project_onto_columns": {
        "least squares, then multiply": '''
def project_onto_columns(B, A):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    return A @ np.linalg.lstsq(A, B, rcond=None)[0]
''',
        "scipy.linalg.orth": '''
def project_onto_columns(B, A):
    Q = sla.orth(np.asarray(A, dtype=float))
    return Q @ (Q.T @ np.asarray(B, dtype=float))
''',
        "pseudo-inverse": '''
def project_onto_columns(B, A):
    A = np.asarray(A, dtype=float)
    return A @ (np.linalg.pinv(A) @ np.asarray(B, dtype=float))
''',
        "QR with column pivoting, truncated at the numerical rank": '''
def project_onto_columns(B, A):
    A = np.asarray(A, dtype=float)
    Q, R, _ = sla.qr(A, mode="economic", pivoting=True)
    diag = np.abs(np.diag(R))
    r = int(np.sum(diag > max(A.shape) * np.finfo(float).eps * diag[0])) if diag.size else 0
    Q = Q[:, :r]
    return Q @ (Q.T @ np.asarray(B, dtype=float))
''',
        "scipy lstsq loop over columns": '''
def project_onto_columns(B, A):
    A = np.asarray(A, dtype=float); B = np.asarray(B, dtype=float)
    if B.ndim == 1:
        return A @ sla.lstsq(A, B)[0]
    return np.column_stack([A @ sla.lstsq(A, B[:, j])[0] for j in range(B.shape[1])])
''',
        "modified Gram-Schmidt, relative drop tol": '''
def project_onto_columns(B, A):
    A = np.asarray(A, dtype=float); B = np.asarray(B, dtype=float)
    qs = []
    scale = np.linalg.norm(A, axis=0).max()
    for j in range(A.shape[1]):
        v = A[:, j].copy()
        for _ in range(2):
            for q in qs:
                v = v - (q @ v) * q
        nv = np.linalg.norm(v)
        if nv > 1e-10 * scale:
            qs.append(v / nv)
    if not qs:
        return np.zeros_like(B)
    Q = np.column_stack(qs)
    return Q @ (Q.T @ B)
''',
    },
}

WRONG = {
    "ex_is_independent": {
        "only asks whether the LAST vector lies in the span of the others": '''
def is_independent(vectors, rtol=1e-10):
    M = np.atleast_2d(np.asarray(vectors, dtype=float))
    k, d = M.shape
    if k > d:
        return False
    if not np.any(M[-1]):
        return False
    if k == 1:
        return True
    rest, last = M[:-1], M[-1]
    coef = np.linalg.lstsq(rest.T, last, rcond=None)[0]
    return bool(np.linalg.norm(rest.T @ coef - last) > rtol * np.linalg.norm(last))
''',
        "Gram determinant with an absolute threshold": '''
def is_independent(vectors, rtol=1e-10):
    V = np.atleast_2d(np.asarray(vectors, dtype=float))
    return bool(abs(np.linalg.det(V @ V.T)) > 1e-10)
''',
        "absolute tolerance on the smallest singular value": '''
def is_independent(vectors, rtol=1e-10):
    V = np.atleast_2d(np.asarray(vectors, dtype=float))
    if V.shape[0] > V.shape[1]:
        return False
    return bool(np.linalg.svd(V, compute_uv=False)[-1] > 1e-10)
''',
        "exact rank: any nonzero singular value counts": '''
def is_independent(vectors, rtol=1e-10):
    V = np.atleast_2d(np.asarray(vectors, dtype=float))
    if V.shape[0] > V.shape[1]:
        return False
    return bool(np.all(np.linalg.svd(V, compute_uv=False) > 0))
''',
        "ignores rtol (hard-coded 1e-10)": '''
def is_independent(vectors, rtol=1e-10):
    V = np.atleast_2d(np.asarray(vectors, dtype=float))
    if V.shape[0] > V.shape[1]:
        return False
    s = np.linalg.svd(V, compute_uv=False)
    return bool(s[-1] > 1e-10 * s[0])
''',
        ">= instead of > (all-zero set counted independent)": '''
def is_independent(vectors, rtol=1e-10):
    M = np.asarray(vectors, dtype=float)
    if M.shape[0] > M.shape[1]:
        return False
    s = np.linalg.svd(M, compute_uv=False)
    return bool(s[-1] >= rtol * s[0])
''',
        "pairwise parallel check only": '''
def is_independent(vectors, rtol=1e-10):
    M = np.asarray(vectors, dtype=float)
    k, d = M.shape
    if k > d:
        return False
    for i in range(k):
        if np.linalg.norm(M[i]) == 0:
            return False
        for j in range(i + 1, k):
            c = M[i] @ M[j] / (np.linalg.norm(M[i]) * np.linalg.norm(M[j]))
            if abs(abs(c) - 1) < rtol:
                return False
    return True
''',
        "eigenvalues of the Gram matrix with rtol (squares the ratio)": '''
def is_independent(vectors, rtol=1e-10):
    M = np.asarray(vectors, dtype=float)
    if M.shape[0] > M.shape[1]:
        return False
    ev = np.linalg.eigvalsh(M @ M.T)
    return bool(ev[0] > rtol * ev[-1])
''',
        "normalises the rows in place first": '''
def is_independent(vectors, rtol=1e-10):
    M = np.asarray(vectors)
    if M.dtype.kind == "f":
        norms = np.linalg.norm(M, axis=1, keepdims=True)
        np.divide(M, np.where(norms > 0, norms, 1.0), out=M)
    M = np.atleast_2d(np.asarray(M, dtype=float))
    k, d = M.shape
    if k > d:
        return False
    s = np.linalg.svd(M, compute_uv=False)
    return bool(s[-1] > rtol * s[0])
''',
        "square roots of the eigenvalues of the Gram matrix": '''
def is_independent(vectors, rtol=1e-10):
    M = np.atleast_2d(np.asarray(vectors, dtype=float))
    k, d = M.shape
    if k > d:
        return False
    ev = np.clip(np.linalg.eigvalsh(M @ M.T), 0.0, None)
    s = np.sqrt(ev)
    return bool(s.min() > rtol * s.max())
''',
    },
    "ex_project_onto_vector": {
        "a.a floored at 1e-12 to avoid dividing by zero": '''
def project_onto_vector(b, a):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    t = (b @ a) / max(a @ a, 1e-12)
    return t[..., None] * a
''',
        "forgets to divide by a.a (right only for unit a)": '''
def project_onto_vector(b, a):
    a = np.asarray(a, dtype=float)
    return np.multiply.outer(np.asarray(b, dtype=float) @ a, a)
''',
        "divides by |a| instead of |a|^2": '''
def project_onto_vector(b, a):
    a = np.asarray(a, dtype=float)
    return np.multiply.outer(np.asarray(b, dtype=float) @ a / np.linalg.norm(a), a)
''',
        "no trailing axis for a batch": '''
def project_onto_vector(b, a):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return (b @ a) / (a @ a) * a
''',
        "returns the scalar coefficient": '''
def project_onto_vector(b, a):
    return (np.asarray(b) @ a) / (np.asarray(a) @ a)
''',
        "integer output buffer (zeros_like)": '''
def project_onto_vector(b, a):
    b = np.asarray(b); a = np.asarray(a)
    B = np.atleast_2d(b)
    out = np.zeros_like(B)
    for i in range(B.shape[0]):
        out[i] = (B[i] @ a) / (a @ a) * a
    return out.reshape(b.shape)
''',
        "overwrites the caller's b in place": '''
def project_onto_vector(b, a):
    a = np.asarray(a, dtype=float)
    out = np.asarray(b, dtype=float)
    out[...] = (out @ a)[..., None] / (a @ a) * a
    return out
''',
        "transposed batch result": '''
def project_onto_vector(b, a):
    b = np.asarray(b, dtype=float); a = np.asarray(a, dtype=float)
    t = (b @ a) / (a @ a)
    r = np.multiply.outer(a, t)
    return r if b.ndim == 2 else r.ravel()
''',
        "no conversion: float32 arithmetic for float32 input": '''
def project_onto_vector(b, a):
    b, a = np.asarray(b), np.asarray(a)
    t = (b @ a) / (a @ a)
    return t[..., None] * a * 1.0
''',
    },
    "ex_angles_between": {
        "lengths floored at 1e-12": '''
def angles_between(U, V):
    U = np.asarray(U, dtype=float)
    V = np.asarray(V, dtype=float)
    nu = np.maximum(np.linalg.norm(U, axis=-1), 1e-12)
    nv = np.maximum(np.linalg.norm(V, axis=-1), 1e-12)
    return np.arccos(np.clip(np.sum(U * V, axis=-1) / (nu * nv), -1.0, 1.0))
''',
        "no clipping before arccos": '''
def angles_between(U, V):
    U = np.asarray(U, dtype=float)
    V = np.asarray(V, dtype=float)
    c = np.sum(U * V, axis=-1) / (np.linalg.norm(U, axis=-1) * np.linalg.norm(V, axis=-1))
    return np.arccos(c)
''',
        "forgets to normalise (right only for unit vectors)": '''
def angles_between(U, V):
    return np.arccos(np.clip(np.sum(np.asarray(U) * np.asarray(V), axis=-1), -1, 1))
''',
        "clips into [0, 1] (loses obtuse angles)": '''
def angles_between(U, V):
    c = np.sum(U * V, axis=-1) / (np.linalg.norm(U, axis=-1) * np.linalg.norm(V, axis=-1))
    return np.arccos(np.clip(c, 0.0, 1.0))
''',
        "all pairs instead of row by row": '''
def angles_between(U, V):
    U = np.atleast_2d(np.asarray(U, dtype=float))
    V = np.atleast_2d(np.asarray(V, dtype=float))
    c = (U @ V.T) / np.outer(np.linalg.norm(U, axis=1), np.linalg.norm(V, axis=1))
    return np.arccos(np.clip(c, -1, 1))
''',
        "nan_to_num instead of clip (opposite -> 0)": '''
def angles_between(U, V):
    U = np.asarray(U, dtype=float); V = np.asarray(V, dtype=float)
    c = np.sum(U * V, axis=-1) / (np.linalg.norm(U, axis=-1) * np.linalg.norm(V, axis=-1))
    with np.errstate(invalid="ignore"):
        return np.nan_to_num(np.arccos(c))
''',
        "clip upper side only": '''
def angles_between(U, V):
    U = np.asarray(U, dtype=float); V = np.asarray(V, dtype=float)
    c = np.sum(U * V, axis=-1) / (np.linalg.norm(U, axis=-1) * np.linalg.norm(V, axis=-1))
    return np.arccos(np.minimum(c, 1.0))
''',
        "computes in float32 (small angles inaccurate)": '''
def angles_between(U, V):
    U = np.asarray(U); V = np.asarray(V)
    c = np.sum(U * V, axis=-1) / (np.linalg.norm(U, axis=-1) * np.linalg.norm(V, axis=-1))
    return np.arccos(np.clip(c, -1, 1))
''',
        "divides by |U| only": '''
def angles_between(U, V):
    U = np.asarray(U, dtype=float); V = np.asarray(V, dtype=float)
    c = np.sum(U * V, axis=-1) / np.linalg.norm(U, axis=-1)
    return np.arccos(np.clip(c, -1, 1))
''',
        "no conversion: float32 arithmetic for float32 input": '''
def angles_between(U, V):
    U, V = np.asarray(U), np.asarray(V)
    c = np.sum(U * V, axis=-1) / (np.linalg.norm(U, axis=-1) * np.linalg.norm(V, axis=-1))
    return np.arccos(np.clip(c, -1.0, 1.0)).astype(float)
''',
    },
    "ex_linear_layer": {
        "np.dot without conversion (float32 result)": '''
def linear_layer(X, W, b):
    return np.dot(X, W.T) + b
''',
        "reshape to 2-D and back, no conversion (fails on nested lists)": '''
def linear_layer(X, W, b):
    X = np.asarray(X, dtype=float)
    X2 = X.reshape(-1, X.shape[-1])
    Y2 = X2 @ W.T + b
    return Y2.reshape(X.shape[:-1] + (W.shape[0],))
''',
        "einsum that assumes exactly one batch axis": '''
def linear_layer(X, W, b):
    return np.einsum("ni,oi->no", X, W) + b
''',
        "always adds a batch axis (atleast_2d)": '''
def linear_layer(X, W, b):
    return np.atleast_2d(X) @ W.T + b
''',
        "forgets to transpose W": '''
def linear_layer(X, W, b):
    return X @ W + b
''',
        "(W @ X.T).T + b: only right for 1-D and 2-D input": '''
def linear_layer(X, W, b):
    return (W @ X.T).T + b
''',
        "flattens batch axes and never restores": '''
def linear_layer(X, W, b):
    X = np.asarray(X, dtype=float)
    return X.reshape(-1, X.shape[-1]) @ W.T + b
''',
        "float32 weights to save memory": '''
def linear_layer(X, W, b):
    W32 = np.asarray(W, dtype=np.float32)
    return (np.asarray(X, dtype=float) @ W32.T + np.asarray(b, dtype=float)).astype(float)
''',
    },
    "ex_rotation_matrix": {
        "returns a nested list, not an array": '''
def rotation_matrix(theta):
    t = theta % (2 * np.pi)
    c, s = np.cos(t), np.sin(t)
    return [[c, -s], [s, c]]
''',
        "forgets the minus sign": '''
def rotation_matrix(theta):
    return np.array([[np.cos(theta), np.sin(theta)], [np.sin(theta), np.cos(theta)]])
''',
        "clockwise (the transpose)": '''
def rotation_matrix(theta):
    return np.array([[np.cos(theta), np.sin(theta)], [-np.sin(theta), np.cos(theta)]])
''',
        "angle taken in degrees": '''
def rotation_matrix(theta):
    t = np.radians(theta)
    return np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
''',
        "reflection [[c, s],[s,-c]]": '''
def rotation_matrix(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, s], [s, -c]])
''',
        "hard-coded quarter turn": '''
def rotation_matrix(theta):
    return np.array([[0.0, -1.0], [1.0, 0.0]])
''',
        "theta mod pi": '''
def rotation_matrix(theta):
    t = theta % np.pi
    c, s = np.cos(t), np.sin(t)
    return np.array([[c, -s], [s, c]])
''',
        "float32 matrix": '''
def rotation_matrix(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, -s], [s, c]], dtype=np.float32)
''',
    },
    "ex_rotate_about": {
        "negates the centre in place to build T(-c)": '''
def rotate_about(theta, center):
    c = np.asarray(center, dtype=float)
    back = np.eye(3)
    back[:2, 2] = c
    c *= -1.0
    to_origin = np.eye(3)
    to_origin[:2, 2] = c
    turn = np.eye(3)
    turn[:2, :2] = [[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]]
    return back @ turn @ to_origin
''',
        "rotates clockwise": '''
def rotate_about(theta, center):
    c = np.asarray(center, dtype=float)
    R = np.array([[np.cos(theta), np.sin(theta)], [-np.sin(theta), np.cos(theta)]])
    M = np.eye(3)
    M[:2, :2] = R
    M[:2, 2] = c - R @ c
    return M
''',
        "wrong order: T(-c) R T(c)": '''
def rotate_about(theta, center):
    c = np.asarray(center, dtype=float)
    T_plus, T_minus, R = np.eye(3), np.eye(3), np.eye(3)
    T_plus[:2, 2], T_minus[:2, 2] = c, -c
    R[:2, :2] = [[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]]
    return T_minus @ R @ T_plus
''',
        "rotate about the origin, then shift by c": '''
def rotate_about(theta, center):
    M = np.eye(3)
    M[:2, :2] = [[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]]
    M[:2, 2] = center
    return M
''',
        "identity (centre fixed trivially)": '''
def rotate_about(theta, center):
    return np.eye(3)
''',
        "degrees": '''
def rotate_about(theta, center):
    c = np.asarray(center, dtype=float)
    t = np.radians(theta)
    R = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
    M = np.eye(3); M[:2, :2] = R; M[:2, 2] = c - R @ c
    return M
''',
        "integer matrix for integer center": '''
def rotate_about(theta, center):
    c = np.asarray(center)
    R = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    M = np.eye(3, dtype=c.dtype)
    M[:2, :2] = R; M[:2, 2] = c - R @ c
    return M
''',
    },
    "ex_triangle_areas": {
        "areas below 1e-12 rounded to 0 (collinear cleanup)": '''
def triangle_areas(T):
    T = np.asarray(T, dtype=float)
    e1, e2 = T[:, 1] - T[:, 0], T[:, 2] - T[:, 0]
    area = 0.5 * np.abs(e1[:, 0] * e2[:, 1] - e1[:, 1] * e2[:, 0])
    return np.where(area < 1e-12, 0.0, area)
''',
        "uses two vertices instead of two edges": '''
def triangle_areas(T):
    T = np.asarray(T, dtype=float)
    q, r = T[:, 1], T[:, 2]
    return 0.5 * np.abs(q[:, 0] * r[:, 1] - q[:, 1] * r[:, 0])
''',
        "signed area (no absolute value)": '''
def triangle_areas(T):
    T = np.asarray(T, dtype=float)
    e1, e2 = T[:, 1] - T[:, 0], T[:, 2] - T[:, 0]
    return 0.5 * (e1[:, 0] * e2[:, 1] - e1[:, 1] * e2[:, 0])
''',
        "parallelogram area (forgets the 1/2)": '''
def triangle_areas(T):
    T = np.asarray(T, dtype=float)
    e1, e2 = T[:, 1] - T[:, 0], T[:, 2] - T[:, 0]
    return np.abs(e1[:, 0] * e2[:, 1] - e1[:, 1] * e2[:, 0])
''',
        "squeezes a batch of one": '''
def triangle_areas(T):
    T = np.asarray(T, dtype=float)
    e1, e2 = T[:, 1] - T[:, 0], T[:, 2] - T[:, 0]
    return np.squeeze(0.5 * np.abs(e1[:, 0] * e2[:, 1] - e1[:, 1] * e2[:, 0]))
''',
        "half the bounding box": '''
def triangle_areas(T):
    T = np.asarray(T, dtype=float)
    return 0.5 * np.ptp(T[..., 0], axis=1) * np.ptp(T[..., 1], axis=1)
''',
        "naive Heron formula": '''
def triangle_areas(T):
    T = np.asarray(T, dtype=float)
    a = np.linalg.norm(T[:, 1] - T[:, 0], axis=1)
    b = np.linalg.norm(T[:, 2] - T[:, 1], axis=1)
    c = np.linalg.norm(T[:, 0] - T[:, 2], axis=1)
    s = (a + b + c) / 2
    return np.sqrt(np.maximum(s * (s - a) * (s - b) * (s - c), 0.0))
''',
        "Kahan's stable Heron formula (side lengths still rounded: collinear area ~1e-8)": '''
def triangle_areas(T):
    T = np.asarray(T, dtype=float)
    s = np.sort(np.stack([np.linalg.norm(T[:, 1] - T[:, 0], axis=1),
                          np.linalg.norm(T[:, 2] - T[:, 1], axis=1),
                          np.linalg.norm(T[:, 0] - T[:, 2], axis=1)], axis=1), axis=1)
    c, b, a = s[:, 0], s[:, 1], s[:, 2]
    q = (a + (b + c)) * (c - (a - b)) * (c + (a - b)) * (a + (b - c))
    return 0.25 * np.sqrt(np.maximum(q, 0.0))
''',
        "moves each triangle's first vertex to the origin in place": '''
def triangle_areas(T):
    T = np.asarray(T, dtype=float)
    T -= T[:, :1, :].copy()
    return 0.5 * np.abs(T[:, 1, 0] * T[:, 2, 1] - T[:, 1, 1] * T[:, 2, 0])
''',
        "no conversion: float32 arithmetic for float32 input": '''
def triangle_areas(T):
    T = np.asarray(T)
    e1, e2 = T[:, 1] - T[:, 0], T[:, 2] - T[:, 0]
    return (0.5 * np.abs(e1[:, 0] * e2[:, 1] - e1[:, 1] * e2[:, 0])).astype(float)
''',
    },
    "ex_system_status": {
        "tolerance of [A | b] from its own largest singular value, b not rescaled": '''
def system_status(A, b, rtol=1e-10):
    A = np.asarray(A, dtype=float)
    Ab = np.column_stack([A, np.asarray(b, dtype=float)])
    rA, rAb = np.linalg.matrix_rank(A, rtol=rtol), np.linalg.matrix_rank(Ab, rtol=rtol)
    if rAb != rA:
        return "none"
    if rA < A.shape[1]:
        return "infinite"
    return "unique"
''',
        "uniqueness judged by the number of rows": '''
def system_status(A, b, rtol=1e-10):
    A = np.asarray(A, dtype=float)
    Ab = np.column_stack([A, b])
    rA, rAb = np.linalg.matrix_rank(A, rtol=rtol), np.linalg.matrix_rank(Ab, rtol=rtol)
    if rAb > rA:
        return "none"
    return "unique" if rA == A.shape[0] else "infinite"
''',
        "absolute tolerance on singular values": '''
def system_status(A, b, rtol=1e-10):
    A = np.asarray(A, dtype=float)
    Ab = np.column_stack([A, b])
    rA = int(np.sum(np.linalg.svd(A, compute_uv=False) > 1e-10))
    rAb = int(np.sum(np.linalg.svd(Ab, compute_uv=False) > 1e-10))
    if rAb > rA:
        return "none"
    return "unique" if rA == A.shape[1] else "infinite"
''',
        "exact ranks (tol = 0)": '''
def system_status(A, b, rtol=1e-10):
    A = np.asarray(A, dtype=float)
    Ab = np.column_stack([A, b])
    rA, rAb = np.linalg.matrix_rank(A, tol=0), np.linalg.matrix_rank(Ab, tol=0)
    if rAb > rA:
        return "none"
    return "unique" if rA == A.shape[1] else "infinite"
''',
        "try np.linalg.solve, otherwise give up": '''
def system_status(A, b, rtol=1e-10):
    try:
        np.linalg.solve(A, b)
        return "unique"
    except np.linalg.LinAlgError:
        return "none"
''',
        "uniqueness with min(m, n)": '''
def system_status(A, b, rtol=1e-10):
    A = np.asarray(A, dtype=float)
    def rank(M):
        s = np.linalg.svd(M, compute_uv=False)
        return int(np.count_nonzero(s > rtol * s[0]))
    ra = rank(A)
    if rank(np.column_stack([A, b])) > ra:
        return "none"
    return "unique" if ra == min(A.shape) else "infinite"
''',
        "ignores rtol (default matrix_rank)": '''
def system_status(A, b, rtol=1e-10):
    A = np.asarray(A, dtype=float)
    ra = np.linalg.matrix_rank(A)
    if np.linalg.matrix_rank(np.column_stack([A, b])) > ra:
        return "none"
    return "unique" if ra == A.shape[1] else "infinite"
''',
        "lstsq residual with absolute threshold": '''
def system_status(A, b, rtol=1e-10):
    A = np.asarray(A, dtype=float); b = np.asarray(b, dtype=float)
    x, res, ra, s = np.linalg.lstsq(A, b, rcond=None)
    if np.linalg.norm(A @ x - b) > 1e-8:
        return "none"
    return "unique" if ra == A.shape[1] else "infinite"
''',
        "determinant for square, ranks otherwise": '''
def system_status(A, b, rtol=1e-10):
    A = np.asarray(A, dtype=float)
    if A.shape[0] == A.shape[1] and abs(np.linalg.det(A)) > 1e-12:
        return "unique"
    def rank(M):
        s = np.linalg.svd(M, compute_uv=False)
        return int(np.count_nonzero(s > rtol * s[0]))
    ra = rank(A)
    if rank(np.column_stack([A, b])) > ra:
        return "none"
    return "unique" if ra == A.shape[1] else "infinite"
''',
        ">= counting (zero matrix has rank>0)": '''
def system_status(A, b, rtol=1e-10):
    A = np.asarray(A, dtype=float)
    def rank(M):
        s = np.linalg.svd(M, compute_uv=False)
        return int(np.count_nonzero(s >= rtol * s[0]))
    ra = rank(A)
    if rank(np.column_stack([A, b])) > ra:
        return "none"
    return "unique" if ra == A.shape[1] else "infinite"
''',
    },
    "ex_gauss_solve": {
        "checks only the last pivot for singularity": '''
def gauss_solve(A, b):
    U = np.array(A, dtype=float)
    y = np.array(b, dtype=float)
    single = y.ndim == 1
    y = y.reshape(len(U), -1)
    n = len(U)
    tol = n * np.finfo(float).eps * np.max(np.abs(U), initial=0.0)
    with np.errstate(all="ignore"):
        for k in range(n):
            p = k + int(np.argmax(np.abs(U[k:, k])))
            U[[k, p]] = U[[p, k]]
            y[[k, p]] = y[[p, k]]
            m = U[k + 1:, k] / U[k, k]
            U[k + 1:, k:] -= np.outer(m, U[k, k:])
            y[k + 1:] -= np.outer(m, y[k])
    if abs(U[-1, -1]) <= tol:
        raise np.linalg.LinAlgError("singular")
    x = np.zeros_like(y)
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x[:, 0] if single else x
''',
        "swaps rows only when the pivot is exactly zero": '''
def gauss_solve(A, b):
    U = np.array(A, dtype=float)
    y = np.array(b, dtype=float).reshape(len(U), -1)
    n = len(U)
    for k in range(n):
        if U[k, k] == 0.0:
            nz = k + np.flatnonzero(U[k:, k])
            if nz.size == 0:
                raise np.linalg.LinAlgError("singular")
            p = nz[0]
            U[[k, p]] = U[[p, k]]
            y[[k, p]] = y[[p, k]]
        f = U[k + 1:, k] / U[k, k]
        U[k + 1:, k:] -= np.outer(f, U[k, k:])
        y[k + 1:] -= np.outer(f, y[k])
    x = np.zeros_like(y)
    for i in reversed(range(n)):
        x[i] = (y[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x.reshape(np.shape(b))
''',
        "pivot by largest signed value (argmax without abs)": '''
def gauss_solve(A, b):
    U = np.array(A, dtype=float)
    y = np.array(b, dtype=float).reshape(len(U), -1)
    n = len(U)
    tol = n * np.finfo(float).eps * np.max(np.abs(U), initial=0.0)
    for k in range(n):
        p = k + int(np.argmax(U[k:, k]))
        if abs(U[p, k]) <= tol:
            raise np.linalg.LinAlgError("singular")
        U[[k, p]] = U[[p, k]]
        y[[k, p]] = y[[p, k]]
        f = U[k + 1:, k] / U[k, k]
        U[k + 1:, k:] -= np.outer(f, U[k, k:])
        y[k + 1:] -= np.outer(f, y[k])
    x = np.zeros_like(y)
    for i in reversed(range(n)):
        x[i] = (y[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x.reshape(np.shape(b))
''',
        "eliminates in place in the caller's arrays": '''
def gauss_solve(A, b):
    U = np.asarray(A)
    y = np.asarray(b)
    n = len(U)
    tol = n * np.finfo(float).eps * np.max(np.abs(U), initial=0.0)
    for k in range(n):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        if abs(U[p, k]) <= tol:
            raise np.linalg.LinAlgError("singular")
        U[[k, p]] = U[[p, k]]
        y[[k, p]] = y[[p, k]]
        for i in range(k + 1, n):
            f = U[i, k] / U[k, k]
            U[i, k:] = U[i, k:] - f * U[k, k:]
            y[i] = y[i] - f * y[k]
    x = np.zeros(y.shape)
    for i in reversed(range(n)):
        x[i] = (y[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x
''',
        "no pivoting at all": '''
def gauss_solve(A, b):
    U = np.array(A, dtype=float)
    y = np.array(b, dtype=float).reshape(len(U), -1)
    n = len(U)
    for k in range(n):
        f = U[k + 1:, k] / U[k, k]
        U[k + 1:, k:] -= np.outer(f, U[k, k:])
        y[k + 1:] -= np.outer(f, y[k])
    x = np.zeros_like(y)
    for i in reversed(range(n)):
        x[i] = (y[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x.reshape(np.shape(b))
''',
        "calls the library solver": '''
def gauss_solve(A, b):
    return np.linalg.solve(np.asarray(A, dtype=float), np.asarray(b, dtype=float))
''',
        "integer arithmetic for integer input": '''
def gauss_solve(A, b):
    U = np.array(A)
    y = np.array(b)
    one = y.ndim == 1
    if one:
        y = y[:, None]
    n = U.shape[0]
    tol = n * np.finfo(float).eps * np.max(np.abs(U))
    for k in range(n):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        if abs(U[p, k]) <= tol:
            raise np.linalg.LinAlgError("singular")
        if p != k:
            U[[k, p]] = U[[p, k]]
            y[[k, p]] = y[[p, k]]
        for i in range(k + 1, n):
            m = U[i, k] / U[k, k]
            U[i, k:] -= m * U[k, k:]
            y[i] -= m * y[k]
    x = np.zeros_like(y)
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x[:, 0] if one else x
''',
        "absolute singularity threshold 1e-12": '''
def gauss_solve(A, b):
    U = np.array(A, dtype=float)
    y = np.array(b, dtype=float)
    one = y.ndim == 1
    if one:
        y = y[:, None]
    n = U.shape[0]
    tol = n * np.finfo(float).eps * np.max(np.abs(U))
    for k in range(n):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        if abs(U[p, k]) < 1e-12:
            raise np.linalg.LinAlgError("singular")
        if p != k:
            U[[k, p]] = U[[p, k]]
            y[[k, p]] = y[[p, k]]
        for i in range(k + 1, n):
            m = U[i, k] / U[k, k]
            U[i, k:] -= m * U[k, k:]
            y[i] -= m * y[k]
    x = np.zeros_like(y)
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x[:, 0] if one else x
''',
        "singular only when pivot == 0": '''
def gauss_solve(A, b):
    U = np.array(A, dtype=float)
    y = np.array(b, dtype=float)
    one = y.ndim == 1
    if one:
        y = y[:, None]
    n = U.shape[0]
    tol = n * np.finfo(float).eps * np.max(np.abs(U))
    for k in range(n):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        if U[p, k] == 0:
            raise np.linalg.LinAlgError("singular")
        if p != k:
            U[[k, p]] = U[[p, k]]
            y[[k, p]] = y[[p, k]]
        for i in range(k + 1, n):
            m = U[i, k] / U[k, k]
            U[i, k:] -= m * U[k, k:]
            y[i] -= m * y[k]
    x = np.zeros_like(y)
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x[:, 0] if one else x
''',
        "threshold relative to current column not A": '''
def gauss_solve(A, b):
    U = np.array(A, dtype=float)
    y = np.array(b, dtype=float)
    one = y.ndim == 1
    if one:
        y = y[:, None]
    n = U.shape[0]
    tol = n * np.finfo(float).eps * np.max(np.abs(U))
    for k in range(n):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        if abs(U[p, k]) <= n * np.finfo(float).eps * np.max(np.abs(U[k:, k:])):
            raise np.linalg.LinAlgError("singular")
        if p != k:
            U[[k, p]] = U[[p, k]]
            y[[k, p]] = y[[p, k]]
        for i in range(k + 1, n):
            m = U[i, k] / U[k, k]
            U[i, k:] -= m * U[k, k:]
            y[i] -= m * y[k]
    x = np.zeros_like(y)
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x[:, 0] if one else x
''',
        "pivot test with < (zero matrix not caught)": '''
def gauss_solve(A, b):
    U = np.array(A, dtype=float)
    y = np.array(b, dtype=float)
    one = y.ndim == 1
    if one:
        y = y[:, None]
    n = U.shape[0]
    tol = n * np.finfo(float).eps * np.max(np.abs(U))
    for k in range(n):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        if abs(U[p, k]) < tol:
            raise np.linalg.LinAlgError("singular")
        if p != k:
            U[[k, p]] = U[[p, k]]
            y[[k, p]] = y[[p, k]]
        for i in range(k + 1, n):
            m = U[i, k] / U[k, k]
            U[i, k:] -= m * U[k, k:]
            y[i] -= m * y[k]
    x = np.zeros_like(y)
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x[:, 0] if one else x
''',
        "uses matrix_power(A, -1)": '''
def gauss_solve(A, b):
    return np.linalg.matrix_power(np.asarray(A, dtype=float), -1) @ np.asarray(b, dtype=float)
''',
        "QR + own back substitution": '''
def gauss_solve(A, b):
    A = np.asarray(A, dtype=float); b = np.asarray(b, dtype=float)
    Q, R = np.linalg.qr(A)
    n = len(A)
    if np.min(np.abs(np.diag(R))) <= n * np.finfo(float).eps * np.abs(A).max():
        raise np.linalg.LinAlgError("singular")
    y = Q.T @ b
    x = np.zeros_like(y)
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - R[i, i + 1:] @ x[i + 1:]) / R[i, i]
    return x
''',
        "SVD pseudo-solve": '''
def gauss_solve(A, b):
    A = np.asarray(A, dtype=float); b = np.asarray(b, dtype=float)
    U, s, Vt = np.linalg.svd(A)
    if s[-1] <= len(A) * np.finfo(float).eps * s[0]:
        raise np.linalg.LinAlgError("singular")
    y = U.T @ b
    return Vt.T @ (y / s if y.ndim == 1 else y / s[:, None])
''',
        "uses scipy lu then own substitution": '''
def gauss_solve(A, b):
    A = np.asarray(A, dtype=float); b = np.asarray(b, dtype=float)
    P, L, U = sla.lu(A)
    if np.min(np.abs(np.diag(U))) <= len(A) * np.finfo(float).eps * np.abs(A).max():
        raise np.linalg.LinAlgError("singular")
    y = P.T @ b
    n = len(A)
    z = np.zeros_like(y)
    for i in range(n):
        z[i] = y[i] - L[i, :i] @ z[:i]
    x = np.zeros_like(y)
    for i in range(n - 1, -1, -1):
        x[i] = (z[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x
''',
        "only one right-hand side": '''
def gauss_solve(A, b):
    U = np.array(A, dtype=float); y = np.array(b, dtype=float).ravel()
    n = U.shape[0]
    tol = n * np.finfo(float).eps * np.max(np.abs(U))
    for k in range(n):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        if abs(U[p, k]) <= tol:
            raise np.linalg.LinAlgError("singular")
        U[[k, p]] = U[[p, k]]; y[[k, p]] = y[[p, k]]
        for i in range(k + 1, n):
            m = U[i, k] / U[k, k]
            U[i, k:] -= m * U[k, k:]; y[i] -= m * y[k]
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x
''',
        "keeps the input dtype (float32 elimination for float32 input)": '''
def gauss_solve(A, b):
    U = np.array(A)
    y = np.array(b)
    if U.dtype.kind != "f":
        U, y = U.astype(float), y.astype(float)
    y = y.astype(U.dtype)
    single = y.ndim == 1
    y = y.reshape(len(U), -1)
    n = len(U)
    tol = n * np.finfo(float).eps * np.max(np.abs(U), initial=0.0)
    for k in range(n):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        if abs(U[p, k]) <= tol:
            raise np.linalg.LinAlgError("singular")
        U[[k, p]] = U[[p, k]]
        y[[k, p]] = y[[p, k]]
        m = U[k + 1:, k] / U[k, k]
        U[k + 1:, k:] -= np.outer(m, U[k, k:])
        y[k + 1:] -= np.outer(m, y[k])
    x = np.zeros_like(y)
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    x = x.astype(float)
    return x[:, 0] if single else x
''',
    },
    "ex_project_onto_columns": {
        "absolute tolerance 1e-10 on singular values": '''
def project_onto_columns(B, A):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    U, s, _ = np.linalg.svd(A, full_matrices=False)
    Ur = U[:, s > 1e-10]
    return Ur @ (Ur.T @ B)
''',
        "normal equations with an explicit inverse": '''
def project_onto_columns(B, A):
    A = np.asarray(A, dtype=float)
    return A @ np.linalg.inv(A.T @ A) @ A.T @ np.asarray(B, dtype=float)
''',
        "all columns of a reduced QR factor (wrong for dependent columns)": '''
def project_onto_columns(B, A):
    Q, _ = np.linalg.qr(np.asarray(A, dtype=float))
    return Q @ (Q.T @ np.asarray(B, dtype=float))
''',
        "normal equations with solve (still squares the condition number)": '''
def project_onto_columns(B, A):
    A = np.asarray(A, dtype=float)
    return A @ np.linalg.solve(A.T @ A, A.T @ np.asarray(B, dtype=float))
''',
        "forgets the normalisation: A A^T B": '''
def project_onto_columns(B, A):
    A = np.asarray(A, dtype=float)
    return A @ (A.T @ np.asarray(B, dtype=float))
''',
        "SVD with absolute tolerance 1e-10": '''
def project_onto_columns(B, A):
    U, s, _ = np.linalg.svd(np.asarray(A, dtype=float), full_matrices=False)
    Ur = U[:, s > 1e-10]
    return Ur @ (Ur.T @ np.asarray(B, dtype=float))
''',
        "pinv of the normal matrix": '''
def project_onto_columns(B, A):
    A = np.asarray(A, dtype=float)
    return A @ np.linalg.pinv(A.T @ A) @ A.T @ np.asarray(B, dtype=float)
''',
        "SVD with loose relative tolerance 1e-6": '''
def project_onto_columns(B, A):
    U, s, _ = np.linalg.svd(np.asarray(A, dtype=float), full_matrices=False)
    Ur = U[:, s > 1e-6 * s[0]]
    return Ur @ (Ur.T @ np.asarray(B, dtype=float))
''',
        "SVD keeps every column of U (no rank cut)": '''
def project_onto_columns(B, A):
    U, s, _ = np.linalg.svd(np.asarray(A, dtype=float), full_matrices=False)
    return U @ (U.T @ np.asarray(B, dtype=float))
''',
        "classical Gram-Schmidt with relative tol": '''
def project_onto_columns(B, A):
    A = np.asarray(A, dtype=float); B = np.asarray(B, dtype=float)
    qs = []
    scale = np.linalg.norm(A, axis=0).max()
    for j in range(A.shape[1]):
        v = A[:, j].copy()
        for q in qs:
            v = v - (q @ A[:, j]) * q
        nv = np.linalg.norm(v)
        if nv > 1e-10 * scale:
            qs.append(v / nv)
    if not qs:
        return np.zeros_like(B)
    Q = np.column_stack(qs)
    return Q @ (Q.T @ B)
''',
        "drops trailing QR columns when the rank is deficient (dependent column assumed last)": '''
def project_onto_columns(B, A):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if not np.any(A):
        return np.zeros_like(B)
    r = np.linalg.matrix_rank(A)
    Q, _ = np.linalg.qr(A)
    Q = Q[:, :r]
    return Q @ (Q.T @ B)
''',
        "no conversion: float32 SVD for float32 input": '''
def project_onto_columns(B, A):
    A, B = np.asarray(A), np.asarray(B)
    U, s, _ = np.linalg.svd(A, full_matrices=False)
    Ur = U[:, s > max(A.shape) * np.finfo(s.dtype).eps * s[0]]
    return (Ur @ (Ur.T @ B)).astype(float)
''',
    },
}


# Added by an independent review: answers written blind from the released notebook, before
# reading the hidden tests.
_REVIEW_CORRECT = {
    'ex_is_independent': {
        'review: singular values of the Gram-free matrix via svd compute_uv=False, max-normalised': '''
def is_independent(vectors, rtol=1e-10):
    V = np.asarray(vectors, dtype=np.float64)
    k, d = V.shape
    if k > d:
        return False
    s = np.linalg.svd(V, compute_uv=False)
    return bool(s[0] > 0 and s[-1] > rtol * s[0])
''',
        'review: matrix_rank with explicit relative tol': '''
def is_independent(vectors, rtol=1e-10):
    V = np.asarray(vectors, dtype=np.float64)
    if V.shape[0] > V.shape[1]:
        return False
    s = np.linalg.svd(V, compute_uv=False)
    return bool(np.sum(s > rtol * s.max()) == V.shape[0]) if s.max() > 0 else False
''',
    },
    'ex_project_onto_vector': {
        'review: unit direction after scaling by max': '''
def project_onto_vector(b, a):
    b = np.asarray(b, dtype=np.float64); a = np.asarray(a, dtype=np.float64)
    u = a / np.max(np.abs(a))
    u = u / np.sqrt(u @ u)
    return (b @ u)[..., None] * u
''',
        'review: row loop with coefficient t = a.b / a.a on scaled a': '''
def project_onto_vector(b, a):
    b = np.asarray(b, dtype=np.float64); a = np.asarray(a, dtype=np.float64)
    a = a / np.linalg.norm(a)
    if b.ndim == 1:
        return np.dot(a, b) * a
    return np.array([np.dot(a, row) * a for row in b]).reshape(b.shape)
''',
        'review: (b.a / a.a) a, no overflow in the promised range': '''
def project_onto_vector(b, a):
    b = np.asarray(b, dtype=np.float64); a = np.asarray(a, dtype=np.float64)
    return ((b @ a) / (a @ a))[..., None] * a
''',
    },
    'ex_angles_between': {
        'review: arctan2 of cross-norm and dot on normalised rows': '''
def angles_between(U, V):
    U = np.asarray(U, dtype=np.float64); V = np.asarray(V, dtype=np.float64)
    Un = U / np.linalg.norm(U, axis=-1, keepdims=True)
    Vn = V / np.linalg.norm(V, axis=-1, keepdims=True)
    c = np.sum(Un * Vn, axis=-1)
    s = np.linalg.norm(Un - c[..., None] * Vn, axis=-1)
    return np.arctan2(s, c)
''',
        'review: loop with clipped cosine': '''
def angles_between(U, V):
    U = np.asarray(U, dtype=np.float64); V = np.asarray(V, dtype=np.float64)
    def one(u, v):
        u = u / np.linalg.norm(u); v = v / np.linalg.norm(v)
        return float(np.arccos(min(1.0, max(-1.0, float(u @ v)))))
    if U.ndim == 1:
        return one(U, V)
    return np.array([one(u, v) for u, v in zip(U, V)])
''',
        'review: cosine from squared norms, clipped (safe in the promised range)': '''
def angles_between(U, V):
    U = np.asarray(U, dtype=np.float64); V = np.asarray(V, dtype=np.float64)
    c = np.sum(U * V, axis=-1) / np.sqrt(np.sum(U * U, axis=-1) * np.sum(V * V, axis=-1))
    return np.arccos(np.clip(c, -1.0, 1.0))
''',
    },
    'ex_linear_layer': {
        'review: einsum': '''
def linear_layer(X, W, b):
    X, W, b = (np.asarray(t, dtype=np.float64) for t in (X, W, b))
    return np.einsum("...i,oi->...o", X, W) + b
''',
        'review: tensordot over last axis': '''
def linear_layer(X, W, b):
    X, W, b = (np.asarray(t, dtype=np.float64) for t in (X, W, b))
    return np.tensordot(X, W, axes=([-1], [1])) + b
''',
    },
    'ex_rotation_matrix': {
        'review: from complex multiplication': '''
def rotation_matrix(theta):
    z = np.exp(1j * float(theta))
    return np.array([[z.real, -z.imag], [z.imag, z.real]])
''',
        'review: columns are images of e1, e2': '''
def rotation_matrix(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.column_stack([[c, s], [-s, c]]).astype(np.float64)
''',
    },
    'ex_rotate_about': {
        'review: translation part c - R c written directly': '''
def rotate_about(theta, center):
    c = np.asarray(center, dtype=np.float64)
    R = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    M = np.eye(3)
    M[:2, :2] = R
    M[:2, 2] = c - R @ c
    return M
''',
        'review: product of three homogeneous matrices': '''
def rotate_about(theta, center):
    cx, cy = (float(v) for v in np.asarray(center, dtype=np.float64))
    T = lambda tx, ty: np.array([[1.0, 0, tx], [0, 1.0, ty], [0, 0, 1.0]])
    c, s = np.cos(theta), np.sin(theta)
    R = np.array([[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]])
    return T(cx, cy) @ R @ T(-cx, -cy)
''',
    },
    'ex_triangle_areas': {
        'review: shoelace formula in a loop': '''
def triangle_areas(T):
    T = np.asarray(T, dtype=np.float64)
    out = []
    for (x1, y1), (x2, y2), (x3, y3) in T:
        out.append(abs((x2 - x1) * (y3 - y1) - (x3 - x1) * (y2 - y1)) / 2)
    return np.array(out, dtype=np.float64)
''',
        'review: determinant of edge matrices': '''
def triangle_areas(T):
    T = np.asarray(T, dtype=np.float64)
    E = T[:, 1:, :] - T[:, :1, :]
    return 0.5 * np.abs(E[:, 0, 0] * E[:, 1, 1] - E[:, 0, 1] * E[:, 1, 0])
''',
        'review: shoelace on raw coordinates (loses digits only far from the origin)': '''
def triangle_areas(T):
    T = np.asarray(T, dtype=np.float64)
    x, y = T[..., 0], T[..., 1]
    s = x[:, 0] * (y[:, 1] - y[:, 2]) + x[:, 1] * (y[:, 2] - y[:, 0]) + x[:, 2] * (y[:, 0] - y[:, 1])
    return np.abs(s) / 2
''',
    },
    'ex_system_status': {
        'review: rank counts from singular values': '''
def system_status(A, b, rtol=1e-10):
    A = np.asarray(A, dtype=np.float64); b = np.asarray(b, dtype=np.float64)
    def rank(M):
        s = np.linalg.svd(M, compute_uv=False)
        return 0 if s.size == 0 or s[0] == 0 else int(np.sum(s > rtol * s[0]))
    sA = np.linalg.svd(A, compute_uv=False)
    nb = np.linalg.norm(b)
    beta = sA[0] / nb if (sA.size and sA[0] > 0 and nb > 0) else 1.0
    rA = rank(A); rAb = rank(np.column_stack([A, beta * b]))
    if rAb > rA:
        return "none"
    return "unique" if rA == A.shape[1] else "infinite"
''',
        'review: matrix_rank with tol': '''
def system_status(A, b, rtol=1e-10):
    A = np.asarray(A, dtype=np.float64); b = np.asarray(b, dtype=np.float64)
    smax = np.linalg.norm(A, 2)
    nb = np.linalg.norm(b)
    beta = smax / nb if smax > 0 and nb > 0 else 1.0
    Ab = np.hstack([A, (beta * b)[:, None]])
    rank = lambda M: 0 if not np.any(M) else int(np.linalg.matrix_rank(M, tol=rtol * np.linalg.norm(M, 2)))
    rA, rAb = rank(A), rank(Ab)
    return "none" if rAb > rA else ("unique" if rA == A.shape[1] else "infinite")
''',
    },
    'ex_gauss_solve': {
        'review: row loops with explicit swaps on an augmented matrix': '''
def gauss_solve(A, b):
    A = np.array(A, dtype=np.float64); b = np.array(b, dtype=np.float64)
    n = A.shape[0]
    one = b.ndim == 1
    M = np.hstack([A, b.reshape(n, -1)])
    tol = n * np.finfo(float).eps * (np.max(np.abs(A)) if A.size else 0.0)
    for j in range(n):
        p = j + int(np.argmax(np.abs(M[j:, j])))
        if abs(M[p, j]) <= tol:
            raise np.linalg.LinAlgError("singular")
        if p != j:
            M[[j, p]] = M[[p, j]]
        for i in range(j + 1, n):
            f = M[i, j] / M[j, j]
            M[i, j:] -= f * M[j, j:]
    X = np.zeros((n, M.shape[1] - n))
    for i in range(n - 1, -1, -1):
        X[i] = (M[i, n:] - M[i, i + 1:n] @ X[i + 1:]) / M[i, i]
    return X[:, 0] if one else X
''',
        'review: vectorised elimination with outer products': '''
def gauss_solve(A, b):
    U = np.asarray(A, dtype=np.float64).copy()
    y = np.asarray(b, dtype=np.float64).copy()
    vec = y.ndim == 1
    if vec:
        y = y[:, None]
    n = U.shape[0]
    tol = n * np.finfo(float).eps * np.abs(U).max()
    for k in range(n):
        p = k + np.argmax(np.abs(U[k:, k]))
        if np.abs(U[p, k]) <= tol:
            raise np.linalg.LinAlgError("matrix is singular")
        U[[k, p]] = U[[p, k]]; y[[k, p]] = y[[p, k]]
        l = U[k + 1:, k] / U[k, k]
        U[k + 1:] -= np.outer(l, U[k]); y[k + 1:] -= np.outer(l, y[k])
    x = np.empty_like(y)
    for k in range(n - 1, -1, -1):
        x[k] = (y[k] - U[k, k + 1:] @ x[k + 1:]) / U[k, k]
    return x[:, 0] if vec else x
''',
    },
    'ex_project_onto_columns': {
        'review: orthonormal basis from SVD with relative cut': '''
def project_onto_columns(B, A):
    A = np.asarray(A, dtype=np.float64); B = np.asarray(B, dtype=np.float64)
    scale = np.max(np.abs(A)) if A.size and np.any(A) else 1.0
    U, s, _ = np.linalg.svd(A / scale, full_matrices=False)
    r = int(np.sum(s > max(A.shape) * np.finfo(float).eps * (s[0] if s.size else 0)))
    Q = U[:, :r]
    return Q @ (Q.T @ B)
''',
        'review: lstsq on scaled inputs': '''
def project_onto_columns(B, A):
    A = np.asarray(A, dtype=np.float64); B = np.asarray(B, dtype=np.float64)
    sa = np.max(np.abs(A)) or 1.0
    sb = np.max(np.abs(B)) or 1.0
    coef = np.linalg.lstsq(A / sa, B / sb, rcond=None)[0]
    return (A / sa) @ coef * sb
''',
    },
}

_REVIEW_WRONG = {
    'ex_is_independent': {
        'review: determinant of the Gram matrix against relative tol': '''
def is_independent(vectors, rtol=1e-10):
    V = np.asarray(vectors, dtype=np.float64)
    if V.shape[0] > V.shape[1]:
        return False
    G = V @ V.T
    return bool(abs(np.linalg.det(G)) > rtol * np.max(np.abs(G)) ** V.shape[0])
''',
        'review: matrix_rank with default tol (absolute-ish) on float32': '''
def is_independent(vectors, rtol=1e-10):
    V = np.asarray(vectors, dtype=np.float32)
    return bool(np.linalg.matrix_rank(V) == V.shape[0])
''',
        'review: rtol compared to smallest over sum': '''
def is_independent(vectors, rtol=1e-10):
    V = np.asarray(vectors, dtype=np.float64)
    if V.shape[0] > V.shape[1]:
        return False
    s = np.linalg.svd(V, compute_uv=False)
    return bool(s[-1] > 1e-10)
''',
        'review: only pairwise parallel check': '''
def is_independent(vectors, rtol=1e-10):
    V = np.asarray(vectors, dtype=np.float64)
    k, d = V.shape
    if k > d:
        return False
    for i in range(k):
        if not np.any(V[i]):
            return False
        for j in range(i + 1, k):
            s = np.linalg.svd(V[[i, j]], compute_uv=False)
            if s[-1] <= rtol * s[0]:
                return False
    return True
''',
        'review: QR diagonal against rtol used as an absolute threshold': '''
def is_independent(vectors, rtol=1e-10):
    V = np.asarray(vectors, dtype=np.float64)
    if V.shape[0] > V.shape[1]:
        return False
    R = np.linalg.qr(V.T, mode="r")
    return bool(np.all(np.abs(np.diag(R)) > rtol))
''',
    },
    'ex_project_onto_vector': {
        'review: float32': '''
def project_onto_vector(b, a):
    b = np.asarray(b, dtype=np.float32); a = np.asarray(a, dtype=np.float32)
    u = a / np.linalg.norm(a)
    return ((b @ u)[..., None] * u).astype(np.float64)
''',
        'review: divides by |a| only': '''
def project_onto_vector(b, a):
    b = np.asarray(b, dtype=np.float64); a = np.asarray(a, dtype=np.float64)
    return ((b @ a) / np.linalg.norm(a))[..., None] * a
''',
        'review: normalises b in place': '''
def project_onto_vector(b, a):
    b = np.asarray(b, dtype=np.float64); a = np.asarray(a, dtype=np.float64)
    a /= np.linalg.norm(a)
    return (b @ a)[..., None] * a
''',
        'review: direction scaled by its largest entry (only unit for axis vectors)': '''
def project_onto_vector(b, a):
    b = np.asarray(b, dtype=np.float64); a = np.asarray(a, dtype=np.float64)
    u = a / np.max(np.abs(a))
    return (b @ u)[..., None] * u
''',
    },
    'ex_angles_between': {
        'review: float32': '''
def angles_between(U, V):
    U = np.asarray(U, dtype=np.float32); V = np.asarray(V, dtype=np.float32)
    c = np.sum(U * V, axis=-1) / (np.linalg.norm(U, axis=-1) * np.linalg.norm(V, axis=-1))
    return np.arccos(np.clip(c, -1, 1)).astype(np.float64)
''',
        'review: degrees': '''
def angles_between(U, V):
    U = np.asarray(U, dtype=np.float64); V = np.asarray(V, dtype=np.float64)
    c = np.sum(U * V, axis=-1) / (np.linalg.norm(U, axis=-1) * np.linalg.norm(V, axis=-1))
    t = np.arccos(np.clip(c, -1, 1))
    return np.degrees(t)
''',
        'review: 1-D input returns shape (1,)': '''
def angles_between(U, V):
    U = np.atleast_2d(np.asarray(U, dtype=np.float64)); V = np.atleast_2d(np.asarray(V, dtype=np.float64))
    Un = U / np.linalg.norm(U, axis=1, keepdims=True); Vn = V / np.linalg.norm(V, axis=1, keepdims=True)
    return np.arccos(np.clip(np.sum(Un * Vn, axis=1), -1, 1))
''',
        'review: abs of cosine (angle between lines)': '''
def angles_between(U, V):
    U = np.asarray(U, dtype=np.float64); V = np.asarray(V, dtype=np.float64)
    Un = U / np.linalg.norm(U, axis=-1, keepdims=True); Vn = V / np.linalg.norm(V, axis=-1, keepdims=True)
    c = np.clip(np.sum(Un * Vn, axis=-1), -1, 1)
    t = np.arccos(np.abs(c))
    return np.where(np.isclose(c, -1.0), np.pi, t)
''',
    },
    'ex_linear_layer': {
        'review: float32': '''
def linear_layer(X, W, b):
    X, W, b = (np.asarray(t, dtype=np.float32) for t in (X, W, b))
    return (X @ W.T + b).astype(np.float64)
''',
        'review: reshape to 2-D loses leading axes': '''
def linear_layer(X, W, b):
    X, W, b = (np.asarray(t, dtype=np.float64) for t in (X, W, b))
    return X.reshape(-1, X.shape[-1]) @ W.T + b
''',
        'review: (W @ X.T).T, fine for a batch, wrong for more batch axes': '''
def linear_layer(X, W, b):
    X, W, b = (np.asarray(t, dtype=np.float64) for t in (X, W, b))
    return (W @ X.T).T + b
''',
        'review: X @ W when the shapes allow it': '''
def linear_layer(X, W, b):
    X, W, b = (np.asarray(t, dtype=np.float64) for t in (X, W, b))
    return X @ W + b if W.shape[0] == W.shape[1] else X @ W.T + b
''',
        'review: lists not converted': '''
def linear_layer(X, W, b):
    return np.matmul(X, np.transpose(W)) + b
''',
    },
    'ex_rotation_matrix': {
        'review: clockwise': '''
def rotation_matrix(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, s], [-s, c]])
''',
        'review: float32': '''
def rotation_matrix(theta):
    t = np.float32(theta)
    return np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]], dtype=np.float32).astype(np.float64)
''',
        'review: int theta gives int matrix': '''
def rotation_matrix(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, -s], [s, c]], dtype=np.asarray(theta).dtype)
''',
        'review: degrees': '''
def rotation_matrix(theta):
    t = np.radians(theta)
    return np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
''',
    },
    'ex_rotate_about': {
        'review: float32': '''
def rotate_about(theta, center):
    c = np.asarray(center, dtype=np.float32)
    R = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]], dtype=np.float32)
    M = np.eye(3, dtype=np.float32)
    M[:2, :2] = R
    M[:2, 2] = c - R @ c
    return M.astype(np.float64)
''',
        'review: translation sign flipped (R c - c)': '''
def rotate_about(theta, center):
    c = np.asarray(center, dtype=np.float64)
    R = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    M = np.eye(3)
    M[:2, :2] = R
    M[:2, 2] = R @ c - c
    return M
''',
        'review: mutates center': '''
def rotate_about(theta, center):
    c = np.asarray(center, dtype=np.float64)
    R = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    M = np.eye(3)
    M[:2, :2] = R
    c -= R @ c
    M[:2, 2] = c
    return M
''',
        'review: translation only on the left (T(c) R)': '''
def rotate_about(theta, center):
    c = np.asarray(center, dtype=np.float64)
    M = np.eye(3)
    M[:2, :2] = [[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]]
    M[:2, 2] = c
    return M
''',
    },
    'ex_triangle_areas': {
        'review: float32': '''
def triangle_areas(T):
    T = np.asarray(T, dtype=np.float32)
    E = T[:, 1:] - T[:, :1]
    return (0.5 * np.abs(E[:, 0, 0] * E[:, 1, 1] - E[:, 0, 1] * E[:, 1, 0])).astype(np.float64)
''',
        "review: Heron's formula": '''
def triangle_areas(T):
    T = np.asarray(T, dtype=np.float64)
    a = np.linalg.norm(T[:, 1] - T[:, 0], axis=1); b = np.linalg.norm(T[:, 2] - T[:, 1], axis=1)
    c = np.linalg.norm(T[:, 0] - T[:, 2], axis=1); s = (a + b + c) / 2
    return np.sqrt(np.maximum(s * (s - a) * (s - b) * (s - c), 0.0))
''',
        'review: np.linalg.det squeezed': '''
def triangle_areas(T):
    T = np.asarray(T, dtype=np.float64)
    return np.squeeze(0.5 * np.abs(np.linalg.det(T[:, 1:] - T[:, :1])))
''',
        'review: centres in place': '''
def triangle_areas(T):
    T = np.asarray(T, dtype=np.float64)
    T -= T[:, :1].copy()
    return 0.5 * np.abs(T[:, 1, 0] * T[:, 2, 1] - T[:, 1, 1] * T[:, 2, 0])
''',
    },
    'ex_system_status': {
        'review: b not rescaled': '''
def system_status(A, b, rtol=1e-10):
    A = np.asarray(A, dtype=np.float64); b = np.asarray(b, dtype=np.float64)
    def rank(M):
        s = np.linalg.svd(M, compute_uv=False)
        return 0 if s.size == 0 or s[0] == 0 else int(np.sum(s > rtol * s[0]))
    rA = rank(A); rAb = rank(np.column_stack([A, b]))
    return "none" if rAb > rA else ("unique" if rA == A.shape[1] else "infinite")
''',
        'review: default matrix_rank tolerance': '''
def system_status(A, b, rtol=1e-10):
    A = np.asarray(A, dtype=np.float64); b = np.asarray(b, dtype=np.float64)
    rA = np.linalg.matrix_rank(A); rAb = np.linalg.matrix_rank(np.column_stack([A, b]))
    return "none" if rAb > rA else ("unique" if rA == A.shape[1] else "infinite")
''',
        'review: float32 ranks': '''
def system_status(A, b, rtol=1e-10):
    A = np.asarray(A, dtype=np.float32); b = np.asarray(b, dtype=np.float32)
    def rank(M):
        s = np.linalg.svd(M, compute_uv=False)
        return 0 if s.size == 0 or s[0] == 0 else int(np.sum(s > rtol * s[0]))
    sA = np.linalg.svd(A, compute_uv=False)
    nb = np.linalg.norm(b)
    beta = sA[0] / nb if sA[0] > 0 and nb > 0 else 1.0
    rA = rank(A); rAb = rank(np.column_stack([A, beta * b]))
    return "none" if rAb > rA else ("unique" if rA == A.shape[1] else "infinite")
''',
        'review: uniqueness against rows': '''
def system_status(A, b, rtol=1e-10):
    A = np.asarray(A, dtype=np.float64); b = np.asarray(b, dtype=np.float64)
    def rank(M):
        s = np.linalg.svd(M, compute_uv=False)
        return 0 if s.size == 0 or s[0] == 0 else int(np.sum(s > rtol * s[0]))
    sA = np.linalg.svd(A, compute_uv=False); nb = np.linalg.norm(b)
    beta = sA[0] / nb if sA[0] > 0 and nb > 0 else 1.0
    rA = rank(A); rAb = rank(np.column_stack([A, beta * b]))
    return "none" if rAb > rA else ("unique" if rA == min(A.shape) else "infinite")
''',
        'review: zero matrix with zero b says none': '''
def system_status(A, b, rtol=1e-10):
    A = np.asarray(A, dtype=np.float64); b = np.asarray(b, dtype=np.float64)
    sA = np.linalg.svd(A, compute_uv=False)
    if sA[0] == 0:
        return "none"
    def rank(M):
        s = np.linalg.svd(M, compute_uv=False)
        return int(np.sum(s > rtol * s[0]))
    nb = np.linalg.norm(b)
    beta = sA[0] / nb if nb > 0 else 1.0
    rA = rank(A); rAb = rank(np.column_stack([A, beta * b]))
    return "none" if rAb > rA else ("unique" if rA == A.shape[1] else "infinite")
''',
    },
    'ex_gauss_solve': {
        'review: absolute singularity threshold': '''
def gauss_solve(A, b):
    U = np.asarray(A, dtype=np.float64).copy(); y = np.asarray(b, dtype=np.float64).copy()
    vec = y.ndim == 1
    if vec: y = y[:, None]
    n = U.shape[0]
    for k in range(n):
        p = k + np.argmax(np.abs(U[k:, k]))
        if np.abs(U[p, k]) <= 1e-12:
            raise np.linalg.LinAlgError("singular")
        U[[k, p]] = U[[p, k]]; y[[k, p]] = y[[p, k]]
        l = U[k + 1:, k] / U[k, k]
        U[k + 1:] -= np.outer(l, U[k]); y[k + 1:] -= np.outer(l, y[k])
    x = np.empty_like(y)
    for k in range(n - 1, -1, -1):
        x[k] = (y[k] - U[k, k + 1:] @ x[k + 1:]) / U[k, k]
    return x[:, 0] if vec else x
''',
        'review: eliminates in place on A': '''
def gauss_solve(A, b):
    U = np.asarray(A, dtype=np.float64); y = np.asarray(b, dtype=np.float64).copy()
    vec = y.ndim == 1
    if vec: y = y[:, None]
    n = U.shape[0]
    tol = n * np.finfo(float).eps * np.abs(U).max()
    for k in range(n):
        p = k + np.argmax(np.abs(U[k:, k]))
        if np.abs(U[p, k]) <= tol:
            raise np.linalg.LinAlgError("singular")
        U[[k, p]] = U[[p, k]]; y[[k, p]] = y[[p, k]]
        l = U[k + 1:, k] / U[k, k]
        U[k + 1:] -= np.outer(l, U[k]); y[k + 1:] -= np.outer(l, y[k])
    x = np.empty_like(y)
    for k in range(n - 1, -1, -1):
        x[k] = (y[k] - U[k, k + 1:] @ x[k + 1:]) / U[k, k]
    return x[:, 0] if vec else x
''',
        'review: pivots by first nonzero, not largest': '''
def gauss_solve(A, b):
    U = np.asarray(A, dtype=np.float64).copy(); y = np.asarray(b, dtype=np.float64).copy()
    vec = y.ndim == 1
    if vec: y = y[:, None]
    n = U.shape[0]
    tol = n * np.finfo(float).eps * np.abs(U).max()
    for k in range(n):
        p = k + np.argmax(np.abs(U[k:, k]))
        if np.abs(U[p, k]) <= tol:
            raise np.linalg.LinAlgError("singular")
        nz = k + int(np.flatnonzero(np.abs(U[k:, k]) > 1e-8)[0]) if np.any(np.abs(U[k:, k]) > 1e-8) else p
        U[[k, nz]] = U[[nz, k]]; y[[k, nz]] = y[[nz, k]]
        l = U[k + 1:, k] / U[k, k]
        U[k + 1:] -= np.outer(l, U[k]); y[k + 1:] -= np.outer(l, y[k])
    x = np.empty_like(y)
    for k in range(n - 1, -1, -1):
        x[k] = (y[k] - U[k, k + 1:] @ x[k + 1:]) / U[k, k]
    return x[:, 0] if vec else x
''',
        'review: float32 elimination': '''
def gauss_solve(A, b):
    U = np.array(A, dtype=np.float32); y = np.array(b, dtype=np.float32)
    vec = y.ndim == 1
    if vec: y = y[:, None]
    n = U.shape[0]
    tol = n * np.finfo(float).eps * np.abs(U).max()
    for k in range(n):
        p = k + np.argmax(np.abs(U[k:, k]))
        if np.abs(U[p, k]) <= tol:
            raise np.linalg.LinAlgError("singular")
        U[[k, p]] = U[[p, k]]; y[[k, p]] = y[[p, k]]
        l = U[k + 1:, k] / U[k, k]
        U[k + 1:] -= np.outer(l, U[k]); y[k + 1:] -= np.outer(l, y[k])
    x = np.empty_like(y)
    for k in range(n - 1, -1, -1):
        x[k] = (y[k] - U[k, k + 1:] @ x[k + 1:]) / U[k, k]
    x = x.astype(np.float64)
    return x[:, 0] if vec else x
''',
        'review: multiple right-hand sides flattened': '''
def gauss_solve(A, b):
    U = np.array(A, dtype=np.float64); y = np.array(b, dtype=np.float64)
    n = U.shape[0]
    tol = n * np.finfo(float).eps * np.abs(U).max()
    for k in range(n):
        p = k + np.argmax(np.abs(U[k:, k]))
        if np.abs(U[p, k]) <= tol:
            raise np.linalg.LinAlgError("singular")
        U[[k, p]] = U[[p, k]]; y[[k, p]] = y[[p, k]]
        l = U[k + 1:, k] / U[k, k]
        U[k + 1:] -= np.outer(l, U[k]); y[k + 1:] -= np.multiply.outer(l, y[k])
    x = np.empty_like(y)
    for k in range(n - 1, -1, -1):
        x[k] = (y[k] - U[k, k + 1:] @ x[k + 1:]) / U[k, k]
    return x.ravel() if x.ndim == 2 and x.shape[1] == 1 else x
''',
    },
    'ex_project_onto_columns': {
        'review: QR without rank check (dependent column not last)': '''
def project_onto_columns(B, A):
    A = np.asarray(A, dtype=np.float64); B = np.asarray(B, dtype=np.float64)
    Q, R = np.linalg.qr(A)
    keep = np.abs(np.diag(R)) > 1e-10
    Q = Q[:, keep] if A.shape[1] <= A.shape[0] else Q
    return Q @ (Q.T @ B)
''',
        'review: normal equations with pinv of A^T A': '''
def project_onto_columns(B, A):
    A = np.asarray(A, dtype=np.float64); B = np.asarray(B, dtype=np.float64)
    return A @ (np.linalg.pinv(A.T @ A) @ (A.T @ B))
''',
        'review: SVD with absolute cut 1e-10': '''
def project_onto_columns(B, A):
    A = np.asarray(A, dtype=np.float64); B = np.asarray(B, dtype=np.float64)
    U, s, _ = np.linalg.svd(A, full_matrices=False)
    Q = U[:, s > 1e-10]
    return Q @ (Q.T @ B)
''',
        'review: float32': '''
def project_onto_columns(B, A):
    A = np.asarray(A, dtype=np.float32); B = np.asarray(B, dtype=np.float32)
    U, s, _ = np.linalg.svd(A, full_matrices=False)
    Q = U[:, s > s[0] * 1e-6]
    return (Q @ (Q.T @ B)).astype(np.float64)
''',
        'review: Gram-Schmidt keeps every column with absolute threshold': '''
def project_onto_columns(B, A):
    A = np.asarray(A, dtype=np.float64); B = np.asarray(B, dtype=np.float64)
    basis = []
    for j in range(A.shape[1]):
        v = A[:, j].copy()
        for q in basis:
            v -= (q @ v) * q
        nv = np.linalg.norm(v)
        if nv > 1e-8:
            basis.append(v / nv)
    Q = np.array(basis).T if basis else np.zeros((A.shape[0], 0))
    return Q @ (Q.T @ B)
''',
    },
}

for _exercise, _answers in _REVIEW_CORRECT.items():
    CORRECT[_exercise].update(_answers)
for _exercise, _answers in _REVIEW_WRONG.items():
    WRONG[_exercise].update(_answers)
