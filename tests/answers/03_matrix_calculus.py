"""Alternative correct answers and plausible wrong answers for lesson 03 (matrix calculus).

The first WRONG answer of every exercise passes that exercise's visible tests, so only the hidden
tests can catch it (it is also the one submitted in the nbgrader round trip).
"""

CORRECT = {
    "ex_sigmoid_jacobian": {
        "loop with a branch on the sign of each input": '''
def sigmoid_jacobian(x):
    n = len(x)
    J = np.zeros((n, n))
    for i in range(n):
        t = float(x[i])
        if t >= 0:
            s = 1.0 / (1.0 + np.exp(-t))
        else:
            s = np.exp(t) / (1.0 + np.exp(t))
        J[i, i] = s * (1 - s)
    return J
''',
        "scipy expit (float64)": '''
from scipy.special import expit

def sigmoid_jacobian(x):
    x = np.asarray(x, dtype=float)      # compute in float64
    s = expit(x)
    return np.diag(s * (1 - s))
''',
        "textbook formula 1 / (1 + exp(-x)), with its harmless overflow warning (float64)": '''
def sigmoid_jacobian(x):
    x = np.asarray(x, dtype=float)      # compute in float64
    with np.errstate(over="ignore"):
        s = 1.0 / (1.0 + np.exp(-x))
    J = np.zeros((len(x), len(x)))
    for i in range(len(x)):
        J[i, i] = s[i] * (1.0 - s[i])
    return J
''',
        "derivative as exp(-|x|) / (1 + exp(-|x|))^2 (float64)": '''
def sigmoid_jacobian(x):
    x = np.asarray(x, dtype=float)      # compute in float64
    e = np.exp(-np.abs(x))
    return np.diag(e / (1.0 + e) ** 2)
''',
        "sech^2(x/2) / 4, overflow of cosh silenced (float64)": '''
def sigmoid_jacobian(x):
    x = np.asarray(x, dtype=float)      # compute in float64
    with np.errstate(over="ignore"):
        return np.diag(0.25 / np.cosh(x / 2) ** 2)
''',
        "clips x to [-30, 30] before exp(x) / (1 + exp(x)) (error below 1e-13) (float64)": '''
def sigmoid_jacobian(x):
    x = np.asarray(x, dtype=float)      # compute in float64
    e = np.exp(np.clip(x, -30, 30))
    s = e / (1 + e)
    return np.diag(s * (1 - s))
''',
        "expit(x) * expit(-x) on the diagonal": '''
from scipy.special import expit

def sigmoid_jacobian(x):
    x = np.asarray(x, dtype=np.float64)
    return np.diag(expit(x) * expit(-x))
''',
        "exp(-|x|) / (1 + exp(-|x|))², filled in a loop": '''
def sigmoid_jacobian(x):
    x = np.array(x, dtype=float)
    J = np.zeros((x.size, x.size))
    for i, t in enumerate(x):
        e = np.exp(-abs(t))
        J[i, i] = e / (1.0 + e) ** 2
    return J
''',
        "textbook σ (1 - σ) with 1 / (1 + exp(-x))": '''
def sigmoid_jacobian(x):
    s = 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=float)))
    return np.diag(s * (1.0 - s))
''',
    },
    "ex_trace_grad": {
        "product of transposes (float64)": '''
def grad_trace_AXB(A, X, B):
    A, X, B = (np.asarray(v, dtype=float) for v in (A, X, B))
    return A.T @ B.T
''',
        "einsum over the trace's indices (float64)": '''
def grad_trace_AXB(A, X, B):
    A, X, B = (np.asarray(v, dtype=float) for v in (A, X, B))
    return np.einsum("ki,jk->ij", A, B)
''',
        "entry by entry with loops (float64)": '''
def grad_trace_AXB(A, X, B):
    A, X, B = (np.asarray(v, dtype=float) for v in (A, X, B))
    m, n = X.shape
    G = np.zeros((m, n))
    for i in range(m):
        for j in range(n):
            G[i, j] = sum(A[k, i] * B[j, k] for k in range(A.shape[0]))
    return G
''',
        "difference quotients of the linear function, entry by entry (float64)": '''
def grad_trace_AXB(A, X, B):
    A, X, B = (np.asarray(v, dtype=float) for v in (A, X, B))
    G = np.zeros(X.shape)
    for idx in np.ndindex(X.shape):
        E = np.zeros(X.shape)
        E[idx] = 1.0
        G[idx] = np.trace(A @ E @ B)
    return G
''',
        "(B A) transposed": '''
def grad_trace_AXB(A, X, B):
    return (np.asarray(B, dtype=np.float64) @ np.asarray(A, dtype=np.float64)).T
''',
        "einsum over the shared index": '''
def grad_trace_AXB(A, X, B):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    return np.einsum("pi,jp->ij", A, B)
''',
    },
    "ex_quadratic_form": {
        "sum of A x and A^T x (float64)": '''
def quadratic_form_derivatives(A, x):
    A, x = (np.asarray(v, dtype=float) for v in (A, x))
    return A @ x + A.T @ x, A + A.T
''',
        "symmetric part times two (float64)": '''
def quadratic_form_derivatives(A, x):
    A, x = (np.asarray(v, dtype=float) for v in (A, x))
    S = 0.5 * (A + A.T)
    return 2 * S @ x, 2 * S
''',
        "index loops (float64)": '''
def quadratic_form_derivatives(A, x):
    A, x = (np.asarray(v, dtype=float) for v in (A, x))
    n = len(x)
    g, H = np.zeros(n), np.zeros((n, n))
    for k in range(n):
        for j in range(n):
            g[k] += (A[k, j] + A[j, k]) * x[j]
            H[k, j] = A[k, j] + A[j, k]
    return g, H
''',
        "returns a list: x A + A x (float64)": '''
def quadratic_form_derivatives(A, x):
    A, x = (np.asarray(v, dtype=float) for v in (A, x))
    return [x @ A + A @ x, A + A.T]
''',
        "double loop over entries": '''
def quadratic_form_derivatives(A, x):
    A = np.array(A, dtype=float)
    x = np.array(x, dtype=float)
    n = len(x)
    H = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            H[i, j] = A[i, j] + A[j, i]
    g = np.zeros(n)
    for i in range(n):
        g[i] = H[i] @ x
    return g, H
''',
        "einsum for both terms": '''
def quadratic_form_derivatives(A, x):
    A = np.asarray(A, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    g = np.einsum("ij,j->i", A, x) + np.einsum("ji,j->i", A, x)
    return g, A + A.T
''',
    },
    "ex_linear_backward": {
        "einsum (float64)": '''
def linear_backward(X, W, b, G):
    X, W, b, G = (np.asarray(v, dtype=float) for v in (X, W, b, G))
    return (np.einsum("no,oi->ni", G, W), np.einsum("no,ni->oi", G, X), np.einsum("no->o", G))
''',
        "sum of per-example outer products (float64)": '''
def linear_backward(X, W, b, G):
    X, W, b, G = (np.asarray(v, dtype=float) for v in (X, W, b, G))
    dX = np.stack([W.T @ g for g in G])
    dW = sum(np.outer(g, x) for g, x in zip(G, X))
    db = sum(G)
    return dX, dW, db
''',
        "explicit loop over the batch, list returned (float64)": '''
def linear_backward(X, W, b, G):
    X, W, b, G = (np.asarray(v, dtype=float) for v in (X, W, b, G))
    dX, dW, db = np.zeros(X.shape), np.zeros(W.shape), np.zeros(b.shape)
    for i in range(X.shape[0]):
        dX[i] = W.T @ G[i]
        dW += np.outer(G[i], X[i])
        db += G[i]
    return [dX, dW, db]
''',
        "sum of per-example outer products": '''
def linear_backward(X, W, b, G):
    X = np.asarray(X, dtype=float)
    W = np.asarray(W, dtype=float)
    G = np.asarray(G, dtype=float)
    dW = np.zeros(W.shape)
    dX = np.zeros(X.shape)
    for x_i, g_i in zip(X, G):
        dW += np.outer(g_i, x_i)
    for i in range(len(X)):
        dX[i] = W.T @ G[i]
    return dX, dW, G.sum(axis=0)
''',
        "einsum": '''
def linear_backward(X, W, b, G):
    X, W, G = (np.asarray(a, dtype=np.float64) for a in (X, W, G))
    return np.einsum("nk,ki->ni", G, W), np.einsum("nk,ni->ki", G, X), np.einsum("nk->k", G)
''',
    },
    "ex_mse": {
        "flat loop, reshaped gradient": '''
def mse_loss_and_grad(pred, target):
    p, t = np.ravel(pred).astype(float), np.ravel(target).astype(float)
    N = p.size
    loss, g = 0.0, np.zeros(N)
    for i in range(N):
        loss += (p[i] - t[i]) ** 2 / N
        g[i] = 2 * (p[i] - t[i]) / N
    return loss, g.reshape(np.shape(pred))
''',
        "mean of squares, size-based divisor (float64)": '''
def mse_loss_and_grad(pred, target):
    pred, target = (np.asarray(v, dtype=float) for v in (pred, target))
    d = pred - target
    return np.mean(d * d), 2 * d / np.size(d)
''',
        "returns a 0-d array loss (float64)": '''
def mse_loss_and_grad(pred, target):
    pred, target = (np.asarray(v, dtype=float) for v in (pred, target))
    d = np.asarray(pred) - np.asarray(target)
    N = d.size
    return np.sum(d ** 2) / N, (2.0 / N) * d
''',
        "subtracts in place on its own copy (float64)": '''
def mse_loss_and_grad(pred, target):
    pred, target = (np.asarray(v, dtype=float) for v in (pred, target))
    d = pred.astype(float)
    d -= target
    return float((d ** 2).sum() / d.size), d * (2 / d.size)
''',
        "difference times itself, mean": '''
def mse_loss_and_grad(pred, target):
    d = np.asarray(pred, dtype=np.float64) - np.asarray(target, dtype=np.float64)
    return float(np.mean(d * d)), 2.0 * d / d.size
''',
        "loop over np.ndindex": '''
def mse_loss_and_grad(pred, target):
    p = np.array(pred, dtype=float)
    t = np.array(target, dtype=float)
    total = 0.0
    grad = np.empty(p.shape)
    for idx in np.ndindex(p.shape):
        d = p[idx] - t[idx]
        total += d * d
        grad[idx] = 2.0 * d / p.size
    return total / p.size, grad
''',
    },
    "ex_softmax_ce": {
        "scipy logsumexp and softmax (float64)": '''
from scipy.special import logsumexp, softmax

def softmax_cross_entropy(Z, y):
    Z = np.asarray(Z, dtype=float)      # compute in float64
    n = len(y)
    loss = np.mean(logsumexp(Z, axis=1) - Z[np.arange(n), y])
    dZ = softmax(Z, axis=1)
    dZ[np.arange(n), y] -= 1
    return loss, dZ / n
''',
        "one-hot matrix and a loop over rows (float64)": '''
def softmax_cross_entropy(Z, y):
    Z = np.asarray(Z, dtype=float)      # compute in float64
    n, k = Z.shape
    Y = np.eye(k)[y]
    total = 0.0
    S = np.zeros((n, k))
    for i in range(n):
        z = Z[i] - Z[i].max()
        S[i] = np.exp(z) / np.exp(z).sum()
        total += np.log(np.exp(z).sum()) - z[y[i]]
    return total / n, (S - Y) / n
''',
        "log-probabilities and a boolean one-hot mask (float64)": '''
def softmax_cross_entropy(Z, y):
    Z = np.asarray(Z, dtype=float)      # compute in float64
    n, k = Z.shape
    shifted = Z - Z.max(axis=1, keepdims=True)
    logp = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    mask = np.arange(k) == np.asarray(y)[:, None]
    return float(-logp[mask].sum() / n), (np.exp(logp) - mask) / n
''',
        "scipy log_softmax": '''
from scipy.special import log_softmax

def softmax_cross_entropy(Z, y):
    Z = np.asarray(Z, dtype=np.float64)
    n = Z.shape[0]
    L = log_softmax(Z, axis=1)
    dZ = np.exp(L)
    dZ[np.arange(n), y] -= 1.0
    return float(-L[np.arange(n), y].mean()), dZ / n
''',
        "row by row with each row's maximum": '''
def softmax_cross_entropy(Z, y):
    Z = np.array(Z, dtype=float)
    n = len(Z)
    dZ = np.zeros(Z.shape)
    loss = 0.0
    for i in range(n):
        z = Z[i] - Z[i].max()
        lse = np.log(np.sum(np.exp(z)))
        loss += lse - z[y[i]]
        dZ[i] = np.exp(z - lse)
        dZ[i, y[i]] -= 1.0
    return loss / n, dZ / n
''',
    },
    "ex_softmax_jacobian": {
        "loop over the batch with diag and outer (float64)": '''
def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=float)      # compute in float64
    out = []
    for z in Z:
        s = np.exp(z - z.max())
        s = s / s.sum()
        out.append(np.diag(s) - np.outer(s, s))
    return np.array(out)
''',
        "broadcasting with scipy's softmax (float64)": '''
from scipy.special import softmax

def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=float)      # compute in float64
    S = softmax(Z, axis=1)
    return S[:, :, None] * np.eye(Z.shape[1]) - S[:, :, None] * S[:, None, :]
''',
        "s_i (delta_ij - s_j) with logsumexp (float64)": '''
def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=float)      # compute in float64
    S = np.exp(Z - logsumexp(Z, axis=1, keepdims=True))
    return S[:, :, None] * (np.eye(Z.shape[1]) - S[:, None, :])
''',
        "loop: diag(s) - s sᵀ per row": '''
def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    n, k = Z.shape
    J = np.empty((n, k, k))
    for m in range(n):
        e = np.exp(Z[m] - Z[m].max())
        s = e / e.sum()
        J[m] = np.diag(s) - np.outer(s, s)
    return J
''',
        "einsum with the identity": '''
def softmax_jacobian(Z):
    Z = np.array(Z, dtype=float)
    e = np.exp(Z - Z.max(axis=1, keepdims=True))
    S = e / e.sum(axis=1, keepdims=True)
    return np.einsum("mi,ij->mij", S, np.eye(Z.shape[1])) - np.einsum("mi,mj->mij", S, S)
''',
    },
    "ex_relative_error": {
        "rescale by the largest entry, then np.linalg.norm": '''
def relative_error(a, b):
    a = np.asarray(a, dtype=float).ravel()
    b = np.asarray(b, dtype=float).ravel()
    big = max(np.abs(a).max(initial=0.0), np.abs(b).max(initial=0.0))
    if big == 0.0:
        return 0.0
    a, b = a / big, b / big
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b)))
''',
        "np.hypot.reduce never overflows": '''
def relative_error(a, b):
    a = np.ravel(np.asarray(a, dtype=np.float64))
    b = np.ravel(np.asarray(b, dtype=np.float64))
    norm = lambda v: np.hypot.reduce(v) if v.size else 0.0
    denominator = norm(a) + norm(b)
    if denominator == 0:
        return 0.0
    scale = max(np.abs(a).max(), np.abs(b).max())
    return float(norm(a / scale - b / scale) / (denominator / scale))
''',
        "BLAS nrm2 (scipy.linalg.norm, overflow-safe) on float64 copies": '''
import scipy.linalg as _linalg

def relative_error(a, b):
    a = np.array(a, dtype=float).ravel()
    b = np.array(b, dtype=float).ravel()
    total = _linalg.norm(a) + _linalg.norm(b)
    if total == 0.0:
        return 0.0
    scale = max(np.max(np.abs(a)), np.max(np.abs(b)))
    return float(_linalg.norm(a / scale - b / scale) * scale / total)
''',
        "rescaled by the largest entry": '''
def relative_error(a, b):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    c = max(np.abs(a).max(initial=0.0), np.abs(b).max(initial=0.0))
    if c == 0.0:
        return 0.0
    a, b = a / c, b / c
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b)))
''',
        "hypot reductions": '''
def relative_error(a, b):
    a = np.asarray(a, dtype=float).ravel()
    b = np.asarray(b, dtype=float).ravel()
    den = np.hypot.reduce(a, initial=0.0) + np.hypot.reduce(b, initial=0.0)
    if den == 0.0:
        return 0.0
    return float(np.hypot.reduce(a - b, initial=0.0) / den)
''',
    },
    "ex_numerical_gradient": {
        "flat loop on a copy, unit arrays": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.asarray(x, dtype=float)
    g = np.zeros(x.size)
    for i in range(x.size):
        e = np.zeros(x.size)
        e[i] = h
        e = e.reshape(x.shape)
        g[i] = (f(x + e) - f(x - e)) / (2 * h)
    return g.reshape(x.shape)
''',
        "np.nditer in place, restoring every entry (float64)": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.asarray(x, dtype=float)      # compute in float64
    grad = np.zeros_like(x, dtype=float)
    it = np.nditer(x, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        old = x[i]
        x[i] = old + h
        fp = f(x)
        x[i] = old - h
        fm = f(x)
        x[i] = old
        grad[i] = (fp - fm) / (2 * h)
    return grad
''',
        "perturbs the caller's array and restores each entry (float64)": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.asarray(x, dtype=float)      # compute in float64
    g = np.zeros(x.shape)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + h
        fp = f(x)
        x[idx] = old - h
        fm = f(x)
        x[idx] = old
        g[idx] = (fp - fm) / (2 * h)
    return g
''',
        "fresh perturbed arrays x ± h E": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.asarray(x, dtype=np.float64)
    g = np.empty(x.shape)
    for idx in np.ndindex(x.shape):
        E = np.zeros(x.shape)
        E[idx] = 1.0
        g[idx] = (f(x + h * E) - f(x - h * E)) / (2 * h)
    return g
''',
        "flat view of a float64 copy": '''
def numerical_gradient(f, x, h=1e-5):
    point = np.array(x, dtype=float)
    flat = point.reshape(-1)
    g = np.empty(point.size)
    for i in range(point.size):
        old = flat[i]
        flat[i] = old + h
        up = f(point)
        flat[i] = old - h
        down = f(point)
        flat[i] = old
        g[i] = (up - down) / (2 * h)
    return g.reshape(point.shape)
''',
    },
    "ex_mlp_backprop": {
        "reusing the earlier exercises' formulas as helpers (float64)": '''
def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    X, W1, b1, W2, b2 = (np.asarray(v, dtype=float) for v in (X, W1, b1, W2, b2))
    n = X.shape[0]
    Z1 = X @ W1.T + b1
    H = np.tanh(Z1)
    Z2 = H @ W2.T + b2
    m = Z2.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(Z2 - m).sum(axis=1))
    loss = np.mean(lse - Z2[np.arange(n), y])
    dZ2 = np.exp(Z2 - lse[:, None])
    dZ2[np.arange(n), y] -= 1
    dZ2 /= n

    def backward_linear(inp, W, G):
        return G @ W, G.T @ inp, G.sum(axis=0)

    dH, dW2, db2 = backward_linear(H, W2, dZ2)
    dZ1 = dH * (1 - H ** 2)
    _, dW1, db1 = backward_linear(X, W1, dZ1)
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
''',
        "einsum and an explicit one-hot matrix (float64)": '''
def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    X, W1, b1, W2, b2 = (np.asarray(v, dtype=float) for v in (X, W1, b1, W2, b2))
    n, k = X.shape[0], W2.shape[0]
    H = np.tanh(np.einsum("nd,hd->nh", X, W1) + b1)
    Z2 = np.einsum("nh,kh->nk", H, W2) + b2
    Z2 = Z2 - Z2.max(axis=1, keepdims=True)
    logP = Z2 - np.log(np.exp(Z2).sum(axis=1, keepdims=True))
    P = np.exp(logP)
    Y = np.eye(k)[y]
    loss = -np.sum(Y * logP) / n
    D2 = (P - Y) / n
    D1 = np.einsum("nk,kh->nh", D2, W2) * (1 - H * H)
    return loss, {"W2": np.einsum("nk,nh->kh", D2, H), "b2": D2.sum(0),
                  "W1": np.einsum("nh,nd->hd", D1, X), "b1": D1.sum(0)}
''',
        "calls the earlier exercises' functions (float64)": '''
def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    X, W1, b1, W2, b2 = (np.asarray(v, dtype=float) for v in (X, W1, b1, W2, b2))
    H = np.tanh(X @ W1.T + b1)
    loss, dZ2 = softmax_cross_entropy(H @ W2.T + b2, y)
    dH, dW2, db2 = linear_backward(H, W2, b2, dZ2)
    _, dW1, db1 = linear_backward(X, W1, b1, dH * (1 - H ** 2))
    return float(loss), {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
''',
        "loop over examples, slope as 1 / cosh^2 (float64)": '''
def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    X, W1, b1, W2, b2 = (np.asarray(v, dtype=float) for v in (X, W1, b1, W2, b2))
    n, k = X.shape[0], W2.shape[0]
    g = {"W1": np.zeros_like(W1), "b1": np.zeros_like(b1), "W2": np.zeros_like(W2), "b2": np.zeros_like(b2)}
    loss = 0.0
    for i in range(n):
        z1 = W1 @ X[i] + b1
        h = np.tanh(z1)
        z2 = W2 @ h + b2
        lse = z2.max() + np.log(np.sum(np.exp(z2 - z2.max())))
        loss += (lse - z2[y[i]]) / n
        d2 = (np.exp(z2 - lse) - np.eye(k)[y[i]]) / n
        g["W2"] += np.outer(d2, h)
        g["b2"] += d2
        with np.errstate(over="ignore"):
            d1 = (W2.T @ d2) / np.cosh(z1) ** 2
        g["W1"] += np.outer(d1, X[i])
        g["b1"] += d1
    return loss, g
''',
        "scipy log_softmax, float64 casts": '''
from scipy.special import log_softmax

def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    X, W1, b1, W2, b2 = (np.asarray(a, dtype=np.float64) for a in (X, W1, b1, W2, b2))
    n = X.shape[0]
    H = np.tanh(X @ W1.T + b1)
    L = log_softmax(H @ W2.T + b2, axis=1)
    dZ2 = np.exp(L)
    dZ2[np.arange(n), y] -= 1.0
    dZ2 /= n
    dZ1 = (dZ2 @ W2) * (1.0 - H ** 2)
    return float(-L[np.arange(n), y].mean()), {"W1": dZ1.T @ X, "b1": dZ1.sum(axis=0),
                                                "W2": dZ2.T @ H, "b2": dZ2.sum(axis=0)}
''',
        "example by example, accumulated": '''
def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    X = np.array(X, dtype=float); W1 = np.array(W1, dtype=float); b1 = np.array(b1, dtype=float)
    W2 = np.array(W2, dtype=float); b2 = np.array(b2, dtype=float)
    n = len(X)
    grads = {"W1": np.zeros(W1.shape), "b1": np.zeros(b1.shape),
             "W2": np.zeros(W2.shape), "b2": np.zeros(b2.shape)}
    loss = 0.0
    for x, label in zip(X, y):
        h = np.tanh(W1 @ x + b1)
        z = W2 @ h + b2
        z = z - z.max()
        lse = np.log(np.exp(z).sum())
        loss += lse - z[label]
        dz = np.exp(z - lse)
        dz[label] -= 1.0
        dh = (W2.T @ dz) * (1.0 - h * h)
        grads["W2"] += np.outer(dz, h) / n
        grads["b2"] += dz / n
        grads["W1"] += np.outer(dh, x) / n
        grads["b1"] += dh / n
    return loss / n, grads
''',
    },
}

WRONG = {
    "ex_sigmoid_jacobian": {
        "dtype: scipy expit, in the input's float32": '''
from scipy.special import expit

def sigmoid_jacobian(x):
    s = expit(x)
    return np.diag(s * (1 - s))
''',
        "sigmoid written as exp(x) / (1 + exp(x)): nan for large x": '''
def sigmoid_jacobian(x):
    s = np.exp(x) / (1.0 + np.exp(x))
    return np.diag(s * (1.0 - s))
''',
        "returns the diagonal as a vector": '''
def sigmoid_jacobian(x):
    s = 0.5 * (1 + np.tanh(x / 2))
    return s * (1 - s)
''',
        "diagonal of sigma instead of its derivative": '''
def sigmoid_jacobian(x):
    return np.diag(0.5 * (1 + np.tanh(x / 2)))
''',
        "softmax-like full matrix diag(s) - s s^T": '''
def sigmoid_jacobian(x):
    s = 0.5 * (1 + np.tanh(x / 2))
    return np.diag(s) - np.outer(s, s)
''',
        "clips the caller's x in place": '''
def sigmoid_jacobian(x):
    np.clip(x, -500, 500, out=x)
    s = 1 / (1 + np.exp(-x))
    return np.diag(s * (1 - s))
''',
        "sigma as (1 + tanh x) / 2, the /2 inside tanh forgotten": '''
def sigmoid_jacobian(x):
    s = 0.5 * (1 + np.tanh(x))
    return np.diag(s * (1 - s))
''',
        "clips x to [-20, 20]: derivative not flat far out": '''
def sigmoid_jacobian(x):
    e = np.exp(np.clip(x, -20, 20))
    s = e / (1 + e)
    return np.diag(s * (1 - s))
''',
        "derivative exp(-x) / (1 + exp(-x))^2: nan for very negative x": '''
def sigmoid_jacobian(x):
    e = np.exp(-x)
    return np.diag(e / (1 + e) ** 2)
''',
        "dtype: textbook formula 1 / (1 + exp(-x)), with its harmless overflow warning, in the input's float32": '''
def sigmoid_jacobian(x):
    with np.errstate(over="ignore"):
        s = 1.0 / (1.0 + np.exp(-x))
    J = np.zeros((len(x), len(x)))
    for i in range(len(x)):
        J[i, i] = s[i] * (1.0 - s[i])
    return J
''',
        "dtype: stays in the input's float32": '''
def sigmoid_jacobian(x):
    x = np.asarray(x)
    e = np.exp(-np.abs(x))
    return np.diag(e / (1 + e) ** 2)
''',
                "mutation: clips x in place": '''
def sigmoid_jacobian(x):
    x = np.asarray(x, dtype=float)
    np.clip(x, -500, 500, out=x)
    s = 1.0 / (1.0 + np.exp(-x))
    return np.diag(s * (1.0 - s))
''',
        "list: x.astype on a list": '''
def sigmoid_jacobian(x):
    x = x.astype(float)
    e = np.exp(-np.abs(x))
    return np.diag(e / (1 + e) ** 2)
''',
        "a single input returns the bare slope, not a 1 x 1 matrix": '''
def sigmoid_jacobian(x):
    x = np.asarray(x, dtype=float)
    e = np.exp(-np.abs(x))
    slope = e / (1 + e) ** 2
    return slope if slope.size == 1 else np.diag(slope)
''',
    },
    "ex_trace_grad": {
        "dtype: product of transposes, in the input's float32": '''
def grad_trace_AXB(A, X, B):
    return A.T @ B.T
''',
        "forgets to transpose B": '''
def grad_trace_AXB(A, X, B):
    return A.T @ B
''',
        "numerator layout: B A": '''
def grad_trace_AXB(A, X, B):
    return B @ A
''',
        "transposes in the wrong order: B^T A^T": '''
def grad_trace_AXB(A, X, B):
    return B.T @ A.T
''',
        "ignores B: returns A^T": '''
def grad_trace_AXB(A, X, B):
    return A.T
''',
        "(A B)^T: only defined for square shapes": '''
def grad_trace_AXB(A, X, B):
    return (A @ B).T
''',
        "dtype: einsum over the trace's indices, in the input's float32": '''
def grad_trace_AXB(A, X, B):
    return np.einsum("ki,jk->ij", A, B)
''',
        "dtype and lists: A.T @ B.T without conversion": '''
def grad_trace_AXB(A, X, B):
    return A.T @ B.T
''',
        "int: loop filling np.zeros_like(X)": '''
def grad_trace_AXB(A, X, B):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    G = np.zeros_like(X)
    for i in range(G.shape[0]):
        for j in range(G.shape[1]):
            G[i, j] = A[:, i] @ B[j, :]
    return G
''',
        "squeezed: drops axes of length one": '''
def grad_trace_AXB(A, X, B):
    return np.squeeze(np.asarray(A, dtype=float).T @ np.asarray(B, dtype=float).T)
''',
        "outer product of column sums": '''
def grad_trace_AXB(A, X, B):
    return np.outer(np.sum(A, axis=0), np.sum(B, axis=1)).astype(float)
''',
    },
    "ex_quadratic_form": {
        "dtype: sum of A x and A^T x, in the input's float32": '''
def quadratic_form_derivatives(A, x):
    return A @ x + A.T @ x, A + A.T
''',
        "assumes A symmetric: 2 A x and 2 A": '''
def quadratic_form_derivatives(A, x):
    return 2 * A @ x, 2 * A
''',
        "forgets the factor two: A x and A": '''
def quadratic_form_derivatives(A, x):
    return A @ x, A
''',
        "right gradient, Hessian A": '''
def quadratic_form_derivatives(A, x):
    return (A + A.T) @ x, A
''',
        "2 A^T x with the right Hessian": '''
def quadratic_form_derivatives(A, x):
    return 2 * A.T @ x, A + A.T
''',
        "right gradient, non-symmetric Hessian 2 A": '''
def quadratic_form_derivatives(A, x):
    return (A + A.T) @ x, 2 * A
''',
        "dtype: symmetric part times two, in the input's float32": '''
def quadratic_form_derivatives(A, x):
    S = 0.5 * (A + A.T)
    return 2 * S @ x, 2 * S
''',
        "mutation: symmetrises A in place": '''
def quadratic_form_derivatives(A, x):
    A = np.asarray(A, dtype=float)
    A += A.T
    return A @ np.asarray(x, dtype=float), A
''',
        "dtype: symmetrised in the input's dtype": '''
def quadratic_form_derivatives(A, x):
    A = np.asarray(A)
    x = np.asarray(x)
    S = A + A.T
    return S @ x, S
''',
        "mutation: A += A.T in place": '''
def quadratic_form_derivatives(A, x):
    A = np.asarray(A, dtype=float)
    A += A.T
    return A @ np.asarray(x, dtype=float), A.copy()
''',
        "list: A.T on a nested list": '''
def quadratic_form_derivatives(A, x):
    S = A + A.T
    return S @ np.asarray(x, dtype=float), np.asarray(S, dtype=float)
''',
        "int: Hessian left as an integer array": '''
def quadratic_form_derivatives(A, x):
    A = np.asarray(A)
    H = A + A.T
    return H @ np.asarray(x, dtype=float), H
''',
        "2 A x (symmetric-only formula)": '''
def quadratic_form_derivatives(A, x):
    A = np.asarray(A, dtype=float)
    return 2 * A @ np.asarray(x, dtype=float), A + A.T
''',
    },
    "ex_linear_backward": {
        "dtype: einsum, in the input's float32": '''
def linear_backward(X, W, b, G):
    return (np.einsum("no,oi->ni", G, W), np.einsum("no,ni->oi", G, X), np.einsum("no->o", G))
''',
        "averages the bias gradient over the batch": '''
def linear_backward(X, W, b, G):
    return G @ W, G.T @ X, G.mean(axis=0)
''',
        "divides the weight gradient by the batch size": '''
def linear_backward(X, W, b, G):
    return G @ W, G.T @ X / len(X), G.sum(axis=0)
''',
        "missing transpose: X^T G": '''
def linear_backward(X, W, b, G):
    return G @ W, X.T @ G, G.sum(axis=0)
''',
        "bias gradient summed over the wrong axis": '''
def linear_backward(X, W, b, G):
    return G @ W, G.T @ X, G.sum(axis=1)
''',
        "input gradient with W transposed": '''
def linear_backward(X, W, b, G):
    return G @ W.T, G.T @ X, G.sum(axis=0)
''',
        "outer product of the batch sums": '''
def linear_backward(X, W, b, G):
    return G @ W, np.outer(G.sum(0), X.sum(0)), G.sum(0)
''',
        "first example only in the bias gradient": '''
def linear_backward(X, W, b, G):
    return G @ W, G.T @ X, G[0]
''',
        "dtype: sum of per-example outer products, in the input's float32": '''
def linear_backward(X, W, b, G):
    dX = np.stack([W.T @ g for g in G])
    dW = sum(np.outer(g, x) for g, x in zip(G, X))
    db = sum(G)
    return dX, dW, db
''',
        "dtype and lists: no conversion": '''
def linear_backward(X, W, b, G):
    return G @ W, G.T @ X, G.sum(axis=0)
''',
        "batch of one squeezed away": '''
def linear_backward(X, W, b, G):
    X, W, G = (np.asarray(a, dtype=float) for a in (X, W, G))
    return np.squeeze(G @ W), G.T @ X, G.sum(axis=0)
''',
        "int: dW accumulated in np.zeros_like(W)": '''
def linear_backward(X, W, b, G):
    X = np.asarray(X, dtype=float)
    G = np.asarray(G, dtype=float)
    dW = np.zeros_like(W)
    for x_i, g_i in zip(X, G):
        dW = dW + np.outer(g_i, x_i).astype(dW.dtype)
    return G @ np.asarray(W, dtype=float), dW, G.sum(axis=0)
''',
        "db summed over outputs": '''
def linear_backward(X, W, b, G):
    X, W, G = (np.asarray(a, dtype=float) for a in (X, W, G))
    return G @ W, G.T @ X, G.sum(axis=1)
''',
    },
    "ex_mse": {
        "dtype: difference kept in the input dtype": '''
def mse_loss_and_grad(pred, target):
    miss = pred - target
    return float(np.mean(miss ** 2)), 2.0 * miss / miss.size
''',
        "dtype: mean of squares, size-based divisor, in the input's float32": '''
def mse_loss_and_grad(pred, target):
    d = pred - target
    return np.mean(d * d), 2 * d / np.size(d)
''',
        "divides by the number of rows, not of entries": '''
def mse_loss_and_grad(pred, target):
    d = pred - target
    n = len(d)
    return np.sum(d ** 2) / n, 2 * d / n
''',
        "gradient without the 1/N": '''
def mse_loss_and_grad(pred, target):
    d = pred - target
    return np.mean(d ** 2), 2 * d
''',
        "sign flipped: target - pred": '''
def mse_loss_and_grad(pred, target):
    d = pred - target
    return np.mean(d ** 2), 2 * (target - pred) / d.size
''',
        "subtracts target from the caller's pred in place": '''
def mse_loss_and_grad(pred, target):
    d = pred
    d -= target
    return np.mean(d ** 2), 2 * d / d.size
''',
        "loss averaged per column (an array)": '''
def mse_loss_and_grad(pred, target):
    d = pred - target
    return np.mean(d ** 2, axis=0), 2 * d / d.size
''',
        "N from the first two axes: fails for vectors": '''
def mse_loss_and_grad(pred, target):
    d = pred - target
    N = d.shape[0] * d.shape[1]
    return np.sum(d ** 2) / N, 2 * d / N
''',
        "dtype: returns a 0-d array loss, in the input's float32": '''
def mse_loss_and_grad(pred, target):
    d = np.asarray(pred) - np.asarray(target)
    N = d.size
    return np.sum(d ** 2) / N, (2.0 / N) * d
''',
        "dtype: difference in the input's dtype": '''
def mse_loss_and_grad(pred, target):
    d = np.asarray(pred) - np.asarray(target)
    return np.mean(d ** 2), 2 * d / d.size
''',
        "mutation: pred -= target in place": '''
def mse_loss_and_grad(pred, target):
    pred = np.asarray(pred, dtype=float)
    pred -= np.asarray(target, dtype=float)
    return float(np.mean(pred ** 2)), 2 * pred / pred.size
''',
        "int: gradient written into np.zeros_like(pred)": '''
def mse_loss_and_grad(pred, target):
    d = np.asarray(pred, dtype=float) - np.asarray(target, dtype=float)
    grad = np.zeros_like(pred)
    grad[...] = 2 * d / d.size
    return float(np.mean(d ** 2)), grad
''',
        "absolute threshold: misses below 1e-8 ignored": '''
def mse_loss_and_grad(pred, target):
    d = np.asarray(pred, dtype=float) - np.asarray(target, dtype=float)
    d = np.where(np.abs(d) < 1e-8, 0.0, d)
    return float(np.mean(d ** 2)), 2 * d / d.size
''',
        "mean over rows (N = len(pred))": '''
def mse_loss_and_grad(pred, target):
    d = np.asarray(pred, dtype=float) - np.asarray(target, dtype=float)
    return float(np.sum(d ** 2) / len(d)), 2 * d / len(d)
''',
    },
    "ex_softmax_ce": {
        "mutation: shifts the caller's Z by its row maxima": '''
def softmax_cross_entropy(Z, y):
    Z -= Z.max(axis=1, keepdims=True)
    log_p = Z - np.log(np.exp(Z).sum(axis=1, keepdims=True))
    n = len(y)
    dZ = np.exp(log_p)
    dZ[np.arange(n), y] -= 1.0
    return float(-log_p[np.arange(n), y].mean()), dZ / n
''',
        "dtype: scipy logsumexp and softmax, in the input's float32": '''
from scipy.special import logsumexp, softmax

def softmax_cross_entropy(Z, y):
    n = len(y)
    loss = np.mean(logsumexp(Z, axis=1) - Z[np.arange(n), y])
    dZ = softmax(Z, axis=1)
    dZ[np.arange(n), y] -= 1
    return loss, dZ / n
''',
        "gradient not divided by the batch size": '''
def softmax_cross_entropy(Z, y):
    n = Z.shape[0]
    Zs = Z - Z.max(axis=1, keepdims=True)
    P = np.exp(Zs) / np.exp(Zs).sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(P[np.arange(n), y]))
    P[np.arange(n), y] -= 1
    return loss, P
''',
        "textbook softmax without the max shift": '''
def softmax_cross_entropy(Z, y):
    n = Z.shape[0]
    P = np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(P[np.arange(n), y]))
    P[np.arange(n), y] -= 1
    return loss, P / n
''',
        "sign flipped: one-hot minus softmax": '''
def softmax_cross_entropy(Z, y):
    n, k = Z.shape
    Zs = Z - Z.max(axis=1, keepdims=True)
    P = np.exp(Zs) / np.exp(Zs).sum(axis=1, keepdims=True)
    return -np.mean(np.log(P[np.arange(n), y])), (np.eye(k)[y] - P) / n
''',
        "summed loss instead of the mean": '''
def softmax_cross_entropy(Z, y):
    n = Z.shape[0]
    Zs = Z - Z.max(axis=1, keepdims=True)
    P = np.exp(Zs) / np.exp(Zs).sum(axis=1, keepdims=True)
    loss = -np.sum(np.log(P[np.arange(n), y]))
    P[np.arange(n), y] -= 1
    return loss, P / n
''',
        "one global maximum instead of each row's": '''
def softmax_cross_entropy(Z, y):
    n = Z.shape[0]
    e = np.exp(Z - Z.max())
    s = e / e.sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(s[np.arange(n), y]))
    s[np.arange(n), y] -= 1
    return loss, s / n
''',
        "shifts by each column's maximum": '''
def softmax_cross_entropy(Z, y):
    n = Z.shape[0]
    S = Z - Z.max(axis=0, keepdims=True)
    logp = S - np.log(np.exp(S).sum(axis=1, keepdims=True))
    P = np.exp(logp)
    P[np.arange(n), y] -= 1
    return -np.mean(logp[np.arange(n), y]), P / n
''',
        "indexes Z[:, y] instead of Z[range(n), y]": '''
def softmax_cross_entropy(Z, y):
    n = Z.shape[0]
    logp = Z - logsumexp(Z, axis=1, keepdims=True)
    P = np.exp(logp)
    P[:, y] -= 1
    return -np.mean(logp[:, y]), P / n
''',
        "log(p + 1e-12) of the stable softmax": '''
def softmax_cross_entropy(Z, y):
    n = Z.shape[0]
    e = np.exp(Z - Z.max(axis=1, keepdims=True))
    s = e / e.sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(s[np.arange(n), y] + 1e-12))
    s[np.arange(n), y] -= 1
    return loss, s / n
''',
        "clips logits to [-500, 500]": '''
def softmax_cross_entropy(Z, y):
    n = Z.shape[0]
    e = np.exp(np.clip(Z, -500, 500))
    s = e / e.sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(s[np.arange(n), y]))
    s[np.arange(n), y] -= 1
    return loss, s / n
''',
        "log-sum-exp without adding the maximum back": '''
def softmax_cross_entropy(Z, y):
    n = Z.shape[0]
    S = Z - Z.max(axis=1, keepdims=True)
    lse = np.log(np.exp(S).sum(axis=1))
    P = np.exp(S - lse[:, None])
    P[np.arange(n), y] -= 1
    return np.mean(lse - Z[np.arange(n), y]), P / n
''',
        "dtype: one-hot matrix and a loop over rows, in the input's float32": '''
def softmax_cross_entropy(Z, y):
    n, k = Z.shape
    Y = np.eye(k)[y]
    total = 0.0
    S = np.zeros((n, k))
    for i in range(n):
        z = Z[i] - Z[i].max()
        S[i] = np.exp(z) / np.exp(z).sum()
        total += np.log(np.exp(z).sum()) - z[y[i]]
    return total / n, (S - Y) / n
''',
        "dtype: shifts in the input's dtype": '''
def softmax_cross_entropy(Z, y):
    Z = np.asarray(Z)
    n = Z.shape[0]
    z = Z - Z.max(axis=1, keepdims=True)
    lse = np.log(np.exp(z).sum(axis=1))
    P = np.exp(z - lse[:, None])
    P[np.arange(n), y] -= 1
    return np.mean(lse - z[np.arange(n), y]), P / n
''',
        "loss clipped: log(max(p, 1e-12))": '''
def softmax_cross_entropy(Z, y):
    Z = np.asarray(Z, dtype=float)
    n = Z.shape[0]
    e = np.exp(Z - Z.max(axis=1, keepdims=True))
    P = e / e.sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(np.clip(P[np.arange(n), y], 1e-12, 1.0)))
    dZ = P.copy()
    dZ[np.arange(n), y] -= 1
    return float(loss), dZ / n
''',
        "mutation: Z -= row maxima in place": '''
def softmax_cross_entropy(Z, y):
    Z = np.asarray(Z, dtype=float)
    n = Z.shape[0]
    Z -= Z.max(axis=1, keepdims=True)
    lse = np.log(np.exp(Z).sum(axis=1))
    dZ = np.exp(Z - lse[:, None])
    dZ[np.arange(n), y] -= 1
    return float(np.mean(lse - Z[np.arange(n), y])), dZ / n
''',
        "log of an underflowed probability": '''
def softmax_cross_entropy(Z, y):
    Z = np.asarray(Z, dtype=float)
    n = Z.shape[0]
    e = np.exp(Z - Z.max(axis=1, keepdims=True))
    P = e / e.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore"):
        loss = -np.mean(np.log(P[np.arange(n), y]))
    dZ = P.copy()
    dZ[np.arange(n), y] -= 1
    return float(loss), dZ / n
''',
    },
    "ex_softmax_jacobian": {
        "dtype: loop over the batch with diag and outer, in the input's float32": '''
def softmax_jacobian(Z):
    out = []
    for z in Z:
        s = np.exp(z - z.max())
        s = s / s.sum()
        out.append(np.diag(s) - np.outer(s, s))
    return np.array(out)
''',
        "softmax without the max shift: nan for large logits": '''
def softmax_jacobian(Z):
    S = np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True)
    return S[:, :, None] * np.eye(Z.shape[1]) - S[:, :, None] * S[:, None, :]
''',
        "sign flipped: s s^T - diag(s)": '''
def softmax_jacobian(Z):
    S = np.exp(Z - Z.max(axis=1, keepdims=True))
    S /= S.sum(axis=1, keepdims=True)
    return S[:, :, None] * S[:, None, :] - S[:, :, None] * np.eye(Z.shape[1])
''',
        "forgets the diagonal term": '''
def softmax_jacobian(Z):
    S = np.exp(Z - Z.max(axis=1, keepdims=True))
    S /= S.sum(axis=1, keepdims=True)
    return -S[:, :, None] * S[:, None, :]
''',
        "batch axis last": '''
def softmax_jacobian(Z):
    S = np.exp(Z - Z.max(axis=1, keepdims=True))
    S /= S.sum(axis=1, keepdims=True)
    J = S[:, :, None] * np.eye(Z.shape[1]) - S[:, :, None] * S[:, None, :]
    return np.moveaxis(J, 0, -1)
''',
        "uses the first row's probabilities for every example": '''
def softmax_jacobian(Z):
    s = np.exp(Z[0] - Z[0].max())
    s /= s.sum()
    J = np.diag(s) - np.outer(s, s)
    return np.repeat(J[None], Z.shape[0], axis=0)
''',
        "one global maximum instead of each row's": '''
def softmax_jacobian(Z):
    e = np.exp(Z - Z.max())
    S = e / e.sum(axis=1, keepdims=True)
    return S[:, :, None] * np.eye(Z.shape[1]) - S[:, :, None] * S[:, None, :]
''',
        "shifts by each column's maximum": '''
def softmax_jacobian(Z):
    e = np.exp(Z - Z.max(axis=0, keepdims=True))
    S = e / e.sum(axis=1, keepdims=True)
    return S[:, :, None] * np.eye(Z.shape[1]) - S[:, :, None] * S[:, None, :]
''',
        "clips logits to [-500, 500]": '''
def softmax_jacobian(Z):
    e = np.exp(np.clip(Z, -500, 500))
    S = e / e.sum(axis=1, keepdims=True)
    return S[:, :, None] * np.eye(Z.shape[1]) - S[:, :, None] * S[:, None, :]
''',
        "softmax over the whole flattened batch": '''
def softmax_jacobian(Z):
    n, k = Z.shape
    S = scipy_softmax(Z.ravel()).reshape(n, k)
    return S[:, :, None] * np.eye(k) - S[:, :, None] * S[:, None, :]
''',
        "dtype: broadcasting with scipy's softmax, in the input's float32": '''
from scipy.special import softmax

def softmax_jacobian(Z):
    S = softmax(Z, axis=1)
    return S[:, :, None] * np.eye(Z.shape[1]) - S[:, :, None] * S[:, None, :]
''',
        "mutation: shifts the caller's Z in place": '''
def softmax_jacobian(Z):
    Z -= Z.max(axis=1, keepdims=True)
    S = np.exp(Z)
    S /= S.sum(axis=1, keepdims=True)
    return S[:, :, None] * np.eye(S.shape[1]) - S[:, :, None] * S[:, None, :]
''',
        "dtype: in the input's dtype": '''
def softmax_jacobian(Z):
    Z = np.asarray(Z)
    e = np.exp(Z - Z.max(axis=1, keepdims=True))
    S = e / e.sum(axis=1, keepdims=True)
    return S[:, :, None] * np.eye(Z.shape[1]) - S[:, :, None] * S[:, None, :]
''',
        "probabilities below 1e-10 set to zero": '''
def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=float)
    e = np.exp(Z - Z.max(axis=1, keepdims=True))
    S = e / e.sum(axis=1, keepdims=True)
    S = np.where(S < 1e-10, 0.0, S)
    return S[:, :, None] * np.eye(Z.shape[1]) - S[:, :, None] * S[:, None, :]
''',
        "mutation: exponentiates into the caller's array": '''
def softmax_jacobian(Z):
    E = np.asarray(Z, dtype=float)
    np.exp(E - E.max(axis=1, keepdims=True), out=E)
    S = E / E.sum(axis=1, keepdims=True)
    return S[:, :, None] * np.eye(S.shape[1]) - S[:, :, None] * S[:, None, :]
''',
        "list: Z.shape on a nested list": '''
def softmax_jacobian(Z):
    n, k = Z.shape
    Z = np.asarray(Z, dtype=float)
    e = np.exp(Z - Z.max(axis=1, keepdims=True))
    S = e / e.sum(axis=1, keepdims=True)
    return S[:, :, None] * np.eye(k) - S[:, :, None] * S[:, None, :]
''',
    },
    "ex_relative_error": {
        "scale: np.linalg.norm squares overflow at 1e200, underflow at 1e-170": '''
def relative_error(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    den = np.linalg.norm(a) + np.linalg.norm(b)
    return 0.0 if den == 0 else np.linalg.norm(a - b) / den
''',
        "divides by the larger norm instead of the sum": '''
def relative_error(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    den = max(np.linalg.norm(a), np.linalg.norm(b))
    return 0.0 if den == 0 else float(np.linalg.norm(a - b) / den)
''',
        "no guard for two zero arrays": '''
def relative_error(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b)))
''',
        "asymmetric: divides by the norm of b only": '''
def relative_error(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    nb = np.linalg.norm(b)
    return 0.0 if nb == 0 else float(np.linalg.norm(a - b) / nb)
''',
        "largest entrywise ratio": '''
def relative_error(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    den = np.abs(a) + np.abs(b)
    if not np.any(den):
        return 0.0
    return float(np.max(np.abs(a - b)[den > 0] / den[den > 0]))
''',
        "adds 1e-8 to the denominator": '''
def relative_error(a, b):
    return float(np.linalg.norm(np.subtract(a, b)) / (np.linalg.norm(a) + np.linalg.norm(b) + 1e-8))
''',
        "denominator clipped below at 1e-8": '''
def relative_error(a, b):
    return float(np.linalg.norm(np.subtract(a, b)) / max(np.linalg.norm(a) + np.linalg.norm(b), 1e-8))
''',
        "returns 0 whenever a is zero": '''
def relative_error(a, b):
    if not np.any(a):
        return 0.0
    return float(np.linalg.norm(np.subtract(a, b)) / (np.linalg.norm(a) + np.linalg.norm(b)))
''',
        "squared norms": '''
def relative_error(a, b):
    den = np.sum(np.square(a)) + np.sum(np.square(b))
    return 0.0 if den == 0 else float(np.sum(np.square(np.subtract(a, b))) / den)
''',
        "spectral norm (ord=2) for matrices": '''
def relative_error(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.ndim == 0:
        a, b = a[None], b[None]
    den = np.linalg.norm(a, 2) + np.linalg.norm(b, 2) if a.ndim <= 2 else np.linalg.norm(a) + np.linalg.norm(b)
    num = np.linalg.norm(a - b, 2) if a.ndim <= 2 else np.linalg.norm(a - b)
    return 0.0 if den == 0 else float(num / den)
''',
        "one value per row (norms along the last axis)": '''
def relative_error(a, b):
    a, b = np.atleast_1d(np.asarray(a, dtype=float)), np.atleast_1d(np.asarray(b, dtype=float))
    den = np.linalg.norm(a, axis=-1) + np.linalg.norm(b, axis=-1)
    r = np.linalg.norm(a - b, axis=-1) / np.where(den == 0, 1.0, den)
    return r if r.size > 1 else float(r[0] if r.ndim else r)
''',
        "scale: sums of squares without rescaling": '''
def relative_error(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if np.array_equal(a, b):
        return 0.0
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b)))
''',
        "dtype: float32 arithmetic, 0-d array": '''
def relative_error(a, b):
    a, b = np.ravel(a), np.ravel(b)
    num = np.sqrt(np.dot(a - b, a - b))
    den = np.sqrt(np.dot(a, a)) + np.sqrt(np.dot(b, b))
    return np.where(den > 0, num / max(den, 1e-300), 0.0)
''',
        "mutation: a -= b in place": '''
def relative_error(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    big = max(np.abs(a).max(initial=0.0), np.abs(b).max(initial=0.0))
    if big == 0.0:
        return 0.0
    denominator = np.linalg.norm(a / big) + np.linalg.norm(b / big)
    a -= b
    return float(np.linalg.norm(a / big) / denominator)
''',
        "dtype: rescaled in the input's dtype": '''
def relative_error(a, b):
    a, b = np.asarray(a), np.asarray(b)
    c = max(np.abs(a).max(initial=0), np.abs(b).max(initial=0))
    if c == 0:
        return 0.0
    a, b = a / c, b / c
    return np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b))
''',
        "rescaled by a's largest entry only": '''
def relative_error(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    c = np.abs(a).max(initial=0.0)
    if c == 0.0:
        return 0.0
    a, b = a / c, b / c
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b)))
''',
        "absolute threshold: denominators below 1e-12 give 0": '''
def relative_error(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    den = np.linalg.norm(a) + np.linalg.norm(b)
    return 0.0 if den < 1e-12 else float(np.linalg.norm(a - b) / den)
''',
        "mutation: a /= its scale in place": '''
def relative_error(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    c = max(np.abs(a).max(initial=0.0), np.abs(b).max(initial=0.0))
    if c == 0.0:
        return 0.0
    a /= c
    b = b / c
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b)))
''',
        "max-norm instead of the Euclidean norm": '''
def relative_error(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    den = np.abs(a).max(initial=0.0) + np.abs(b).max(initial=0.0)
    return 0.0 if den == 0 else float(np.abs(a - b).max(initial=0.0) / den)
''',
        "list: subtracts the lists": '''
def relative_error(a, b):
    d = a - b
    den = np.linalg.norm(a) + np.linalg.norm(b)
    return 0.0 if den == 0 else float(np.linalg.norm(d) / den)
''',
    },
    "ex_numerical_gradient": {
        "dtype: perturbs a copy in the dtype of x": '''
def numerical_gradient(f, x, h=1e-5):
    point = x.copy()
    grad = np.zeros_like(point)
    for idx in np.ndindex(point.shape):
        old = point[idx]
        point[idx] = old + h
        up = f(point)
        point[idx] = old - h
        down = f(point)
        point[idx] = old
        grad[idx] = (up - down) / (2 * h)
    return grad
''',
        "dtype: np.nditer in place, restoring every entry, in the input's float32": '''
def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros_like(x, dtype=float)
    it = np.nditer(x, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        old = x[i]
        x[i] = old + h
        fp = f(x)
        x[i] = old - h
        fm = f(x)
        x[i] = old
        grad[i] = (fp - fm) / (2 * h)
    return grad
''',
        "one-sided forward difference": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    g = np.zeros_like(x)
    f0 = f(x)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + h
        g[idx] = (f(x) - f0) / h
        x[idx] = old
    return g
''',
        "divides by h instead of 2h": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    g = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + h
        fp = f(x)
        x[idx] = old - h
        fm = f(x)
        x[idx] = old
        g[idx] = (fp - fm) / h
    return g
''',
        "perturbs in place and never restores": '''
def numerical_gradient(f, x, h=1e-5):
    g = np.zeros_like(x, dtype=float)
    for idx in np.ndindex(x.shape):
        x[idx] += h
        fp = f(x)
        x[idx] -= 2 * h
        fm = f(x)
        g[idx] = (fp - fm) / (2 * h)
    return g
''',
        "loops over the first axis only": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    g = np.zeros_like(x)
    for i in range(len(x)):
        old = x[i].copy()
        x[i] = old + h
        fp = f(x)
        x[i] = old - h
        fm = f(x)
        x[i] = old
        g[i] = (fp - fm) / (2 * h)
    return g
''',
        "ignores h and uses a fixed tiny step": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    g = np.zeros_like(x)
    step = 1e-7
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + step
        fp = f(x)
        x[idx] = old - step
        fm = f(x)
        x[idx] = old
        g[idx] = (fp - fm) / (2 * step)
    return g
''',
        "works on a copy but never restores the entry": '''
def numerical_gradient(f, x, h=1e-5):
    xc = x.copy()
    g = np.zeros_like(xc)
    for idx in np.ndindex(xc.shape):
        xc[idx] += h
        fp = f(xc)
        xc[idx] -= 2 * h
        fm = f(xc)
        g[idx] = (fp - fm) / (2 * h)
    return g
''',
        "relative step h * max(1, |x|)": '''
def numerical_gradient(f, x, h=1e-5):
    g = np.zeros(x.shape)
    for idx in np.ndindex(x.shape):
        step = h * max(1.0, abs(x[idx]))
        E = np.zeros(x.shape)
        E[idx] = step
        g[idx] = (f(x + E) - f(x - E)) / (2 * step)
    return g
''',
        "dtype: perturbs the caller's array and restores each entry, in the input's float32": '''
def numerical_gradient(f, x, h=1e-5):
    g = np.zeros(x.shape)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + h
        fp = f(x)
        x[idx] = old - h
        fm = f(x)
        x[idx] = old
        g[idx] = (fp - fm) / (2 * h)
    return g
''',
        "dtype: gradient and perturbations in x's dtype": '''
def numerical_gradient(f, x, h=1e-5):
    point = np.array(x)
    g = np.zeros_like(point, dtype=float)
    for idx in np.ndindex(point.shape):
        old = point[idx]
        point[idx] = old + h
        up = f(point)
        point[idx] = old - h
        down = f(point)
        point[idx] = old
        g[idx] = (up - down) / (2 * h)
    return g
''',
        "f called with the flattened vector": '''
def numerical_gradient(f, x, h=1e-5):
    v = np.array(x, dtype=float).ravel()
    g = np.zeros(v.size)
    for i in range(v.size):
        old = v[i]
        v[i] = old + h
        up = f(v)
        v[i] = old - h
        down = f(v)
        v[i] = old
        g[i] = (up - down) / (2 * h)
    return g.reshape(np.shape(x))
''',
        "mutation: restores by adding h back (rounding drift)": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.asarray(x, dtype=float)
    g = np.zeros(x.shape)
    for idx in np.ndindex(x.shape):
        x[idx] += h
        up = f(x)
        x[idx] -= 2 * h
        down = f(x)
        x[idx] += h
        g[idx] = (up - down) / (2 * h)
    return g
''',
        "int: perturbs an integer copy": '''
def numerical_gradient(f, x, h=1e-5):
    point = np.array(x)
    g = np.zeros(point.shape)
    for idx in np.ndindex(point.shape):
        E = np.zeros(point.shape, dtype=point.dtype)
        E[idx] = h
        g[idx] = (f(point + E) - f(point - E)) / (2 * h)
    return g
''',
    },
    "ex_mlp_backprop": {
        "dtype: reusing the earlier exercises' formulas as helpers, in the input's float32": '''
def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    n = X.shape[0]
    Z1 = X @ W1.T + b1
    H = np.tanh(Z1)
    Z2 = H @ W2.T + b2
    m = Z2.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(Z2 - m).sum(axis=1))
    loss = np.mean(lse - Z2[np.arange(n), y])
    dZ2 = np.exp(Z2 - lse[:, None])
    dZ2[np.arange(n), y] -= 1
    dZ2 /= n

    def backward_linear(inp, W, G):
        return G @ W, G.T @ inp, G.sum(axis=0)

    dH, dW2, db2 = backward_linear(H, W2, dZ2)
    dZ1 = dH * (1 - H ** 2)
    _, dW1, db1 = backward_linear(X, W1, dZ1)
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
''',
        "tanh slope written with the pre-activation, 1 - Z1^2": '''
def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    n = X.shape[0]
    Z1 = X @ W1.T + b1
    H = np.tanh(Z1)
    Z2 = H @ W2.T + b2
    Z2 = Z2 - Z2.max(axis=1, keepdims=True)
    P = np.exp(Z2) / np.exp(Z2).sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(P[np.arange(n), y]))
    D2 = P.copy()
    D2[np.arange(n), y] -= 1
    D2 /= n
    D1 = (D2 @ W2) * (1 - Z1 ** 2)
    return loss, {"W1": D1.T @ X, "b1": D1.sum(0), "W2": D2.T @ H, "b2": D2.sum(0)}
''',
        "softmax without the max shift": '''
def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    n = X.shape[0]
    H = np.tanh(X @ W1.T + b1)
    Z2 = H @ W2.T + b2
    P = np.exp(Z2) / np.exp(Z2).sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(P[np.arange(n), y]))
    D2 = P.copy()
    D2[np.arange(n), y] -= 1
    D2 /= n
    D1 = (D2 @ W2) * (1 - H ** 2)
    return loss, {"W1": D1.T @ X, "b1": D1.sum(0), "W2": D2.T @ H, "b2": D2.sum(0)}
''',
        "no 1/n: gradients of the summed loss": '''
def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    n = X.shape[0]
    H = np.tanh(X @ W1.T + b1)
    Z2 = H @ W2.T + b2
    Z2 = Z2 - Z2.max(axis=1, keepdims=True)
    P = np.exp(Z2) / np.exp(Z2).sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(P[np.arange(n), y]))
    D2 = P.copy()
    D2[np.arange(n), y] -= 1
    D1 = (D2 @ W2) * (1 - H ** 2)
    return loss, {"W1": D1.T @ X, "b1": D1.sum(0), "W2": D2.T @ H, "b2": D2.sum(0)}
''',
        "first-layer weight gradient transposed: X^T dZ1": '''
def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    n = X.shape[0]
    H = np.tanh(X @ W1.T + b1)
    Z2 = H @ W2.T + b2
    Z2 = Z2 - Z2.max(axis=1, keepdims=True)
    P = np.exp(Z2) / np.exp(Z2).sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(P[np.arange(n), y]))
    D2 = P.copy()
    D2[np.arange(n), y] -= 1
    D2 /= n
    D1 = (D2 @ W2) * (1 - H ** 2)
    return loss, {"W1": X.T @ D1, "b1": D1.sum(0), "W2": D2.T @ H, "b2": D2.sum(0)}
''',
        "tanh treated as the identity in the backward pass": '''
def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    n = X.shape[0]
    H = np.tanh(X @ W1.T + b1)
    Z2 = H @ W2.T + b2
    logp = Z2 - logsumexp(Z2, axis=1, keepdims=True)
    dZ2 = np.exp(logp)
    dZ2[np.arange(n), y] -= 1
    dZ2 /= n
    dZ1 = dZ2 @ W2
    return -logp[np.arange(n), y].mean(), {"W1": dZ1.T @ X, "b1": dZ1.sum(0), "W2": dZ2.T @ H, "b2": dZ2.sum(0)}
''',
        "dW2 built from Z1 instead of H": '''
def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    n = X.shape[0]
    Z1 = X @ W1.T + b1
    H = np.tanh(Z1)
    Z2 = H @ W2.T + b2
    logp = Z2 - logsumexp(Z2, axis=1, keepdims=True)
    dZ2 = np.exp(logp)
    dZ2[np.arange(n), y] -= 1
    dZ2 /= n
    dZ1 = (dZ2 @ W2) * (1 - H ** 2)
    return -logp[np.arange(n), y].mean(), {"W1": dZ1.T @ X, "b1": dZ1.sum(0), "W2": dZ2.T @ Z1, "b2": dZ2.sum(0)}
''',
        "first layer divided by n a second time": '''
def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    n = X.shape[0]
    H = np.tanh(X @ W1.T + b1)
    Z2 = H @ W2.T + b2
    logp = Z2 - logsumexp(Z2, axis=1, keepdims=True)
    dZ2 = np.exp(logp)
    dZ2[np.arange(n), y] -= 1
    dZ2 /= n
    dZ1 = (dZ2 @ W2) * (1 - H ** 2)
    return -logp[np.arange(n), y].mean(), {"W1": dZ1.T @ X / n, "b1": dZ1.sum(0) / n, "W2": dZ2.T @ H, "b2": dZ2.sum(0)}
''',
        "bias b1 without the tanh slope": '''
def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    n = X.shape[0]
    H = np.tanh(X @ W1.T + b1)
    Z2 = H @ W2.T + b2
    logp = Z2 - logsumexp(Z2, axis=1, keepdims=True)
    dZ2 = np.exp(logp)
    dZ2[np.arange(n), y] -= 1
    dZ2 /= n
    dH = dZ2 @ W2
    dZ1 = dH * (1 - H ** 2)
    return -logp[np.arange(n), y].mean(), {"W1": dZ1.T @ X, "b1": dH.sum(0), "W2": dZ2.T @ H, "b2": dZ2.sum(0)}
''',
        "one global maximum: log of an underflowed probability": '''
def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    n = X.shape[0]
    H = np.tanh(X @ W1.T + b1)
    Z2 = H @ W2.T + b2
    e = np.exp(Z2 - Z2.max())
    P = e / e.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore"):
        loss = -np.log(P[np.arange(n), y]).mean()
    dZ2 = P.copy()
    dZ2[np.arange(n), y] -= 1
    dZ2 /= n
    dZ1 = (dZ2 @ W2) * (1 - H ** 2)
    return loss, {"W1": dZ1.T @ X, "b1": dZ1.sum(0), "W2": dZ2.T @ H, "b2": dZ2.sum(0)}
''',
        "dtype: einsum and an explicit one-hot matrix, in the input's float32": '''
def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    n, k = X.shape[0], W2.shape[0]
    H = np.tanh(np.einsum("nd,hd->nh", X, W1) + b1)
    Z2 = np.einsum("nh,kh->nk", H, W2) + b2
    Z2 = Z2 - Z2.max(axis=1, keepdims=True)
    logP = Z2 - np.log(np.exp(Z2).sum(axis=1, keepdims=True))
    P = np.exp(logP)
    Y = np.eye(k)[y]
    loss = -np.sum(Y * logP) / n
    D2 = (P - Y) / n
    D1 = np.einsum("nk,kh->nh", D2, W2) * (1 - H * H)
    return loss, {"W2": np.einsum("nk,nh->kh", D2, H), "b2": D2.sum(0),
                  "W1": np.einsum("nh,nd->hd", D1, X), "b1": D1.sum(0)}
''',
        "first layer without the 1/n": '''
def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    X, W1, b1, W2, b2 = (np.asarray(a, dtype=float) for a in (X, W1, b1, W2, b2))
    n = X.shape[0]
    H = np.tanh(X @ W1.T + b1)
    Z2 = H @ W2.T + b2
    Z2 = Z2 - Z2.max(axis=1, keepdims=True)
    lse = np.log(np.exp(Z2).sum(axis=1))
    P = np.exp(Z2 - lse[:, None])
    P[np.arange(n), y] -= 1
    dZ1 = (P @ W2) * (1 - H ** 2)
    dZ2 = P / n
    return float(np.mean(lse - Z2[np.arange(n), y])), {"W1": dZ1.T @ X, "b1": dZ1.sum(0),
                                                        "W2": dZ2.T @ H, "b2": dZ2.sum(0)}
''',
        "list: X.shape on a nested list": '''
def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    n = X.shape[0]
    X, W1, b1, W2, b2 = (np.asarray(a, dtype=float) for a in (X, W1, b1, W2, b2))
    H = np.tanh(X @ W1.T + b1)
    Z2 = H @ W2.T + b2
    Z2 = Z2 - Z2.max(axis=1, keepdims=True)
    lse = np.log(np.exp(Z2).sum(axis=1))
    dZ2 = np.exp(Z2 - lse[:, None])
    dZ2[np.arange(n), y] -= 1
    dZ2 /= n
    dZ1 = (dZ2 @ W2) * (1 - H ** 2)
    return float(np.mean(lse - Z2[np.arange(n), y])), {"W1": dZ1.T @ X, "b1": dZ1.sum(0),
                                                        "W2": dZ2.T @ H, "b2": dZ2.sum(0)}
''',
        "loss clipped: log(max(p, 1e-12))": '''
def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    X, W1, b1, W2, b2 = (np.asarray(a, dtype=float) for a in (X, W1, b1, W2, b2))
    n = X.shape[0]
    H = np.tanh(X @ W1.T + b1)
    Z2 = H @ W2.T + b2
    e = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
    P = e / e.sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(np.clip(P[np.arange(n), y], 1e-12, 1.0)))
    dZ2 = P.copy()
    dZ2[np.arange(n), y] -= 1
    dZ2 /= n
    dZ1 = (dZ2 @ W2) * (1 - H ** 2)
    return float(loss), {"W1": dZ1.T @ X, "b1": dZ1.sum(0), "W2": dZ2.T @ H, "b2": dZ2.sum(0)}
''',
        "int: gradients accumulated into zeros_like of the parameters": '''
def mlp_loss_and_grads(X, y, W1, b1, W2, b2):
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    grads = {"W1": np.zeros_like(W1), "b1": np.zeros_like(b1), "W2": np.zeros_like(W2), "b2": np.zeros_like(b2)}
    W1f, b1f, W2f, b2f = (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2))
    H = np.tanh(X @ W1f.T + b1f)
    Z2 = H @ W2f.T + b2f
    Z2 = Z2 - Z2.max(axis=1, keepdims=True)
    lse = np.log(np.exp(Z2).sum(axis=1))
    dZ2 = np.exp(Z2 - lse[:, None])
    dZ2[np.arange(n), y] -= 1
    dZ2 /= n
    dZ1 = (dZ2 @ W2f) * (1 - H ** 2)
    grads["W1"][...] = dZ1.T @ X
    grads["b1"][...] = dZ1.sum(0)
    grads["W2"][...] = dZ2.T @ H
    grads["b2"][...] = dZ2.sum(0)
    return float(np.mean(lse - Z2[np.arange(n), y])), grads
''',
    },
}

