"""Other correct answers and plausible wrong answers for lesson 00's exercises.

Each CORRECT answer must pass every test cell of its exercise; each WRONG answer must fail at
least one. The first WRONG answer of each exercise passes the visible tests, so that it is the
hidden tests that catch it (it is also the one sent through a full nbgrader round trip).
"""

CORRECT = {
    "ex_power_sum": {
        "python loop": '''
def power_sum(m, n, p):
    total = 0
    for i in range(m, n + 1):
        total += i ** p
    return total
''',
        "float64 vectorised": '''
def power_sum(m, n, p):
    return float(np.sum(np.arange(m, n + 1, dtype=np.float64) ** p))
''',
        "Faulhaber closed form with explicit empty check": '''
def power_sum(m, n, p):
    if n < m:
        return 0
    def F(k):
        if p == 0: return k
        if p == 1: return k * (k + 1) // 2
        if p == 2: return k * (k + 1) * (2 * k + 1) // 6
        return (k * (k + 1) // 2) ** 2
    return F(n) - F(m - 1)
''',
        "np.power with int64 returning np.int64": '''
def power_sum(m, n, p):
    idx = np.arange(m, n + 1, dtype=np.int64)
    return np.power(idx, p).sum()
''',
        "math.fsum over generator": '''
def power_sum(m, n, p):
    return math.fsum(float(i) ** p for i in range(m, n + 1))
''',
    },
    "ex_prob_none": {
        "python loop": '''
def prob_none(p):
    p = np.asarray(p, dtype=float)
    result = 1.0
    for p_i in p:
        result *= 1.0 - p_i
    return result
''',
        "exp of a sum of logs": '''
def prob_none(p):
    with np.errstate(divide="ignore"):
        return float(np.exp(np.sum(np.log1p(-np.asarray(p, dtype=float)))))
''',
        "np.prod without float(), returns numpy scalar": '''
def prob_none(p):
    p = np.asarray(p, dtype=float)
    return np.prod(1 - p)
''',
        "math.prod on a list": '''
def prob_none(p):
    return float(math.prod([1 - float(q) for q in p]))
''',
    },
    "ex_predict_classes": {
        "argmax over the last axis": '''
def predict_classes(scores):
    scores = np.asarray(scores)
    return scores.argmax(axis=-1)
''',
        "row by row": '''
def predict_classes(scores):
    return np.array([int(np.argmax(row)) for row in scores], dtype=int)
''',
        "loop with strict greater": '''
def predict_classes(scores):
    out = []
    for row in scores:
        best = 0
        for k in range(1, len(row)):
            if row[k] > row[best]:
                best = k
        out.append(best)
    return np.array(out, dtype=int)
''',
        "argmin of negated scores axis=-1": '''
def predict_classes(scores):
    scores = np.asarray(scores)
    return np.argmin(-scores, axis=-1)
''',
        "stable argsort descending": '''
def predict_classes(scores):
    scores = np.asarray(scores)
    return np.argsort(-scores, axis=1, kind="stable")[:, 0]
''',
        "argmax of stable softmax": '''
def predict_classes(scores):
    scores = np.asarray(scores)
    z = scores - scores.max(axis=1, keepdims=True)
    e = np.exp(z)
    return np.argmax(e / e.sum(axis=1, keepdims=True), axis=1)
''',
    },
    "ex_bilinear_scores": {
        "einsum": '''
def bilinear_scores(A, X, Y):
    A, X, Y = (np.asarray(M, dtype=float) for M in (A, X, Y))
    return np.einsum("bi,ij,bj->b", X, A, Y)
''',
        "diagonal of the full table": '''
def bilinear_scores(A, X, Y):
    A, X, Y = (np.asarray(M, dtype=float) for M in (A, X, Y))
    return np.diag(X @ A @ Y.T)
''',
        "loop over pairs": '''
def bilinear_scores(A, X, Y):
    A, X, Y = (np.asarray(M, dtype=float) for M in (A, X, Y))
    return np.array([X[b] @ A @ Y[b] for b in range(X.shape[0])])
''',
        "X times Y A^T summed": '''
def bilinear_scores(A, X, Y):
    A, X, Y = (np.asarray(M, dtype=float) for M in (A, X, Y))
    return np.sum(X * (Y @ A.T), axis=1)
''',
        "triple broadcast sum": '''
def bilinear_scores(A, X, Y):
    A, X, Y = (np.asarray(M, dtype=float) for M in (A, X, Y))
    return (X[:, :, None] * A[None, :, :] * Y[:, None, :]).sum(axis=(1, 2))
''',
    },
    "ex_linear_model": {
        "np.dot": '''
def linear_model(X, w, b):
    X, w = np.asarray(X, dtype=float), np.asarray(w, dtype=float)
    return np.dot(X, w) + b
''',
        "sum over the last axis": '''
def linear_model(X, w, b):
    X, w = np.asarray(X, dtype=float), np.asarray(w, dtype=float)
    return np.sum(X * w, axis=-1) + b
''',
        "explicit loops": '''
def linear_model(X, w, b):
    X, w = np.asarray(X, dtype=float), np.asarray(w, dtype=float)
    if X.ndim == 1:
        return float(sum(w[j] * X[j] for j in range(len(w))) + b)
    out = np.empty(X.shape[0])
    for i in range(X.shape[0]):
        out[i] = sum(w[j] * X[i, j] for j in range(len(w))) + b
    return out
''',
        "einsum ellipsis": '''
def linear_model(X, w, b):
    X, w = np.asarray(X, dtype=float), np.asarray(w, dtype=float)
    return np.einsum("...j,j->...", X, w) + b
''',
        "w @ X.T": '''
def linear_model(X, w, b):
    X, w = np.asarray(X, dtype=float), np.asarray(w, dtype=float)
    return w @ X.T + b
''',
    },
    "ex_mse": {
        "python loop": '''
def mse(y_true, y_pred):
    t = np.reshape(y_true, -1)
    p = np.reshape(y_pred, -1)
    total = 0.0
    for i in range(len(t)):
        total += (float(t[i]) - float(p[i])) ** 2
    return total / len(t)
''',
        "squared norm": '''
def mse(y_true, y_pred):
    r = np.asarray(y_true, dtype=float).reshape(-1) - np.asarray(y_pred, dtype=float).reshape(-1)
    return np.linalg.norm(r) ** 2 / r.size
''',
        "reshape(-1) and r @ r / n": '''
def mse(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    r = np.reshape(y_true, -1) - np.reshape(y_pred, -1)
    return float(r @ r / r.size)
''',
        "squeeze then mean, numpy scalar": '''
def mse(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    return np.mean(np.square(np.squeeze(y_true) - np.squeeze(y_pred)))
''',
        "reshape both to columns": '''
def mse(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    return float(((y_true.reshape(-1, 1) - y_pred.reshape(-1, 1)) ** 2).mean())
''',
    },
    "ex_log_likelihood": {
        "take_along_axis": '''
def log_likelihood(P, labels):
    P, labels = np.asarray(P, dtype=float), np.asarray(labels)
    picked = np.take_along_axis(P, labels[:, None], axis=1)[:, 0]
    return float(np.log(picked).sum())
''',
        "python loop": '''
def log_likelihood(P, labels):
    P, labels = np.asarray(P, dtype=float), np.asarray(labels)
    total = 0.0
    for i, c in enumerate(labels):
        total += np.log(P[i, c])
    return float(total)
''',
        "log of the whole table, then gather": '''
def log_likelihood(P, labels):
    P, labels = np.asarray(P, dtype=float), np.asarray(labels)
    with np.errstate(divide="ignore"):
        return float(np.log(P)[np.arange(len(labels)), labels].sum())
''',
        "log with where on one-hot mask": '''
def log_likelihood(P, labels):
    P, labels = np.asarray(P, dtype=float), np.asarray(labels)
    mask = np.zeros(P.shape, dtype=bool)
    mask[np.arange(len(labels)), labels] = True
    with np.errstate(divide="ignore"):
        logs = np.log(P, where=mask, out=np.zeros(P.shape, dtype=np.float64))
    return float(logs.sum())
''',
        "math.fsum with guard for zero": '''
def log_likelihood(P, labels):
    P, labels = np.asarray(P, dtype=float), np.asarray(labels)
    vals = [float(P[i, c]) for i, c in enumerate(labels)]
    if min(vals) == 0.0:
        return -math.inf
    return math.fsum(math.log(v) for v in vals)
''',
    },
    "ex_expression_shapes": {
        "from empty arrays": '''
def expression_shapes(n, d):
    X, w, y = np.empty((n, d)), np.empty(d), np.empty(n)
    return {
        "Xw": (X @ w).shape,
        "gram": (X.T @ X).shape,
        "col_mean": X.mean(axis=0).shape,
        "row_sum": X.sum(axis=1, keepdims=True).shape,
        "centred": (X - X.mean(axis=0)).shape,
        "pairs": (y[:, None] - y[None, :]).shape,
        "total": X.sum().shape,
    }
''',
        "built key by key": '''
def expression_shapes(n, d):
    shapes = {}
    shapes["Xw"] = (n,)
    shapes["gram"] = (d,) * 2
    shapes["col_mean"] = tuple([d])
    shapes["row_sum"] = (n, 1)
    shapes["centred"] = (n, d)
    shapes["pairs"] = (n,) * 2
    shapes["total"] = tuple()
    return shapes
''',
        "computed with zero-stride arrays": '''
def expression_shapes(n, d):
    X = np.broadcast_to(0.0, (n, d)); w = np.broadcast_to(0.0, (d,)); y = np.broadcast_to(0.0, (n,))
    return {"Xw": (X @ w).shape, "gram": (X.T @ X).shape, "col_mean": X.mean(axis=0).shape,
            "row_sum": X.sum(axis=1, keepdims=True).shape, "centred": (X - X.mean(axis=0)).shape,
            "pairs": (y[:, None] - y[None, :]).shape, "total": np.shape(X.sum())}
''',
    },
    "ex_broadcast_shape": {
        "reverse walk": '''
def broadcast_shape(shape_a, shape_b):
    a, b = list(shape_a)[::-1], list(shape_b)[::-1]
    out = []
    for k in range(max(len(a), len(b))):
        sa = a[k] if k < len(a) else 1
        sb = b[k] if k < len(b) else 1
        if sa != sb and sa != 1 and sb != 1:
            raise ValueError("incompatible shapes")
        out.append(sb if sa == 1 else sa)
    return tuple(out[::-1])
''',
        "zip_longest": '''
import itertools

def broadcast_shape(shape_a, shape_b):
    out = []
    for sa, sb in itertools.zip_longest(reversed(shape_a), reversed(shape_b), fillvalue=1):
        if sa == 1:
            out.append(sb)
        elif sb == 1 or sa == sb:
            out.append(sa)
        else:
            raise ValueError(f"{shape_a} and {shape_b} do not broadcast")
    return tuple(reversed(out))
''',
        "recursive": '''
def broadcast_shape(shape_a, shape_b):
    if not shape_a:
        return tuple(shape_b)
    if not shape_b:
        return tuple(shape_a)
    a, b = shape_a[-1], shape_b[-1]
    if a == 1:
        last = b
    elif b == 1 or a == b:
        last = a
    else:
        raise ValueError("incompatible shapes")
    return broadcast_shape(tuple(shape_a[:-1]), tuple(shape_b[:-1])) + (last,)
''',
        "pad both then zip, list comprehension": '''
def broadcast_shape(shape_a, shape_b):
    L = max(len(shape_a), len(shape_b))
    pa = (1,) * (L - len(shape_a)) + tuple(shape_a)
    pb = (1,) * (L - len(shape_b)) + tuple(shape_b)
    if any(a != b and 1 not in (a, b) for a, b in zip(pa, pb)):
        raise ValueError("shapes are not compatible")
    return tuple(b if a == 1 else a for a, b in zip(pa, pb))
''',
    },
    "ex_grid_search_line": {
        "expanded square": '''
def grid_search_line(x, y, slopes, intercepts):
    x, y, slopes, intercepts = (np.asarray(v, dtype=float) for v in (x, y, slopes, intercepts))
    w = slopes[:, None]
    b = intercepts[None, :]
    losses = (w ** 2 * np.mean(x ** 2) + 2 * w * b * np.mean(x) + b ** 2
              - 2 * w * np.mean(x * y) - 2 * b * np.mean(y) + np.mean(y ** 2))
    k, m = divmod(int(np.argmin(losses)), losses.shape[1])
    return losses, float(slopes[k]), float(intercepts[m])
''',
        "loop over slopes": '''
def grid_search_line(x, y, slopes, intercepts):
    x, y, slopes, intercepts = (np.asarray(v, dtype=float) for v in (x, y, slopes, intercepts))
    losses = np.empty((len(slopes), len(intercepts)))
    for k, w in enumerate(slopes):
        r = w * x[None, :] + intercepts[:, None] - y[None, :]
        losses[k] = (r ** 2).mean(axis=1)
    flat = losses.argmin()
    k, m = flat // losses.shape[1], flat % losses.shape[1]
    return losses, slopes[k], intercepts[m]
''',
        "double loop over grid": '''
def grid_search_line(x, y, slopes, intercepts):
    x, y, slopes, intercepts = (np.asarray(v, dtype=float) for v in (x, y, slopes, intercepts))
    K, M = len(slopes), len(intercepts)
    losses = np.zeros((K, M))
    for k in range(K):
        for m in range(M):
            losses[k, m] = np.mean((slopes[k] * x + intercepts[m] - y) ** 2)
    best = (0, 0)
    for k in range(K):
        for m in range(M):
            if losses[k, m] < losses[best]:
                best = (k, m)
    return losses, float(slopes[best[0]]), float(intercepts[best[1]])
''',
        "divmod on flat index, residual y - pred": '''
def grid_search_line(x, y, slopes, intercepts):
    x, y, slopes, intercepts = (np.asarray(v, dtype=float) for v in (x, y, slopes, intercepts))
    pred = slopes[:, None, None] * x[None, None, :] + intercepts[None, :, None]
    losses = ((y - pred) ** 2).mean(axis=2)
    k, m = divmod(int(losses.argmin()), losses.shape[1])
    return losses, slopes[k], intercepts[m]
''',
    },
}

WRONG = {
    "ex_power_sum": {
        "float32 accumulator": '''
def power_sum(m, n, p):
    return float(np.sum(np.arange(m, n + 1).astype(np.float32) ** p, dtype=np.float32))
''',
        "always starts at 1": '''
def power_sum(m, n, p):
    return sum(i ** p for i in range(1, n + 1))
''',
        "upper bound excluded": '''
def power_sum(m, n, p):
    return int(np.sum(np.arange(m, n) ** p))
''',
        "closed form F(n) - F(m - 1) without an empty-sum check": '''
def power_sum(m, n, p):
    def F(k):
        if p == 0: return k
        if p == 1: return k * (k + 1) // 2
        if p == 2: return k * (k + 1) * (2 * k + 1) // 6
        return (k * (k + 1) // 2) ** 2
    return F(n) - F(m - 1)
''',
        "p = 0 shortcut n - m + 1 (negative for long empty ranges)": '''
def power_sum(m, n, p):
    if p == 0:
        return n - m + 1
    return int(np.sum(np.arange(m, n + 1) ** p))
''',
        "reversed bounds summed when n < m": '''
def power_sum(m, n, p):
    lo, hi = min(m, n), max(m, n)
    return int(np.sum(np.arange(lo, hi + 1) ** p))
''',
        "linspace (raises for n < m - 1)": '''
def power_sum(m, n, p):
    return float(np.sum(np.linspace(m, n, n - m + 1) ** p))
''',
        "0**0 treated as 0": '''
def power_sum(m, n, p):
    return sum(i ** p for i in range(m, n + 1) if i != 0)
''',
        "int32 arange overflows": '''
def power_sum(m, n, p):
    return int(np.sum(np.arange(m, n + 1, dtype=np.int32) ** p))
''',
        "negative bounds clipped at 0": '''
def power_sum(m, n, p):
    return int(sum(i ** p for i in range(max(m, 0), n + 1)))
''',
    },
    "ex_prob_none": {
        "np.prod(1 - p) keeps float32 (float32 result)": '''
def prob_none(p):
    return np.prod(1 - p)
''',
        "one probability to the power n": '''
def prob_none(p):
    return float((1 - p[0]) ** len(p))
''',
        "probability that at least one happens": '''
def prob_none(p):
    return float(1 - np.prod(1 - p))
''',
        "forgets the complement": '''
def prob_none(p):
    return float(np.prod(p))
''',
        "mutates input in place": '''
def prob_none(p):
    p *= -1
    p += 1
    return float(np.prod(p))
''',
        "last element of cumprod (fails for n = 0)": '''
def prob_none(p):
    return float(np.cumprod(1 - p)[-1])
''',
        "n == 0 returns 0": '''
def prob_none(p):
    if len(p) == 0:
        return 0.0
    return float(np.prod(1 - p))
''',
        "returns the cumprod array": '''
def prob_none(p):
    return np.cumprod(1 - p)
''',
        "one factor per mean probability (equal probabilities only)": '''
def prob_none(p):
    p = np.asarray(p, dtype=float)
    return float((1.0 - p.mean()) ** len(p)) if len(p) else 1.0
''',
    },
    "ex_predict_classes": {
        "method call scores.argmax (fails on nested lists)": '''
def predict_classes(scores):
    return scores.argmax(axis=-1)
''',
        "positions equal to the row maximum (breaks on ties)": '''
def predict_classes(scores):
    return np.nonzero(scores == scores.max(axis=1, keepdims=True))[1]
''',
        "float class indices": '''
def predict_classes(scores):
    return np.argmax(scores, axis=1).astype(float)
''',
        "reduces over examples": '''
def predict_classes(scores):
    return np.argmax(scores, axis=0)
''',
        "maximum value instead of argmax": '''
def predict_classes(scores):
    return np.max(scores, axis=1)
''',
        "unstable softmax then argmax": '''
def predict_classes(scores):
    e = np.exp(scores)
    return np.argmax(e / e.sum(axis=1, keepdims=True), axis=1)
''',
        "argsort last column (ties go to largest index)": '''
def predict_classes(scores):
    return np.argsort(scores, axis=1, kind="stable")[:, -1]
''',
        "reversed argmax (last on ties)": '''
def predict_classes(scores):
    K = scores.shape[1]
    return K - 1 - np.argmax(scores[:, ::-1], axis=1)
''',
        "squeeze (n = 1 gives a 0-d result)": '''
def predict_classes(scores):
    return np.squeeze(np.argmax(scores, axis=1))
''',
        "hard-coded answer of the visible test": '''
def predict_classes(scores):
    return np.array([1, 0])
''',
        "shifts the scores in place before argmax": '''
def predict_classes(scores):
    scores = np.asarray(scores)
    scores -= scores.max(axis=1, keepdims=True)     # "stable", but edits the caller's array
    return np.argmax(scores, axis=1)
''',
    },
    "ex_bilinear_scores": {
        "einsum without conversion (float32 arithmetic for float32 input)": '''
def bilinear_scores(A, X, Y):
    return np.einsum("bi,ij,bj->b", X, A, Y)
''',
        "transposed A": '''
def bilinear_scores(A, X, Y):
    return np.sum((X @ A.T) * Y, axis=1)
''',
        "table of all pairs": '''
def bilinear_scores(A, X, Y):
    return X @ A @ Y.T
''',
        "summed over the batch too": '''
def bilinear_scores(A, X, Y):
    return np.sum((X @ A) * Y)
''',
        "roles of X and Y swapped": '''
def bilinear_scores(A, X, Y):
    return np.einsum("bi,ij,bj->b", Y, A, X)
''',
        "squeeze for single pair": '''
def bilinear_scores(A, X, Y):
    return np.squeeze(np.einsum("bi,ij,bj->b", X, A, Y))
''',
        "row sums of the full table": '''
def bilinear_scores(A, X, Y):
    return (X @ A @ Y.T).sum(axis=1)
''',
        "multiplies into Y in place": '''
def bilinear_scores(A, X, Y):
    Y *= X @ A
    return Y.sum(axis=1)
''',
        "float32 to save memory": '''
def bilinear_scores(A, X, Y):
    A, X, Y = (np.asarray(M, dtype=np.float32) for M in (A, X, Y))
    return np.sum((X @ A) * Y, axis=1).astype(float)
''',
    },
    "ex_linear_model": {
        "np.dot without conversion (float32 result)": '''
def linear_model(X, w, b):
    return np.dot(X, w) + b
''',
        "sum over axis 1 (fails for a single example)": '''
def linear_model(X, w, b):
    return np.sum(X * w, axis=1) + b
''',
        "bias inside the sum": '''
def linear_model(X, w, b):
    return np.sum(X * w + b, axis=-1)
''',
        "forgets the bias": '''
def linear_model(X, w, b):
    return X @ w
''',
        "squeeze: n = 1 gives a number": '''
def linear_model(X, w, b):
    return np.squeeze(X @ w + b)
''',
        "single example promoted to a batch of one": '''
def linear_model(X, w, b):
    X = np.atleast_2d(X)
    return X @ w + b
''',
        "bias ignored for single example": '''
def linear_model(X, w, b):
    if X.ndim == 1:
        return float(X @ w)
    return X @ w + b
''',
        "hard-coded bias 2": '''
def linear_model(X, w, b):
    return X @ w + 2.0
''',
        "loop over rows only": '''
def linear_model(X, w, b):
    return np.array([row @ w + b for row in X])
''',
        "scales X by w in place, then sums": '''
def linear_model(X, w, b):
    X *= w
    return X.sum(axis=-1) + b
''',
    },
    "ex_mse": {
        "squeeze then mean, keeps float32": '''
def mse(y_true, y_pred):
    return np.mean(np.square(np.squeeze(y_true) - np.squeeze(y_pred)))
''',
        "no flattening: (n,) against (n, 1) broadcasts": '''
def mse(y_true, y_pred):
    return float(np.mean((y_true - y_pred) ** 2))
''',
        "root mean squared error": '''
def mse(y_true, y_pred):
    return float(np.sqrt(np.mean((np.ravel(y_true) - np.ravel(y_pred)) ** 2)))
''',
        "sum instead of mean": '''
def mse(y_true, y_pred):
    return float(np.sum((np.ravel(y_true) - np.ravel(y_pred)) ** 2))
''',
        "divides by n - 1": '''
def mse(y_true, y_pred):
    r = np.ravel(y_true) - np.ravel(y_pred)
    return float(np.sum(r ** 2) / (r.size - 1))
''',
        "expanded square (cancellation)": '''
def mse(y_true, y_pred):
    t = np.ravel(y_true).astype(float)
    p = np.ravel(y_pred).astype(float)
    return float(np.mean(t ** 2) - 2 * np.mean(t * p) + np.mean(p ** 2))
''',
        "mutates y_true via ravel view": '''
def mse(y_true, y_pred):
    r = np.ravel(y_true)
    r -= np.ravel(y_pred)
    return float(np.mean(r**2))
''',
        "flattens only y_pred": '''
def mse(y_true, y_pred):
    return float(np.mean((y_true - np.ravel(y_pred)) ** 2))
''',
        "float32 computation": '''
def mse(y_true, y_pred):
    r = np.ravel(y_true).astype(np.float32) - np.ravel(y_pred).astype(np.float32)
    return float(np.mean(r**2))
''',
        "variance of residuals": '''
def mse(y_true, y_pred):
    return float(np.var(np.ravel(y_true) - np.ravel(y_pred)))
''',
        "returns vector of squared residuals": '''
def mse(y_true, y_pred):
    return (np.ravel(y_true) - np.ravel(y_pred)) ** 2
''',
        "residuals of tiny values floored at 1e-12": '''
def mse(y_true, y_pred):
    r = np.ravel(np.asarray(y_true, dtype=float)) - np.ravel(np.asarray(y_pred, dtype=float))
    return float(np.mean(np.where(np.abs(r) < 1e-12, 0.0, r) ** 2))
''',
    },
    "ex_log_likelihood": {
        "float32 kept, numpy scalar": '''
def log_likelihood(P, labels):
    with np.errstate(divide="ignore"):
        return np.sum(np.log(P[np.arange(P.shape[0]), labels]))
''',
        "log of the product (underflows)": '''
def log_likelihood(P, labels):
    return float(np.log(np.prod(P[np.arange(len(labels)), labels])))
''',
        "whole columns instead of one entry per row": '''
def log_likelihood(P, labels):
    return float(np.sum(np.log(P[:, labels])))
''',
        "one-hot mask times log of the whole table (nan on unobserved zeros)": '''
def log_likelihood(P, labels):
    onehot = np.eye(P.shape[1])[labels]
    return float(np.sum(onehot * np.log(P)))
''',
        "mean instead of sum": '''
def log_likelihood(P, labels):
    return float(np.mean(np.log(P[np.arange(len(labels)), labels])))
''',
        "uses the predicted class, not the label": '''
def log_likelihood(P, labels):
    return float(np.sum(np.log(P.max(axis=1))))
''',
        "clipped log (never -inf)": '''
def log_likelihood(P, labels):
    return float(np.sum(np.log(np.clip(P[np.arange(len(labels)), labels], 1e-12, 1.0))))
''',
        "math.log loop (raises on zero)": '''
def log_likelihood(P, labels):
    return sum(math.log(P[i, labels[i]]) for i in range(len(labels)))
''',
        "labels treated as 1-based": '''
def log_likelihood(P, labels):
    return float(np.sum(np.log(P[np.arange(len(labels)), labels - 1])))
''',
        "log10": '''
def log_likelihood(P, labels):
    return float(np.sum(np.log10(P[np.arange(len(labels)), labels])))
''',
        "log taken in place on P": '''
def log_likelihood(P, labels):
    with np.errstate(divide="ignore"):
        np.log(P, out=P)
    return float(P[np.arange(len(labels)), labels].sum())
''',
        "indexes a list of lists with a tuple": '''
def log_likelihood(P, labels):
    with np.errstate(divide="ignore"):
        return float(np.sum(np.log(P[np.arange(len(labels)), labels])))
''',
    },
    "ex_expression_shapes": {
        "column mean over the wrong axis": '''
def expression_shapes(n, d):
    return {"Xw": (n,), "gram": (d, d), "col_mean": (n,), "row_sum": (n, 1),
            "centred": (n, d), "pairs": (n, n), "total": ()}
''',
        "keepdims ignored": '''
def expression_shapes(n, d):
    return {"Xw": (n,), "gram": (d, d), "col_mean": (d,), "row_sum": (n,),
            "centred": (n, d), "pairs": (n, n), "total": ()}
''',
        "Gram matrix of the examples": '''
def expression_shapes(n, d):
    return {"Xw": (n,), "gram": (n, n), "col_mean": (d,), "row_sum": (n, 1),
            "centred": (n, d), "pairs": (n, n), "total": ()}
''',
        "scalar written as (1,)": '''
def expression_shapes(n, d):
    return {"Xw": (n,), "gram": (d, d), "col_mean": (d,), "row_sum": (n, 1),
            "centred": (n, d), "pairs": (n, n), "total": (1,)}
''',
        "row_sum as (1, n)": '''
def expression_shapes(n, d):
    return {"Xw": (n,), "gram": (d, d), "col_mean": (d,), "row_sum": (1, n),
            "centred": (n, d), "pairs": (n, n), "total": ()}
''',
        "pairs as (n,)": '''
def expression_shapes(n, d):
    return {"Xw": (n,), "gram": (d, d), "col_mean": (d,), "row_sum": (n, 1),
            "centred": (n, d), "pairs": (n,), "total": ()}
''',
        "centred as (d,)": '''
def expression_shapes(n, d):
    return {"Xw": (n,), "gram": (d, d), "col_mean": (d,), "row_sum": (n, 1),
            "centred": (d,), "pairs": (n, n), "total": ()}
''',
        "hard-coded for n=4, d=3": '''
def expression_shapes(n, d):
    return {"Xw": (4,), "gram": (3, 3), "col_mean": (3,), "row_sum": (4, 1),
            "centred": (4, 3), "pairs": (4, 4), "total": ()}
''',
        "ints instead of 1-tuples": '''
def expression_shapes(n, d):
    return {"Xw": (n,), "gram": (d, d), "col_mean": d, "row_sum": (n, 1),
            "centred": (n, d), "pairs": (n, n), "total": ()}
''',
        "lists instead of tuples": '''
def expression_shapes(n, d):
    return {"Xw": (n,), "gram": [d, d], "col_mean": [d], "row_sum": [n, 1],
            "centred": [n, d], "pairs": [n, n], "total": ()}
''',
    },
    "ex_broadcast_shape": {
        "calls np.broadcast_shapes": '''
def broadcast_shape(shape_a, shape_b):
    return np.broadcast_shapes(shape_a, shape_b)
''',
        "max of the sizes (wrong when 1 meets 0)": '''
def broadcast_shape(shape_a, shape_b):
    k = max(len(shape_a), len(shape_b))
    a = (1,) * (k - len(shape_a)) + tuple(shape_a)
    b = (1,) * (k - len(shape_b)) + tuple(shape_b)
    out = []
    for sa, sb in zip(a, b):
        if sa != sb and sa != 1 and sb != 1:
            raise ValueError("incompatible")
        out.append(max(sa, sb))
    return tuple(out)
''',
        "returns a list": '''
def broadcast_shape(shape_a, shape_b):
    k = max(len(shape_a), len(shape_b))
    a = [1] * (k - len(shape_a)) + list(shape_a)
    b = [1] * (k - len(shape_b)) + list(shape_b)
    out = []
    for sa, sb in zip(a, b):
        if sa == 1:
            out.append(sb)
        elif sb == 1 or sa == sb:
            out.append(sa)
        else:
            raise ValueError("incompatible")
    return out
''',
        "aligned from the left": '''
def broadcast_shape(shape_a, shape_b):
    k = max(len(shape_a), len(shape_b))
    a = tuple(shape_a) + (1,) * (k - len(shape_a))
    b = tuple(shape_b) + (1,) * (k - len(shape_b))
    out = []
    for sa, sb in zip(a, b):
        if sa == 1:
            out.append(sb)
        elif sb == 1 or sa == sb:
            out.append(sa)
        else:
            raise ValueError("incompatible")
    return tuple(out)
''',
        "pads only shape_a": '''
def broadcast_shape(shape_a, shape_b):
    pa = (1,) * (len(shape_b) - len(shape_a)) + tuple(shape_a)
    out = []
    for a, b in zip(pa, shape_b):
        if a == b or b == 1:
            out.append(a)
        elif a == 1:
            out.append(b)
        else:
            raise ValueError("incompatible")
    return tuple(out)
''',
        "size 0 treated like 1": '''
def broadcast_shape(shape_a, shape_b):
    L = max(len(shape_a), len(shape_b))
    pa = (1,) * (L - len(shape_a)) + tuple(shape_a)
    pb = (1,) * (L - len(shape_b)) + tuple(shape_b)
    out = []
    for a, b in zip(pa, pb):
        if a == b or b in (0, 1):
            out.append(a)
        elif a in (0, 1):
            out.append(b)
        else:
            raise ValueError("incompatible")
    return tuple(out)
''',
        "builds arrays": '''
def broadcast_shape(shape_a, shape_b):
    return (np.empty(shape_a) + np.empty(shape_b)).shape
''',
        "zero-stride arrays and np.broadcast": '''
def broadcast_shape(shape_a, shape_b):
    return np.broadcast(np.broadcast_to(0, shape_a), np.broadcast_to(0, shape_b)).shape
''',
        "raises TypeError instead of ValueError": '''
def broadcast_shape(shape_a, shape_b):
    import itertools
    out = []
    for a, b in itertools.zip_longest(reversed(shape_a), reversed(shape_b), fillvalue=1):
        if a == b or b == 1:
            out.append(a)
        elif a == 1:
            out.append(b)
        else:
            raise TypeError("incompatible")
    return tuple(reversed(out))
''',
    },
    "ex_grid_search_line": {
        "loop over slopes without conversion (float32 table)": '''
def grid_search_line(x, y, slopes, intercepts):
    losses = np.empty((len(slopes), len(intercepts)))
    for k, w in enumerate(slopes):
        r = w * x[None, :] + intercepts[:, None] - y[None, :]
        losses[k] = (r ** 2).mean(axis=1)
    flat = losses.argmin()
    k, m = flat // losses.shape[1], flat % losses.shape[1]
    return losses, slopes[k], intercepts[m]
''',
        "sum instead of mean": '''
def grid_search_line(x, y, slopes, intercepts):
    r = slopes[:, None, None] * x + intercepts[None, :, None] - y
    losses = np.sum(r ** 2, axis=-1)
    k, m = np.unravel_index(np.argmin(losses), losses.shape)
    return losses, float(slopes[k]), float(intercepts[m])
''',
        "table transposed (M, K)": '''
def grid_search_line(x, y, slopes, intercepts):
    r = intercepts[:, None, None] + slopes[None, :, None] * x - y
    losses = np.mean(r ** 2, axis=-1)
    m, k = np.unravel_index(np.argmin(losses), losses.shape)
    return losses, float(slopes[k]), float(intercepts[m])
''',
        "flat index split by the number of slopes": '''
def grid_search_line(x, y, slopes, intercepts):
    r = slopes[:, None, None] * x + intercepts[None, :, None] - y
    losses = np.mean(r ** 2, axis=-1)
    k, m = divmod(int(np.argmin(losses)), len(slopes))
    return losses, float(slopes[k % len(slopes)]), float(intercepts[m % len(intercepts)])
''',
        "returns indices instead of values": '''
def grid_search_line(x, y, slopes, intercepts):
    r = slopes[:, None, None] * x + intercepts[None, :, None] - y
    losses = np.mean(r ** 2, axis=-1)
    k, m = np.unravel_index(np.argmin(losses), losses.shape)
    return losses, int(k), int(m)
''',
        "separate row/column argmins (wrong on ties)": '''
def grid_search_line(x, y, slopes, intercepts):
    losses = ((slopes[:, None, None] * x + intercepts[None, :, None] - y) ** 2).mean(axis=-1)
    k = np.argmin(losses.min(axis=1)); m = np.argmin(losses.min(axis=0))
    return losses, slopes[k], intercepts[m]
''',
        "column-major tie-break": '''
def grid_search_line(x, y, slopes, intercepts):
    losses = ((slopes[:, None, None] * x + intercepts[None, :, None] - y) ** 2).mean(axis=-1)
    m, k = np.unravel_index(np.argmin(losses.T), losses.T.shape)
    return losses, slopes[k], intercepts[m]
''',
        "last minimum on ties": '''
def grid_search_line(x, y, slopes, intercepts):
    losses = ((slopes[:, None, None] * x + intercepts[None, :, None] - y) ** 2).mean(axis=-1)
    ks, ms = np.where(losses == losses.min())
    return losses, slopes[ks[-1]], intercepts[ms[-1]]
''',
        "RMSE table": '''
def grid_search_line(x, y, slopes, intercepts):
    losses = np.sqrt(((slopes[:, None, None] * x + intercepts[None, :, None] - y) ** 2).mean(axis=-1))
    k, m = np.unravel_index(np.argmin(losses), losses.shape)
    return losses, slopes[k], intercepts[m]
''',
        "divides by n - 1": '''
def grid_search_line(x, y, slopes, intercepts):
    n = len(x)
    losses = ((slopes[:, None, None] * x + intercepts[None, :, None] - y) ** 2).sum(axis=-1) / max(n - 1, 1)
    k, m = np.unravel_index(np.argmin(losses), losses.shape)
    return losses, slopes[k], intercepts[m]
''',
        "x and y swapped in the model": '''
def grid_search_line(x, y, slopes, intercepts):
    losses = ((slopes[:, None, None] * y + intercepts[None, :, None] - x) ** 2).mean(axis=-1)
    k, m = np.unravel_index(np.argmin(losses), losses.shape)
    return losses, slopes[k], intercepts[m]
''',
        "slope and intercept roles mixed up": '''
def grid_search_line(x, y, slopes, intercepts):
    losses = ((slopes[:, None, None] + intercepts[None, :, None] * x - y) ** 2).mean(axis=-1)
    k, m = np.unravel_index(np.argmin(losses), losses.shape)
    return losses, slopes[k], intercepts[m]
''',
        "centres x in place first": '''
def grid_search_line(x, y, slopes, intercepts):
    x -= 0.0 * x.mean()                 # a no-op on values, but an in-place write into x
    res = slopes[:, None, None] * x + intercepts[None, :, None] - y
    losses = np.mean(res ** 2, axis=-1)
    k, m = np.unravel_index(np.argmin(losses), losses.shape)
    return losses, float(slopes[k]), float(intercepts[m])
''',
        "float32 loss table": '''
def grid_search_line(x, y, slopes, intercepts):
    x, y, slopes, intercepts = (np.asarray(v, dtype=np.float32) for v in (x, y, slopes, intercepts))
    res = slopes[:, None, None] * x + intercepts[None, :, None] - y
    losses = np.mean(res ** 2, axis=-1).astype(float)
    k, m = np.unravel_index(np.argmin(losses), losses.shape)
    return losses, float(slopes[k]), float(intercepts[m])
''',
    },
}
