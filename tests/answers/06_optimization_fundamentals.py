"""Alternative correct answers and plausible wrong answers for lesson 06's exercises.

Each CORRECT answer must pass every test of its exercise; each WRONG answer must fail at least
one. The first WRONG answer of each exercise passes the visible tests (only the hidden tests
catch it) and also goes through a full nbgrader round trip. The wrong answers are written the way
a student working from the released notebook would write them.
"""

CORRECT = {
    "ex_quadratic_is_convex": {
        "symmetric part, eigvalsh, relative tolerance": '''
def quadratic_is_convex(A, tol=1e-10):
    A = np.array(A, dtype=float)
    H = 0.5 * (A + A.T)
    lam = np.linalg.eigvalsh(H)
    return bool(lam.min() >= -tol * np.max(np.abs(lam)))
''',
        "real parts of eigvals of A + A^T": '''
def quadratic_is_convex(A, tol=1e-10):
    M = np.asarray(A, dtype=np.float64)
    lam = np.real(np.linalg.eigvals(M + M.T))
    big = np.abs(lam).max()
    return bool(np.all(lam >= -tol * big))
''',
        "normalise the Hessian first, scipy eigh": '''
def quadratic_is_convex(A, tol=1e-10):
    M = np.asarray(A, dtype=np.float64)
    H = M + M.T
    size = np.abs(H).max()
    if size == 0:
        return True
    lam = scipy.linalg.eigh(H / size, eigvals_only=True)
    return bool(lam[0] >= -tol * np.abs(lam).max())
''',
        "loop over eigenvalues": '''
def quadratic_is_convex(A, tol=1e-10):
    M = np.asarray(A, dtype=float)
    eig = np.linalg.eigvalsh((M + M.T) / 2)
    scale = max(abs(e) for e in eig)
    for e in eig:
        if e < -tol * scale:
            return False
    return True
''',
        "review: spectral norm of the symmetric part as the scale": '''
def quadratic_is_convex(A, tol=1e-10):
    M = np.array(A, dtype=np.float64)
    S = (M + M.T) / 2.0
    lam_min = np.linalg.eigvalsh(S)[0]
    return bool(lam_min >= -tol * np.linalg.norm(S, 2))
''',
        "review: scipy eigh on A + A^T, loop over eigenvalues": '''
def quadratic_is_convex(A, tol=1e-10):
    M = np.asarray(A, dtype=float)
    lams = scipy.linalg.eigh(M + M.T, eigvals_only=True)
    biggest = max(abs(l) for l in lams)
    return all(l >= -tol * biggest for l in lams)
''',
    },
    "ex_chord_gaps": {
        "midpoints first, then a loop": '''
def chord_gaps(f, X, Y, t):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    t = np.asarray(t, dtype=float)
    M = t[:, None] * X + (1 - t[:, None]) * Y
    out = np.empty(len(t))
    for k in range(len(t)):
        out[k] = t[k] * f(X[k]) + (1 - t[k]) * f(Y[k]) - f(M[k])
    return out
''',
        "fromiter over indices": '''
def chord_gaps(f, X, Y, t):
    X, Y = np.array(X, dtype=np.float64), np.array(Y, dtype=np.float64)
    t = np.array(t, dtype=np.float64)
    def gap(k):
        return t[k] * f(X[k]) + (1.0 - t[k]) * f(Y[k]) - f(t[k] * X[k] + (1.0 - t[k]) * Y[k])
    return np.fromiter((gap(k) for k in range(len(t))), dtype=np.float64, count=len(t))
''',
        "chord height and function value separately": '''
def chord_gaps(f, X, Y, t):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    t = np.asarray(t, dtype=np.float64)
    fx = np.array([f(x) for x in X], dtype=float)
    fy = np.array([f(y) for y in Y], dtype=float)
    on_graph = np.array([f(tk * x + (1 - tk) * y) for x, y, tk in zip(X, Y, t)], dtype=float)
    return t * fx + (1 - t) * fy - on_graph
''',
        "review: plain loop, float64 rows": '''
def chord_gaps(f, X, Y, t):
    X = np.asarray(X, dtype=np.float64); Y = np.asarray(Y, dtype=np.float64); t = np.asarray(t, dtype=np.float64)
    out = []
    for k in range(X.shape[0]):
        out.append(t[k] * f(X[k]) + (1.0 - t[k]) * f(Y[k]) - f(t[k] * X[k] + (1.0 - t[k]) * Y[k]))
    return np.array(out, dtype=np.float64)
''',
        "review: chord point as y + t (x - y)": '''
def chord_gaps(f, X, Y, t):
    X = np.asarray(X, dtype=np.float64); Y = np.asarray(Y, dtype=np.float64); t = np.asarray(t, dtype=np.float64)
    gaps = np.empty(len(t))
    for k, (x, y, w) in enumerate(zip(X, Y, t)):
        gaps[k] = w * f(x) + (1 - w) * f(y) - f(y + w * (x - y))
    return gaps
''',
        "review: three list comprehensions": '''
def chord_gaps(f, X, Y, t):
    X = np.array(X, dtype=float); Y = np.array(Y, dtype=float); t = np.array(t, dtype=float).reshape(-1, 1)
    fx = np.array([f(row) for row in X], dtype=float)
    fy = np.array([f(row) for row in Y], dtype=float)
    mid = t * X + (1 - t) * Y
    fm = np.array([f(row) for row in mid], dtype=float)
    return t[:, 0] * fx + (1 - t[:, 0]) * fy - fm
''',
    },
    "ex_equality_qp": {
        "scipy.linalg.solve of the KKT matrix": '''
def equality_qp(Q, c, A, b):
    Q, c, A, b = (np.asarray(v, dtype=np.float64) for v in (Q, c, A, b))
    n, m = len(c), len(b)
    K = np.zeros((n + m, n + m))
    K[:n, :n] = Q
    K[:n, n:] = A.T
    K[n:, :n] = A
    sol = scipy.linalg.solve(K, np.concatenate([-c, b]))
    return sol[:n], sol[n:]
''',
        "null-space elimination": '''
def equality_qp(Q, c, A, b):
    Q, c, A, b = (np.asarray(v, dtype=float) for v in (Q, c, A, b))
    x0 = np.linalg.lstsq(A, b, rcond=None)[0]
    Z = scipy.linalg.null_space(A)
    z = np.linalg.solve(Z.T @ Q @ Z, -Z.T @ (Q @ x0 + c))
    x = x0 + Z @ z
    nu = np.linalg.lstsq(A.T, -(Q @ x + c), rcond=None)[0]
    return x, nu
''',
        "other sign convention, converted back": '''
def equality_qp(Q, c, A, b):
    Q = np.asarray(Q, dtype=float); c = np.asarray(c, dtype=float)
    A = np.asarray(A, dtype=float); b = np.asarray(b, dtype=float)
    m, n = A.shape
    K = np.block([[Q, -A.T], [A, np.zeros((m, m))]])     # Q x + c - A^T lam = 0
    sol = np.linalg.solve(K, np.concatenate([-c, b]))
    return sol[:n], -sol[n:]
''',
        "review: null-space method, multipliers by least squares": '''
def equality_qp(Q, c, A, b):
    Q = np.asarray(Q, dtype=float); c = np.asarray(c, dtype=float)
    A = np.asarray(A, dtype=float); b = np.asarray(b, dtype=float)
    x_p = np.linalg.lstsq(A, b, rcond=None)[0]
    Z = scipy.linalg.null_space(A)
    y = np.linalg.solve(Z.T @ Q @ Z, -Z.T @ (Q @ x_p + c))
    x = x_p + Z @ y
    nu = np.linalg.lstsq(A.T, -(Q @ x + c), rcond=None)[0]
    return x, nu
''',
        "review: scipy.linalg.solve on the KKT matrix built by hand": '''
def equality_qp(Q, c, A, b):
    Q = np.array(Q, dtype=np.float64); A = np.array(A, dtype=np.float64)
    m, n = A.shape
    K = np.zeros((n + m, n + m))
    K[:n, :n] = Q
    K[:n, n:] = A.T
    K[n:, :n] = A
    rhs = np.concatenate([-np.asarray(c, dtype=np.float64), np.asarray(b, dtype=np.float64)])
    sol = scipy.linalg.solve(K, rhs)
    return sol[:n], sol[n:]
''',
    },
    "ex_value_change": {
        "KKT system solved directly, no equality_qp": '''
def value_change(Q, c, A, b, delta_b):
    Q, c, A, b, d = (np.asarray(v, dtype=float) for v in (Q, c, A, b, delta_b))
    m, n = A.shape
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    s0 = np.linalg.solve(K, np.concatenate([-c, b]))
    s1 = np.linalg.solve(K, np.concatenate([-c, b + d]))
    p = lambda x: 0.5 * x @ Q @ x + c @ x
    return np.array([p(s1[:n]) - p(s0[:n]), -s0[n:] @ d])
''',
        "optimal value as 1/2 c^T x - 1/2 nu^T b": '''
def value_change(Q, c, A, b, delta_b):
    c = np.asarray(c, dtype=float)
    b = np.asarray(b, dtype=float)
    d = np.asarray(delta_b, dtype=float)
    x0, nu0 = equality_qp(Q, c, A, b)
    x1, nu1 = equality_qp(Q, c, A, b + d)
    p0 = 0.5 * c @ x0 - 0.5 * nu0 @ b
    p1 = 0.5 * c @ x1 - 0.5 * nu1 @ (b + d)
    return np.array([p1 - p0, -(nu0 @ d)], dtype=np.float64)
''',
        "loops for the quadratic form": '''
def value_change(Q, c, A, b, delta_b):
    Q = np.asarray(Q, dtype=np.float64)
    c = np.asarray(c, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    d = np.asarray(delta_b, dtype=np.float64)
    def value(rhs):
        x, _ = equality_qp(Q, c, A, rhs)
        total = 0.0
        for i in range(len(x)):
            for j in range(len(x)):
                total += 0.5 * x[i] * Q[i, j] * x[j]
        return total + float(c @ x)
    nu = equality_qp(Q, c, A, b)[1]
    predicted = -sum(nu[i] * d[i] for i in range(len(d)))
    return np.array([value(b + d) - value(b), predicted])
''',
        "review: KKT solve inline, value by a helper": '''
def value_change(Q, c, A, b, delta_b):
    Q = np.asarray(Q, float); c = np.asarray(c, float); A = np.asarray(A, float)
    b = np.asarray(b, float); db = np.asarray(delta_b, float)
    m, n = A.shape
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    def solve(rhs_b):
        s = np.linalg.solve(K, np.concatenate([-c, rhs_b]))
        return s[:n], s[n:]
    x0, nu0 = solve(b)
    x1, _ = solve(b + db)
    val = lambda x: 0.5 * x @ Q @ x + c @ x
    return np.array([val(x1) - val(x0), -nu0 @ db])
''',
        "review: through equality_qp": '''
def value_change(Q, c, A, b, delta_b):
    Qf = np.asarray(Q, dtype=np.float64); cf = np.asarray(c, dtype=np.float64)
    bf = np.asarray(b, dtype=np.float64); dbf = np.asarray(delta_b, dtype=np.float64)
    x0, nu0 = equality_qp(Qf, cf, A, bf)
    x1, _ = equality_qp(Qf, cf, A, bf + dbf)
    p0 = 0.5 * np.dot(x0, Qf.dot(x0)) + np.dot(cf, x0)
    p1 = 0.5 * np.dot(x1, Qf.dot(x1)) + np.dot(cf, x1)
    return np.array([p1 - p0, -np.dot(nu0, dbf)], dtype=np.float64)
''',
    },
    "ex_qp_one_inequality": {
        "closed form with Q^-1 a": '''
def qp_one_inequality(Q, c, a, beta):
    Q = np.asarray(Q, dtype=float); c = np.asarray(c, dtype=float); a = np.asarray(a, dtype=float)
    xu = np.linalg.solve(Q, -c)
    if a @ xu <= beta:
        return xu, 0.0
    w = np.linalg.solve(Q, a)
    mu = (a @ xu - beta) / (a @ w)
    return xu - mu * w, float(mu)
''',
        "solve the active case, fall back if its multiplier is negative": '''
def qp_one_inequality(Q, c, a, beta):
    a = np.asarray(a, dtype=np.float64)
    x, nu = equality_qp(Q, c, a[None, :], np.array([float(beta)]))
    if nu[0] >= 0:
        return x, float(nu[0])
    return np.linalg.solve(np.asarray(Q, dtype=np.float64), -np.asarray(c, dtype=np.float64)), 0.0
''',
        "Cholesky factorisation": '''
def qp_one_inequality(Q, c, a, beta):
    Q = np.asarray(Q, dtype=np.float64)
    c = np.asarray(c, dtype=np.float64)
    a = np.asarray(a, dtype=np.float64)
    L = np.linalg.cholesky(Q)
    solveQ = lambda r: scipy.linalg.solve_triangular(L.T, scipy.linalg.solve_triangular(L, r, lower=True), lower=False)
    x_free = solveQ(-c)
    slack = a @ x_free - beta
    if slack <= 0:
        return x_free, np.float64(0.0)
    q = solveQ(a)
    mu = slack / (a @ q)
    return x_free - mu * q, np.float64(mu)
''',
        "review: Cholesky, closed-form multiplier": '''
def qp_one_inequality(Q, c, a, beta):
    Q = np.asarray(Q, float); c = np.asarray(c, float); a = np.asarray(a, float); beta = float(beta)
    fac = scipy.linalg.cho_factor(Q)
    xu = scipy.linalg.cho_solve(fac, -c)
    if a @ xu <= beta:
        return xu, 0.0
    Qia = scipy.linalg.cho_solve(fac, a)
    mu = (a @ xu - beta) / (a @ Qia)
    return xu - mu * Qia, float(mu)
''',
        "review: KKT system of size n + 1 when active": '''
def qp_one_inequality(Q, c, a, beta):
    Q = np.asarray(Q, dtype=np.float64); c = np.asarray(c, dtype=np.float64); a = np.asarray(a, dtype=np.float64)
    n = len(c)
    xu = np.linalg.solve(Q, -c)
    if np.dot(a, xu) - beta <= 0:
        return xu, 0.0
    K = np.zeros((n + 1, n + 1)); K[:n, :n] = Q; K[:n, n] = a; K[n, :n] = a
    sol = np.linalg.solve(K, np.append(-c, float(beta)))
    return sol[:n], float(sol[n])
''',
    },
    "ex_kkt_status": {
        "explicit sum over constraints": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    grad_f = np.asarray(grad_f, dtype=float)
    g = np.asarray(g, dtype=float); G = np.asarray(G, dtype=float); mu = np.asarray(mu, dtype=float)
    if (g > tol).any():
        return "primal feasibility"
    if (mu < -tol).any():
        return "dual feasibility"
    if (np.abs(mu * g) > tol).any():
        return "complementary slackness"
    residual = grad_f.copy()
    for i in range(len(mu)):
        residual = residual + mu[i] * G[i]
    if np.abs(residual).max() > tol:
        return "stationarity"
    return "satisfied"
''',
        "einsum and an infinity norm": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    g = np.asarray(g, dtype=np.float64)
    mu = np.asarray(mu, dtype=np.float64)
    r = np.asarray(grad_f, dtype=np.float64) + np.einsum("pn,p->n", np.asarray(G, dtype=np.float64), mu)
    checks = [("primal feasibility", np.all(g <= tol)),
              ("dual feasibility", np.all(mu >= -tol)),
              ("complementary slackness", np.all(np.abs(mu * g) <= tol)),
              ("stationarity", np.linalg.norm(r, ord=np.inf) <= tol)]
    for name, ok in checks:
        if not ok:
            return name
    return "satisfied"
''',
        "mu @ G for the combination": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    gf = np.array(grad_f, dtype=float); gv = np.array(g, dtype=float)
    Gm = np.array(G, dtype=float); m = np.array(mu, dtype=float)
    if max(gv) > tol:
        return "primal feasibility"
    if min(m) < -tol:
        return "dual feasibility"
    if max(abs(m * gv)) > tol:
        return "complementary slackness"
    if max(abs(gf + m @ Gm)) > tol:
        return "stationarity"
    return "satisfied"
''',
        "review: loops over constraints": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    gf = np.asarray(grad_f, dtype=float); g = np.asarray(g, dtype=float)
    G = np.asarray(G, dtype=float); mu = np.asarray(mu, dtype=float)
    for gi in g:
        if gi > tol:
            return "primal feasibility"
    for mi in mu:
        if mi < -tol:
            return "dual feasibility"
    for mi, gi in zip(mu, g):
        if abs(mi * gi) > tol:
            return "complementary slackness"
    r = gf.copy()
    for i in range(len(mu)):
        r = r + mu[i] * G[i]
    if np.max(np.abs(r)) > tol:
        return "stationarity"
    return "satisfied"
''',
        "review: dict of checks, inf-norm": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    grad_f, g, G, mu = (np.asarray(v, dtype=np.float64) for v in (grad_f, g, G, mu))
    checks = [("primal feasibility", np.max(g) <= tol),
              ("dual feasibility", np.min(mu) >= -tol),
              ("complementary slackness", np.max(np.abs(mu * g)) <= tol),
              ("stationarity", np.linalg.norm(grad_f + mu @ G, np.inf) <= tol)]
    for name, ok in checks:
        if not ok:
            return name
    return "satisfied"
''',
    },
    "ex_project_l2_ball": {
        "np.where with a safe denominator": '''
def project_l2_ball(X, radius):
    X = np.asarray(X, dtype=float)
    n = np.linalg.norm(X, axis=1, keepdims=True)
    safe = np.where(n > 0, n, 1.0)
    return np.where(n > radius, X * (radius / safe), X)
''',
        "loop over rows": '''
def project_l2_ball(X, radius):
    X = np.array(X, dtype=np.float64)
    out = X.copy()
    for k in range(X.shape[0]):
        length = np.sqrt(np.sum(X[k] ** 2))
        if length > radius:
            out[k] = radius * X[k] / length
    return out
''',
        "minimum of 1 and radius / length, warnings silenced": '''
def project_l2_ball(X, radius):
    X = np.asarray(X, dtype=np.float64)
    lengths = np.sqrt(np.einsum("nd,nd->n", X, X))[:, None]
    with np.errstate(divide="ignore"):
        factor = np.minimum(1.0, radius / lengths)
    return X * factor
''',
        "review: boolean mask": '''
def project_l2_ball(X, radius):
    X = np.array(X, dtype=np.float64)          # a copy
    lengths = np.linalg.norm(X, axis=1)
    outside = lengths > radius
    X[outside] = X[outside] * (radius / lengths[outside])[:, None]
    return X
''',
        "review: radius over max(length, radius)": '''
def project_l2_ball(X, radius):
    X = np.asarray(X, dtype=np.float64)
    lengths = np.linalg.norm(X, axis=1, keepdims=True)
    return X * radius / np.maximum(lengths, radius)
''',
        "review: row loop": '''
def project_l2_ball(X, radius):
    X = np.asarray(X, dtype=float)
    out = np.empty_like(X)
    for k, row in enumerate(X):
        n = np.sqrt(np.sum(row * row))
        out[k] = row if n <= radius else row * (radius / n)
    return out
''',
        "review: einsum row lengths, np.where": '''
def project_l2_ball(X, radius):
    X = np.asarray(X, dtype=float)
    lengths = np.sqrt(np.einsum("ij,ij->i", X, X))[:, None]
    safe = np.where(lengths > 0, lengths, 1.0)
    return np.where(lengths > radius, X * (radius / safe), X)
''',
    },
    "ex_max_entropy_distribution": {
        "bisection on theta with log-sum-exp": '''
def max_entropy_distribution(values, mean):
    v = np.asarray(values, dtype=float)
    def p_of(theta):
        z = theta * v
        return np.exp(z - scipy.special.logsumexp(z))
    spread = v.max() - v.min()
    lo, hi = -1.0 / spread, 1.0 / spread
    while p_of(lo) @ v > mean:
        lo *= 2
    while p_of(hi) @ v < mean:
        hi *= 2
    for _ in range(2000):
        mid = 0.5 * (lo + hi)
        if mid == lo or mid == hi:
            break
        if p_of(mid) @ v < mean:
            lo = mid
        else:
            hi = mid
    return p_of(0.5 * (lo + hi))
''',
        "safeguarded Newton on the dual": '''
def max_entropy_distribution(values, mean):
    v = np.asarray(values, dtype=np.float64)
    c = (v - mean) / (v.max() - v.min())       # centred at the target mean, unit spread
    def prob(theta):
        z = theta * c
        e = np.exp(z - z.max())
        return e / e.sum()
    lo, hi = -1.0, 1.0
    while prob(lo) @ c > 0:
        lo *= 2
    while prob(hi) @ c < 0:
        hi *= 2
    theta = 0.5 * (lo + hi)
    for _ in range(200):
        p = prob(theta)
        m = p @ c
        if m > 0:
            hi = theta
        else:
            lo = theta
        var = p @ c**2 - m**2
        step = theta - m / var if var > 0 else 0.5 * (lo + hi)
        new = step if lo < step < hi else 0.5 * (lo + hi)
        if abs(new - theta) <= 1e-16 * max(1.0, abs(theta)):
            theta = new
            break
        theta = new
    return prob(theta)
''',
        "brentq with scipy.special.softmax, scaled values": '''
def max_entropy_distribution(values, mean):
    from scipy.special import softmax
    v = np.array(values, dtype=np.float64)
    s = v.max() - v.min()
    u, target = (v - v.min()) / s, (mean - v.min()) / s
    f = lambda th: softmax(th * u) @ u - target
    a, b = -1.0, 1.0
    while f(a) > 0:
        a *= 2
    while f(b) < 0:
        b *= 2
    theta = optimize.brentq(f, a, b, xtol=1e-300, rtol=1e-15, maxiter=1000)
    return softmax(theta * u)
''',
        "review: bisection by hand on theta": '''
def max_entropy_distribution(values, mean):
    v = np.asarray(values, dtype=np.float64)
    m = float(mean)
    def probs(th):
        z = th * v
        w = np.exp(z - z.max())
        return w / w.sum()
    s = 1.0 / (v.max() - v.min())
    lo, hi = -s, s
    while probs(lo) @ v > m:
        lo *= 2
    while probs(hi) @ v < m:
        hi *= 2
    for _ in range(300):
        mid = 0.5 * (lo + hi)
        if mid == lo or mid == hi:
            break
        if probs(mid) @ v < m:
            lo = mid
        else:
            hi = mid
    return probs(0.5 * (lo + hi))
''',
        "review: centred and scaled values, root_scalar": '''
def max_entropy_distribution(values, mean):
    v = np.array(values, dtype=np.float64)
    centre, width = v.mean(), v.max() - v.min()
    u = (v - centre) / width
    target = (float(mean) - centre) / width
    def sm(th):
        z = th * u
        e = np.exp(z - z.max())
        return e / e.sum()
    lo, hi = -1.0, 1.0
    while sm(lo) @ u > target:
        lo *= 2
    while sm(hi) @ u < target:
        hi *= 2
    th = optimize.root_scalar(lambda th: sm(th) @ u - target, bracket=[lo, hi], method="brentq",
                              xtol=1e-300, rtol=1e-15).root
    return sm(th)
''',
    },
}

WRONG = {
    "ex_quadratic_is_convex": {
        "absolute tolerance on the smallest eigenvalue": '''
def quadratic_is_convex(A, tol=1e-10):
    A = np.asarray(A, dtype=float)
    lam = np.linalg.eigvalsh(A + A.T)
    return bool(lam.min() >= -tol)
''',
        "eigvalsh of A itself": '''
def quadratic_is_convex(A, tol=1e-10):
    lam = np.linalg.eigvalsh(np.asarray(A, dtype=float))
    return bool(lam.min() >= -tol * np.abs(lam).max())
''',
        "eigenvalues of the non-symmetric A": '''
def quadratic_is_convex(A, tol=1e-10):
    lam = np.linalg.eigvals(np.asarray(A, dtype=float))
    return bool(np.all(lam.real >= -tol))
''',
        "asks for positive definiteness": '''
def quadratic_is_convex(A, tol=1e-10):
    A = np.asarray(A, dtype=float)
    lam = np.linalg.eigvalsh(A + A.T)
    return bool(lam.min() > tol * np.abs(lam).max())
''',
        "compares with exactly zero": '''
def quadratic_is_convex(A, tol=1e-10):
    A = np.asarray(A, dtype=float)
    return bool(np.linalg.eigvalsh(A + A.T).min() >= 0)
''',
        "determinant and trace (right only in 2-D)": '''
def quadratic_is_convex(A, tol=1e-10):
    A = np.asarray(A, dtype=float)
    H = A + A.T
    return bool(np.linalg.det(H) >= -tol and np.trace(H) >= -tol)
''',
        "symmetrises in place": '''
def quadratic_is_convex(A, tol=1e-10):
    A = np.asarray(A, dtype=float)
    A += A.T
    lam = np.linalg.eigvalsh(A)
    return bool(lam[0] >= -tol * np.abs(lam).max())
''',
        "non-negative diagonal": '''
def quadratic_is_convex(A, tol=1e-10):
    return bool(np.all(np.diag(np.asarray(A, dtype=float)) >= -tol))
''',
        "review: absolute tolerance": '''
def quadratic_is_convex(A, tol=1e-10):
    M = np.asarray(A, dtype=float)
    return bool(np.linalg.eigvalsh(M + M.T).min() >= -tol)
''',
        "review: eigvalsh(A) reading the upper triangle only": '''
def quadratic_is_convex(A, tol=1e-10):
    M = np.asarray(A, dtype=float)
    lam = np.linalg.eigvalsh(M, UPLO="U")
    return bool(lam.min() >= -tol * np.abs(lam).max())
''',
        "review: float32 eigenvalues": '''
def quadratic_is_convex(A, tol=1e-10):
    M = np.asarray(A, dtype=np.float32)
    lam = np.linalg.eigvalsh(M + M.T)
    return bool(lam.min() >= -tol * np.abs(lam).max())
''',
        "review: leading principal minors (Sylvester)": '''
def quadratic_is_convex(A, tol=1e-10):
    M = np.asarray(A, dtype=float)
    H = M + M.T
    scale = np.abs(H).max()
    if scale == 0:
        return True
    H = H / scale
    return all(np.linalg.det(H[:k, :k]) >= -tol for k in range(1, len(H) + 1))
''',
        "review: symmetrises in place": '''
def quadratic_is_convex(A, tol=1e-10):
    M = np.asarray(A, dtype=np.float64)
    M += M.T
    lam = np.linalg.eigvalsh(M)
    return bool(lam.min() >= -tol * np.abs(lam).max())
''',
        "review: trace-relative tolerance": '''
def quadratic_is_convex(A, tol=1e-10):
    M = np.asarray(A, dtype=float)
    H = M + M.T
    lam = np.linalg.eigvalsh(H)
    return bool(lam.min() >= -tol * abs(np.trace(H)))
''',
        "review: Cholesky of the Hessian": '''
def quadratic_is_convex(A, tol=1e-10):
    M = np.asarray(A, dtype=float)
    H = M + M.T
    try:
        np.linalg.cholesky(H + tol * np.abs(H).max() * np.eye(len(H)))
        return True
    except np.linalg.LinAlgError:
        return False
''',
    },
    "ex_chord_gaps": {
        "f evaluated on float32 points": '''
def chord_gaps(f, X, Y, t):
    X, Y, t = np.asarray(X), np.asarray(Y), np.asarray(t)
    return np.array([t[k] * f(X[k]) + (1 - t[k]) * f(Y[k]) - f(t[k] * X[k] + (1 - t[k]) * Y[k])
                     for k in range(len(t))])
''',
        "absolute value of the gaps": '''
def chord_gaps(f, X, Y, t):
    X, Y, t = (np.asarray(v, dtype=float) for v in (X, Y, t))
    gaps = [tk * f(x) + (1 - tk) * f(y) - f(tk * x + (1 - tk) * y) for x, y, tk in zip(X, Y, t)]
    return np.abs(np.array(gaps))
''',
        "returns a list": '''
def chord_gaps(f, X, Y, t):
    X, Y, t = (np.asarray(v, dtype=float) for v in (X, Y, t))
    return [tk * f(x) + (1 - tk) * f(y) - f(tk * x + (1 - tk) * y) for x, y, tk in zip(X, Y, t)]
''',
        "weights swapped on the chord": '''
def chord_gaps(f, X, Y, t):
    X, Y, t = (np.asarray(v, dtype=float) for v in (X, Y, t))
    return np.array([(1 - tk) * f(x) + tk * f(y) - f(tk * x + (1 - tk) * y) for x, y, tk in zip(X, Y, t)])
''',
        "weights swapped inside f": '''
def chord_gaps(f, X, Y, t):
    X, Y, t = (np.asarray(v, dtype=float) for v in (X, Y, t))
    return np.array([tk * f(x) + (1 - tk) * f(y) - f((1 - tk) * x + tk * y) for x, y, tk in zip(X, Y, t)])
''',
        "midpoint only": '''
def chord_gaps(f, X, Y, t):
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    return np.array([0.5 * f(x) + 0.5 * f(y) - f(0.5 * (x + y)) for x, y in zip(X, Y)])
''',
        "moves the end point in place": '''
def chord_gaps(f, X, Y, t):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    out = []
    for k in range(len(t)):
        fx, fy = f(X[k]), f(Y[k])
        X[k] *= t[k]
        X[k] += (1 - t[k]) * Y[k]
        out.append(t[k] * fx + (1 - t[k]) * fy - f(X[k]))
    return np.array(out)
''',
        "f applied to the whole batch": '''
def chord_gaps(f, X, Y, t):
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    t = np.asarray(t, dtype=float)[:, None]
    return (t * f(X) + (1 - t) * f(Y) - f(t * X + (1 - t) * Y)).ravel()
''',
        "review: no float64 conversion (f sees the input dtype)": '''
def chord_gaps(f, X, Y, t):
    X = np.asarray(X); Y = np.asarray(Y); t = np.asarray(t)
    return np.array([t[k] * f(X[k]) + (1 - t[k]) * f(Y[k]) - f(t[k] * X[k] + (1 - t[k]) * Y[k])
                     for k in range(len(t))])
''',
        "review: float32 arithmetic": '''
def chord_gaps(f, X, Y, t):
    X = np.asarray(X, dtype=np.float32); Y = np.asarray(Y, dtype=np.float32); t = np.asarray(t, dtype=np.float32)
    return np.array([t[k] * f(X[k]) + (1 - t[k]) * f(Y[k]) - f(t[k] * X[k] + (1 - t[k]) * Y[k])
                     for k in range(len(t))], dtype=np.float32)
''',
        "review: weights swapped on the chord": '''
def chord_gaps(f, X, Y, t):
    X = np.asarray(X, dtype=float); Y = np.asarray(Y, dtype=float); t = np.asarray(t, dtype=float)
    return np.array([(1 - t[k]) * f(X[k]) + t[k] * f(Y[k]) - f(t[k] * X[k] + (1 - t[k]) * Y[k])
                     for k in range(len(t))])
''',
        "review: scales X in place": '''
def chord_gaps(f, X, Y, t):
    X = np.asarray(X, dtype=float); Y = np.asarray(Y, dtype=float); t = np.asarray(t, dtype=float)
    fx = np.array([f(x) for x in X]); fy = np.array([f(y) for y in Y])
    X *= t[:, None]
    X += (1 - t[:, None]) * Y
    return t * fx + (1 - t) * fy - np.array([f(z) for z in X])
''',
        "review: calls f on (1, d) slices": '''
def chord_gaps(f, X, Y, t):
    X = np.asarray(X, dtype=float); Y = np.asarray(Y, dtype=float); t = np.asarray(t, dtype=float)
    out = np.zeros(len(t))
    for k in range(len(t)):
        x, y = X[k:k + 1], Y[k:k + 1]
        out[k] = np.squeeze(t[k] * f(x) + (1 - t[k]) * f(y) - f(t[k] * x + (1 - t[k]) * y))
    return out
''',
        "review: returns a list": '''
def chord_gaps(f, X, Y, t):
    X = np.asarray(X, dtype=float); Y = np.asarray(Y, dtype=float); t = np.asarray(t, dtype=float)
    return [t[k] * f(X[k]) + (1 - t[k]) * f(Y[k]) - f(t[k] * X[k] + (1 - t[k]) * Y[k]) for k in range(len(t))]
''',
    },
    "ex_equality_qp": {
        "eliminates x with the inverse of Q": '''
def equality_qp(Q, c, A, b):
    Q, c, A, b = (np.asarray(v, dtype=float) for v in (Q, c, A, b))
    Qi = np.linalg.inv(Q)
    nu = np.linalg.solve(A @ Qi @ A.T, -(b + A @ Qi @ c))
    x = -Qi @ (c + A.T @ nu)
    return x, nu
''',
        "ignores c on the right-hand side": '''
def equality_qp(Q, c, A, b):
    Q, A, b = (np.asarray(v, dtype=float) for v in (Q, A, b))
    m, n = A.shape
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    sol = np.linalg.solve(K, np.concatenate([np.zeros(n), b]))
    return sol[:n], sol[n:]
''',
        "+c instead of -c on the right-hand side": '''
def equality_qp(Q, c, A, b):
    Q, c, A, b = (np.asarray(v, dtype=float) for v in (Q, c, A, b))
    m, n = A.shape
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    sol = np.linalg.solve(K, np.concatenate([c, b]))
    return sol[:n], sol[n:]
''',
        "solves in float32": '''
def equality_qp(Q, c, A, b):
    Q, c, A, b = (np.asarray(v, dtype=np.float32) for v in (Q, c, A, b))
    m, n = A.shape
    K = np.block([[Q, A.T], [A, np.zeros((m, m), dtype=np.float32)]])
    sol = np.linalg.solve(K, np.concatenate([-c, b]))
    return sol[:n], sol[n:]
''',
        "multiplier sign flipped": '''
def equality_qp(Q, c, A, b):
    Q, c, A, b = (np.asarray(v, dtype=float) for v in (Q, c, A, b))
    m, n = A.shape
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    sol = np.linalg.solve(K, np.concatenate([-c, b]))
    return sol[:n], -sol[n:]
''',
        "minimum-norm feasible point instead of the minimiser": '''
def equality_qp(Q, c, A, b):
    A, b = np.asarray(A, dtype=float), np.asarray(b, dtype=float)
    x = np.linalg.pinv(A) @ b
    nu = np.linalg.lstsq(A.T, -(np.asarray(Q, dtype=float) @ x + np.asarray(c, dtype=float)), rcond=None)[0]
    return x, nu
''',
        "lists not converted": '''
def equality_qp(Q, c, A, b):
    m, n = len(b), len(c)
    K = np.block([[Q, np.transpose(A)], [A, np.zeros((m, m))]])
    sol = np.linalg.solve(K, np.concatenate([-c, b]))
    return sol[:n], sol[n:]
''',
        "review: eliminates x with Q^-1 (needs Q invertible)": '''
def equality_qp(Q, c, A, b):
    Q = np.asarray(Q, float); c = np.asarray(c, float); A = np.asarray(A, float); b = np.asarray(b, float)
    Qi_c = np.linalg.solve(Q, c)
    Qi_At = np.linalg.solve(Q, A.T)
    nu = np.linalg.solve(A @ Qi_At, -(b + A @ Qi_c))
    x = -(Qi_c + Qi_At @ nu)
    return x, nu
''',
        "review: one constraint hard-coded": '''
def equality_qp(Q, c, A, b):
    Q = np.asarray(Q, float); c = np.asarray(c, float); A = np.asarray(A, float); b = np.asarray(b, float)
    n = len(c)
    K = np.block([[Q, A.T], [A, np.zeros((1, 1))]])
    sol = np.linalg.solve(K, np.concatenate([-c, b]))
    return sol[:n], sol[n:]
''',
        "review: float32 solve": '''
def equality_qp(Q, c, A, b):
    Q = np.asarray(Q, np.float32); c = np.asarray(c, np.float32); A = np.asarray(A, np.float32); b = np.asarray(b, np.float32)
    m, n = A.shape
    sol = np.linalg.solve(np.block([[Q, A.T], [A, np.zeros((m, m), np.float32)]]), np.concatenate([-c, b]))
    return sol[:n], sol[n:]
''',
        "review: negates c in place": '''
def equality_qp(Q, c, A, b):
    Q = np.asarray(Q, float); c = np.asarray(c, float); A = np.asarray(A, float); b = np.asarray(b, float)
    m, n = A.shape
    c *= -1
    sol = np.linalg.solve(np.block([[Q, A.T], [A, np.zeros((m, m))]]), np.concatenate([c, b]))
    return sol[:n], sol[n:]
''',
        "review: multipliers with the other sign": '''
def equality_qp(Q, c, A, b):
    Q = np.asarray(Q, float); c = np.asarray(c, float); A = np.asarray(A, float); b = np.asarray(b, float)
    m, n = A.shape
    sol = np.linalg.solve(np.block([[Q, -A.T], [A, np.zeros((m, m))]]), np.concatenate([-c, b]))
    return sol[:n], sol[n:]
''',
        "review: pinv of Q for the elimination": '''
def equality_qp(Q, c, A, b):
    Q = np.asarray(Q, float); c = np.asarray(c, float); A = np.asarray(A, float); b = np.asarray(b, float)
    Qp = np.linalg.pinv(Q)
    nu = np.linalg.solve(A @ Qp @ A.T, -(b + A @ Qp @ c))
    return -Qp @ (c + A.T @ nu), nu
''',
    },
    "ex_value_change": {
        "optimal value without the linear term": '''
def value_change(Q, c, A, b, delta_b):
    Q = np.asarray(Q, dtype=float)
    b, d = np.asarray(b, dtype=float), np.asarray(delta_b, dtype=float)
    x0, nu0 = equality_qp(Q, c, A, b)
    x1, _ = equality_qp(Q, c, A, b + d)
    return np.array([0.5 * x1 @ Q @ x1 - 0.5 * x0 @ Q @ x0, -nu0 @ d])
''',
        "prediction with +nu": '''
def value_change(Q, c, A, b, delta_b):
    Q, c = np.asarray(Q, dtype=float), np.asarray(c, dtype=float)
    b, d = np.asarray(b, dtype=float), np.asarray(delta_b, dtype=float)
    p = lambda x: 0.5 * x @ Q @ x + c @ x
    x0, nu0 = equality_qp(Q, c, A, b)
    x1, _ = equality_qp(Q, c, A, b + d)
    return np.array([p(x1) - p(x0), nu0 @ d])
''',
        "forgets the 1/2": '''
def value_change(Q, c, A, b, delta_b):
    Q, c = np.asarray(Q, dtype=float), np.asarray(c, dtype=float)
    b, d = np.asarray(b, dtype=float), np.asarray(delta_b, dtype=float)
    p = lambda x: x @ Q @ x + c @ x
    x0, nu0 = equality_qp(Q, c, A, b)
    x1, _ = equality_qp(Q, c, A, b + d)
    return np.array([p(x1) - p(x0), -nu0 @ d])
''',
        "prediction from the multipliers at b + delta_b": '''
def value_change(Q, c, A, b, delta_b):
    Q, c = np.asarray(Q, dtype=float), np.asarray(c, dtype=float)
    b, d = np.asarray(b, dtype=float), np.asarray(delta_b, dtype=float)
    p = lambda x: 0.5 * x @ Q @ x + c @ x
    x0, _ = equality_qp(Q, c, A, b)
    x1, nu1 = equality_qp(Q, c, A, b + d)
    return np.array([p(x1) - p(x0), -nu1 @ d])
''',
        "returns a tuple": '''
def value_change(Q, c, A, b, delta_b):
    Q, c = np.asarray(Q, dtype=float), np.asarray(c, dtype=float)
    b, d = np.asarray(b, dtype=float), np.asarray(delta_b, dtype=float)
    p = lambda x: 0.5 * x @ Q @ x + c @ x
    x0, nu0 = equality_qp(Q, c, A, b)
    x1, _ = equality_qp(Q, c, A, b + d)
    return p(x1) - p(x0), -nu0 @ d
''',
        "moves b in place": '''
def value_change(Q, c, A, b, delta_b):
    Q, c = np.asarray(Q, dtype=float), np.asarray(c, dtype=float)
    b = np.asarray(b, dtype=float)
    p = lambda x: 0.5 * x @ Q @ x + c @ x
    x0, nu0 = equality_qp(Q, c, A, b)
    predicted = -nu0 @ delta_b
    before = p(x0)
    b += delta_b
    x1, _ = equality_qp(Q, c, A, b)
    return np.array([p(x1) - before, predicted])
''',
        "computes in float32": '''
def value_change(Q, c, A, b, delta_b):
    Q, c = np.asarray(Q, dtype=np.float32), np.asarray(c, dtype=np.float32)
    b, d = np.asarray(b, dtype=np.float32), np.asarray(delta_b, dtype=np.float32)
    A = np.asarray(A, dtype=np.float32)
    m, n = A.shape
    K = np.block([[Q, A.T], [A, np.zeros((m, m), dtype=np.float32)]])
    s0 = np.linalg.solve(K, np.concatenate([-c, b]))
    s1 = np.linalg.solve(K, np.concatenate([-c, b + d]))
    p = lambda x: 0.5 * x @ Q @ x + c @ x
    return np.array([p(s1[:n]) - p(s0[:n]), -s0[n:] @ d])
''',
        "review: forgets the linear term c^T x in the value": '''
def value_change(Q, c, A, b, delta_b):
    Q = np.asarray(Q, float); b = np.asarray(b, float); db = np.asarray(delta_b, float)
    x0, nu0 = equality_qp(Q, c, A, b)
    x1, _ = equality_qp(Q, c, A, b + db)
    return np.array([0.5 * x1 @ Q @ x1 - 0.5 * x0 @ Q @ x0, -nu0 @ db])
''',
        "review: moves b in place": '''
def value_change(Q, c, A, b, delta_b):
    Q = np.asarray(Q, float); c = np.asarray(c, float); b = np.asarray(b, float); db = np.asarray(delta_b, float)
    x0, nu0 = equality_qp(Q, c, A, b)
    p0 = 0.5 * x0 @ Q @ x0 + c @ x0
    pred = -nu0 @ db
    b += db
    x1, _ = equality_qp(Q, c, A, b)
    return np.array([0.5 * x1 @ Q @ x1 + c @ x1 - p0, pred])
''',
        "review: one constraint assumed in the prediction": '''
def value_change(Q, c, A, b, delta_b):
    Q = np.asarray(Q, float); c = np.asarray(c, float); b = np.asarray(b, float); db = np.asarray(delta_b, float)
    x0, nu0 = equality_qp(Q, c, A, b)
    x1, _ = equality_qp(Q, c, A, b + db)
    val = lambda x: 0.5 * x @ Q @ x + c @ x
    return np.array([val(x1) - val(x0), -nu0[0] * db[0]])
''',
        "review: float32 values": '''
def value_change(Q, c, A, b, delta_b):
    Q = np.asarray(Q, np.float32); c = np.asarray(c, np.float32); b = np.asarray(b, np.float32); db = np.asarray(delta_b, np.float32)
    x0, nu0 = equality_qp(Q, c, A, b)
    x1, _ = equality_qp(Q, c, A, b + db)
    x0, x1, nu0 = x0.astype(np.float32), x1.astype(np.float32), nu0.astype(np.float32)
    val = lambda x: 0.5 * x @ Q @ x + c @ x
    return np.array([val(x1) - val(x0), -nu0 @ db])
''',
        "review: multipliers of the moved problem": '''
def value_change(Q, c, A, b, delta_b):
    Q = np.asarray(Q, float); c = np.asarray(c, float); b = np.asarray(b, float); db = np.asarray(delta_b, float)
    x0, _ = equality_qp(Q, c, A, b)
    x1, nu1 = equality_qp(Q, c, A, b + db)
    val = lambda x: 0.5 * x @ Q @ x + c @ x
    return np.array([val(x1) - val(x0), -nu1 @ db])
''',
        "review: value without the 1/2": '''
def value_change(Q, c, A, b, delta_b):
    Q = np.asarray(Q, float); c = np.asarray(c, float); b = np.asarray(b, float); db = np.asarray(delta_b, float)
    x0, nu0 = equality_qp(Q, c, A, b)
    x1, _ = equality_qp(Q, c, A, b + db)
    val = lambda x: x @ Q @ x + c @ x
    return np.array([val(x1) - val(x0), -nu0 @ db])
''',
    },
    "ex_qp_one_inequality": {
        "returns mu as an array of shape (1,)": '''
def qp_one_inequality(Q, c, a, beta):
    Q, c, a = (np.asarray(v, dtype=float) for v in (Q, c, a))
    xu = np.linalg.solve(Q, -c)
    if a @ xu <= beta:
        return xu, np.zeros(1)
    x, nu = equality_qp(Q, c, a[None, :], np.array([beta], dtype=float))
    return x, nu
''',
        "always treats the constraint as active": '''
def qp_one_inequality(Q, c, a, beta):
    a = np.asarray(a, dtype=float)
    x, nu = equality_qp(Q, c, a[None, :], np.array([beta], dtype=float))
    return x, float(nu[0])
''',
        "multiplier sign flipped": '''
def qp_one_inequality(Q, c, a, beta):
    Q, c, a = (np.asarray(v, dtype=float) for v in (Q, c, a))
    xu = np.linalg.solve(Q, -c)
    if a @ xu <= beta:
        return xu, 0.0
    x, nu = equality_qp(Q, c, a[None, :], np.array([beta], dtype=float))
    return x, -float(nu[0])
''',
        "feasibility test reversed": '''
def qp_one_inequality(Q, c, a, beta):
    Q, c, a = (np.asarray(v, dtype=float) for v in (Q, c, a))
    xu = np.linalg.solve(Q, -c)
    if a @ xu >= beta:
        return xu, 0.0
    x, nu = equality_qp(Q, c, a[None, :], np.array([beta], dtype=float))
    return x, float(nu[0])
''',
        "clips mu at zero but keeps the active x": '''
def qp_one_inequality(Q, c, a, beta):
    a = np.asarray(a, dtype=float)
    x, nu = equality_qp(Q, c, a[None, :], np.array([beta], dtype=float))
    return x, max(0.0, float(nu[0]))
''',
        "computes in float32": '''
def qp_one_inequality(Q, c, a, beta):
    Q, c, a = (np.asarray(v, dtype=np.float32) for v in (Q, c, a))
    xu = np.linalg.solve(Q, -c)
    if a @ xu <= beta:
        return xu, 0.0
    w = np.linalg.solve(Q, a)
    mu = (a @ xu - beta) / (a @ w)
    return xu - mu * w, float(mu)
''',
        "lists not converted": '''
def qp_one_inequality(Q, c, a, beta):
    xu = np.linalg.solve(Q, -c)
    if a @ xu <= beta:
        return xu, 0.0
    w = np.linalg.solve(Q, a)
    mu = (a @ xu - beta) / (a @ w)
    return xu - mu * w, float(mu)
''',
        "review: absolute threshold on the multiplier": '''
def qp_one_inequality(Q, c, a, beta):
    Q = np.asarray(Q, float); c = np.asarray(c, float); a = np.asarray(a, float)
    xu = np.linalg.solve(Q, -c)
    Qia = np.linalg.solve(Q, a)
    mu = (a @ xu - beta) / (a @ Qia)
    if mu < 1e-9:
        return xu, 0.0
    return xu - mu * Qia, float(mu)
''',
        "review: Q treated as a multiple of the identity": '''
def qp_one_inequality(Q, c, a, beta):
    Q = np.asarray(Q, float); c = np.asarray(c, float); a = np.asarray(a, float)
    q = Q[0, 0]
    xu = -c / q
    viol = a @ xu - beta
    if viol <= 0:
        return xu, 0.0
    return xu - viol * a / (a @ a), float(q * viol / (a @ a))
''',
        "review: diagonal of Q only": '''
def qp_one_inequality(Q, c, a, beta):
    Q = np.asarray(Q, float); c = np.asarray(c, float); a = np.asarray(a, float)
    d = np.diag(Q)
    xu = -c / d
    if a @ xu <= beta:
        return xu, 0.0
    mu = (a @ xu - beta) / (a @ (a / d))
    return xu - mu * a / d, float(mu)
''',
        "review: float32": '''
def qp_one_inequality(Q, c, a, beta):
    Q = np.asarray(Q, np.float32); c = np.asarray(c, np.float32); a = np.asarray(a, np.float32)
    xu = np.linalg.solve(Q, -c)
    if a @ xu <= beta:
        return xu, 0.0
    Qia = np.linalg.solve(Q, a)
    mu = (a @ xu - np.float32(beta)) / (a @ Qia)
    return xu - mu * Qia, mu
''',
        "review: mu as a length-1 array": '''
def qp_one_inequality(Q, c, a, beta):
    Q = np.asarray(Q, float); c = np.asarray(c, float); a = np.asarray(a, float)
    xu = np.linalg.solve(Q, -c)
    if a @ xu <= beta:
        return xu, np.zeros(1)
    x, nu = equality_qp(Q, c, a[None, :], np.array([beta], dtype=float))
    return x, nu
''',
        "review: negates c in place": '''
def qp_one_inequality(Q, c, a, beta):
    Q = np.asarray(Q, float); c = np.asarray(c, float); a = np.asarray(a, float)
    c *= -1.0
    xu = np.linalg.solve(Q, c)
    if a @ xu <= beta:
        return xu, 0.0
    Qia = np.linalg.solve(Q, a)
    mu = (a @ xu - beta) / (a @ Qia)
    return xu - mu * Qia, float(mu)
''',
        "review: always active, multiplier clipped at 0": '''
def qp_one_inequality(Q, c, a, beta):
    x, nu = equality_qp(Q, c, np.asarray(a, float)[None, :], np.array([beta], float))
    return x, max(0.0, float(nu[0]))
''',
    },
    "ex_kkt_status": {
        "Euclidean norm for the stationarity residual": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    grad_f, g, G, mu = (np.asarray(v, dtype=float) for v in (grad_f, g, G, mu))
    if np.any(g > tol):
        return "primal feasibility"
    if np.any(mu < -tol):
        return "dual feasibility"
    if np.any(np.abs(mu * g) > tol):
        return "complementary slackness"
    if np.linalg.norm(grad_f + G.T @ mu) > tol:
        return "stationarity"
    return "satisfied"
''',
        "G mu instead of G^T mu": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    grad_f, g, G, mu = (np.asarray(v, dtype=float) for v in (grad_f, g, G, mu))
    if np.any(g > tol):
        return "primal feasibility"
    if np.any(mu < -tol):
        return "dual feasibility"
    if np.any(np.abs(mu * g) > tol):
        return "complementary slackness"
    if np.max(np.abs(grad_f + G @ mu)) > tol:
        return "stationarity"
    return "satisfied"
''',
        "complementary slackness before dual feasibility": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    grad_f, g, G, mu = (np.asarray(v, dtype=float) for v in (grad_f, g, G, mu))
    if np.any(g > tol):
        return "primal feasibility"
    if np.any(np.abs(mu * g) > tol):
        return "complementary slackness"
    if np.any(mu < -tol):
        return "dual feasibility"
    if np.max(np.abs(grad_f + G.T @ mu)) > tol:
        return "stationarity"
    return "satisfied"
''',
        "every constraint must be active": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    grad_f, g, G, mu = (np.asarray(v, dtype=float) for v in (grad_f, g, G, mu))
    if np.any(np.abs(g) > tol):
        return "primal feasibility"
    if np.any(mu < -tol):
        return "dual feasibility"
    if np.any(np.abs(mu * g) > tol):
        return "complementary slackness"
    if np.max(np.abs(grad_f + G.T @ mu)) > tol:
        return "stationarity"
    return "satisfied"
''',
        "stationarity with a minus sign": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    grad_f, g, G, mu = (np.asarray(v, dtype=float) for v in (grad_f, g, G, mu))
    if np.any(g > tol):
        return "primal feasibility"
    if np.any(mu < -tol):
        return "dual feasibility"
    if np.any(np.abs(mu * g) > tol):
        return "complementary slackness"
    if np.max(np.abs(grad_f - G.T @ mu)) > tol:
        return "stationarity"
    return "satisfied"
''',
        "ignores the tolerance": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    grad_f, g, G, mu = (np.asarray(v, dtype=float) for v in (grad_f, g, G, mu))
    if np.any(g > 0):
        return "primal feasibility"
    if np.any(mu < 0):
        return "dual feasibility"
    if np.any(mu * g != 0):
        return "complementary slackness"
    if np.any(grad_f + G.T @ mu != 0):
        return "stationarity"
    return "satisfied"
''',
        "demands mu > 0 on every active constraint": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    grad_f, g, G, mu = (np.asarray(v, dtype=float) for v in (grad_f, g, G, mu))
    if np.any(g > tol):
        return "primal feasibility"
    if np.any(mu < -tol):
        return "dual feasibility"
    active = np.abs(g) <= tol
    if np.any(np.abs(mu * g) > tol) or np.any(mu[active] <= tol):
        return "complementary slackness"
    if np.max(np.abs(grad_f + G.T @ mu)) > tol:
        return "stationarity"
    return "satisfied"
''',
        "np.allclose for stationarity (adds a relative tolerance)": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    grad_f, g, G, mu = (np.asarray(v, dtype=float) for v in (grad_f, g, G, mu))
    if np.any(g > tol):
        return "primal feasibility"
    if np.any(mu < -tol):
        return "dual feasibility"
    if np.any(np.abs(mu * g) > tol):
        return "complementary slackness"
    if not np.allclose(grad_f, -G.T @ mu, atol=tol):
        return "stationarity"
    return "satisfied"
''',
        "stationarity checked first": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    grad_f, g, G, mu = (np.asarray(v, dtype=float) for v in (grad_f, g, G, mu))
    if np.max(np.abs(grad_f + G.T @ mu)) > tol:
        return "stationarity"
    if np.any(g > tol):
        return "primal feasibility"
    if np.any(mu < -tol):
        return "dual feasibility"
    if np.any(np.abs(mu * g) > tol):
        return "complementary slackness"
    return "satisfied"
''',
        "review: dual feasibility checked before primal": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    grad_f, g, G, mu = (np.asarray(v, dtype=float) for v in (grad_f, g, G, mu))
    if np.any(mu < -tol):
        return "dual feasibility"
    if np.any(g > tol):
        return "primal feasibility"
    if np.any(np.abs(mu * g) > tol):
        return "complementary slackness"
    if np.max(np.abs(grad_f + G.T @ mu)) > tol:
        return "stationarity"
    return "satisfied"
''',
        "review: Euclidean norm for stationarity": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    grad_f, g, G, mu = (np.asarray(v, dtype=float) for v in (grad_f, g, G, mu))
    if np.any(g > tol):
        return "primal feasibility"
    if np.any(mu < -tol):
        return "dual feasibility"
    if np.any(np.abs(mu * g) > tol):
        return "complementary slackness"
    if np.linalg.norm(grad_f + G.T @ mu) > tol:
        return "stationarity"
    return "satisfied"
''',
        "review: tolerance ignored in the feasibility tests": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    grad_f, g, G, mu = (np.asarray(v, dtype=float) for v in (grad_f, g, G, mu))
    if np.any(g > 0):
        return "primal feasibility"
    if np.any(mu < 0):
        return "dual feasibility"
    if np.any(np.abs(mu * g) > tol):
        return "complementary slackness"
    if np.max(np.abs(grad_f + G.T @ mu)) > tol:
        return "stationarity"
    return "satisfied"
''',
        "review: float32": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    grad_f, g, G, mu = (np.asarray(v, dtype=np.float32) for v in (grad_f, g, G, mu))
    if np.any(g > tol):
        return "primal feasibility"
    if np.any(mu < -tol):
        return "dual feasibility"
    if np.any(np.abs(mu * g) > tol):
        return "complementary slackness"
    if np.max(np.abs(grad_f + G.T @ mu)) > tol:
        return "stationarity"
    return "satisfied"
''',
        "review: zeroes tiny multipliers in place": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    grad_f = np.asarray(grad_f, float); g = np.asarray(g, float); G = np.asarray(G, float); mu = np.asarray(mu, float)
    mu[np.abs(mu) <= tol] = 0.0
    if np.any(g > tol):
        return "primal feasibility"
    if np.any(mu < -tol):
        return "dual feasibility"
    if np.any(np.abs(mu * g) > tol):
        return "complementary slackness"
    if np.max(np.abs(grad_f + G.T @ mu)) > tol:
        return "stationarity"
    return "satisfied"
''',
        "review: complementary slackness on the sum": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    grad_f, g, G, mu = (np.asarray(v, dtype=float) for v in (grad_f, g, G, mu))
    if np.any(g > tol):
        return "primal feasibility"
    if np.any(mu < -tol):
        return "dual feasibility"
    if abs(np.sum(mu * g)) > tol:
        return "complementary slackness"
    if np.max(np.abs(grad_f + G.T @ mu)) > tol:
        return "stationarity"
    return "satisfied"
''',
        "review: stationarity with G mu (gradients as columns) when square": '''
def kkt_status(grad_f, g, G, mu, tol=1e-8):
    grad_f, g, G, mu = (np.asarray(v, dtype=float) for v in (grad_f, g, G, mu))
    if np.any(g > tol):
        return "primal feasibility"
    if np.any(mu < -tol):
        return "dual feasibility"
    if np.any(np.abs(mu * g) > tol):
        return "complementary slackness"
    force = mu @ G if G.shape[0] != G.shape[1] else G @ mu
    if np.max(np.abs(grad_f + force)) > tol:
        return "stationarity"
    return "satisfied"
''',
    },
    "ex_project_l2_ball": {
        "adds an epsilon to the length": '''
def project_l2_ball(X, radius):
    X = np.asarray(X, dtype=float)
    lengths = np.linalg.norm(X, axis=1, keepdims=True)
    return X * np.minimum(1.0, radius / (lengths + 1e-12))
''',
        "normalises every row": '''
def project_l2_ball(X, radius):
    X = np.asarray(X, dtype=float)
    lengths = np.linalg.norm(X, axis=1, keepdims=True)
    return radius * X / np.where(lengths > 0, lengths, 1.0)
''',
        "column lengths": '''
def project_l2_ball(X, radius):
    X = np.asarray(X, dtype=float)
    lengths = np.linalg.norm(X, axis=0, keepdims=True)
    return np.where(lengths > radius, radius * X / np.where(lengths > 0, lengths, 1.0), X)
''',
        "computes in float32": '''
def project_l2_ball(X, radius):
    X = np.asarray(X, dtype=np.float32)
    lengths = np.linalg.norm(X, axis=1, keepdims=True)
    safe = np.where(lengths > 0, lengths, 1)
    return np.where(lengths > radius, X * (radius / safe), X)
''',
        "rescales in place": '''
def project_l2_ball(X, radius):
    X = np.asarray(X, dtype=float)
    lengths = np.linalg.norm(X, axis=1)
    outside = lengths > radius
    X[outside] *= (radius / lengths[outside])[:, None]
    return X
''',
        "clips every coordinate (a box, not a ball)": '''
def project_l2_ball(X, radius):
    return np.clip(np.asarray(X, dtype=float), -radius, radius)
''',
        "compares the squared length with the radius": '''
def project_l2_ball(X, radius):
    X = np.asarray(X, dtype=float)
    sq = np.sum(X**2, axis=1, keepdims=True)
    safe = np.where(sq > 0, np.sqrt(sq), 1.0)
    return np.where(sq > radius, X * radius / safe, X)
''',
        "review: epsilon in the length": '''
def project_l2_ball(X, radius):
    X = np.asarray(X, dtype=float)
    lengths = np.linalg.norm(X, axis=1, keepdims=True)
    return X * np.minimum(1.0, radius / (lengths + 1e-12))
''',
        "review: squared length compared with the radius": '''
def project_l2_ball(X, radius):
    X = np.asarray(X, dtype=float)
    sq = np.sum(X**2, axis=1, keepdims=True)
    return np.where(sq > radius, X * radius / np.sqrt(np.where(sq > 0, sq, 1.0)), X)
''',
        "review: float32": '''
def project_l2_ball(X, radius):
    X = np.asarray(X, dtype=np.float32)
    lengths = np.linalg.norm(X, axis=1, keepdims=True)
    return X * np.minimum(np.float32(1), np.float32(radius) / np.where(lengths > 0, lengths, np.float32(1)))
''',
        "review: rescales X in place": '''
def project_l2_ball(X, radius):
    X = np.asarray(X, dtype=float)
    lengths = np.linalg.norm(X, axis=1)
    for k in range(len(X)):
        if lengths[k] > radius:
            X[k] *= radius / lengths[k]
    return X
''',
        "review: copy keeps the integer dtype": '''
def project_l2_ball(X, radius):
    out = np.array(X)
    lengths = np.linalg.norm(out, axis=1)
    outside = lengths > radius
    out[outside] = out[outside] * (radius / lengths[outside])[:, None]
    return out
''',
    },
    "ex_max_entropy_distribution": {
        "fixed bracket for theta": '''
def max_entropy_distribution(values, mean):
    v = np.asarray(values, dtype=float)
    def p_of(theta):
        z = theta * v
        w = np.exp(z - z.max())
        return w / w.sum()
    theta = optimize.brentq(lambda th: p_of(th) @ v - mean, -50.0, 50.0, xtol=1e-300, rtol=1e-15)
    return p_of(theta)
''',
        "exponentials without the shift": '''
def max_entropy_distribution(values, mean):
    v = np.asarray(values, dtype=float)
    def p_of(theta):
        w = np.exp(theta * v)
        return w / w.sum()
    lo, hi = -1.0, 1.0
    while p_of(lo) @ v > mean:
        lo *= 2
    while p_of(hi) @ v < mean:
        hi *= 2
    theta = optimize.brentq(lambda th: p_of(th) @ v - mean, lo, hi, xtol=1e-300, rtol=1e-15)
    return p_of(theta)
''',
        "SLSQP on the entropy": '''
def max_entropy_distribution(values, mean):
    v = np.asarray(values, dtype=float)
    k = len(v)
    res = optimize.minimize(lambda p: np.sum(p * np.log(np.maximum(p, 1e-300))), np.full(k, 1.0 / k), method="SLSQP",
                            bounds=[(0.0, 1.0)] * k,
                            constraints=[{"type": "eq", "fun": lambda p: p.sum() - 1.0},
                                         {"type": "eq", "fun": lambda p: p @ v - mean}])
    return res.x
''',
        "forgets to normalise": '''
def max_entropy_distribution(values, mean):
    v = np.asarray(values, dtype=float)
    def p_of(theta):
        z = theta * v
        w = np.exp(z - z.max())
        return w / w.sum()
    lo, hi = -1.0, 1.0
    while p_of(lo) @ v > mean:
        lo *= 2
    while p_of(hi) @ v < mean:
        hi *= 2
    theta = optimize.brentq(lambda th: p_of(th) @ v - mean, lo, hi, xtol=1e-300, rtol=1e-15)
    z = theta * v
    return np.exp(z - z.max())
''',
        "sorts the values first": '''
def max_entropy_distribution(values, mean):
    v = np.sort(np.asarray(values, dtype=float))
    def p_of(theta):
        z = theta * v
        w = np.exp(z - z.max())
        return w / w.sum()
    lo, hi = -1.0 / (v[-1] - v[0]), 1.0 / (v[-1] - v[0])
    while p_of(lo) @ v > mean:
        lo *= 2
    while p_of(hi) @ v < mean:
        hi *= 2
    theta = optimize.brentq(lambda th: p_of(th) @ v - mean, lo, hi, xtol=1e-300, rtol=1e-15)
    return p_of(theta)
''',
        "assumes an ndarray (a list fails)": '''
def max_entropy_distribution(values, mean):
    v = values
    def p_of(theta):
        z = theta * v
        w = np.exp(z - z.max())
        return w / w.sum()
    lo, hi = -1.0 / (v.max() - v.min()), 1.0 / (v.max() - v.min())
    while p_of(lo) @ v > mean:
        lo *= 2
    while p_of(hi) @ v < mean:
        hi *= 2
    theta = optimize.brentq(lambda th: p_of(th) @ v - mean, lo, hi, xtol=1e-300, rtol=1e-15)
    return p_of(theta)
''',
        "centres the values in place": '''
def max_entropy_distribution(values, mean):
    v = np.asarray(values, dtype=float)
    centre = v.mean()
    v -= centre
    m = mean - centre
    def p_of(theta):
        z = theta * v
        w = np.exp(z - z.max())
        return w / w.sum()
    lo, hi = -1.0 / np.ptp(v), 1.0 / np.ptp(v)
    while p_of(lo) @ v > m:
        lo *= 2
    while p_of(hi) @ v < m:
        hi *= 2
    theta = optimize.brentq(lambda th: p_of(th) @ v - m, lo, hi, xtol=1e-300, rtol=1e-15)
    return p_of(theta)
''',
        "the root finder's default tolerance, computed in float32": '''
def max_entropy_distribution(values, mean):
    v = np.asarray(values, dtype=np.float32)
    def p_of(theta):
        z = np.float32(theta) * v
        w = np.exp(z - z.max())
        return w / w.sum()
    lo, hi = -1.0, 1.0
    while p_of(lo) @ v > mean:
        lo *= 2
    while p_of(hi) @ v < mean:
        hi *= 2
    theta = optimize.brentq(lambda th: float(p_of(th) @ v) - mean, lo, hi)
    return p_of(theta)
''',
        "brentq with its default tolerances, unscaled bracket doubling (1e-8 off at values of scale 1e6)": '''
def max_entropy_distribution(values, mean):
    v = np.asarray(values, dtype=float)
    def p_of(theta):
        z = theta * v
        w = np.exp(z - z.max())
        return w / w.sum()
    lo, hi = -1.0, 1.0
    while p_of(lo) @ v > mean:
        lo *= 2
    while p_of(hi) @ v < mean:
        hi *= 2
    theta = optimize.brentq(lambda th: p_of(th) @ v - mean, lo, hi)
    return p_of(theta)
''',
        "review: fixed bracket [-10, 10]": '''
def max_entropy_distribution(values, mean):
    v = np.asarray(values, dtype=float)
    def sm(th):
        z = th * v
        e = np.exp(z - z.max())
        return e / e.sum()
    th = optimize.brentq(lambda th: sm(th) @ v - mean, -10.0, 10.0, xtol=1e-300, rtol=1e-15)
    return sm(th)
''',
        "review: brentq with its default tolerances": '''
def max_entropy_distribution(values, mean):
    v = np.asarray(values, dtype=float)
    def sm(th):
        z = th * v
        e = np.exp(z - z.max())
        return e / e.sum()
    s = 1.0 / (v.max() - v.min())
    lo, hi = -s, s
    while sm(lo) @ v > mean:
        lo *= 2
    while sm(hi) @ v < mean:
        hi *= 2
    return sm(optimize.brentq(lambda th: sm(th) @ v - mean, lo, hi))
''',
        "review: bracket grown to the right only": '''
def max_entropy_distribution(values, mean):
    v = np.asarray(values, dtype=float)
    def sm(th):
        z = th * v
        e = np.exp(z - z.max())
        return e / e.sum()
    lo, hi = 0.0, 1.0 / (v.max() - v.min())
    for _ in range(200):
        if sm(hi) @ v >= mean:
            break
        hi *= 2
    if abs(sm(lo) @ v - mean) == 0:
        return sm(lo)
    return sm(optimize.brentq(lambda th: sm(th) @ v - mean, lo, hi, xtol=1e-300, rtol=1e-15))
''',
        "review: float32 softmax": '''
def max_entropy_distribution(values, mean):
    v = np.asarray(values, dtype=np.float32)
    def sm(th):
        z = np.float32(th) * v
        e = np.exp(z - z.max())
        return e / e.sum()
    s = 1.0 / float(v.max() - v.min())
    lo, hi = -s, s
    for _ in range(200):
        if sm(lo) @ v <= mean:
            break
        lo *= 2
    for _ in range(200):
        if sm(hi) @ v >= mean:
            break
        hi *= 2
    return sm(optimize.brentq(lambda th: float(sm(th) @ v) - mean, lo, hi, xtol=1e-300, rtol=1e-15))
''',
        "review: centres values in place": '''
def max_entropy_distribution(values, mean):
    v = np.asarray(values, dtype=float)
    centre = v.mean()
    v -= centre
    m = mean - centre
    def sm(th):
        z = th * v
        e = np.exp(z - z.max())
        return e / e.sum()
    s = 1.0 / (v.max() - v.min())
    lo, hi = -s, s
    while sm(lo) @ v > m:
        lo *= 2
    while sm(hi) @ v < m:
        hi *= 2
    return sm(optimize.brentq(lambda th: sm(th) @ v - m, lo, hi, xtol=1e-300, rtol=1e-15))
''',
        "review: sorted values assumed for the bracket scale": '''
def max_entropy_distribution(values, mean):
    v = np.asarray(values, dtype=float)
    def sm(th):
        z = th * v
        e = np.exp(z - z.max())
        return e / e.sum()
    s = 1.0 / (v[-1] - v[0])
    lo, hi = -s, s
    for _ in range(100):
        if sm(lo) @ v - mean < 0 < sm(hi) @ v - mean:
            break
        lo, hi = 2 * lo, 2 * hi
    return sm(optimize.brentq(lambda th: sm(th) @ v - mean, lo, hi, xtol=1e-300, rtol=1e-15))
''',
        "review: SLSQP on the entropy": '''
def max_entropy_distribution(values, mean):
    v = np.asarray(values, dtype=float)
    k = len(v)
    res = optimize.minimize(lambda p: np.sum(p * np.log(np.maximum(p, 1e-300))), np.full(k, 1.0 / k), method="SLSQP",
                            bounds=optimize.Bounds(0.0, 1.0), options={"ftol": 1e-15, "maxiter": 1000},
                            constraints=[{"type": "eq", "fun": lambda p: p.sum() - 1.0},
                                         {"type": "eq", "fun": lambda p: p @ v - mean}])
    return res.x
''',
    },
}
