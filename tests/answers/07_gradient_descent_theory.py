"""Alternative correct answers and plausible wrong answers for lesson 07's exercises.

Each CORRECT answer must pass every test of its exercise; each WRONG answer must fail at least
one. The first WRONG answer of each exercise passes the visible tests (only the hidden tests catch
it) and also goes through a full nbgrader round trip. The wrong answers are written as a student
working from the released notebook would write them: a convention taken from another text, an
in-place update, a float32 shortcut, a formula that only fails at extreme scales.
"""

CORRECT = {
    "ex_gd_path": {
        "preallocated array": '''
def gd_path(grad_fn, theta0, lr, n_steps):
    start = np.asarray(theta0, dtype=np.float64)
    out = np.empty((n_steps + 1,) + start.shape)
    out[0] = start
    for k in range(n_steps):
        out[k + 1] = out[k] - lr * np.asarray(grad_fn(out[k].copy()), dtype=float)
    return out
''',
        "copy before every append": '''
def gd_path(grad_fn, theta0, lr, n_steps):
    theta = np.array(theta0, dtype=float)
    path = [theta.copy()]
    for _ in range(n_steps):
        theta -= lr * np.asarray(grad_fn(theta.copy()), dtype=float)
        path.append(theta.copy())
    return np.stack(path)
''',
        "recursive list": '''
def gd_path(grad_fn, theta0, lr, n_steps):
    path = [np.array(theta0, dtype=np.float64)]
    while len(path) < n_steps + 1:
        path.append(path[-1] - lr * np.asarray(grad_fn(path[-1]), dtype=np.float64))
    return np.array(path, dtype=np.float64)
''',
        "review: accumulate": '''
def gd_path(grad_fn, theta0, lr, n_steps):
    import itertools
    start = np.array(theta0, dtype=np.float64, copy=True)
    step = lambda th, _: th - lr * np.asarray(grad_fn(th), dtype=np.float64)
    return np.array(list(itertools.accumulate(range(n_steps), step, initial=start)))
''',
        "review: torch SGD float64": '''
def gd_path(grad_fn, theta0, lr, n_steps):
    import torch
    p = torch.tensor(np.array(theta0, dtype=np.float64), requires_grad=True)
    opt = torch.optim.SGD([p], lr=lr)
    rows = [p.detach().numpy().copy()]
    for _ in range(n_steps):
        p.grad = torch.as_tensor(np.asarray(grad_fn(p.detach().numpy().copy()), dtype=np.float64))
        opt.step()
        rows.append(p.detach().numpy().copy())
    return np.array(rows)
''',
    },
    "ex_largest_stable_step": {
        "spectral norm (PSD: equals lambda_max)": '''
def largest_stable_step(H):
    return 2.0 / np.linalg.norm(np.asarray(H, dtype=float), 2)
''',
        "eigvals, real part": '''
def largest_stable_step(H):
    lam = np.linalg.eigvals(np.array(H, dtype=np.float64))
    return float(2 / np.max(lam.real))
''',
        "singular values": '''
def largest_stable_step(H):
    s = np.linalg.svd(np.asarray(H, dtype=np.float64), compute_uv=False)
    return 2.0 / s[0]
''',
        "scipy eigh, top eigenvalue only": '''
import scipy.linalg
def largest_stable_step(H):
    M = np.asarray(H, dtype=float)
    top = scipy.linalg.eigh(M, eigvals_only=True, subset_by_index=[len(M) - 1, len(M) - 1])
    return 2.0 / top[0]
''',
        "review: eigvals real max": '''
def largest_stable_step(H):
    return 2.0 / np.max(np.linalg.eigvals(np.asarray(H, dtype=np.float64)).real)
''',
        "review: scipy eigh": '''
def largest_stable_step(H):
    import scipy.linalg
    return 2.0 / scipy.linalg.eigh(np.array(H, dtype=float), eigvals_only=True)[-1]
''',
        "review: svd top singular value": '''
def largest_stable_step(H):
    return float(2.0 / np.linalg.svd(np.asarray(H, dtype=float), compute_uv=False)[0])
''',
    },
    "ex_predicted_gd_steps": {
        "numpy log1p and ceil": '''
def predicted_gd_steps(kappa, tol):
    if kappa <= 1:
        return 1
    return int(np.ceil(np.log(tol) / np.log1p(-1.0 / kappa)))
''',
        "log of the ratio (kappa - 1)/kappa computed as log(kappa - 1) - log(kappa)": '''
def predicted_gd_steps(kappa, tol):
    kappa = float(kappa)
    if kappa == 1.0:
        return 1
    rate_log = -math.log1p(1.0 / (kappa - 1.0))      # log((kappa - 1) / kappa), accurately
    return math.ceil(math.log(tol) / rate_log)
''',
        "estimate then fix up by one": '''
def predicted_gd_steps(kappa, tol):
    if kappa == 1:
        return 1
    lr = math.log1p(-1 / kappa)
    k = max(int(math.log(tol) / lr) - 1, 0)
    while k * lr > math.log(tol):
        k += 1
    return k
''',
        "review: numpy with max(1, .)": '''
def predicted_gd_steps(kappa, tol):
    with np.errstate(divide="ignore"):
        ratio = np.log(tol) / np.log1p(-1.0 / np.float64(kappa))
    return max(1, int(np.ceil(ratio)))
''',
        "review: integer bisection on k log(q) <= log(tol)": '''
def predicted_gd_steps(kappa, tol):
    if kappa == 1:
        return 1
    log_q, log_tol = math.log1p(-1.0 / kappa), math.log(tol)
    lo, hi = 0, 1
    while hi * log_q > log_tol:
        hi *= 2
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * log_q <= log_tol:
            hi = mid
        else:
            lo = mid
    return hi
''',
    },
    "ex_momentum_step": {
        "one line per array": '''
def momentum_step(theta, grad, buf, lr, momentum):
    b = np.add(np.multiply(momentum, np.asarray(buf, float)), np.asarray(grad, float))
    return np.subtract(np.asarray(theta, float), lr * b), b
''',
        "copy then in-place on the copy": '''
def momentum_step(theta, grad, buf, lr, momentum):
    new_buf = np.array(buf, dtype=np.float64)
    new_buf *= momentum
    new_buf += np.asarray(grad, dtype=np.float64)
    new_theta = np.array(theta, dtype=np.float64)
    new_theta -= lr * new_buf
    return new_theta, new_buf
''',
        "via torch's own formula order (grad added with alpha)": '''
def momentum_step(theta, grad, buf, lr, momentum):
    g = np.asarray(grad, dtype=np.float64)
    b = np.asarray(buf, dtype=np.float64) * momentum + g
    return np.asarray(theta, dtype=np.float64) + (-lr) * b, b
''',
        "review: Polyak-style expansion": '''
def momentum_step(theta, grad, buf, lr, momentum):
    theta, grad, buf = (np.asarray(a, dtype=np.float64) for a in (theta, grad, buf))
    buf_new = momentum * buf + grad
    return theta - lr * grad - lr * momentum * buf, buf_new
''',
        "review: torch with the buffer in its state": '''
def momentum_step(theta, grad, buf, lr, momentum):
    import torch
    p = torch.tensor(np.array(theta, dtype=np.float64))
    p.requires_grad_(True)
    opt = torch.optim.SGD([p], lr=lr, momentum=momentum)
    opt.state[p]["momentum_buffer"] = torch.tensor(np.array(buf, dtype=np.float64))
    p.grad = torch.tensor(np.array(grad, dtype=np.float64))
    opt.step()
    return p.detach().numpy().copy(), opt.state[p]["momentum_buffer"].numpy().copy()
''',
    },
    "ex_nesterov_step": {
        "expanded direction": '''
def nesterov_step(theta, grad, buf, lr, momentum):
    g = np.asarray(grad, dtype=float)
    b = np.asarray(buf, dtype=float)
    new_b = momentum * b + g
    return np.asarray(theta, dtype=float) - lr * g - lr * momentum * new_b, new_b
''',
        "reuse momentum_step's buffer": '''
def nesterov_step(theta, grad, buf, lr, momentum):
    g = np.array(grad, dtype=np.float64)
    nb = np.array(buf, dtype=np.float64) * momentum + g
    step = g + nb * momentum
    return np.array(theta, dtype=np.float64) - step * lr, nb
''',
        "copies and in-place on copies": '''
def nesterov_step(theta, grad, buf, lr, momentum):
    b = np.array(buf, dtype=float)
    b *= momentum
    b += np.asarray(grad, dtype=float)
    d = np.array(grad, dtype=float)
    d += momentum * b
    t = np.array(theta, dtype=float)
    t -= lr * d
    return t, b
''',
        "review: expanded direction": '''
def nesterov_step(theta, grad, buf, lr, momentum):
    theta, grad, buf = (np.array(a, dtype=float) for a in (theta, grad, buf))
    buf_new = momentum * buf + grad
    return theta - lr * ((1 + momentum) * grad + momentum ** 2 * buf), buf_new
''',
        "review: torch nesterov with the buffer in its state": '''
def nesterov_step(theta, grad, buf, lr, momentum):
    import torch
    p = torch.tensor(np.array(theta, dtype=np.float64))
    p.requires_grad_(True)
    opt = torch.optim.SGD([p], lr=lr, momentum=momentum, nesterov=True)
    opt.state[p]["momentum_buffer"] = torch.tensor(np.array(buf, dtype=np.float64))
    p.grad = torch.tensor(np.array(grad, dtype=np.float64))
    opt.step()
    return p.detach().numpy().copy(), opt.state[p]["momentum_buffer"].numpy().copy()
''',
    },
    "ex_rmsprop_step": {
        "lerp form of the average": '''
def rmsprop_step(theta, grad, square_avg, lr, alpha=0.99, eps=1e-8):
    g = np.asarray(grad, dtype=float)
    s = np.asarray(square_avg, dtype=float)
    s_new = s + (1 - alpha) * (g ** 2 - s)
    return np.asarray(theta, dtype=float) - lr * g / (np.sqrt(s_new) + eps), s_new
''',
        "square with np.square and divide": '''
def rmsprop_step(theta, grad, square_avg, lr, alpha=0.99, eps=1e-8):
    g = np.array(grad, dtype=np.float64)
    v = alpha * np.array(square_avg, dtype=np.float64) + (1.0 - alpha) * np.square(g)
    denom = np.sqrt(v) + eps
    return np.array(theta, dtype=np.float64) - np.divide(lr * g, denom), v
''',
        "copies updated in place": '''
def rmsprop_step(theta, grad, square_avg, lr, alpha=0.99, eps=1e-8):
    g = np.asarray(grad, dtype=np.float64)
    v = np.array(square_avg, dtype=np.float64)
    v *= alpha
    v += (1 - alpha) * g * g
    t = np.array(theta, dtype=np.float64)
    t -= lr * g / (v ** 0.5 + eps)
    return t, v
''',
        "review: incremental form of the average": '''
def rmsprop_step(theta, grad, square_avg, lr, alpha=0.99, eps=1e-8):
    theta, grad, sq = (np.asarray(a, dtype=np.float64) for a in (theta, grad, square_avg))
    sq_new = sq + (1 - alpha) * (grad * grad - sq)
    return theta - lr * grad / (np.sqrt(sq_new) + eps), sq_new
''',
        "review: np ufuncs with out": '''
def rmsprop_step(theta, grad, square_avg, lr, alpha=0.99, eps=1e-8):
    g = np.array(grad, dtype=np.float64)
    sq_new = np.multiply(np.array(square_avg, dtype=np.float64), alpha)
    sq_new += (1 - alpha) * np.square(g)
    denom = np.sqrt(sq_new)
    denom += eps
    return np.array(theta, dtype=np.float64) - lr * (g / denom), sq_new
''',
    },
    "ex_adam_step": {
        "torch's step_size and denom": '''
def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    g = np.asarray(grad, dtype=float)
    m_new = beta1 * np.asarray(m, dtype=float) + (1 - beta1) * g
    v_new = beta2 * np.asarray(v, dtype=float) + (1 - beta2) * g * g
    step_size = lr / (1 - beta1 ** t)
    denom = np.sqrt(v_new) / (1 - beta2 ** t) ** 0.5 + eps
    return np.asarray(theta, dtype=float) - step_size * m_new / denom, m_new, v_new
''',
        "hat variables": '''
def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    g = np.array(grad, dtype=np.float64)
    m1 = np.array(m, dtype=np.float64) * beta1 + g * (1 - beta1)
    v1 = np.array(v, dtype=np.float64) * beta2 + np.square(g) * (1 - beta2)
    m_hat = m1 / (1 - beta1 ** t)
    v_hat = v1 / (1 - beta2 ** t)
    return np.array(theta, dtype=np.float64) - lr * m_hat / (np.sqrt(v_hat) + eps), m1, v1
''',
        "lerp averages": '''
def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    g = np.asarray(grad, dtype=np.float64)
    m0, v0 = np.asarray(m, dtype=np.float64), np.asarray(v, dtype=np.float64)
    m1 = m0 + (1 - beta1) * (g - m0)
    v1 = v0 + (1 - beta2) * (g * g - v0)
    corr1, corr2 = 1 - beta1 ** t, math.sqrt(1 - beta2 ** t)
    return np.asarray(theta, dtype=np.float64) - lr * (m1 / corr1) / (np.sqrt(v1) / corr2 + eps), m1, v1
''',
        "review: torch's folded step size": '''
def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    theta, grad, m, v = (np.asarray(a, dtype=np.float64) for a in (theta, grad, m, v))
    m_new = beta1 * m + (1 - beta1) * grad
    v_new = beta2 * v + (1 - beta2) * grad * grad
    step_size = lr / (1 - beta1 ** t)
    denom = np.sqrt(v_new) / math.sqrt(1 - beta2 ** t) + eps
    return theta - step_size * m_new / denom, m_new, v_new
''',
        "review: corrected v inside the root": '''
def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    g = np.array(grad, dtype=float)
    m_new = beta1 * np.array(m, dtype=float) + (1 - beta1) * g
    v_new = beta2 * np.array(v, dtype=float) + (1 - beta2) * g ** 2
    m_hat = m_new / (1 - beta1 ** t)
    v_hat = v_new / (1 - beta2 ** t)
    return np.array(theta, dtype=float) - lr * m_hat / (np.sqrt(v_hat) + eps), m_new, v_new
''',
    },
    "ex_tune_and_run": {
        "collect all runs, then choose": '''
def tune_and_run(make_step, lrs, loss_fn, grad_fn, theta0, n_steps):
    runs = []
    for lr in lrs:
        step = make_step(lr)
        theta = np.array(theta0, dtype=float)
        losses = [loss_fn(theta)]
        with np.errstate(all="ignore"):
            for _ in range(n_steps):
                theta = step(theta, grad_fn(theta))
                losses.append(loss_fn(theta))
        losses = np.array(losses, dtype=float)
        if np.isfinite(losses).all():
            runs.append((losses[-1], lr, losses))
    if not runs:
        raise ValueError("all runs diverged")
    final, lr, losses = min(runs, key=lambda r: (r[0], r[1]))
    return float(lr), losses
''',
        "stop a run at the first non-finite loss": '''
def tune_and_run(make_step, lrs, loss_fn, grad_fn, theta0, n_steps):
    best = None
    for lr in sorted(lrs):
        step = make_step(lr)
        theta = np.asarray(theta0, dtype=np.float64).copy()
        curve = np.empty(n_steps + 1)
        curve[0] = loss_fn(theta)
        ok = np.isfinite(curve[0])
        with np.errstate(all="ignore"):
            for k in range(1, n_steps + 1):
                if not ok:
                    break
                theta = step(theta, grad_fn(theta))
                curve[k] = loss_fn(theta)
                ok = np.isfinite(curve[k])
        if ok and (best is None or curve[-1] < best[1][-1]):
            best = (lr, curve)
    if best is None:
        raise ValueError("no learning rate converged")
    return float(best[0]), best[1]
''',
        "nan-aware argmin over a table": '''
def tune_and_run(make_step, lrs, loss_fn, grad_fn, theta0, n_steps):
    order = np.argsort(np.asarray(lrs, dtype=float), kind="stable")
    lrs_sorted = [lrs[i] for i in order]
    table = np.full((len(lrs_sorted), n_steps + 1), np.nan)
    for r, lr in enumerate(lrs_sorted):
        step, theta = make_step(lr), np.array(theta0, dtype=np.float64)
        table[r, 0] = loss_fn(theta)
        with np.errstate(all="ignore"):
            for k in range(n_steps):
                theta = step(theta, grad_fn(theta))
                table[r, k + 1] = loss_fn(theta)
    good = np.isfinite(table).all(axis=1)
    if not good.any():
        raise ValueError("every run diverged")
    finals = np.where(good, table[:, -1], np.inf)
    best = int(np.argmin(finals))
    return float(lrs_sorted[best]), table[best]
''',
        "review: min over (final, lr) tuples": '''
def tune_and_run(make_step, lrs, loss_fn, grad_fn, theta0, n_steps):
    runs = []
    for lr in lrs:
        step, theta = make_step(lr), np.array(theta0, dtype=np.float64)
        curve = [loss_fn(theta)]
        for _ in range(n_steps):
            theta = step(theta, grad_fn(theta))
            curve.append(loss_fn(theta))
        curve = np.asarray(curve, dtype=np.float64)
        if np.isfinite(curve).all():
            runs.append((curve[-1], lr, curve))
    if not runs:
        raise ValueError("every run diverged")
    final, lr, curve = min(runs, key=lambda r: (r[0], r[1]))
    return lr, curve
''',
        "review: masked argmin over sorted rates": '''
def tune_and_run(make_step, lrs, loss_fn, grad_fn, theta0, n_steps):
    order = sorted(lrs)
    curves = []
    for lr in order:
        step = make_step(lr)
        theta = np.array(theta0, dtype=float)
        losses = np.empty(n_steps + 1)
        losses[0] = loss_fn(theta)
        for k in range(1, n_steps + 1):
            theta = step(theta, grad_fn(theta))
            losses[k] = loss_fn(theta)
        curves.append(losses)
    finals = np.array([c[-1] if np.all(np.isfinite(c)) else np.inf for c in curves])
    if not np.isfinite(finals).any():
        raise ValueError("no usable run")
    best = int(np.argmin(finals))
    return order[best], curves[best]
''',
    },
}

WRONG = {
    "ex_gd_path": {
        "keeps float32 input in float32": '''
def gd_path(grad_fn, theta0, lr, n_steps):
    theta = np.array(theta0)
    path = [theta]
    for _ in range(n_steps):
        theta = theta - lr * grad_fn(theta)
        path.append(theta)
    return np.array(path)
''',
        "in-place update of theta0": '''
def gd_path(grad_fn, theta0, lr, n_steps):
    theta = np.asarray(theta0, dtype=float)
    path = [theta.copy()]
    for _ in range(n_steps):
        theta -= lr * grad_fn(theta)
        path.append(theta.copy())
    return np.array(path)
''',
        "appends the same array every time": '''
def gd_path(grad_fn, theta0, lr, n_steps):
    theta = np.array(theta0, dtype=float)
    path = [theta]
    for _ in range(n_steps):
        theta -= lr * grad_fn(theta)
        path.append(theta)
    return np.array(path)
''',
        "leaves out the starting point": '''
def gd_path(grad_fn, theta0, lr, n_steps):
    theta = np.array(theta0, dtype=float)
    path = []
    for _ in range(n_steps):
        theta = theta - lr * grad_fn(theta)
        path.append(theta)
    return np.array(path)
''',
        "gradient evaluated once at theta0": '''
def gd_path(grad_fn, theta0, lr, n_steps):
    theta = np.array(theta0, dtype=float)
    g = np.asarray(grad_fn(theta), dtype=float)
    return np.array([theta - k * lr * g for k in range(n_steps + 1)])
''',
        "passes integer arrays to grad_fn": '''
def gd_path(grad_fn, theta0, lr, n_steps):
    theta = np.asarray(theta0)
    path = [np.asarray(theta, dtype=float)]
    for _ in range(n_steps):
        theta = theta - lr * np.asarray(grad_fn(theta), dtype=float)
        path.append(theta)
    return np.array(path, dtype=float)
''',
        "one step short": '''
def gd_path(grad_fn, theta0, lr, n_steps):
    theta = np.array(theta0, dtype=float)
    path = [theta]
    for _ in range(n_steps - 1):
        theta = theta - lr * grad_fn(theta)
        path.append(theta)
    path.append(theta)
    return np.array(path)
''',
        "gradient ascent": '''
def gd_path(grad_fn, theta0, lr, n_steps):
    theta = np.array(theta0, dtype=float)
    path = [theta]
    for _ in range(n_steps):
        theta = theta + lr * grad_fn(theta)
        path.append(theta)
    return np.array(path)
''',
        "review: float32 arithmetic, float64 output": '''
def gd_path(grad_fn, theta0, lr, n_steps):
    theta = np.array(theta0, dtype=np.float32)
    path = [theta]
    for _ in range(n_steps):
        theta = theta - np.float32(lr) * np.asarray(grad_fn(theta.astype(np.float64)), dtype=np.float32)
        path.append(theta)
    return np.array(path, dtype=np.float64)
''',
        "review: grad_fn gets the unconverted start": '''
def gd_path(grad_fn, theta0, lr, n_steps):
    theta = np.array(theta0)
    path = [theta]
    for _ in range(n_steps):
        theta = theta - lr * np.asarray(grad_fn(theta))
        path.append(theta)
    return np.array(path, dtype=np.float64)
''',
        "review: vstack flattens matrix parameters": '''
def gd_path(grad_fn, theta0, lr, n_steps):
    theta = np.array(theta0, dtype=float)
    path = [theta]
    for _ in range(n_steps):
        theta = theta - lr * np.asarray(grad_fn(theta), dtype=float)
        path.append(theta)
    return np.vstack(path)
''',
        "review: torch.tensor of a list is float32": '''
def gd_path(grad_fn, theta0, lr, n_steps):
    import torch
    p = torch.tensor(theta0, requires_grad=True) if not isinstance(theta0, np.ndarray) else torch.tensor(theta0.astype(float), requires_grad=True)
    opt = torch.optim.SGD([p], lr=lr)
    rows = [p.detach().numpy().astype(np.float64)]
    for _ in range(n_steps):
        p.grad = torch.as_tensor(np.asarray(grad_fn(p.detach().numpy().astype(np.float64)))).to(p.dtype)
        opt.step()
        rows.append(p.detach().numpy().astype(np.float64))
    return np.array(rows)
''',
        "review: reshape to (n_steps + 1, -1)": '''
def gd_path(grad_fn, theta0, lr, n_steps):
    theta = np.array(theta0, dtype=float)
    path = [theta]
    for _ in range(n_steps):
        theta = theta - lr * np.asarray(grad_fn(theta), dtype=float)
        path.append(theta)
    return np.array(path).reshape(n_steps + 1, -1)
''',
    },
    "ex_largest_stable_step": {
        "Gershgorin row sums instead of the eigenvalue": '''
def largest_stable_step(H):
    H = np.asarray(H, dtype=float)
    return 2.0 / np.max(np.sum(np.abs(H), axis=1))
''',
        "one over L": '''
def largest_stable_step(H):
    return 1.0 / np.linalg.eigvalsh(np.asarray(H, dtype=float)).max()
''',
        "largest diagonal entry": '''
def largest_stable_step(H):
    return 2.0 / np.max(np.diag(np.asarray(H, dtype=float)))
''',
        "Frobenius norm": '''
def largest_stable_step(H):
    return 2.0 / np.linalg.norm(np.asarray(H, dtype=float))
''',
        "smallest eigenvalue": '''
def largest_stable_step(H):
    return 2.0 / np.linalg.eigvalsh(np.asarray(H, dtype=float)).min()
''',
        "float32 eigenvalues": '''
def largest_stable_step(H):
    lam = np.linalg.eigvalsh(np.asarray(H, dtype=np.float32))
    return 2 / lam[-1]
''',
        "trace (sum of eigenvalues)": '''
def largest_stable_step(H):
    return 2.0 / np.trace(np.asarray(H, dtype=float))
''',
        "twenty power iterations": '''
def largest_stable_step(H):
    H = np.asarray(H, dtype=float)
    v = np.ones(len(H))
    for _ in range(20):
        v = H @ v
        v = v / np.linalg.norm(v)
    return 2.0 / (v @ H @ v)
''',
        "review: Gershgorin row-sum bound": '''
def largest_stable_step(H):
    H = np.asarray(H, dtype=float)
    return 2.0 / np.abs(H).sum(axis=1).max()
''',
        "review: float32 eigenvalues": '''
def largest_stable_step(H):
    return float(2.0 / np.linalg.eigvalsh(np.asarray(H, dtype=np.float32)).max())
''',
        "review: absolute epsilon guard": '''
def largest_stable_step(H):
    return 2.0 / (np.linalg.eigvalsh(np.asarray(H, dtype=float)).max() + 1e-8)
''',
        "review: rescales H in place": '''
def largest_stable_step(H):
    H = np.asarray(H, dtype=np.float64)
    scale = np.abs(H).max()
    H /= scale                                   # well-scaled eigenvalues, then undo the scale
    return 2.0 / (scale * np.linalg.eigvalsh(H).max())
''',
        "review: Frobenius norm": '''
def largest_stable_step(H):
    return 2.0 / np.linalg.norm(np.asarray(H, dtype=float))
''',
    },
    "ex_predicted_gd_steps": {
        "review: floor + 1 instead of ceil": '''
def predicted_gd_steps(kappa, tol):
    if kappa == 1:
        return 1
    return int(math.log(tol) / math.log1p(-1 / kappa)) + 1
''',
        "log instead of log1p": '''
def predicted_gd_steps(kappa, tol):
    if kappa == 1:
        return 1
    return math.ceil(math.log(tol) / math.log(1 - 1 / kappa))
''',
        "the estimate kappa * log(1/tol)": '''
def predicted_gd_steps(kappa, tol):
    return max(1, math.ceil(kappa * math.log(1 / tol)))
''',
        "no special case for kappa = 1": '''
def predicted_gd_steps(kappa, tol):
    return math.ceil(math.log(tol) / math.log1p(-1 / kappa))
''',
        "rate of the best step (kappa - 1)/(kappa + 1)": '''
def predicted_gd_steps(kappa, tol):
    if kappa == 1:
        return 1
    return math.ceil(math.log(tol) / math.log((kappa - 1) / (kappa + 1)))
''',
        "floor instead of ceiling": '''
def predicted_gd_steps(kappa, tol):
    if kappa == 1:
        return 1
    return math.floor(math.log(tol) / math.log1p(-1 / kappa))
''',
        "rounds to the nearest integer": '''
def predicted_gd_steps(kappa, tol):
    if kappa == 1:
        return 1
    return round(math.log(tol) / math.log1p(-1 / kappa))
''',
        "squared rate (loss instead of distance)": '''
def predicted_gd_steps(kappa, tol):
    if kappa == 1:
        return 1
    return math.ceil(math.log(tol) / (2 * math.log1p(-1 / kappa)))
''',
        "review: naive log(1 - 1/kappa)": '''
def predicted_gd_steps(kappa, tol):
    if kappa == 1:
        return 1
    return math.ceil(math.log(tol) / math.log(1 - 1 / kappa))
''',
        "review: float32 logarithms": '''
def predicted_gd_steps(kappa, tol):
    if kappa == 1:
        return 1
    q = np.log1p(np.float32(-1.0) / np.float32(kappa))
    return int(np.ceil(np.float32(np.log(np.float32(tol))) / q))
''',
        "review: kappa = 1 returns 0": '''
def predicted_gd_steps(kappa, tol):
    with np.errstate(divide="ignore"):
        return int(np.ceil(np.log(tol) / np.log1p(-1.0 / kappa)))
''',
        "review: rounds instead of ceil": '''
def predicted_gd_steps(kappa, tol):
    if kappa == 1:
        return 1
    return round(math.log(tol) / math.log1p(-1 / kappa))
''',
    },
    "ex_momentum_step": {
        "updates the buffer in place": '''
def momentum_step(theta, grad, buf, lr, momentum):
    buf *= momentum
    buf += grad
    return np.asarray(theta, dtype=float) - lr * buf, buf
''',
        "averaged buffer (1 - momentum) * grad": '''
def momentum_step(theta, grad, buf, lr, momentum):
    b = momentum * np.asarray(buf, float) + (1 - momentum) * np.asarray(grad, float)
    return np.asarray(theta, float) - lr * b, b
''',
        "steps with the old buffer": '''
def momentum_step(theta, grad, buf, lr, momentum):
    theta = np.asarray(theta, float) - lr * np.asarray(buf, float)
    b = momentum * np.asarray(buf, float) + np.asarray(grad, float)
    return theta, b
''',
        "velocity form: buffer holds -lr times torch's": '''
def momentum_step(theta, grad, buf, lr, momentum):
    v = momentum * np.asarray(buf, float) - lr * np.asarray(grad, float)
    return np.asarray(theta, float) + v, v
''',
        "lr inside the buffer": '''
def momentum_step(theta, grad, buf, lr, momentum):
    b = momentum * np.asarray(buf, float) + lr * np.asarray(grad, float)
    return np.asarray(theta, float) - b, b
''',
        "Nesterov direction by mistake": '''
def momentum_step(theta, grad, buf, lr, momentum):
    g = np.asarray(grad, float)
    b = momentum * np.asarray(buf, float) + g
    return np.asarray(theta, float) - lr * (g + momentum * b), b
''',
        "in-place update of theta": '''
def momentum_step(theta, grad, buf, lr, momentum):
    b = momentum * np.asarray(buf, float) + np.asarray(grad, float)
    theta -= lr * b
    return theta, b
''',
        "float32 arithmetic": '''
def momentum_step(theta, grad, buf, lr, momentum):
    b = (momentum * np.asarray(buf, np.float32) + np.asarray(grad, np.float32)).astype(np.float32)
    return (np.asarray(theta, np.float32) - np.float32(lr) * b).astype(np.float64), b.astype(np.float64)
''',
        "review: updates the caller's buffer in place": '''
def momentum_step(theta, grad, buf, lr, momentum):
    buf = np.asarray(buf, dtype=np.float64)
    buf *= momentum
    buf += np.asarray(grad, dtype=np.float64)
    return np.asarray(theta, dtype=np.float64) - lr * buf, buf
''',
        "review: float32 state": '''
def momentum_step(theta, grad, buf, lr, momentum):
    theta, grad, buf = (np.asarray(a, dtype=np.float32) for a in (theta, grad, buf))
    buf_new = np.float32(momentum) * buf + grad
    return (theta - np.float32(lr) * buf_new).astype(np.float64), buf_new.astype(np.float64)
''',
        "review: copy then in-place on int input": '''
def momentum_step(theta, grad, buf, lr, momentum):
    buf_new = np.array(buf)
    buf_new = buf_new * momentum + grad
    theta_new = np.array(theta)
    theta_new -= lr * buf_new
    return theta_new, buf_new
''',
        "review: first step returns grad itself as the buffer": '''
def momentum_step(theta, grad, buf, lr, momentum):
    buf_new = grad if not np.any(buf) else momentum * np.asarray(buf, dtype=float) + grad
    return np.asarray(theta, dtype=float) - lr * np.asarray(buf_new, dtype=float), buf_new
''',
        "review: ravels everything": '''
def momentum_step(theta, grad, buf, lr, momentum):
    theta, grad, buf = (np.ravel(np.asarray(a, dtype=float)) for a in (theta, grad, buf))
    buf_new = momentum * buf + grad
    return theta - lr * buf_new, buf_new
''',
    },
    "ex_nesterov_step": {
        "updates theta in place": '''
def nesterov_step(theta, grad, buf, lr, momentum):
    g = np.asarray(grad, dtype=float)
    b = momentum * np.asarray(buf, dtype=float) + g
    theta -= lr * (g + momentum * b)
    return theta, b
''',
        "plain momentum (new buffer alone)": '''
def nesterov_step(theta, grad, buf, lr, momentum):
    b = momentum * np.asarray(buf, dtype=float) + np.asarray(grad, dtype=float)
    return np.asarray(theta, dtype=float) - lr * b, b
''',
        "look-ahead with the old buffer": '''
def nesterov_step(theta, grad, buf, lr, momentum):
    g = np.asarray(grad, dtype=float)
    old = np.asarray(buf, dtype=float)
    b = momentum * old + g
    return np.asarray(theta, dtype=float) - lr * (g + momentum * old), b
''',
        "averaged buffer": '''
def nesterov_step(theta, grad, buf, lr, momentum):
    g = np.asarray(grad, dtype=float)
    b = momentum * np.asarray(buf, dtype=float) + (1 - momentum) * g
    return np.asarray(theta, dtype=float) - lr * (g + momentum * b), b
''',
        "Sutskever velocity form": '''
def nesterov_step(theta, grad, buf, lr, momentum):
    v_old = np.asarray(buf, dtype=float)
    v = momentum * v_old - lr * np.asarray(grad, dtype=float)
    return np.asarray(theta, dtype=float) - momentum * v_old + (1 + momentum) * v, v
''',
        "(1 + momentum) times the buffer": '''
def nesterov_step(theta, grad, buf, lr, momentum):
    b = momentum * np.asarray(buf, dtype=float) + np.asarray(grad, dtype=float)
    return np.asarray(theta, dtype=float) - lr * (1 + momentum) * b, b
''',
        "buffer updated in place": '''
def nesterov_step(theta, grad, buf, lr, momentum):
    g = np.asarray(grad, dtype=float)
    buf *= momentum
    buf += g
    return np.asarray(theta, dtype=float) - lr * (g + momentum * buf), buf
''',
        "review: updates the caller's buffer in place": '''
def nesterov_step(theta, grad, buf, lr, momentum):
    grad = np.asarray(grad, dtype=float)
    buf = np.asarray(buf, dtype=float)
    buf *= momentum
    buf += grad
    return np.asarray(theta, dtype=float) - lr * (grad + momentum * buf), buf
''',
        "review: float32": '''
def nesterov_step(theta, grad, buf, lr, momentum):
    theta, grad, buf = (np.asarray(a, dtype=np.float32) for a in (theta, grad, buf))
    buf_new = np.float32(momentum) * buf + grad
    theta_new = theta - np.float32(lr) * (grad + np.float32(momentum) * buf_new)
    return theta_new.astype(float), buf_new.astype(float)
''',
        "review: old buffer in the look-ahead": '''
def nesterov_step(theta, grad, buf, lr, momentum):
    theta, grad, buf = (np.asarray(a, dtype=float) for a in (theta, grad, buf))
    return theta - lr * (grad + momentum * buf), momentum * buf + grad
''',
        "review: lists not converted": '''
def nesterov_step(theta, grad, buf, lr, momentum):
    buf_new = np.multiply(momentum, buf) + grad
    return theta - np.multiply(lr, grad + momentum * buf_new), buf_new
''',
        "review: ravels everything": '''
def nesterov_step(theta, grad, buf, lr, momentum):
    theta, grad, buf = (np.ravel(np.asarray(a, dtype=float)) for a in (theta, grad, buf))
    buf_new = momentum * buf + grad
    return theta - lr * (grad + momentum * buf_new), buf_new
''',
        "review: first step returns grad itself as the buffer": '''
def nesterov_step(theta, grad, buf, lr, momentum):
    buf_new = grad if not np.any(buf) else momentum * np.asarray(buf, dtype=float) + grad
    direction = np.asarray(grad, dtype=float) + momentum * np.asarray(buf_new, dtype=float)
    return np.asarray(theta, dtype=float) - lr * direction, buf_new
''',
    },
    "ex_rmsprop_step": {
        "updates square_avg in place": '''
def rmsprop_step(theta, grad, square_avg, lr, alpha=0.99, eps=1e-8):
    g = np.asarray(grad, dtype=float)
    square_avg *= alpha
    square_avg += (1 - alpha) * g * g
    return np.asarray(theta, dtype=float) - lr * g / (np.sqrt(square_avg) + eps), square_avg
''',
        "eps inside the square root": '''
def rmsprop_step(theta, grad, square_avg, lr, alpha=0.99, eps=1e-8):
    g = np.asarray(grad, dtype=float)
    s = alpha * np.asarray(square_avg, dtype=float) + (1 - alpha) * g * g
    return np.asarray(theta, dtype=float) - lr * g / np.sqrt(s + eps), s
''',
        "alpha and 1 - alpha swapped": '''
def rmsprop_step(theta, grad, square_avg, lr, alpha=0.99, eps=1e-8):
    g = np.asarray(grad, dtype=float)
    s = (1 - alpha) * np.asarray(square_avg, dtype=float) + alpha * g * g
    return np.asarray(theta, dtype=float) - lr * g / (np.sqrt(s) + eps), s
''',
        "old average in the denominator": '''
def rmsprop_step(theta, grad, square_avg, lr, alpha=0.99, eps=1e-8):
    g = np.asarray(grad, dtype=float)
    old = np.asarray(square_avg, dtype=float)
    s = alpha * old + (1 - alpha) * g * g
    return np.asarray(theta, dtype=float) - lr * g / (np.sqrt(old) + eps), s
''',
        "precedence: eps added to the quotient": '''
def rmsprop_step(theta, grad, square_avg, lr, alpha=0.99, eps=1e-8):
    g = np.asarray(grad, dtype=float)
    s = alpha * np.asarray(square_avg, dtype=float) + (1 - alpha) * g * g
    return np.asarray(theta, dtype=float) - lr * g / np.sqrt(s) + eps, s
''',
        "no square root": '''
def rmsprop_step(theta, grad, square_avg, lr, alpha=0.99, eps=1e-8):
    g = np.asarray(grad, dtype=float)
    s = alpha * np.asarray(square_avg, dtype=float) + (1 - alpha) * g * g
    return np.asarray(theta, dtype=float) - lr * g / (s + eps), s
''',
        "bias-corrected like Adam with t = 1": '''
def rmsprop_step(theta, grad, square_avg, lr, alpha=0.99, eps=1e-8):
    g = np.asarray(grad, dtype=float)
    s = alpha * np.asarray(square_avg, dtype=float) + (1 - alpha) * g * g
    return np.asarray(theta, dtype=float) - lr * g / (np.sqrt(s / (1 - alpha)) + eps), s
''',
        "review: updates square_avg in place": '''
def rmsprop_step(theta, grad, square_avg, lr, alpha=0.99, eps=1e-8):
    grad = np.asarray(grad, dtype=float)
    sq = np.asarray(square_avg, dtype=float)
    sq *= alpha
    sq += (1 - alpha) * grad ** 2
    return np.asarray(theta, dtype=float) - lr * grad / (np.sqrt(sq) + eps), sq
''',
        "review: float32": '''
def rmsprop_step(theta, grad, square_avg, lr, alpha=0.99, eps=1e-8):
    theta, grad, sq = (np.asarray(a, dtype=np.float32) for a in (theta, grad, square_avg))
    sq_new = np.float32(alpha) * sq + np.float32(1 - alpha) * grad ** 2
    return (theta - np.float32(lr) * grad / (np.sqrt(sq_new) + np.float32(eps))).astype(float), sq_new.astype(float)
''',
        "review: lists not converted": '''
def rmsprop_step(theta, grad, square_avg, lr, alpha=0.99, eps=1e-8):
    sq_new = alpha * np.asarray(square_avg) + (1 - alpha) * np.square(grad)
    return theta - lr * np.divide(grad, np.sqrt(sq_new) + eps), sq_new
''',
        "review: eps squared inside the root": '''
def rmsprop_step(theta, grad, square_avg, lr, alpha=0.99, eps=1e-8):
    theta, grad, sq = (np.asarray(a, dtype=float) for a in (theta, grad, square_avg))
    sq_new = alpha * sq + (1 - alpha) * grad ** 2
    return theta - lr * grad / np.sqrt(sq_new + eps ** 2), sq_new
''',
        "review: ravels everything": '''
def rmsprop_step(theta, grad, square_avg, lr, alpha=0.99, eps=1e-8):
    theta, grad, sq = (np.ravel(np.asarray(a, dtype=float)) for a in (theta, grad, square_avg))
    sq_new = alpha * sq + (1 - alpha) * grad ** 2
    return theta - lr * grad / (np.sqrt(sq_new) + eps), sq_new
''',
    },
    "ex_adam_step": {
        "moments updated in place": '''
def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    g = np.asarray(grad, dtype=float)
    m *= beta1
    m += (1 - beta1) * g
    v *= beta2
    v += (1 - beta2) * g * g
    m_hat = m / (1 - beta1 ** t)
    v_hat = v / (1 - beta2 ** t)
    return np.asarray(theta, dtype=float) - lr * m_hat / (np.sqrt(v_hat) + eps), m, v
''',
        "no bias correction": '''
def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    g = np.asarray(grad, dtype=float)
    m_new = beta1 * np.asarray(m, dtype=float) + (1 - beta1) * g
    v_new = beta2 * np.asarray(v, dtype=float) + (1 - beta2) * g * g
    return np.asarray(theta, dtype=float) - lr * m_new / (np.sqrt(v_new) + eps), m_new, v_new
''',
        "paper's efficient version (eps before the correction)": '''
def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    g = np.asarray(grad, dtype=float)
    m_new = beta1 * np.asarray(m, dtype=float) + (1 - beta1) * g
    v_new = beta2 * np.asarray(v, dtype=float) + (1 - beta2) * g * g
    lr_t = lr * np.sqrt(1 - beta2 ** t) / (1 - beta1 ** t)
    return np.asarray(theta, dtype=float) - lr_t * m_new / (np.sqrt(v_new) + eps), m_new, v_new
''',
        "eps inside the square root": '''
def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    g = np.asarray(grad, dtype=float)
    m_new = beta1 * np.asarray(m, dtype=float) + (1 - beta1) * g
    v_new = beta2 * np.asarray(v, dtype=float) + (1 - beta2) * g * g
    m_hat, v_hat = m_new / (1 - beta1 ** t), v_new / (1 - beta2 ** t)
    return np.asarray(theta, dtype=float) - lr * m_hat / np.sqrt(v_hat + eps), m_new, v_new
''',
        "returns the corrected moments as state": '''
def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    g = np.asarray(grad, dtype=float)
    m_new = beta1 * np.asarray(m, dtype=float) + (1 - beta1) * g
    v_new = beta2 * np.asarray(v, dtype=float) + (1 - beta2) * g * g
    m_hat, v_hat = m_new / (1 - beta1 ** t), v_new / (1 - beta2 ** t)
    return np.asarray(theta, dtype=float) - lr * m_hat / (np.sqrt(v_hat) + eps), m_hat, v_hat
''',
        "corrects v without the square root": '''
def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    g = np.asarray(grad, dtype=float)
    m_new = beta1 * np.asarray(m, dtype=float) + (1 - beta1) * g
    v_new = beta2 * np.asarray(v, dtype=float) + (1 - beta2) * g * g
    denom = np.sqrt(v_new) / (1 - beta2 ** t) + eps
    return np.asarray(theta, dtype=float) - lr * (m_new / (1 - beta1 ** t)) / denom, m_new, v_new
''',
        "corrects only the first moment": '''
def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    g = np.asarray(grad, dtype=float)
    m_new = beta1 * np.asarray(m, dtype=float) + (1 - beta1) * g
    v_new = beta2 * np.asarray(v, dtype=float) + (1 - beta2) * g * g
    return np.asarray(theta, dtype=float) - lr * (m_new / (1 - beta1 ** t)) / (np.sqrt(v_new) + eps), m_new, v_new
''',
        "step counted from zero": '''
def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    g = np.asarray(grad, dtype=float)
    m_new = beta1 * np.asarray(m, dtype=float) + (1 - beta1) * g
    v_new = beta2 * np.asarray(v, dtype=float) + (1 - beta2) * g * g
    m_hat, v_hat = m_new / (1 - beta1 ** (t + 1)), v_new / (1 - beta2 ** (t + 1))
    return np.asarray(theta, dtype=float) - lr * m_hat / (np.sqrt(v_hat) + eps), m_new, v_new
''',
        "review: paper's efficient version (eps before the correction)": '''
def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    theta, grad, m, v = (np.asarray(a, dtype=float) for a in (theta, grad, m, v))
    m_new = beta1 * m + (1 - beta1) * grad
    v_new = beta2 * v + (1 - beta2) * grad ** 2
    lr_t = lr * math.sqrt(1 - beta2 ** t) / (1 - beta1 ** t)
    return theta - lr_t * m_new / (np.sqrt(v_new) + eps), m_new, v_new
''',
        "review: eps inside the corrected root": '''
def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    theta, grad, m, v = (np.asarray(a, dtype=float) for a in (theta, grad, m, v))
    m_new = beta1 * m + (1 - beta1) * grad
    v_new = beta2 * v + (1 - beta2) * grad ** 2
    return theta - lr * (m_new / (1 - beta1 ** t)) / np.sqrt(v_new / (1 - beta2 ** t) + eps), m_new, v_new
''',
        "review: float32": '''
def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    theta, grad, m, v = (np.asarray(a, dtype=np.float32) for a in (theta, grad, m, v))
    m_new = np.float32(beta1) * m + np.float32(1 - beta1) * grad
    v_new = np.float32(beta2) * v + np.float32(1 - beta2) * grad ** 2
    denom = np.sqrt(v_new) / np.float32(math.sqrt(1 - beta2 ** t)) + np.float32(eps)
    out = theta - np.float32(lr) * (m_new / np.float32(1 - beta1 ** t)) / denom
    return out.astype(float), m_new.astype(float), v_new.astype(float)
''',
        "review: moments updated in place": '''
def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    grad = np.asarray(grad, dtype=float)
    m = np.asarray(m, dtype=float)
    v = np.asarray(v, dtype=float)
    m *= beta1
    m += (1 - beta1) * grad
    v *= beta2
    v += (1 - beta2) * grad ** 2
    denom = np.sqrt(v) / math.sqrt(1 - beta2 ** t) + eps
    return np.asarray(theta, dtype=float) - lr * m / (1 - beta1 ** t) / denom, m, v
''',
        "review: lists not converted": '''
def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m_new = np.multiply(beta1, m) + np.multiply(1 - beta1, grad)
    v_new = np.multiply(beta2, v) + (1 - beta2) * np.square(grad)
    return theta - lr * (m_new / (1 - beta1 ** t)) / (np.sqrt(v_new) / math.sqrt(1 - beta2 ** t) + eps), m_new, v_new
''',
        "review: ravels everything": '''
def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    theta, grad, m, v = (np.ravel(np.asarray(a, dtype=float)) for a in (theta, grad, m, v))
    m_new = beta1 * m + (1 - beta1) * grad
    v_new = beta2 * v + (1 - beta2) * grad ** 2
    return theta - lr * (m_new / (1 - beta1 ** t)) / (np.sqrt(v_new) / math.sqrt(1 - beta2 ** t) + eps), m_new, v_new
''',
    },
    "ex_tune_and_run": {
        "argmin of the final losses (nan or inf included)": '''
def tune_and_run(make_step, lrs, loss_fn, grad_fn, theta0, n_steps):
    curves = []
    for lr in lrs:
        step = make_step(lr)
        theta = np.array(theta0, dtype=float)
        curve = [loss_fn(theta)]
        with np.errstate(all="ignore"):
            for _ in range(n_steps):
                theta = step(theta, grad_fn(theta))
                curve.append(loss_fn(theta))
        curves.append(np.array(curve, dtype=float))
    finals = np.array([c[-1] for c in curves])
    if not np.any(np.isfinite(finals)):
        raise ValueError("every run diverged")
    best = int(np.argmin(finals))
    return float(lrs[best]), curves[best]
''',
        "judges divergence by the final loss only": '''
def tune_and_run(make_step, lrs, loss_fn, grad_fn, theta0, n_steps):
    best = None
    for lr in sorted(lrs):
        step = make_step(lr)
        theta = np.array(theta0, dtype=float)
        curve = [loss_fn(theta)]
        with np.errstate(all="ignore"):
            for _ in range(n_steps):
                theta = step(theta, grad_fn(theta))
                curve.append(loss_fn(theta))
        curve = np.array(curve, dtype=float)
        if np.isfinite(curve[-1]) and (best is None or curve[-1] < best[1][-1]):
            best = (lr, curve)
    if best is None:
        raise ValueError("every run diverged")
    return float(best[0]), best[1]
''',
        "one optimiser shared by every run": '''
def tune_and_run(make_step, lrs, loss_fn, grad_fn, theta0, n_steps):
    best = None
    shared = None
    for lr in sorted(lrs):
        shared = make_step(lr) if shared is None else shared
        theta = np.array(theta0, dtype=float)
        curve = [loss_fn(theta)]
        with np.errstate(all="ignore"):
            for _ in range(n_steps):
                theta = shared(theta, grad_fn(theta))
                curve.append(loss_fn(theta))
        curve = np.array(curve, dtype=float)
        if np.all(np.isfinite(curve)) and (best is None or curve[-1] < best[1][-1]):
            best = (lr, curve)
    if best is None:
        raise ValueError("every run diverged")
    return float(best[0]), best[1]
''',
        "continues from the previous run's end": '''
def tune_and_run(make_step, lrs, loss_fn, grad_fn, theta0, n_steps):
    best = None
    theta = np.array(theta0, dtype=float)
    for lr in sorted(lrs):
        step = make_step(lr)
        curve = [loss_fn(theta)]
        with np.errstate(all="ignore"):
            for _ in range(n_steps):
                theta = step(theta, grad_fn(theta))
                curve.append(loss_fn(theta))
        curve = np.array(curve, dtype=float)
        if np.all(np.isfinite(curve)) and (best is None or curve[-1] < best[1][-1]):
            best = (lr, curve)
        if not np.all(np.isfinite(theta)):
            theta = np.array(theta0, dtype=float)
    if best is None:
        raise ValueError("every run diverged")
    return float(best[0]), best[1]
''',
        "best by the lowest loss anywhere on the curve": '''
def tune_and_run(make_step, lrs, loss_fn, grad_fn, theta0, n_steps):
    best = None
    for lr in sorted(lrs):
        step = make_step(lr)
        theta = np.array(theta0, dtype=float)
        curve = [loss_fn(theta)]
        with np.errstate(all="ignore"):
            for _ in range(n_steps):
                theta = step(theta, grad_fn(theta))
                curve.append(loss_fn(theta))
        curve = np.array(curve, dtype=float)
        if np.all(np.isfinite(curve)) and (best is None or curve.min() < best[1].min()):
            best = (lr, curve)
    if best is None:
        raise ValueError("every run diverged")
    return float(best[0]), best[1]
''',
        "ties go to the larger learning rate": '''
def tune_and_run(make_step, lrs, loss_fn, grad_fn, theta0, n_steps):
    best = None
    for lr in sorted(lrs):
        step = make_step(lr)
        theta = np.array(theta0, dtype=float)
        curve = [loss_fn(theta)]
        with np.errstate(all="ignore"):
            for _ in range(n_steps):
                theta = step(theta, grad_fn(theta))
                curve.append(loss_fn(theta))
        curve = np.array(curve, dtype=float)
        if np.all(np.isfinite(curve)) and (best is None or curve[-1] <= best[1][-1]):
            best = (lr, curve)
    if best is None:
        raise ValueError("every run diverged")
    return float(best[0]), best[1]
''',
        "returns None instead of raising when all diverge": '''
def tune_and_run(make_step, lrs, loss_fn, grad_fn, theta0, n_steps):
    best_lr, best_curve = None, None
    for lr in sorted(lrs):
        step = make_step(lr)
        theta = np.array(theta0, dtype=float)
        curve = [loss_fn(theta)]
        with np.errstate(all="ignore"):
            for _ in range(n_steps):
                theta = step(theta, grad_fn(theta))
                curve.append(loss_fn(theta))
        curve = np.array(curve, dtype=float)
        if np.all(np.isfinite(curve)) and (best_curve is None or curve[-1] < best_curve[-1]):
            best_lr, best_curve = lr, curve
    return best_lr, best_curve
''',
        "review: only the final loss checked for finiteness": '''
def tune_and_run(make_step, lrs, loss_fn, grad_fn, theta0, n_steps):
    best = None
    for lr in sorted(lrs):
        step, theta = make_step(lr), np.array(theta0, dtype=float)
        curve = [loss_fn(theta)]
        for _ in range(n_steps):
            theta = step(theta, grad_fn(theta))
            curve.append(loss_fn(theta))
        if np.isfinite(curve[-1]) and (best is None or curve[-1] < best[1][-1]):
            best = (lr, np.array(curve, dtype=float))
    if best is None:
        raise ValueError("all diverged")
    return best
''',
        "review: one optimiser shared by every rate": '''
def tune_and_run(make_step, lrs, loss_fn, grad_fn, theta0, n_steps):
    best = None
    steps = {}
    first = make_step(sorted(lrs)[0])
    for lr in sorted(lrs):
        step = make_step(lr) if lr not in steps else steps[lr]
        step = first if lr == sorted(lrs)[0] else step
        theta = np.array(theta0, dtype=float)
        curve = [loss_fn(theta)]
        for _ in range(n_steps):
            theta = step(theta, grad_fn(theta))
            curve.append(loss_fn(theta))
        curve = np.array(curve, dtype=float)
        if np.all(np.isfinite(curve)) and (best is None or curve[-1] < best[1][-1]):
            best = (lr, curve)
        first = step
    if best is None:
        raise ValueError("all diverged")
    return best
''',
        "review: no copy of theta0 (in-place optimiser mutates it)": '''
def tune_and_run(make_step, lrs, loss_fn, grad_fn, theta0, n_steps):
    best = None
    for lr in sorted(lrs):
        step, theta = make_step(lr), np.asarray(theta0, dtype=np.float64)
        curve = [loss_fn(theta)]
        for _ in range(n_steps):
            theta = step(theta, grad_fn(theta))
            curve.append(loss_fn(theta))
        curve = np.array(curve, dtype=float)
        if np.all(np.isfinite(curve)) and (best is None or curve[-1] < best[1][-1]):
            best = (lr, curve)
    if best is None:
        raise ValueError("all diverged")
    return best
''',
        "review: loss recorded before each step": '''
def tune_and_run(make_step, lrs, loss_fn, grad_fn, theta0, n_steps):
    best = None
    for lr in sorted(lrs):
        step, theta = make_step(lr), np.array(theta0, dtype=float)
        curve = [loss_fn(theta)]
        for _ in range(n_steps):
            curve.append(loss_fn(theta))
            theta = step(theta, grad_fn(theta))
        curve = np.array(curve, dtype=float)
        if np.all(np.isfinite(curve)) and (best is None or curve[-1] < best[1][-1]):
            best = (lr, curve)
    if best is None:
        raise ValueError("all diverged")
    return best
''',
        "review: tie goes to the larger rate": '''
def tune_and_run(make_step, lrs, loss_fn, grad_fn, theta0, n_steps):
    best = None
    for lr in sorted(lrs):
        step, theta = make_step(lr), np.array(theta0, dtype=float)
        curve = [loss_fn(theta)]
        for _ in range(n_steps):
            theta = step(theta, grad_fn(theta))
            curve.append(loss_fn(theta))
        curve = np.array(curve, dtype=float)
        if np.all(np.isfinite(curve)) and (best is None or curve[-1] <= best[1][-1]):
            best = (lr, curve)
    if best is None:
        raise ValueError("all diverged")
    return best
''',
        "review: returns None instead of raising": '''
def tune_and_run(make_step, lrs, loss_fn, grad_fn, theta0, n_steps):
    best = (None, None)
    for lr in sorted(lrs):
        step, theta = make_step(lr), np.array(theta0, dtype=float)
        curve = [loss_fn(theta)]
        for _ in range(n_steps):
            theta = step(theta, grad_fn(theta))
            curve.append(loss_fn(theta))
        curve = np.array(curve, dtype=float)
        if np.all(np.isfinite(curve)) and (best[1] is None or curve[-1] < best[1][-1]):
            best = (lr, curve)
    return best
''',
    },
}
