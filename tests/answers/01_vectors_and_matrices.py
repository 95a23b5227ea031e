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
    return np.einsum("...i,oi->...o", X, W) + b
''',
        "tensordot over the feature axis": '''
def linear_layer(X, W, b):
    return np.tensordot(X, W, axes=([-1], [1])) + b
''',
        "matrix-vector products with a trailing axis": '''
def linear_layer(X, W, b):
    X = np.asarray(X)
    return (W @ X[..., None])[..., 0] + b
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
    },
    "ex_system_status": {
        "matrix_rank with rtol on A and on [A | b]": '''
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
        "least-squares residual for existence, rank for uniqueness": '''
def system_status(A, b, rtol=1e-10):
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
    },
}

WRONG = {
    "ex_is_independent": {
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
    },
    "ex_project_onto_vector": {
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
    },
    "ex_angles_between": {
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
    },
    "ex_linear_layer": {
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
    },
    "ex_rotation_matrix": {
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
    },
    "ex_rotate_about": {
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
    },
    "ex_triangle_areas": {
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
    },
    "ex_system_status": {
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
    },
    "ex_gauss_solve": {
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
    },
    "ex_project_onto_columns": {
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
    },
}
