"""Alternative correct answers and plausible wrong answers for lesson 05's exercises.

Each CORRECT answer must pass every test of its exercise; each WRONG answer must fail at least
one. The first WRONG answer of each exercise also goes through a full nbgrader round trip. Where
a WRONG answer passes the visible tests, the hidden tests are what catch it.
"""

CORRECT = {
    "ex_numerical_gradient": {
        "rows of h * eye as steps": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.asarray(x, dtype=float)
    steps = h * np.eye(x.size)
    return np.array([(f(x + s) - f(x - s)) / (2 * h) for s in steps], dtype=float)
''',
        "perturb a copy and restore it": '''
def numerical_gradient(f, x, h=1e-5):
    work = np.array(x, dtype=np.float64, copy=True)
    out = np.zeros(work.size)
    for i in range(work.size):
        old = work[i]
        work[i] = old + h
        up = f(work.copy())
        work[i] = old - h
        down = f(work.copy())
        work[i] = old
        out[i] = (up - down) / (2 * h)
    return out
''',
        "fresh copies per coordinate": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.asarray(x, dtype=np.float64)
    out = []
    for i in range(x.size):
        xp = x.copy(); xp[i] += h
        xm = x.copy(); xm[i] -= h
        out.append((float(f(xp)) - float(f(xm))) / (2 * h))
    return np.array(out)
''',
        "fromiter with 0-d arrays": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=np.float64)
    n = x.size
    def one(i):
        e = np.zeros(n); e[i] = h
        return np.asarray(f(x + e) - f(x - e)) / (2 * h)
    return np.fromiter((one(i) for i in range(n)), dtype=np.float64, count=n)
''',
        "fresh copy per evaluation, index assignment": '''
def numerical_gradient(f, x, h=1e-5):
    base = np.array(x, dtype=np.float64)
    g = np.empty(base.size)
    for i in range(base.size):
        up, down = base.copy(), base.copy()
        up[i] = base[i] + h
        down[i] = base[i] - h
        g[i] = (f(up) - f(down)) / (2.0 * h)
    return g
''',
        "rows of h * eye, list comprehension": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.asarray(x, dtype=np.float64)
    steps = h * np.eye(x.size)
    return np.array([f(x + e) - f(x - e) for e in steps], dtype=np.float64) / (2 * h)
''',
    },
    "ex_directional_derivative": {
        "normalise first, then einsum": '''
def directional_derivative(grad, v):
    V = np.asarray(v, dtype=float)
    n = np.sqrt(np.sum(V * V, axis=-1))
    if np.any(n == 0):
        raise ValueError("zero direction")
    U = V / n[..., None] if V.ndim == 2 else V / n
    return np.einsum("...i,i->...", U, np.asarray(grad, dtype=float))
''',
        "loop over rows": '''
def directional_derivative(grad, v):
    g = np.asarray(grad, dtype=float)
    V = np.asarray(v, dtype=float)
    rows = V.reshape(-1, g.size)
    out = []
    for row in rows:
        length = np.linalg.norm(row)
        if length == 0:
            raise ValueError("a zero vector has no direction")
        out.append(float(g @ row) / length)
    return out[0] if V.ndim == 1 else np.array(out)
''',
        "list inputs via atleast_2d and squeeze": '''
def directional_derivative(grad, v):
    V = np.atleast_2d(np.asarray(v, dtype=float))
    lengths = np.linalg.norm(V, axis=1)
    if not np.all(lengths > 0):
        raise ValueError("zero-length direction")
    out = (V @ np.asarray(grad, dtype=float)) / lengths
    return out[0] if np.ndim(v) == 1 else out
''',
        "dot product divided by the norm": '''
def directional_derivative(grad, v):
    g = np.asarray(grad, dtype=np.float64)
    V = np.asarray(v, dtype=np.float64)
    lengths = np.linalg.norm(V, axis=-1)
    if np.any(lengths == 0):
        raise ValueError("a direction of length zero has no direction")
    return (V @ g) / lengths
''',
        "loop over rows with math.hypot-free normalisation": '''
def directional_derivative(grad, v):
    g = np.asarray(grad, dtype=np.float64)
    V = np.asarray(v, dtype=np.float64)
    rows = np.atleast_2d(V)
    out = np.empty(len(rows))
    for i, row in enumerate(rows):
        n = np.sqrt(np.sum(row * row))
        if n == 0.0:
            raise ValueError("zero direction")
        out[i] = float(np.dot(g, row / n))
    return out[0] if V.ndim == 1 else out
''',
    },
    "ex_polar_partials": {
        "explicit Jacobian transpose": '''
def polar_partials(grad_xy, r, theta):
    G = np.asarray(grad_xy, dtype=float)
    r = np.asarray(r, dtype=float)
    th = np.asarray(theta, dtype=float)
    # J = [[dx/dr, dx/dth], [dy/dr, dy/dth]]; result = J^T grad
    J = np.array([[np.cos(th), -r * np.sin(th)], [np.sin(th), r * np.cos(th)]])
    if G.ndim == 1:
        return J.T @ G
    J = np.moveaxis(J, -1, 0)                 # (m, 2, 2)
    return np.einsum("mji,mj->mi", J, G)
''',
        "loop over points": '''
def polar_partials(grad_xy, r, theta):
    G = np.atleast_2d(np.asarray(grad_xy, dtype=float))
    rr = np.broadcast_to(np.asarray(r, dtype=float), (G.shape[0],))
    tt = np.broadcast_to(np.asarray(theta, dtype=float), (G.shape[0],))
    out = np.empty_like(G)
    for k in range(G.shape[0]):
        gx, gy = G[k]
        out[k, 0] = gx * np.cos(tt[k]) + gy * np.sin(tt[k])
        out[k, 1] = -gx * rr[k] * np.sin(tt[k]) + gy * rr[k] * np.cos(tt[k])
    return out[0] if np.ndim(grad_xy) == 1 else out
''',
        "complex number trick": '''
def polar_partials(grad_xy, r, theta):
    G = np.asarray(grad_xy, dtype=float)
    w = (G[..., 0] + 1j * G[..., 1]) * np.exp(-1j * np.asarray(theta, dtype=float))
    return np.stack([w.real, np.asarray(r, dtype=float) * w.imag], axis=-1)
''',
        "einsum with stacked Jacobians": '''
def polar_partials(grad_xy, r, theta):
    G = np.asarray(grad_xy, dtype=np.float64)
    r = np.asarray(r, dtype=np.float64); th = np.asarray(theta, dtype=np.float64)
    c, s = np.cos(th), np.sin(th)
    J = np.stack([np.stack([c, -r * s], -1), np.stack([s, r * c], -1)], -2)   # (..., 2, 2)
    return np.einsum("...ji,...j->...i", J, G)
''',
        "explicit Jacobian per point, J.T @ g": '''
def polar_partials(grad_xy, r, theta):
    G = np.asarray(grad_xy, dtype=np.float64)
    R = np.broadcast_to(np.asarray(r, dtype=np.float64), G.shape[:-1])
    T = np.broadcast_to(np.asarray(theta, dtype=np.float64), G.shape[:-1])
    flat_G, flat_R, flat_T = G.reshape(-1, 2), R.reshape(-1), T.reshape(-1)
    out = np.empty_like(flat_G)
    for k in range(len(flat_G)):
        c, s = np.cos(flat_T[k]), np.sin(flat_T[k])
        J = np.array([[c, -flat_R[k] * s], [s, flat_R[k] * c]])
        out[k] = J.T @ flat_G[k]
    return out.reshape(G.shape)
''',
        "einsum with a stack of Jacobians": '''
def polar_partials(grad_xy, r, theta):
    G = np.asarray(grad_xy, dtype=np.float64)
    r = np.asarray(r, dtype=np.float64)
    t = np.asarray(theta, dtype=np.float64)
    c, s = np.cos(t), np.sin(t)
    J = np.stack([np.stack([c, -r * s], -1), np.stack([s, r * c], -1)], -2)
    return np.einsum("...ji,...j->...i", J, G)
''',
    },
    "ex_weight_norm_grads": {
        "projection matrices with einsum, batch of one for a vector": '''
def weight_norm_grads(grad_w, v, g):
    G = np.atleast_2d(np.asarray(grad_w, dtype=float))
    V = np.atleast_2d(np.asarray(v, dtype=float))
    gg = np.atleast_1d(np.asarray(g, dtype=float))
    n = np.sqrt(np.sum(V ** 2, axis=1))
    U = V / n[:, None]
    grad_g = np.einsum("ij,ij->i", G, U)
    P = np.eye(V.shape[1]) - np.einsum("ij,ik->ijk", U, U)
    grad_v = (gg / n)[:, None] * np.einsum("ijk,ik->ij", P, G)
    if np.ndim(v) == 1:
        return grad_g[0], grad_v[0]
    return grad_g, grad_v
''',
        "projection matrix per row": '''
def weight_norm_grads(grad_w, v, g):
    GW = np.atleast_2d(np.asarray(grad_w, dtype=float))
    V = np.atleast_2d(np.asarray(v, dtype=float))
    gs = np.atleast_1d(np.asarray(g, dtype=float))
    dg, dv = [], []
    for gw, vv, gg in zip(GW, V, gs):
        nv = np.linalg.norm(vv)
        vh = vv / nv
        P = (np.eye(vv.size) - np.outer(vh, vh)) / nv   # Jacobian of v / ||v||
        dg.append(gw @ vh)
        dv.append(gg * P.T @ gw)
    dg, dv = np.array(dg), np.array(dv)
    if np.ndim(v) == 1:
        return dg[0], dv[0]
    return dg, dv
''',
        "expanded formula with norm cubed": '''
def weight_norm_grads(grad_w, v, g):
    gw = np.asarray(grad_w, dtype=float); v = np.asarray(v, dtype=float)
    g = np.asarray(g, dtype=float)
    nv = np.sqrt(np.sum(v ** 2, axis=-1))
    dot = np.sum(gw * v, axis=-1)
    grad_g = dot / nv
    grad_v = (g / nv)[..., None] * gw - (g * dot / nv ** 3)[..., None] * v
    return grad_g, grad_v
''',
        "loop over rows with the explicit Jacobian matrix": '''
def weight_norm_grads(grad_w, v, g):
    Gw = np.asarray(grad_w, dtype=np.float64)
    V = np.asarray(v, dtype=np.float64)
    gs = np.asarray(g, dtype=np.float64)
    rows_w, rows_v = np.atleast_2d(Gw), np.atleast_2d(V)
    gs = np.broadcast_to(gs, (len(rows_v),))
    grad_g = np.empty(len(rows_v))
    grad_v = np.empty_like(rows_v)
    for k, (gw, vk) in enumerate(zip(rows_w, rows_v)):
        n = np.linalg.norm(vk)
        u = vk / n
        grad_g[k] = gw @ u
        J = (np.eye(len(vk)) - np.outer(u, u)) / n
        grad_v[k] = gs[k] * (J.T @ gw)
    if V.ndim == 1:
        return grad_g[0], grad_v[0]
    return grad_g, grad_v
''',
        "grad_w * g / |v| minus the radial part, |v|^2 form": '''
def weight_norm_grads(grad_w, v, g):
    Gw = np.asarray(grad_w, dtype=np.float64)
    V = np.asarray(v, dtype=np.float64)
    g = np.asarray(g, dtype=np.float64)
    n = np.linalg.norm(V, axis=-1, keepdims=True)
    grad_g = np.sum(Gw * V, axis=-1) / n[..., 0]
    gcol = g[..., None]
    grad_v = gcol / n * Gw - gcol * grad_g[..., None] / n * (V / n)
    return grad_g, grad_v
''',
    },
    "ex_symbolic_derivatives": {
        "derive_by_array and Matrix.jacobian": '''
def symbolic_derivatives(expr, variables):
    vs = list(variables)
    grad = sp.Matrix([expr]).jacobian(vs)          # 1 x n
    hess = grad.T.jacobian(vs)                     # n x n
    gl = sp.lambdify(vs, grad, "numpy")
    hl = sp.lambdify(vs, hess, "numpy")
    n = len(vs)
    return (lambda x: np.asarray(gl(*np.asarray(x, dtype=float)), dtype=float).reshape(n),
            lambda x: np.asarray(hl(*np.asarray(x, dtype=float)), dtype=float).reshape(n, n))
''',
        "evaluate with subs (slow but correct)": '''
def symbolic_derivatives(expr, variables):
    vs = list(variables)
    grads = [sp.diff(expr, a) for a in vs]
    hess = [[sp.diff(expr, a, b) for b in vs] for a in vs]
    def grad_fn(x):
        sub = dict(zip(vs, [float(t) for t in x]))
        return np.array([float(e.subs(sub)) for e in grads])
    def hess_fn(x):
        sub = dict(zip(vs, [float(t) for t in x]))
        return np.array([[float(e.subs(sub)) for e in row] for row in hess])
    return grad_fn, hess_fn
''',
        "derive_by_array + lambdify with one array argument": '''
def symbolic_derivatives(expr, variables):
    variables = list(variables)
    n = len(variables)
    g = sp.derive_by_array(expr, variables)
    H = sp.derive_by_array(g, variables)
    gf = sp.lambdify([variables], g.tolist(), "numpy")
    hf = sp.lambdify([variables], H.tolist(), "numpy")
    return (lambda x: np.array(gf(list(np.asarray(x, dtype=float))), dtype=np.float64).reshape(n),
            lambda x: np.array(hf(list(np.asarray(x, dtype=float))), dtype=np.float64).reshape(n, n))
''',
        "jacobian of a 1x1 Matrix, lambdify on a list": '''
def symbolic_derivatives(expr, variables):
    variables = list(variables)
    n = len(variables)
    J = sp.Matrix([expr]).jacobian(variables)
    H = J.T.jacobian(variables)
    gf = sp.lambdify(variables, list(J), "numpy")
    hf = sp.lambdify(variables, H.tolist(), "numpy")
    def grad_fn(x):
        vals = [float(t) for t in np.asarray(x, dtype=np.float64)]
        return np.array(gf(*vals), dtype=np.float64).reshape(n)
    def hess_fn(x):
        vals = [float(t) for t in np.asarray(x, dtype=np.float64)]
        return np.array(hf(*vals), dtype=np.float64).reshape(n, n)
    return grad_fn, hess_fn
''',
        "evaluate with subs/evalf (no lambdify)": '''
def symbolic_derivatives(expr, variables):
    variables = list(variables)
    n = len(variables)
    first = [sp.diff(expr, v) for v in variables]
    second = [[sp.diff(d, w) for w in variables] for d in first]
    def env(x):
        return dict(zip(variables, [sp.Float(float(t), 30) for t in np.asarray(x, dtype=np.float64)]))
    def grad_fn(x):
        e = env(x)
        return np.array([float(d.subs(e).evalf(30)) for d in first], dtype=np.float64)
    def hess_fn(x):
        e = env(x)
        return np.array([[float(d.subs(e).evalf(30)) for d in row] for row in second], dtype=np.float64)
    return grad_fn, hess_fn
''',
    },
    "ex_taylor2": {
        "sum of row products": '''
def taylor2(f0, grad, hess, delta):
    D = np.asarray(delta, dtype=float)
    H = np.asarray(hess, dtype=float)
    quad = np.sum((D @ H) * D, axis=-1)
    return f0 + D @ np.asarray(grad, dtype=float) + quad / 2
''',
        "loop": '''
def taylor2(f0, grad, hess, delta):
    g = np.asarray(grad, dtype=float)
    H = np.asarray(hess, dtype=float)
    D = np.asarray(delta, dtype=float)
    if D.ndim == 1:
        return float(f0 + g @ D + 0.5 * D @ H @ D)
    return np.array([f0 + g @ d + 0.5 * d @ H @ d for d in D])
''',
        "np.diag of D H D^T": '''
def taylor2(f0, grad, hess, delta):
    D = np.asarray(delta, dtype=float); H = np.asarray(hess, dtype=float); g = np.asarray(grad, dtype=float)
    if D.ndim == 1:
        return f0 + g @ D + 0.5 * D @ H @ D
    return f0 + D @ g + 0.5 * np.diag(D @ H @ D.T)
''',
        "int lists and H^T": '''
def taylor2(f0, grad, hess, delta):
    D = np.array(delta, dtype=np.float64)
    H = np.array(hess, dtype=np.float64)
    return f0 + np.einsum("...i,i->...", D, np.array(grad, dtype=float)) + np.einsum("...i,ji,...j->...", D, H, D) / 2
''',
        "loop over rows": '''
def taylor2(f0, grad, hess, delta):
    g = np.asarray(grad, dtype=np.float64)
    H = np.asarray(hess, dtype=np.float64)
    D = np.asarray(delta, dtype=np.float64)
    rows = np.atleast_2d(D)
    out = np.array([float(f0) + g @ d + 0.5 * (d @ H @ d) for d in rows])
    return out[0] if D.ndim == 1 else out
''',
        "einsum quadratic form": '''
def taylor2(f0, grad, hess, delta):
    g = np.asarray(grad, dtype=np.float64)
    H = np.asarray(hess, dtype=np.float64)
    D = np.asarray(delta, dtype=np.float64)
    return np.float64(f0) + D @ g + 0.5 * np.einsum("...i,ij,...j->...", D, H, D)
''',
    },
    "ex_optimal_step": {
        "general formula for A h^p + B/h": '''
def optimal_step(scheme, f_abs, deriv_abs, eps=EPS):
    f_abs, deriv_abs, eps = float(f_abs), float(deriv_abs), float(eps)
    table = {"forward": (deriv_abs / 2, 2 * eps * f_abs, 1),
             "central": (deriv_abs / 6, eps * f_abs, 2)}
    if scheme not in table:
        raise ValueError(scheme)
    A, B, p = table[scheme]
    h = (B / (p * A)) ** (1.0 / (p + 1))
    return h, A * h**p + B / h
''',
        "closed forms with powers, in Python floats": '''
def optimal_step(scheme, f_abs, deriv_abs, eps=EPS):
    f_abs, deriv_abs, eps = float(f_abs), float(deriv_abs), float(eps)
    if scheme == "forward":
        h = (4 * eps * f_abs / deriv_abs) ** 0.5
        return h, deriv_abs * h / 2 + 2 * eps * f_abs / h
    if scheme == "central":
        h = (3 * eps * f_abs / deriv_abs) ** (1 / 3)
        return h, deriv_abs * h * h / 6 + eps * f_abs / h
    raise ValueError(scheme)
''',
        "closed forms with np.cbrt and 1.5 eps f / h": '''
def optimal_step(scheme, f_abs, deriv_abs, eps=EPS):
    eps = np.float64(eps)
    if scheme == "forward":
        return 2 * np.sqrt(eps * f_abs / deriv_abs), 2 * np.sqrt(eps * f_abs * deriv_abs)
    if scheme == "central":
        h = np.cbrt(3 * eps * f_abs / deriv_abs)
        return h, 1.5 * eps * f_abs / h
    raise ValueError("unknown scheme")
''',
        "closed-form minimum values": '''
def optimal_step(scheme, f_abs, deriv_abs, eps=EPS):
    f, M, e = float(f_abs), float(deriv_abs), float(eps)
    if scheme == "forward":
        h = 2.0 * math.sqrt(e * f / M)
        return h, 2.0 * math.sqrt(e * f * M)
    if scheme == "central":
        h = (3.0 * e * f / M) ** (1.0 / 3.0)
        return h, 1.5 * e * f / h
    raise ValueError(f"unknown scheme {scheme!r}")
''',
        "generic A h^p + B / h through logarithms": '''
def optimal_step(scheme, f_abs, deriv_abs, eps=EPS):
    table = {"forward": (1, 0.5, 2.0), "central": (2, 1.0 / 6.0, 1.0)}
    if scheme not in table:
        raise ValueError("scheme must be 'forward' or 'central'")
    p, a, b = table[scheme]
    A = a * np.float64(deriv_abs)
    B = b * np.float64(eps) * np.float64(f_abs)
    h = np.exp((np.log(B) - np.log(p * A)) / (p + 1))
    return np.float64(h), np.float64(A * h ** p + B / h)
''',
    },
    "ex_numerical_hessian": {
        "rows of h * eye as steps, one comprehension": '''
def numerical_hessian(grad, x, h=1e-5):
    x = np.asarray(x, dtype=np.float64).ravel()
    C = np.array([np.asarray(grad(x + e), dtype=float) - np.asarray(grad(x - e), dtype=float)
                  for e in h * np.eye(x.size)]).T / (2 * h)
    return (C + C.T) / 2
''',
        "rows then symmetrise": '''
def numerical_hessian(grad, x, h=1e-5):
    x = np.asarray(x, dtype=float)
    n = x.size
    rows = [(np.asarray(grad(x + h * e), float) - np.asarray(grad(x - h * e), float)) / (2 * h)
            for e in np.eye(n)]
    R = np.array(rows)
    return (R + R.T) / 2
''',
        "in-place perturbation of a copy, restored": '''
def numerical_hessian(grad, x, h=1e-5):
    xf = np.array(x, dtype=np.float64)
    n = len(xf)
    C = np.empty((n, n))
    for j in range(n):
        old = xf[j]
        xf[j] = old + h; gp = np.array(grad(xf), dtype=float)
        xf[j] = old - h; gm = np.array(grad(xf), dtype=float)
        xf[j] = old
        C[:, j] = (gp - gm) / (2 * h)
    return C / 2 + C.T / 2
''',
        "rows of the transpose, then symmetrise": '''
def numerical_hessian(grad, x, h=1e-5):
    x = np.array(x, dtype=np.float64)
    n = x.size
    R = np.empty((n, n))
    for j in range(n):
        e = np.zeros(n)
        e[j] = h
        R[j] = (np.asarray(grad(x + e), dtype=np.float64) - np.asarray(grad(x - e), dtype=np.float64)) / (2 * h)
    return (R.T + R) / 2
''',
        "column stack of central differences": '''
def numerical_hessian(grad, x, h=1e-5):
    x = np.asarray(x, dtype=np.float64)
    cols = [(np.asarray(grad(x + s), dtype=np.float64) - np.asarray(grad(x - s), dtype=np.float64)) / (2 * h)
            for s in h * np.eye(x.size)]
    C = np.column_stack(cols)
    return 0.5 * (C + C.T)
''',
    },
    "ex_classify_critical_point": {
        "sorted eigenvalues from eig": '''
def classify_critical_point(hess, tol=1e-8):
    lam = np.sort(np.real(np.linalg.eig(np.asarray(hess, dtype=float))[0]))
    lo, hi = lam[0], lam[-1]
    if lo > tol:
        return "minimum"
    if hi < -tol:
        return "maximum"
    if lo < -tol and hi > tol:
        return "saddle"
    return "degenerate"
''',
        "count signs": '''
def classify_critical_point(hess, tol=1e-8):
    lam = np.linalg.eigvalsh(hess)
    pos = int(np.sum(lam > tol))
    neg = int(np.sum(lam < -tol))
    if pos and neg:
        return "saddle"
    if pos == lam.size:
        return "minimum"
    if neg == lam.size:
        return "maximum"
    return "degenerate"
''',
        "scipy eigh and counts": '''
def classify_critical_point(hess, tol=1e-8):
    lam = scipy.linalg.eigh(np.asarray(hess, dtype=float), eigvals_only=True)
    pos = int(np.sum(lam > tol)); neg = int(np.sum(lam < -tol))
    if pos and neg:
        return "saddle"
    if pos == len(lam):
        return "minimum"
    if neg == len(lam):
        return "maximum"
    return "degenerate"
''',
        "counts of positive and negative eigenvalues": '''
def classify_critical_point(hess, tol=1e-8):
    lam = np.linalg.eigvalsh(np.asarray(hess, dtype=np.float64))
    pos = int(np.sum(lam > tol))
    neg = int(np.sum(lam < -tol))
    if pos and neg:
        return "saddle"
    if pos == lam.size:
        return "minimum"
    if neg == lam.size:
        return "maximum"
    return "degenerate"
''',
        "Python loop over scipy eigenvalues": '''
def classify_critical_point(hess, tol=1e-8):
    lam = scipy.linalg.eigh(np.asarray(hess, dtype=np.float64), eigvals_only=True)
    signs = set()
    for l in lam:
        signs.add(1 if l > tol else (-1 if l < -tol else 0))
    if 1 in signs and -1 in signs:
        return "saddle"
    if signs == {1}:
        return "minimum"
    if signs == {-1}:
        return "maximum"
    return "degenerate"
''',
    },
    "ex_gd_iterations": {
        "while loop, verdict checked after it": '''
def gd_iterations(hess, x0, lr, tol=1e-6, max_iter=10_000):
    H = np.array(hess, dtype=np.float64)
    x = np.array(x0, dtype=np.float64)
    stop = tol * np.linalg.norm(x)
    k = 0
    with np.errstate(all="ignore"):
        while k < max_iter and not np.linalg.norm(x) <= stop:
            x = x - lr * (H @ x)
            k += 1
    return k if np.linalg.norm(x) <= stop else max_iter
''',
        "iteration matrix I - lr H": '''
def gd_iterations(hess, x0, lr, tol=1e-6, max_iter=10_000):
    x = np.asarray(x0, dtype=float)
    M = np.eye(x.size) - lr * np.asarray(hess, dtype=float)
    limit = tol * np.linalg.norm(x)
    for k in range(max_iter):
        if np.linalg.norm(x) <= limit:
            return k
        x = M @ x
        if not np.all(np.isfinite(x)):
            return max_iter
    return max_iter
''',
        "while loop, early exit on blow-up": '''
def gd_iterations(hess, x0, lr, tol=1e-6, max_iter=10_000):
    H = np.asarray(hess, dtype=float)
    x = np.asarray(x0, dtype=float).copy()
    n0 = np.sqrt(x @ x)
    k = 0
    while np.sqrt(x @ x) > tol * n0:
        if k == max_iter or not np.isfinite(x).all() or np.sqrt(x @ x) > 1e100 * max(n0, 1e-300):
            return max_iter
        x -= lr * H @ x
        k += 1
    return k
''',
        "while loop with the check first": '''
def gd_iterations(hess, x0, lr, tol=1e-6, max_iter=10_000):
    H = np.asarray(hess, dtype=np.float64)
    x = np.array(x0, dtype=np.float64)
    stop = tol * np.linalg.norm(x)
    k = 0
    while k < max_iter and not (np.linalg.norm(x) <= stop):
        x = x - lr * (H @ x)
        k += 1
    return k
''',
        "for loop, overflow warnings silenced": '''
def gd_iterations(hess, x0, lr, tol=1e-6, max_iter=10_000):
    H = np.asarray(hess, dtype=np.float64)
    x = np.asarray(x0, dtype=np.float64).copy()
    stop = tol * np.sqrt(x @ x)
    with np.errstate(all="ignore"):
        for k in range(max_iter):
            if np.linalg.norm(x) <= stop:
                return k
            x = x - lr * (H @ x)
        return max_iter
''',
    },
    "ex_newton_direction": {
        "matrix absolute value, then solve": '''
def newton_direction(grad, hess, tol=1e-8):
    lam, Q = np.linalg.eigh(np.asarray(hess, dtype=float))
    absH = Q @ np.diag(np.maximum(np.abs(lam), tol)) @ Q.T
    return -np.linalg.solve(absH, np.asarray(grad, dtype=float))
''',
        "SVD of symmetric H": '''
def newton_direction(grad, hess, tol=1e-8):
    U, s, Vt = np.linalg.svd(np.asarray(hess, dtype=float))
    g = np.asarray(grad, dtype=float)
    return -(Vt.T @ ((Vt @ g) / np.maximum(s, tol)))
''',
        "loop over eigenpairs, scipy": '''
def newton_direction(grad, hess, tol=1e-8):
    g = np.asarray(grad, dtype=np.float64)
    lam, Q = scipy.linalg.eigh(np.asarray(hess, dtype=np.float64))
    p = np.zeros_like(g)
    for i in range(len(lam)):
        q = Q[:, i]
        p -= (q @ g) / max(abs(lam[i]), tol) * q
    return p
''',
        "solve with the rebuilt |H|": '''
def newton_direction(grad, hess, tol=1e-8):
    g = np.asarray(grad, dtype=np.float64)
    lam, Q = np.linalg.eigh(np.asarray(hess, dtype=np.float64))
    absH = (Q * np.maximum(np.abs(lam), tol)) @ Q.T
    return -np.linalg.solve(absH, g)
''',
        "sum over eigenvectors in a loop": '''
def newton_direction(grad, hess, tol=1e-8):
    g = np.asarray(grad, dtype=np.float64)
    lam, Q = scipy.linalg.eigh(np.asarray(hess, dtype=np.float64))
    p = np.zeros_like(g)
    for i in range(len(lam)):
        q = Q[:, i]
        p -= (q @ g) / max(abs(lam[i]), tol) * q
    return p
''',
    },
}

WRONG = {
    "ex_numerical_gradient": {
        "output array made with np.zeros_like(x) (float32 stays float32)": '''
def numerical_gradient(f, x, h=1e-5):
    base = np.array(x, dtype=np.float64)
    g = np.zeros_like(x, dtype=np.result_type(x, np.float32))
    for i in range(base.size):
        e = np.zeros(base.size)
        e[i] = h
        g[i] = (f(base + e) - f(base - e)) / (2 * h)
    return g
''',
        "evaluates f on the whole stack of shifted points at once": '''
def numerical_gradient(f, x, h=1e-5):
    base = np.asarray(x, dtype=float)
    steps = h * np.eye(base.size)
    return (np.asarray(f(base + steps), dtype=float) - np.asarray(f(base - steps), dtype=float)) / (2 * h) * np.ones(base.size)
''',
        "returns a Python list": '''
def numerical_gradient(f, x, h=1e-5):
    base = np.asarray(x, dtype=float)
    return [float((f(base + h * e) - f(base - h * e)) / (2 * h)) for e in np.eye(base.size)]
''',
        "forward (one-sided) differences": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    fx = f(x)
    return np.array([(f(x + h * e) - fx) / h for e in np.eye(x.size)])
''',
        "perturbs every coordinate at once": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    d = (f(x + h) - f(x - h)) / (2 * h)
    return np.full(x.size, d)
''',
        "modifies x in place without restoring it": '''
def numerical_gradient(f, x, h=1e-5):
    g = np.zeros(len(x))
    for i in range(len(x)):
        x[i] += h
        up = f(x)
        x[i] -= 2 * h
        down = f(x)
        g[i] = (up - down) / (2 * h)
    return g
''',
        "keeps the integer dtype of x": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x)
    g = np.zeros(x.size)
    for i in range(x.size):
        xp, xm = x.copy(), x.copy()
        xp[i] += h
        xm[i] -= h
        g[i] = (f(xp) - f(xm)) / (2 * h)
    return g
''',
        "relative step h*max(1,|x_i|)": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    g = np.zeros(len(x))
    for i in range(len(x)):
        hi = h * max(1.0, abs(x[i]))
        e = np.zeros(len(x)); e[i] = hi
        g[i] = (f(x + e) - f(x - e)) / (2 * hi)
    return g
''',
        "perturbs a float copy but never restores it": '''
def numerical_gradient(f, x, h=1e-5):
    xf = np.array(x, dtype=float)
    g = np.zeros(len(xf))
    for i in range(len(xf)):
        xf[i] += h
        fp = f(xf)
        xf[i] -= 2 * h
        fm = f(xf)
        g[i] = (fp - fm) / (2 * h)
    return g
''',
        "nudges x in place and puts it back": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.asarray(x, dtype=np.float64)
    g = np.zeros(x.size)
    for i in range(x.size):
        x[i] += h
        fp = f(x)
        x[i] -= 2 * h
        fm = f(x)
        x[i] += h
        g[i] = (fp - fm) / (2 * h)
    return g
''',
        "forward difference": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=np.float64)
    f0 = f(x)
    return np.array([(f(x + h * e) - f0) / h for e in np.eye(x.size)])
''',
        "relative step h * max(1, |x_i|)": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=np.float64)
    g = np.zeros(x.size)
    for i in range(x.size):
        step = h * max(1.0, abs(x[i]))
        e = np.zeros(x.size)
        e[i] = step
        g[i] = (f(x + e) - f(x - e)) / (2 * step)
    return g
''',
        ".astype on the input (lists break)": '''
def numerical_gradient(f, x, h=1e-5):
    x = x.astype(np.float64)
    return np.array([(f(x + e) - f(x - e)) / (2 * h) for e in h * np.eye(x.size)])
''',
        "one reused buffer, nudged up and down": '''
def numerical_gradient(f, x, h=1e-5):
    buf = np.array(x, dtype=np.float64)
    g = np.zeros(buf.size)
    for i in range(buf.size):
        buf[i] += h
        fp = f(buf.copy())
        buf[i] -= 2 * h
        fm = f(buf.copy())
        buf[i] += h
        g[i] = (fp - fm) / (2 * h)
    return g
''',
    },
    "ex_directional_derivative": {
        "float32 directions stay float32": '''
def directional_derivative(grad, v):
    V = np.asarray(v)
    lengths = np.linalg.norm(V, axis=-1)
    if np.any(lengths == 0):
        raise ValueError("zero direction")
    return (V @ np.asarray(grad)) / lengths
''',
        "normalises v in place": '''
def directional_derivative(grad, v):
    lengths = np.linalg.norm(v, axis=-1, keepdims=True)
    if np.any(lengths == 0):
        raise ValueError("zero direction")
    v /= lengths
    return v @ np.asarray(grad, dtype=float)
''',
        "adds 1e-12 to the length instead of raising": '''
def directional_derivative(grad, v):
    V = np.asarray(v, dtype=float)
    return (V @ np.asarray(grad, dtype=float)) / (np.linalg.norm(V, axis=-1) + 1e-12)
''',
        "forgets to normalise the direction": '''
def directional_derivative(grad, v):
    return np.asarray(v, dtype=float) @ np.asarray(grad, dtype=float)
''',
        "normalises by the norm of the whole matrix": '''
def directional_derivative(grad, v):
    V = np.asarray(v, dtype=float)
    n = np.linalg.norm(V)
    if n == 0:
        raise ValueError("zero")
    return V @ np.asarray(grad, dtype=float) / n
''',
        "divides by zero instead of raising": '''
def directional_derivative(grad, v):
    V = np.asarray(v, dtype=float)
    with np.errstate(all="ignore"):
        return V @ np.asarray(grad, dtype=float) / np.linalg.norm(V, axis=-1)
''',
        "zero test with np.isclose (rejects short directions)": '''
def directional_derivative(grad, v):
    v = np.asarray(v, dtype=float)
    n = np.linalg.norm(v, axis=-1)
    if np.any(np.isclose(n, 0)):
        raise ValueError
    return v @ grad / n
''',
        "ValueError only if every direction is zero": '''
def directional_derivative(grad, v):
    v = np.asarray(v, dtype=float)
    n = np.linalg.norm(v, axis=-1)
    if np.all(n == 0):
        raise ValueError
    return v @ grad / n
''',
        "returns shape (1,) for one direction": '''
def directional_derivative(grad, v):
    V = np.atleast_2d(np.asarray(v, dtype=float))
    n = np.linalg.norm(V, axis=1)
    if np.any(n == 0):
        raise ValueError
    return V @ grad / n
''',
        "norm along axis 0 for a batch": '''
def directional_derivative(grad, v):
    v = np.asarray(v, dtype=float)
    n = np.linalg.norm(v, axis=0)
    if np.any(n == 0):
        raise ValueError
    return (v / n) @ grad
''',
        "float32 arithmetic": '''
def directional_derivative(grad, v):
    g = np.asarray(grad, dtype=np.float32)
    V = np.asarray(v, dtype=np.float32)
    n = np.linalg.norm(V, axis=-1)
    if np.any(n == 0):
        raise ValueError("zero direction")
    return (V @ g / n).astype(np.float64)
''',
        "zero test with an absolute threshold": '''
def directional_derivative(grad, v):
    g = np.asarray(grad, dtype=np.float64)
    V = np.asarray(v, dtype=np.float64)
    n = np.linalg.norm(V, axis=-1)
    if np.any(n < 1e-12):
        raise ValueError("zero direction")
    return V @ g / n
''',
        "raises only when every direction is zero": '''
def directional_derivative(grad, v):
    g = np.asarray(grad, dtype=np.float64)
    V = np.asarray(v, dtype=np.float64)
    n = np.linalg.norm(V, axis=-1)
    if np.all(n == 0):
        raise ValueError("zero direction")
    with np.errstate(all="ignore"):
        return V @ g / n
''',
        "one direction comes back as shape (1,)": '''
def directional_derivative(grad, v):
    g = np.asarray(grad, dtype=np.float64)
    V = np.atleast_2d(np.asarray(v, dtype=np.float64))
    n = np.linalg.norm(V, axis=-1)
    if np.any(n == 0):
        raise ValueError("zero direction")
    return V @ g / n
''',
        "no check, returns nan for a zero direction": '''
def directional_derivative(grad, v):
    g = np.asarray(grad, dtype=np.float64)
    V = np.asarray(v, dtype=np.float64)
    with np.errstate(all="ignore"):
        return V @ g / np.linalg.norm(V, axis=-1)
''',
    },
    "ex_polar_partials": {
        "cos of the angle in the angle's precision (float32)": '''
def polar_partials(grad_xy, r, theta):
    G = np.asarray(grad_xy, dtype=float)
    c, s = np.cos(theta), np.sin(theta)
    return np.stack([G[..., 0] * c + G[..., 1] * s, r * (G[..., 1] * c - G[..., 0] * s)], axis=-1)
''',
        "scales grad_xy in place": '''
def polar_partials(grad_xy, r, theta):
    c, s = np.cos(theta), np.sin(theta)
    dr = grad_xy[..., 0] * c + grad_xy[..., 1] * s
    grad_xy *= np.asarray(r)[..., None]
    return np.stack([dr, grad_xy[..., 1] * c - grad_xy[..., 0] * s], axis=-1).astype(float)
''',
        "indexes grad_xy directly (lists break)": '''
def polar_partials(grad_xy, r, theta):
    c, s = np.cos(np.asarray(theta, dtype=float)), np.sin(np.asarray(theta, dtype=float))
    gx, gy = grad_xy[..., 0], grad_xy[..., 1]
    return np.stack([gx * c + gy * s, np.asarray(r, dtype=float) * (gy * c - gx * s)], axis=-1).astype(float)
''',
        "forgets the factor r in dF/dtheta": '''
def polar_partials(grad_xy, r, theta):
    G = np.asarray(grad_xy, dtype=float)
    c, s = np.cos(theta), np.sin(theta)
    return np.stack([G[..., 0] * c + G[..., 1] * s, G[..., 1] * c - G[..., 0] * s], axis=-1)
''',
        "multiplies by the Jacobian instead of its transpose": '''
def polar_partials(grad_xy, r, theta):
    G = np.asarray(grad_xy, dtype=float)
    c, s = np.cos(theta), np.sin(theta)
    return np.stack([G[..., 0] * c - G[..., 1] * r * s, G[..., 0] * s + G[..., 1] * r * c], axis=-1)
''',
        "stacks a batch the wrong way round": '''
def polar_partials(grad_xy, r, theta):
    G = np.asarray(grad_xy, dtype=float)
    c, s = np.cos(theta), np.sin(theta)
    return np.array([G[..., 0] * c + G[..., 1] * s, r * (G[..., 1] * c - G[..., 0] * s)])
''',
        "extra factor r in dF/dr": '''
def polar_partials(grad_xy, r, theta):
    G = np.asarray(grad_xy, dtype=float)
    c, s = np.cos(theta), np.sin(theta)
    return np.stack([r * (G[..., 0] * c + G[..., 1] * s), r * (-G[..., 0] * s + G[..., 1] * c)], axis=-1)
''',
        "rows instead of columns for a batch": '''
def polar_partials(grad_xy, r, theta):
    G = np.asarray(grad_xy, dtype=float)
    fx, fy = G[0], G[1]
    c, s = np.cos(theta), np.sin(theta)
    return np.stack([fx * c + fy * s, r * (fy * c - fx * s)], axis=-1)
''',
        "float32 arithmetic": '''
def polar_partials(grad_xy, r, theta):
    G = np.asarray(grad_xy, dtype=np.float32)
    r = np.asarray(r, dtype=np.float32)
    t = np.asarray(theta, dtype=np.float32)
    c, s = np.cos(t), np.sin(t)
    return np.stack([G[..., 0] * c + G[..., 1] * s, r * (G[..., 1] * c - G[..., 0] * s)], axis=-1).astype(np.float64)
''',
        "overwrites grad_xy in place": '''
def polar_partials(grad_xy, r, theta):
    G = np.asarray(grad_xy, dtype=np.float64)
    r = np.asarray(r, dtype=np.float64)
    t = np.asarray(theta, dtype=np.float64)
    c, s = np.cos(t), np.sin(t)
    gx, gy = G[..., 0].copy(), G[..., 1].copy()
    G[..., 0] = gx * c + gy * s
    G[..., 1] = r * (gy * c - gx * s)
    return G
''',
        "column_stack gives (1, 2) for one point": '''
def polar_partials(grad_xy, r, theta):
    G = np.atleast_2d(np.asarray(grad_xy, dtype=np.float64))
    r = np.asarray(r, dtype=np.float64)
    t = np.asarray(theta, dtype=np.float64)
    c, s = np.cos(t), np.sin(t)
    return np.column_stack([G[:, 0] * c + G[:, 1] * s, r * (G[:, 1] * c - G[:, 0] * s)])
''',
        "Jacobian not transposed": '''
def polar_partials(grad_xy, r, theta):
    G = np.asarray(grad_xy, dtype=np.float64)
    r = np.asarray(r, dtype=np.float64)
    t = np.asarray(theta, dtype=np.float64)
    c, s = np.cos(t), np.sin(t)
    return np.stack([G[..., 0] * c - r * s * G[..., 1], G[..., 0] * s + r * c * G[..., 1]], axis=-1)
''',
        "factor 1/r instead of r": '''
def polar_partials(grad_xy, r, theta):
    G = np.asarray(grad_xy, dtype=np.float64)
    r = np.asarray(r, dtype=np.float64)
    t = np.asarray(theta, dtype=np.float64)
    c, s = np.cos(t), np.sin(t)
    return np.stack([G[..., 0] * c + G[..., 1] * s, (G[..., 1] * c - G[..., 0] * s) / r], axis=-1)
''',
    },
    "ex_weight_norm_grads": {
        "float32 rows stay float32": '''
def weight_norm_grads(grad_w, v, g):
    n = np.linalg.norm(v, axis=-1, keepdims=True)
    u = v / n
    gg = np.sum(grad_w * u, axis=-1)
    return gg, (np.asarray(g)[..., None] / n) * (grad_w - gg[..., None] * u)
''',
        "normalises v in place": '''
def weight_norm_grads(grad_w, v, g):
    G = np.asarray(grad_w, dtype=float)
    n = np.linalg.norm(v, axis=-1, keepdims=True)
    v /= n
    gg = np.sum(G * v, axis=-1)
    return gg, (np.asarray(g, dtype=float)[..., None] / n) * (G - gg[..., None] * v)
''',
        "adds 1e-8 to ||v||": '''
def weight_norm_grads(grad_w, v, g):
    G, V = np.asarray(grad_w, dtype=float), np.asarray(v, dtype=float)
    n = np.linalg.norm(V, axis=-1, keepdims=True) + 1e-8
    u = V / n
    gg = np.sum(G * u, axis=-1)
    return gg, (np.asarray(g, dtype=float)[..., None] / n) * (G - gg[..., None] * u)
''',
        "g[..., None] on a list (lists break)": '''
def weight_norm_grads(grad_w, v, g):
    G, V = np.asarray(grad_w, dtype=float), np.asarray(v, dtype=float)
    n = np.linalg.norm(V, axis=-1, keepdims=True)
    u = V / n
    gg = np.sum(G * u, axis=-1)
    scale = g[..., None] if isinstance(g, (list, np.ndarray)) else g
    return gg, (scale / n) * (G - gg[..., None] * u)
''',
        "normalises a batch by the norm of the whole matrix": '''
def weight_norm_grads(grad_w, v, g):
    GW = np.asarray(grad_w, dtype=float)
    V = np.asarray(v, dtype=float)
    gg = np.asarray(g, dtype=float)
    nv = np.linalg.norm(V)
    vh = V / nv
    dg = np.sum(GW * vh, axis=-1)
    dv = (gg[..., None] / nv) * (GW - dg[..., None] * vh)
    return dg, dv
''',
        "treats ||v|| as a constant": '''
def weight_norm_grads(grad_w, v, g):
    GW = np.asarray(grad_w, dtype=float)
    V = np.asarray(v, dtype=float)
    gg = np.asarray(g, dtype=float)
    nv = np.linalg.norm(V, axis=-1, keepdims=True)
    dg = np.sum(GW * V / nv, axis=-1)
    return dg, gg[..., None] / nv * GW
''',
        "divides by ||v|| squared": '''
def weight_norm_grads(grad_w, v, g):
    GW = np.asarray(grad_w, dtype=float)
    V = np.asarray(v, dtype=float)
    gg = np.asarray(g, dtype=float)
    nv = np.linalg.norm(V, axis=-1, keepdims=True)
    vh = V / nv
    dg = np.sum(GW * vh, axis=-1)
    return dg, gg[..., None] / nv**2 * (GW - dg[..., None] * vh)
''',
        "g broadcast along columns": '''
def weight_norm_grads(grad_w, v, g):
    gw = np.asarray(grad_w, dtype=float); v = np.asarray(v, dtype=float)
    nv = np.linalg.norm(v, axis=-1, keepdims=True)
    u = v / nv
    grad_g = np.sum(gw * u, axis=-1, keepdims=True)
    grad_v = g * (gw - grad_g * u) / nv
    return np.squeeze(grad_g, -1), grad_v
''',
        "grad_g keeps a trailing axis": '''
def weight_norm_grads(grad_w, v, g):
    gw = np.asarray(grad_w, dtype=float); v = np.asarray(v, dtype=float)
    nv = np.linalg.norm(v, axis=-1, keepdims=True)
    u = v / nv
    grad_g = np.sum(gw * u, axis=-1, keepdims=True)
    grad_v = np.asarray(g, dtype=float).reshape(-1, 1) / nv * (gw - grad_g * u) if v.ndim > 1 else g / nv * (gw - grad_g * u)
    return (grad_g if v.ndim > 1 else grad_g[0]), grad_v
''',
        "float32 arithmetic": '''
def weight_norm_grads(grad_w, v, g):
    Gw = np.asarray(grad_w, dtype=np.float32)
    V = np.asarray(v, dtype=np.float32)
    g = np.asarray(g, dtype=np.float32)
    n = np.linalg.norm(V, axis=-1, keepdims=True)
    u = V / n
    gg = np.sum(Gw * u, axis=-1)
    gv = g[..., None] / n * (Gw - gg[..., None] * u)
    return gg.astype(np.float64), gv.astype(np.float64)
''',
        "subtracts the radial part from grad_w in place": '''
def weight_norm_grads(grad_w, v, g):
    Gw = np.asarray(grad_w, dtype=np.float64)
    V = np.asarray(v, dtype=np.float64)
    g = np.asarray(g, dtype=np.float64)
    n = np.linalg.norm(V, axis=-1, keepdims=True)
    u = V / n
    gg = np.sum(Gw * u, axis=-1)
    Gw -= gg[..., None] * u
    return gg, g[..., None] / n * Gw
''',
        "g indexed as an array (lists break)": '''
def weight_norm_grads(grad_w, v, g):
    Gw = np.asarray(grad_w, dtype=np.float64)
    V = np.asarray(v, dtype=np.float64)
    n = np.linalg.norm(V, axis=-1, keepdims=True)
    u = V / n
    gg = np.sum(Gw * u, axis=-1)
    gcol = g[:, None] if np.ndim(g) else g
    return gg, gcol / n * (Gw - gg[..., None] * u)
''',
        "forgets the projection (no radial part removed)": '''
def weight_norm_grads(grad_w, v, g):
    Gw = np.asarray(grad_w, dtype=np.float64)
    V = np.asarray(v, dtype=np.float64)
    g = np.asarray(g, dtype=np.float64)
    n = np.linalg.norm(V, axis=-1, keepdims=True)
    return np.sum(Gw * V / n, axis=-1), g[..., None] / n * Gw
''',
        "divides by |v|^2 instead of |v|": '''
def weight_norm_grads(grad_w, v, g):
    Gw = np.asarray(grad_w, dtype=np.float64)
    V = np.asarray(v, dtype=np.float64)
    g = np.asarray(g, dtype=np.float64)
    n = np.linalg.norm(V, axis=-1, keepdims=True)
    u = V / n
    gg = np.sum(Gw * u, axis=-1)
    return gg, g[..., None] / n ** 2 * (Gw - gg[..., None] * u)
''',
    },
    "ex_symbolic_derivatives": {
        "x passed to lambdify as given (float32 evaluated in float32)": '''
def symbolic_derivatives(expr, variables):
    syms = list(variables)
    n = len(syms)
    gfun = sp.lambdify(syms, [sp.diff(expr, s) for s in syms], "numpy")
    hfun = sp.lambdify(syms, sp.hessian(expr, syms), "numpy")
    def grad_fn(x):
        return np.array(gfun(*np.ravel(x)), dtype=np.float64).reshape(n)
    def hess_fn(x):
        return np.array(hfun(*np.ravel(x)), dtype=np.float64).reshape(n, n)
    return grad_fn, hess_fn
''',
        "orders the variables by sorted free_symbols": '''
def symbolic_derivatives(expr, variables):
    vs = sorted(expr.free_symbols, key=str)
    n = len(vs)
    gl = sp.lambdify(vs, [sp.diff(expr, a) for a in vs], "numpy")
    hl = sp.lambdify(vs, sp.hessian(expr, vs), "numpy")
    return (lambda x: np.array(gl(*x), dtype=float).reshape(n),
            lambda x: np.array(hl(*x), dtype=float).reshape(n, n))
''',
        "Hessian without the mixed derivatives": '''
def symbolic_derivatives(expr, variables):
    vs = list(variables)
    n = len(vs)
    gl = sp.lambdify(vs, [sp.diff(expr, a) for a in vs], "numpy")
    dl = sp.lambdify(vs, [sp.diff(expr, a, 2) for a in vs], "numpy")
    return (lambda x: np.array(gl(*x), dtype=float).reshape(n),
            lambda x: np.diag(np.array(dl(*x), dtype=float).reshape(n)))
''',
        "returns lambdify's raw output": '''
def symbolic_derivatives(expr, variables):
    vs = list(variables)
    gl = sp.lambdify(vs, sp.Matrix([sp.diff(expr, a) for a in vs]), "numpy")
    hl = sp.lambdify(vs, sp.hessian(expr, vs), "numpy")
    return (lambda x: gl(*x), lambda x: hl(*x))
''',
        "integer dtype for constant derivatives": '''
def symbolic_derivatives(expr, variables):
    vs = list(variables)
    gf = sp.lambdify(vs, [sp.diff(expr, v) for v in vs], "numpy")
    hf = sp.lambdify(vs, sp.hessian(expr, vs), "numpy")
    return (lambda x: np.array(gf(*x)), lambda x: np.array(hf(*x)))
''',
        "hard-coded two variables": '''
def symbolic_derivatives(expr, variables):
    vs = list(variables)
    gf = sp.lambdify(vs, [sp.diff(expr, v) for v in vs], "numpy")
    hf = sp.lambdify(vs, sp.hessian(expr, vs), "numpy")
    return (lambda x: np.array(gf(x[0], x[1]), dtype=float).reshape(2),
            lambda x: np.array(hf(x[0], x[1]), dtype=float).reshape(2, 2))
''',
        "evaluates in float32": '''
def symbolic_derivatives(expr, variables):
    variables = list(variables)
    n = len(variables)
    gf = sp.lambdify(variables, [sp.diff(expr, v) for v in variables], "numpy")
    hf = sp.lambdify(variables, sp.hessian(expr, variables), "numpy")
    def grad_fn(x):
        return np.array(gf(*np.asarray(x, dtype=np.float32)), dtype=np.float32).astype(np.float64).reshape(n)
    def hess_fn(x):
        return np.array(hf(*np.asarray(x, dtype=np.float32)), dtype=np.float32).astype(np.float64).reshape(n, n)
    return grad_fn, hess_fn
''',
        "drops variables absent from expr": '''
def symbolic_derivatives(expr, variables):
    present = [v for v in variables if v in expr.free_symbols]
    gf = sp.lambdify(present, [sp.diff(expr, v) for v in present], "numpy")
    hf = sp.lambdify(present, sp.hessian(expr, present), "numpy")
    idx = [list(variables).index(v) for v in present]
    def grad_fn(x):
        x = np.asarray(x, dtype=np.float64)[idx]
        return np.array(gf(*x), dtype=np.float64).reshape(len(present))
    def hess_fn(x):
        x = np.asarray(x, dtype=np.float64)[idx]
        return np.array(hf(*x), dtype=np.float64).reshape(len(present), len(present))
    return grad_fn, hess_fn
''',
        "no float conversion of x": '''
def symbolic_derivatives(expr, variables):
    variables = list(variables)
    n = len(variables)
    gf = sp.lambdify(variables, [sp.diff(expr, v) for v in variables], "numpy")
    hf = sp.lambdify(variables, sp.hessian(expr, variables), "numpy")
    def grad_fn(x):
        return np.array(gf(*np.asarray(x)), dtype=np.float64).reshape(n)
    def hess_fn(x):
        return np.array(hf(*np.asarray(x)), dtype=np.float64).reshape(n, n)
    return grad_fn, hess_fn
''',
        "variables sorted by name": '''
def symbolic_derivatives(expr, variables):
    variables = sorted(variables, key=lambda s: s.name)
    n = len(variables)
    gf = sp.lambdify(variables, [sp.diff(expr, v) for v in variables], "numpy")
    hf = sp.lambdify(variables, sp.hessian(expr, variables), "numpy")
    def grad_fn(x):
        return np.array(gf(*np.asarray(x, dtype=np.float64)), dtype=np.float64).reshape(n)
    def hess_fn(x):
        return np.array(hf(*np.asarray(x, dtype=np.float64)), dtype=np.float64).reshape(n, n)
    return grad_fn, hess_fn
''',
    },
    "ex_taylor2": {
        "float32 inputs computed in float32": '''
def taylor2(f0, grad, hess, delta):
    D = np.asarray(delta)
    return f0 + D @ np.asarray(grad) + 0.5 * np.sum((D @ np.asarray(hess)) * D, axis=-1)
''',
        "halves H in place to fold in the 1/2": '''
def taylor2(f0, grad, hess, delta):
    D = np.asarray(delta, dtype=float)
    H = np.asarray(hess, dtype=float)
    H *= 0.5
    return f0 + D @ np.asarray(grad, dtype=float) + np.einsum("...i,ij,...j->...", D, H, D)
''',
        "one displacement returned as shape (1,)": '''
def taylor2(f0, grad, hess, delta):
    D = np.atleast_2d(np.asarray(delta, dtype=float))
    g, H = np.asarray(grad, dtype=float), np.asarray(hess, dtype=float)
    return f0 + D @ g + 0.5 * np.einsum("ki,ij,kj->k", D, H, D)
''',
        "batches the quadratic term as D @ H @ D.T": '''
def taylor2(f0, grad, hess, delta):
    D = np.asarray(delta, dtype=float)
    H = np.asarray(hess, dtype=float)
    return f0 + D @ np.asarray(grad, dtype=float) + 0.5 * (D @ H @ D.T)
''',
        "forgets the 1/2": '''
def taylor2(f0, grad, hess, delta):
    D = np.asarray(delta, dtype=float)
    H = np.asarray(hess, dtype=float)
    return f0 + D @ np.asarray(grad, dtype=float) + np.sum((D @ H) * D, axis=-1)
''',
        "uses only the diagonal of the Hessian": '''
def taylor2(f0, grad, hess, delta):
    D = np.asarray(delta, dtype=float)
    d = np.diag(np.asarray(hess, dtype=float))
    return f0 + D @ np.asarray(grad, dtype=float) + 0.5 * np.sum(d * D**2, axis=-1)
''',
        "H @ D for the batch": '''
def taylor2(f0, grad, hess, delta):
    D = np.asarray(delta, dtype=float)
    if D.ndim == 1:
        return f0 + grad @ D + 0.5 * D @ hess @ D
    return f0 + D @ grad + 0.5 * np.sum((hess @ D) * D, axis=-1)
''',
        "keeps a trailing axis for a batch": '''
def taylor2(f0, grad, hess, delta):
    D = np.asarray(delta, dtype=float)
    if D.ndim == 1:
        return f0 + grad @ D + 0.5 * D @ hess @ D
    return (f0 + D @ grad + 0.5 * np.sum((D @ hess) * D, axis=-1))[:, None]
''',
        "float32 arithmetic": '''
def taylor2(f0, grad, hess, delta):
    g = np.asarray(grad, dtype=np.float32)
    H = np.asarray(hess, dtype=np.float32)
    D = np.asarray(delta, dtype=np.float32)
    return (np.float32(f0) + D @ g + 0.5 * np.sum((D @ H) * D, axis=-1)).astype(np.float64)
''',
        "halves H in place": '''
def taylor2(f0, grad, hess, delta):
    H = np.asarray(hess, dtype=np.float64)
    H *= 0.5
    D = np.asarray(delta, dtype=np.float64)
    return f0 + D @ np.asarray(grad, dtype=np.float64) + np.sum((D @ H) * D, axis=-1)
''',
        "shape (1,) for one displacement": '''
def taylor2(f0, grad, hess, delta):
    D = np.atleast_2d(np.asarray(delta, dtype=np.float64))
    H = np.asarray(hess, dtype=np.float64)
    return f0 + D @ np.asarray(grad, dtype=np.float64) + 0.5 * np.sum((D @ H) * D, axis=-1)
''',
        "only the diagonal of H": '''
def taylor2(f0, grad, hess, delta):
    D = np.asarray(delta, dtype=np.float64)
    h = np.diag(np.asarray(hess, dtype=np.float64))
    return f0 + D @ np.asarray(grad, dtype=np.float64) + 0.5 * np.sum(h * D ** 2, axis=-1)
''',
        "D @ H @ D.T summed over all pairs": '''
def taylor2(f0, grad, hess, delta):
    D = np.asarray(delta, dtype=np.float64)
    H = np.asarray(hess, dtype=np.float64)
    q = D @ H @ D.T
    return f0 + D @ np.asarray(grad, dtype=np.float64) + 0.5 * (q.sum(axis=-1) if q.ndim else q)
''',
    },
    "ex_optimal_step": {
        "keeps a float32 eps in float32": '''
def optimal_step(scheme, f_abs, deriv_abs, eps=EPS):
    table = {"forward": (deriv_abs / 2, 2 * eps * f_abs, 1),
             "central": (deriv_abs / 6, eps * f_abs, 2)}
    if scheme not in table:
        raise ValueError(scheme)
    A, B, p = table[scheme]
    h = (B / (p * A)) ** (1.0 / (p + 1))
    return h, A * h**p + B / h
''',
        "numerical minimisation in log h within fixed bounds (misses extreme scales)": '''
import scipy.optimize
def optimal_step(scheme, f_abs, deriv_abs, eps=EPS):
    f_abs, deriv_abs, eps = np.float64(f_abs), np.float64(deriv_abs), np.float64(eps)
    if scheme == "forward":
        E = lambda h: deriv_abs * h / 2 + 2 * eps * f_abs / h
    elif scheme == "central":
        E = lambda h: deriv_abs * h ** 2 / 6 + eps * f_abs / h
    else:
        raise ValueError("scheme must be 'forward' or 'central'")
    res = scipy.optimize.minimize_scalar(lambda s: np.log(E(np.exp(s))), bounds=(-80, 20),
                                         method="bounded", options={"xatol": 1e-12})
    h = float(np.exp(res.x))
    return h, float(E(h))
''',
        "grid search over h in [1e-12, 1]": '''
def optimal_step(scheme, f_abs, deriv_abs, eps=EPS):
    hs = np.logspace(-12, 0, 200001)
    if scheme == "forward":
        E = deriv_abs * hs / 2 + 2 * eps * f_abs / hs
    elif scheme == "central":
        E = deriv_abs * hs ** 2 / 6 + eps * f_abs / hs
    else:
        raise ValueError(scheme)
    i = int(np.argmin(E))
    return float(hs[i]), float(E[i])
''',
        "central step without the factor 3": '''
def optimal_step(scheme, f_abs, deriv_abs, eps=EPS):
    if scheme == "forward":
        h = 2 * np.sqrt(eps * f_abs / deriv_abs)
        return h, deriv_abs * h / 2 + 2 * eps * f_abs / h
    if scheme == "central":
        h = np.cbrt(eps * f_abs / deriv_abs)
        return h, deriv_abs * h**2 / 6 + eps * f_abs / h
    raise ValueError(scheme)
''',
        "rules of thumb sqrt(eps) and cbrt(eps)": '''
def optimal_step(scheme, f_abs, deriv_abs, eps=EPS):
    if scheme == "forward":
        h = np.sqrt(eps)
        return h, deriv_abs * h / 2 + 2 * eps * f_abs / h
    if scheme == "central":
        h = np.cbrt(eps)
        return h, deriv_abs * h**2 / 6 + eps * f_abs / h
    raise ValueError(scheme)
''',
        "central error without the rounding term": '''
def optimal_step(scheme, f_abs, deriv_abs, eps=EPS):
    if scheme == "forward":
        h = 2 * np.sqrt(eps * f_abs / deriv_abs)
        return h, deriv_abs * h / 2 + 2 * eps * f_abs / h
    if scheme == "central":
        h = np.cbrt(3 * eps * f_abs / deriv_abs)
        return h, deriv_abs * h**2 / 6
    raise ValueError(scheme)
''',
        "f and M swapped in the central step": '''
def optimal_step(scheme, f_abs, deriv_abs, eps=EPS):
    if scheme == "forward":
        h = 2 * np.sqrt(eps * f_abs / deriv_abs)
        return h, deriv_abs * h / 2 + 2 * eps * f_abs / h
    if scheme == "central":
        h = np.cbrt(3 * eps * deriv_abs / f_abs)
        return h, deriv_abs * h ** 2 / 6 + eps * f_abs / h
    raise ValueError
''',
        "no ValueError for unknown scheme": '''
def optimal_step(scheme, f_abs, deriv_abs, eps=EPS):
    if scheme == "forward":
        h = 2 * np.sqrt(eps * f_abs / deriv_abs)
        return h, deriv_abs * h / 2 + 2 * eps * f_abs / h
    h = np.cbrt(3 * eps * f_abs / deriv_abs)
    return h, deriv_abs * h ** 2 / 6 + eps * f_abs / h
''',
        "central ignores eps (uses EPS)": '''
def optimal_step(scheme, f_abs, deriv_abs, eps=EPS):
    if scheme == "forward":
        h = 2 * np.sqrt(eps * f_abs / deriv_abs)
        return h, deriv_abs * h / 2 + 2 * eps * f_abs / h
    if scheme == "central":
        h = np.cbrt(3 * EPS * f_abs / deriv_abs)
        return h, deriv_abs * h ** 2 / 6 + EPS * f_abs / h
    raise ValueError
''',
        "numbers used as given (float32 eps keeps float32)": '''
def optimal_step(scheme, f_abs, deriv_abs, eps=EPS):
    if scheme == "forward":
        h = np.sqrt(4 * eps * f_abs / deriv_abs)
        return h, deriv_abs * h / 2 + 2 * eps * f_abs / h
    if scheme == "central":
        h = np.cbrt(3 * eps * f_abs / deriv_abs)
        return h, deriv_abs * h ** 2 / 6 + eps * f_abs / h
    raise ValueError(scheme)
''',
        "anything but forward is central": '''
def optimal_step(scheme, f_abs, deriv_abs, eps=EPS):
    f, M, e = float(f_abs), float(deriv_abs), float(eps)
    if scheme == "forward":
        h = 2 * math.sqrt(e * f / M)
        return h, M * h / 2 + 2 * e * f / h
    h = (3 * e * f / M) ** (1 / 3)
    return h, M * h * h / 6 + e * f / h
''',
        "grid search over powers of ten": '''
def optimal_step(scheme, f_abs, deriv_abs, eps=EPS):
    f, M, e = float(f_abs), float(deriv_abs), float(eps)
    if scheme not in ("forward", "central"):
        raise ValueError(scheme)
    hs = np.logspace(-200, 200, 40001)
    E = M * hs / 2 + 2 * e * f / hs if scheme == "forward" else M * hs ** 2 / 6 + e * f / hs
    k = int(np.argmin(E))
    return float(hs[k]), float(E[k])
''',
        "central step forgets the 3": '''
def optimal_step(scheme, f_abs, deriv_abs, eps=EPS):
    f, M, e = float(f_abs), float(deriv_abs), float(eps)
    if scheme == "forward":
        h = 2 * math.sqrt(e * f / M)
        return h, M * h / 2 + 2 * e * f / h
    if scheme == "central":
        h = (e * f / M) ** (1 / 3)
        return h, M * h * h / 6 + e * f / h
    raise ValueError(scheme)
''',
    },
    "ex_numerical_hessian": {
        "copy keeps the dtype of x (float32 or integer steps)": '''
def numerical_hessian(grad, x, h=1e-5):
    x = np.array(x).ravel()
    n = x.size
    C = np.zeros((n, n))
    for j in range(n):
        e = np.zeros(n, dtype=x.dtype)
        e[j] = h
        C[:, j] = (np.asarray(grad(x + e), dtype=float) - np.asarray(grad(x - e), dtype=float)) / (2 * h)
    return (C + C.T) / 2
''',
        "forward differences of the gradient": '''
def numerical_hessian(grad, x, h=1e-5):
    x = np.array(x, dtype=float)
    g0 = np.asarray(grad(x), dtype=float)
    C = np.column_stack([(np.asarray(grad(x + h * e), dtype=float) - g0) / h for e in np.eye(x.size)])
    return (C + C.T) / 2
''',
        "not symmetrised": '''
def numerical_hessian(grad, x, h=1e-5):
    x = np.array(x, dtype=float)
    return np.column_stack([(np.asarray(grad(x + h * e), dtype=float) - np.asarray(grad(x - h * e), dtype=float)) / (2 * h)
                            for e in np.eye(x.size)])
''',
        "symmetrises with the sum instead of the average": '''
def numerical_hessian(grad, x, h=1e-5):
    x = np.array(x, dtype=float)
    C = np.column_stack([(np.asarray(grad(x + h * e), dtype=float) - np.asarray(grad(x - h * e), dtype=float)) / (2 * h)
                         for e in np.eye(x.size)])
    return C + C.T
''',
        "subtracts grad's output without np.asarray (fails for a list)": '''
def numerical_hessian(grad, x, h=1e-5):
    x = np.array(x, dtype=float)
    n = len(x)
    C = np.zeros((n, n))
    for j in range(n):
        e = np.zeros(n); e[j] = h
        C[:, j] = (grad(x + e) - grad(x - e)) / (2 * h)
    return (C + C.T) / 2
''',
        "symmetrises by copying the upper triangle, not averaging": '''
def numerical_hessian(grad, x, h=1e-5):
    x = np.array(x, dtype=float)
    n = len(x)
    C = np.column_stack([(np.asarray(grad(x + h * e)) - np.asarray(grad(x - h * e))) / (2 * h) for e in np.eye(n)])
    return np.triu(C) + np.triu(C, 1).T
''',
        "int x perturbed in place": '''
def numerical_hessian(grad, x, h=1e-5):
    n = len(x)
    C = np.zeros((n, n))
    for j in range(n):
        xp = np.array(x); xp[j] += h
        xm = np.array(x); xm[j] -= h
        C[:, j] = (np.asarray(grad(xp)) - np.asarray(grad(xm))) / (2 * h)
    return (C + C.T) / 2
''',
        "mutates x (restore by arithmetic)": '''
def numerical_hessian(grad, x, h=1e-5):
    n = len(x)
    C = np.zeros((n, n))
    for j in range(n):
        x[j] += h; gp = np.array(grad(x), dtype=float)
        x[j] -= 2 * h; gm = np.array(grad(x), dtype=float)
        x[j] += h
        C[:, j] = (gp - gm) / (2 * h)
    return (C + C.T) / 2
''',
        "symmetrised by copying the upper triangle": '''
def numerical_hessian(grad, x, h=1e-5):
    x = np.array(x, dtype=np.float64)
    n = x.size
    C = np.empty((n, n))
    for j in range(n):
        e = np.zeros(n); e[j] = h
        C[:, j] = (np.asarray(grad(x + e)) - np.asarray(grad(x - e))) / (2 * h)
    U = np.triu(C)
    return U + np.triu(C, 1).T
''',
        "review: forward differences of the gradient": '''
def numerical_hessian(grad, x, h=1e-5):
    x = np.array(x, dtype=np.float64)
    g0 = np.asarray(grad(x), dtype=np.float64)
    C = np.column_stack([(np.asarray(grad(x + e), dtype=np.float64) - g0) / h for e in h * np.eye(x.size)])
    return (C + C.T) / 2
''',
        "nudges x in place and puts it back": '''
def numerical_hessian(grad, x, h=1e-5):
    x = np.asarray(x, dtype=np.float64)
    n = x.size
    C = np.empty((n, n))
    for j in range(n):
        x[j] += h
        gp = np.array(grad(x), dtype=np.float64)
        x[j] -= 2 * h
        gm = np.array(grad(x), dtype=np.float64)
        x[j] += h
        C[:, j] = (gp - gm) / (2 * h)
    return (C + C.T) / 2
''',
        ".astype on the input (lists break)": '''
def numerical_hessian(grad, x, h=1e-5):
    x = x.astype(np.float64)
    C = np.column_stack([(np.asarray(grad(x + e)) - np.asarray(grad(x - e))) / (2 * h) for e in h * np.eye(x.size)])
    return (C + C.T) / 2
''',
        "relative step per coordinate": '''
def numerical_hessian(grad, x, h=1e-5):
    x = np.array(x, dtype=np.float64)
    n = x.size
    C = np.empty((n, n))
    for j in range(n):
        s = h * max(1.0, abs(x[j]))
        e = np.zeros(n); e[j] = s
        C[:, j] = (np.asarray(grad(x + e), dtype=np.float64) - np.asarray(grad(x - e), dtype=np.float64)) / (2 * s)
    return (C + C.T) / 2
''',
    },
    "ex_classify_critical_point": {
        "eigenvalue equal to tol counted as non-zero (>= instead of >)": '''
def classify_critical_point(hess, tol=1e-8):
    lam = np.linalg.eigvalsh(np.asarray(hess, dtype=float))
    up, down = np.any(lam >= tol), np.any(lam <= -tol)
    if up and down:
        return "saddle"
    if np.all(lam >= tol):
        return "minimum"
    if np.all(lam <= -tol):
        return "maximum"
    return "degenerate"
''',
        "symmetrises hess in place": '''
def classify_critical_point(hess, tol=1e-8):
    hess += np.transpose(hess)
    hess /= 2
    lam = np.linalg.eigvalsh(hess)
    if np.any(lam > tol) and np.any(lam < -tol):
        return "saddle"
    if np.all(lam > tol):
        return "minimum"
    if np.all(lam < -tol):
        return "maximum"
    return "degenerate"
''',
        "reads the signs of the diagonal entries": '''
def classify_critical_point(hess, tol=1e-8):
    d = np.diag(np.asarray(hess, dtype=float))
    if np.any(d > tol) and np.any(d < -tol):
        return "saddle"
    if np.all(d > tol):
        return "minimum"
    if np.all(d < -tol):
        return "maximum"
    return "degenerate"
''',
        "compares eigenvalues with exact zero": '''
def classify_critical_point(hess, tol=1e-8):
    lam = np.linalg.eigvalsh(hess)
    if np.any(lam > 0) and np.any(lam < 0):
        return "saddle"
    if np.all(lam > 0):
        return "minimum"
    if np.all(lam < 0):
        return "maximum"
    return "degenerate"
''',
        "calls any zero eigenvalue degenerate": '''
def classify_critical_point(hess, tol=1e-8):
    lam = np.linalg.eigvalsh(hess)
    if np.any(np.abs(lam) <= tol):
        return "degenerate"
    if np.all(lam > 0):
        return "minimum"
    if np.all(lam < 0):
        return "maximum"
    return "saddle"
''',
        "2x2 determinant test": '''
def classify_critical_point(hess, tol=1e-8):
    H = np.asarray(hess, dtype=float)
    det = np.linalg.det(H)
    if abs(det) <= tol:
        return "degenerate"
    if det < 0:
        return "saddle"
    return "minimum" if H[0, 0] > 0 else "maximum"
''',
        "tolerance relative to the largest eigenvalue": '''
def classify_critical_point(hess, tol=1e-8):
    lam = np.linalg.eigvalsh(hess)
    t = tol * np.max(np.abs(lam))
    if np.any(lam > t) and np.any(lam < -t): return "saddle"
    if np.all(lam > t): return "minimum"
    if np.all(lam < -t): return "maximum"
    return "degenerate"
''',
        "Sylvester leading minors": '''
def classify_critical_point(hess, tol=1e-8):
    H = np.asarray(hess, dtype=float)
    n = len(H)
    minors = [np.linalg.det(H[:k, :k]) for k in range(1, n + 1)]
    if all(m > tol for m in minors): return "minimum"
    if all((-1) ** (k + 1) * m > tol for k, m in enumerate(minors)): return "maximum"
    if abs(minors[-1]) <= tol: return "degenerate"
    return "saddle"
''',
        "hard-coded tol 1e-8": '''
def classify_critical_point(hess, tol=1e-8):
    lam = np.linalg.eigvalsh(hess)
    if np.any(lam > 1e-8) and np.any(lam < -1e-8): return "saddle"
    if np.all(lam > 1e-8): return "minimum"
    if np.all(lam < -1e-8): return "maximum"
    return "degenerate"
''',
        "lambda = tol counted as non-zero": '''
def classify_critical_point(hess, tol=1e-8):
    lam = np.linalg.eigvalsh(np.asarray(hess, dtype=np.float64))
    pos, neg = np.any(lam >= tol), np.any(lam <= -tol)
    if pos and neg:
        return "saddle"
    if np.all(lam >= tol):
        return "minimum"
    if np.all(lam <= -tol):
        return "maximum"
    return "degenerate"
''',
        "any zero eigenvalue means degenerate, even with both signs": '''
def classify_critical_point(hess, tol=1e-8):
    lam = np.linalg.eigvalsh(np.asarray(hess, dtype=np.float64))
    if np.any(np.abs(lam) <= tol):
        return "degenerate"
    if np.all(lam > tol):
        return "minimum"
    if np.all(lam < -tol):
        return "maximum"
    return "saddle"
''',
        "review: tolerance relative to the largest eigenvalue": '''
def classify_critical_point(hess, tol=1e-8):
    lam = np.linalg.eigvalsh(np.asarray(hess, dtype=np.float64))
    t = tol * max(1.0, np.abs(lam).max())
    pos, neg = np.any(lam > t), np.any(lam < -t)
    if pos and neg:
        return "saddle"
    if np.all(lam > t):
        return "minimum"
    if np.all(lam < -t):
        return "maximum"
    return "degenerate"
''',
        "determinant and trace (2 x 2 shortcut)": '''
def classify_critical_point(hess, tol=1e-8):
    H = np.asarray(hess, dtype=np.float64)
    det, tr = np.linalg.det(H), np.trace(H)
    if det < -tol:
        return "saddle"
    if abs(det) <= tol:
        return "degenerate"
    return "minimum" if tr > 0 else "maximum"
''',
        "eigenvalues in float32": '''
def classify_critical_point(hess, tol=1e-8):
    lam = np.linalg.eigvalsh(np.asarray(hess, dtype=np.float32))
    pos, neg = np.any(lam > tol), np.any(lam < -tol)
    if pos and neg:
        return "saddle"
    if np.all(lam > tol):
        return "minimum"
    if np.all(lam < -tol):
        return "maximum"
    return "degenerate"
''',
    },
    "ex_gd_iterations": {
        "while loop that stops on nan": '''
def gd_iterations(hess, x0, lr, tol=1e-6, max_iter=10_000):
    H = np.asarray(hess, dtype=float)
    x = np.asarray(x0, dtype=float).copy()
    goal = tol * np.linalg.norm(x)
    k = 0
    with np.errstate(all="ignore"):
        while np.linalg.norm(x) > goal and k < max_iter:
            x = x - lr * H @ x
            k += 1
    return k
''',
        "absolute tolerance instead of relative": '''
def gd_iterations(hess, x0, lr, tol=1e-6, max_iter=10_000):
    H = np.asarray(hess, dtype=float)
    x = np.array(x0, dtype=float)
    with np.errstate(all="ignore"):
        for k in range(max_iter + 1):
            if np.linalg.norm(x) <= tol:
                return k
            x = x - lr * H @ x
    return max_iter
''',
        "counts one step too many": '''
def gd_iterations(hess, x0, lr, tol=1e-6, max_iter=10_000):
    H = np.asarray(hess, dtype=float)
    x = np.array(x0, dtype=float)
    target = tol * np.linalg.norm(x)
    with np.errstate(all="ignore"):
        for k in range(1, max_iter + 1):
            x = x - lr * H @ x
            if np.linalg.norm(x) <= target:
                return k + 1
    return max_iter
''',
        "gradient 2 H x (the gradient of x^T H x)": '''
def gd_iterations(hess, x0, lr, tol=1e-6, max_iter=10_000):
    H = np.asarray(hess, dtype=float)
    x = np.array(x0, dtype=float)
    target = tol * np.linalg.norm(x)
    with np.errstate(all="ignore"):
        for k in range(max_iter + 1):
            if np.linalg.norm(x) <= target:
                return k
            x = x - lr * 2 * H @ x
    return max_iter
''',
        "updates x0 in place (mutates the caller's array, fails for ints)": '''
def gd_iterations(hess, x0, lr, tol=1e-6, max_iter=10_000):
    x = np.asarray(x0)
    n0 = np.linalg.norm(x)
    for k in range(max_iter):
        if np.linalg.norm(x) <= tol * n0:
            return k
        x -= lr * np.asarray(hess) @ x
    return max_iter
''',
        "strict < in the stopping rule (x0 = 0 never stops)": '''
def gd_iterations(hess, x0, lr, tol=1e-6, max_iter=10_000):
    H = np.asarray(hess, dtype=float); x = np.array(x0, dtype=float)
    n0 = np.linalg.norm(x)
    for k in range(max_iter):
        if np.linalg.norm(x) < tol * n0:
            return k
        x = x - lr * H @ x
    return max_iter
''',
        "returns -1 when max_iter is hit": '''
def gd_iterations(hess, x0, lr, tol=1e-6, max_iter=10_000):
    H = np.asarray(hess, dtype=float); x = np.array(x0, dtype=float)
    n0 = np.linalg.norm(x)
    for k in range(max_iter + 1):
        if np.linalg.norm(x) <= tol * n0:
            return k
        x = x - lr * H @ x
    return -1
''',
        "max-norm instead of 2-norm": '''
def gd_iterations(hess, x0, lr, tol=1e-6, max_iter=10_000):
    H = np.asarray(hess, dtype=float); x = np.array(x0, dtype=float)
    n0 = np.max(np.abs(x))
    for k in range(max_iter):
        if np.max(np.abs(x)) <= tol * n0:
            return k
        x = x - lr * H @ x
    return max_iter
''',
        "updates x0 in place": '''
def gd_iterations(hess, x0, lr, tol=1e-6, max_iter=10_000):
    H = np.asarray(hess, dtype=np.float64)
    x = np.asarray(x0, dtype=np.float64)
    stop = tol * np.linalg.norm(x)
    for k in range(max_iter):
        if np.linalg.norm(x) <= stop:
            return k
        x -= lr * (H @ x)
    return max_iter
''',
        "while norm > threshold (nan exits early)": '''
def gd_iterations(hess, x0, lr, tol=1e-6, max_iter=10_000):
    H = np.asarray(hess, dtype=np.float64)
    x = np.array(x0, dtype=np.float64)
    stop = tol * np.linalg.norm(x)
    k = 0
    with np.errstate(all="ignore"):
        while np.linalg.norm(x) > stop and k < max_iter:
            x = x - lr * (H @ x)
            k += 1
    return k
''',
        "checks after the step (x0 = 0 takes one step)": '''
def gd_iterations(hess, x0, lr, tol=1e-6, max_iter=10_000):
    H = np.asarray(hess, dtype=np.float64)
    x = np.array(x0, dtype=np.float64)
    stop = tol * np.linalg.norm(x)
    for k in range(1, max_iter + 1):
        x = x - lr * (H @ x)
        if np.linalg.norm(x) <= stop:
            return k
    return max_iter
''',
        "gradient 1/2 H x": '''
def gd_iterations(hess, x0, lr, tol=1e-6, max_iter=10_000):
    H = np.asarray(hess, dtype=np.float64)
    x = np.array(x0, dtype=np.float64)
    stop = tol * np.linalg.norm(x)
    for k in range(max_iter):
        if np.linalg.norm(x) <= stop:
            return k
        x = x - lr * 0.5 * (H @ x)
    return max_iter
''',
        "in-place update without float conversion": '''
def gd_iterations(hess, x0, lr, tol=1e-6, max_iter=10_000):
    H = np.asarray(hess)
    x = np.array(x0)
    stop = tol * np.linalg.norm(x)
    for k in range(max_iter):
        if np.linalg.norm(x) <= stop:
            return k
        x -= lr * (H @ x)
    return max_iter
''',
    },
    "ex_newton_direction": {
        "eigh of a float32 Hessian in float32": '''
def newton_direction(grad, hess, tol=1e-8):
    lam, Q = np.linalg.eigh(np.asarray(hess))
    return -Q @ ((Q.T @ np.asarray(grad)) / np.maximum(np.abs(lam), tol))
''',
        "symmetrises hess in place": '''
def newton_direction(grad, hess, tol=1e-8):
    hess += np.transpose(hess)
    hess *= 0.5
    lam, Q = np.linalg.eigh(np.asarray(hess, dtype=float))
    return -Q @ ((Q.T @ np.asarray(grad, dtype=float)) / np.maximum(np.abs(lam), tol))
''',
        "floor relative to the size of g": '''
def newton_direction(grad, hess, tol=1e-8):
    g = np.asarray(grad, dtype=float)
    lam, Q = np.linalg.eigh(np.asarray(hess, dtype=float))
    floor = tol * max(1.0, float(np.linalg.norm(g)))
    return -Q @ ((Q.T @ g) / np.maximum(np.abs(lam), floor))
''',
        "no floor on the eigenvalues": '''
def newton_direction(grad, hess, tol=1e-8):
    lam, Q = np.linalg.eigh(np.asarray(hess, dtype=float))
    with np.errstate(all="ignore"):
        return -(Q @ ((Q.T @ np.asarray(grad, dtype=float)) / np.abs(lam)))
''',
        "plain Newton step": '''
def newton_direction(grad, hess, tol=1e-8):
    return np.linalg.solve(np.asarray(hess, dtype=float), -np.asarray(grad, dtype=float))
''',
        "floors the eigenvalue before taking its absolute value": '''
def newton_direction(grad, hess, tol=1e-8):
    lam, Q = np.linalg.eigh(np.asarray(hess, dtype=float))
    return -(Q @ ((Q.T @ np.asarray(grad, dtype=float)) / np.maximum(lam, tol)))
''',
        "adds tol to |lambda| instead of flooring at tol": '''
def newton_direction(grad, hess, tol=1e-8):
    lam, Q = np.linalg.eigh(hess)
    return -Q @ ((Q.T @ grad) / (np.abs(lam) + tol))
''',
        "back-transform with Q.T": '''
def newton_direction(grad, hess, tol=1e-8):
    lam, Q = np.linalg.eigh(hess)
    return -Q.T @ ((Q.T @ grad) / np.maximum(np.abs(lam), tol))
''',
        "diagonal of H instead of eigenvalues": '''
def newton_direction(grad, hess, tol=1e-8):
    d = np.diag(np.asarray(hess, dtype=float))
    return -np.asarray(grad, dtype=float) / np.maximum(np.abs(d), tol)
''',
        "hard-coded 1e-8 floor": '''
def newton_direction(grad, hess, tol=1e-8):
    lam, Q = np.linalg.eigh(hess)
    return -Q @ ((Q.T @ grad) / np.maximum(np.abs(lam), 1e-8))
''',
        "float32 eigendecomposition": '''
def newton_direction(grad, hess, tol=1e-8):
    lam, Q = np.linalg.eigh(np.asarray(hess, dtype=np.float32))
    g = np.asarray(grad, dtype=np.float32)
    return (-(Q @ ((Q.T @ g) / np.maximum(np.abs(lam), tol)))).astype(np.float64)
''',
        "np.linalg.eig (eigenvectors not orthonormal for repeated eigenvalues)": '''
def newton_direction(grad, hess, tol=1e-8):
    lam, Q = np.linalg.eig(np.asarray(hess, dtype=np.float64))
    lam, Q = lam.real, Q.real
    g = np.asarray(grad, dtype=np.float64)
    return -(Q @ ((Q.T @ g) / np.maximum(np.abs(lam), tol)))
''',
        "floor relative to the largest eigenvalue": '''
def newton_direction(grad, hess, tol=1e-8):
    lam, Q = np.linalg.eigh(np.asarray(hess, dtype=np.float64))
    g = np.asarray(grad, dtype=np.float64)
    floor = tol * np.abs(lam).max()
    return -(Q @ ((Q.T @ g) / np.maximum(np.abs(lam), floor)))
''',
        "flips the sign of grad in place": '''
def newton_direction(grad, hess, tol=1e-8):
    g = np.asarray(grad, dtype=np.float64)
    g *= -1.0
    lam, Q = np.linalg.eigh(np.asarray(hess, dtype=np.float64))
    return Q @ ((Q.T @ g) / np.maximum(np.abs(lam), tol))
''',
        "absolute values of the matrix entries": '''
def newton_direction(grad, hess, tol=1e-8):
    H = np.abs(np.asarray(hess, dtype=np.float64))
    return -np.linalg.solve(H + tol * np.eye(len(H)), np.asarray(grad, dtype=np.float64))
''',
    },
}
