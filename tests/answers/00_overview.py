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


# Added by an independent review: answers written blind from the released notebook, before
# reading the hidden tests.
_REVIEW_CORRECT = {
    'ex_power_sum': {
        'review: sum over a Python range with builtin pow': '''
def power_sum(m, n, p):
    return sum(pow(i, p) for i in range(m, n + 1))
''',
        'review: np.sum over object-free int64 array, cast to int': '''
def power_sum(m, n, p):
    k = np.arange(m, n + 1, dtype=np.int64)
    return int(np.sum(k ** p)) if k.size else 0
''',
    },
    'ex_prob_none': {
        'review: loop with float accumulator': '''
def prob_none(p):
    out = 1.0
    for q in np.asarray(p, dtype=np.float64).ravel():
        out *= 1.0 - q
    return out
''',
        'review: math.prod over converted list': '''
def prob_none(p):
    return float(math.prod(1.0 - float(q) for q in np.asarray(p, dtype=np.float64)))
''',
        'review: exp of a sum of log(1 - p)': '''
def prob_none(p):
    p = np.asarray(p, dtype=np.float64)
    with np.errstate(divide="ignore"):
        return float(np.exp(np.sum(np.log(1 - p))))
''',
    },
    'ex_predict_classes': {
        'review: explicit loop keeping the first maximum': '''
def predict_classes(scores):
    S = np.asarray(scores, dtype=np.float64)
    out = np.zeros(S.shape[0], dtype=np.int64)
    for i in range(S.shape[0]):
        best = 0
        for k in range(1, S.shape[1]):
            if S[i, k] > S[i, best]:
                best = k
        out[i] = best
    return out
''',
        'review: first index equal to row maximum': '''
def predict_classes(scores):
    S = np.asarray(scores)
    return np.argmax(S == S.max(axis=1, keepdims=True), axis=1)
''',
    },
    'ex_bilinear_scores': {
        'review: einsum bij': '''
def bilinear_scores(A, X, Y):
    A, X, Y = (np.asarray(t, dtype=np.float64) for t in (A, X, Y))
    return np.einsum("bi,ij,bj->b", X, A, Y)
''',
        'review: loop over rows': '''
def bilinear_scores(A, X, Y):
    A, X, Y = (np.asarray(t, dtype=np.float64) for t in (A, X, Y))
    return np.array([X[b] @ A @ Y[b] for b in range(X.shape[0])])
''',
    },
    'ex_linear_model': {
        'review: einsum over last axis': '''
def linear_model(X, w, b):
    X = np.asarray(X, dtype=np.float64); w = np.asarray(w, dtype=np.float64)
    return np.einsum("...j,j->...", X, w) + b
''',
        'review: loop over rows with np.dot': '''
def linear_model(X, w, b):
    X = np.asarray(X, dtype=np.float64); w = np.asarray(w, dtype=np.float64)
    if X.ndim == 1:
        return float(np.dot(X, w) + b)
    return np.array([np.dot(row, w) + b for row in X])
''',
    },
    'ex_mse': {
        'review: ravel and np.mean of squares': '''
def mse(y_true, y_pred):
    r = np.ravel(np.asarray(y_true, dtype=np.float64)) - np.ravel(np.asarray(y_pred, dtype=np.float64))
    return float(np.mean(r * r))
''',
        'review: loop in Python floats': '''
def mse(y_true, y_pred):
    a = np.asarray(y_true, dtype=np.float64).reshape(-1)
    c = np.asarray(y_pred, dtype=np.float64).reshape(-1)
    total = 0.0
    for u, v in zip(a, c):
        total += (u - v) ** 2
    return total / len(a)
''',
    },
    'ex_log_likelihood': {
        'review: fancy indexing then sum of logs': '''
def log_likelihood(P, labels):
    P = np.asarray(P, dtype=np.float64); labels = np.asarray(labels)
    with np.errstate(divide="ignore"):
        return float(np.sum(np.log(P[np.arange(len(labels)), labels])))
''',
        'review: take_along_axis': '''
def log_likelihood(P, labels):
    P = np.asarray(P, dtype=np.float64); labels = np.asarray(labels, dtype=np.int64)
    picked = np.take_along_axis(P, labels[:, None], axis=1)[:, 0]
    with np.errstate(divide="ignore"):
        return float(np.log(picked).sum())
''',
    },
    'ex_expression_shapes': {
        'review: compute with tiny zero arrays': '''
def expression_shapes(n, d):
    X = np.zeros((n, d)); w = np.zeros(d); y = np.zeros(n)
    return {"Xw": (X @ w).shape, "gram": (X.T @ X).shape, "col_mean": X.mean(axis=0).shape,
            "row_sum": X.sum(axis=1, keepdims=True).shape, "centred": (X - X.mean(axis=0)).shape,
            "pairs": (y[:, None] - y[None, :]).shape, "total": np.shape(X.sum())}
''',
        'review: written out': '''
def expression_shapes(n, d):
    return dict(Xw=(n,), gram=(d, d), col_mean=(d,), row_sum=(n, 1), centred=(n, d),
                pairs=(n, n), total=())
''',
    },
    'ex_broadcast_shape': {
        'review: zip_longest from the right': '''
def broadcast_shape(shape_a, shape_b):
    import itertools
    out = []
    for a, b in itertools.zip_longest(reversed(shape_a), reversed(shape_b), fillvalue=1):
        if a == b or b == 1:
            out.append(a)
        elif a == 1:
            out.append(b)
        else:
            raise ValueError(f"incompatible sizes {a} and {b}")
    return tuple(reversed(out))
''',
        'review: pad on the left then compare': '''
def broadcast_shape(shape_a, shape_b):
    L = max(len(shape_a), len(shape_b))
    a = (1,) * (L - len(shape_a)) + tuple(shape_a)
    b = (1,) * (L - len(shape_b)) + tuple(shape_b)
    res = []
    for x, y in zip(a, b):
        if x != y and 1 not in (x, y):
            raise ValueError("shapes do not broadcast")
        res.append(y if x == 1 else x)
    return tuple(int(v) for v in res)
''',
        "review: zip of reversed shapes, then the longer shape's leading axes": '''
def broadcast_shape(shape_a, shape_b):
    out = []
    for x, y in zip(reversed(shape_a), reversed(shape_b)):
        if x != y and 1 not in (x, y):
            raise ValueError("incompatible")
        out.append(y if x == 1 else x)
    longer = shape_a if len(shape_a) > len(shape_b) else shape_b
    if len(shape_a) == len(shape_b) or len(out) == 0:
        return tuple(reversed(out)) if out else tuple(longer)
    return tuple(longer[:len(longer) - len(out)]) + tuple(reversed(out))
''',
    },
    'ex_grid_search_line': {
        'review: double loop over the grid': '''
def grid_search_line(x, y, slopes, intercepts):
    x = np.asarray(x, dtype=np.float64); y = np.asarray(y, dtype=np.float64)
    s = np.asarray(slopes, dtype=np.float64); c = np.asarray(intercepts, dtype=np.float64)
    L = np.empty((len(s), len(c)))
    for k in range(len(s)):
        for m in range(len(c)):
            L[k, m] = np.mean((s[k] * x + c[m] - y) ** 2)
    k, m = divmod(int(np.argmin(L)), len(c))
    return L, float(s[k]), float(c[m])
''',
        'review: einsum-free broadcasting with explicit axes': '''
def grid_search_line(x, y, slopes, intercepts):
    x = np.asarray(x, dtype=np.float64); y = np.asarray(y, dtype=np.float64)
    s = np.asarray(slopes, dtype=np.float64); c = np.asarray(intercepts, dtype=np.float64)
    r = s[:, None, None] * x[None, None, :] + c[None, :, None] - y[None, None, :]
    L = (r ** 2).sum(axis=2) / x.size
    flat = L.argmin()
    return L, float(s[flat // len(c)]), float(c[flat % len(c)])
''',
    },
}

_REVIEW_WRONG = {
    'ex_power_sum': {
        'review: float32 accumulation': '''
def power_sum(m, n, p):
    k = np.arange(m, n + 1).astype(np.float32)
    return float(np.sum(k ** p, dtype=np.float32))
''',
        'review: 0**0 taken as 0': '''
def power_sum(m, n, p):
    return sum(i ** p if i != 0 else 0 for i in range(m, n + 1))
''',
        'review: assumes m >= 1 via Faulhaber with F(m-1) only for positives': '''
def power_sum(m, n, p):
    if n < m:
        return 0
    F = lambda k: sum(i ** p for i in range(1, k + 1))
    return F(n) - F(m - 1)
''',
        'review: int32 overflow': '''
def power_sum(m, n, p):
    k = np.arange(m, n + 1, dtype=np.int32)
    return int(np.sum(k ** p, dtype=np.int32))
''',
    },
    'ex_prob_none': {
        'review: float32 product': '''
def prob_none(p):
    return float(np.prod(1 - np.asarray(p, dtype=np.float32)))
''',
        'review: returns cumulative products': '''
def prob_none(p):
    return np.cumprod(1 - np.asarray(p, dtype=np.float64))
''',
        'review: in-place on input': '''
def prob_none(p):
    p = np.asarray(p)
    p *= -1
    p += 1
    return float(np.prod(p)) if p.size else 1.0
''',
        'review: int list not converted': '''
def prob_none(p):
    out = 1
    for q in p:
        out = out * (1 - q)
    return out
''',
    },
    'ex_predict_classes': {
        'review: float32 cast collapses close large logits': '''
def predict_classes(scores):
    return np.argmax(np.asarray(scores, dtype=np.float32), axis=1)
''',
        'review: softmax first (overflow on large logits)': '''
def predict_classes(scores):
    S = np.asarray(scores, dtype=np.float64)
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(S)
        P = e / e.sum(axis=1, keepdims=True)
    return np.argmax(P, axis=1)
''',
        'review: last maximum on ties': '''
def predict_classes(scores):
    S = np.asarray(scores)
    K = S.shape[1]
    return K - 1 - np.argmax(S[:, ::-1], axis=1)
''',
        'review: returns float dtype': '''
def predict_classes(scores):
    return np.argmax(np.asarray(scores), axis=1).astype(np.float64)
''',
        'review: squeezes batch of one': '''
def predict_classes(scores):
    return np.squeeze(np.argmax(np.asarray(scores), axis=-1))
''',
    },
    'ex_bilinear_scores': {
        'review: float32 arithmetic': '''
def bilinear_scores(A, X, Y):
    A, X, Y = (np.asarray(t, dtype=np.float32) for t in (A, X, Y))
    return np.einsum("bi,ij,bj->b", X, A, Y).astype(np.float64)
''',
        'review: A transposed': '''
def bilinear_scores(A, X, Y):
    A, X, Y = (np.asarray(t, dtype=np.float64) for t in (A, X, Y))
    return np.einsum("bj,ij,bi->b", X, A, Y) if A.shape[0] == A.shape[1] else np.einsum("bi,ij,bj->b", X, A, Y)
''',
        'review: diagonal of full table squeezed for B = 1': '''
def bilinear_scores(A, X, Y):
    A, X, Y = (np.asarray(t, dtype=np.float64) for t in (A, X, Y))
    return np.squeeze(np.diag(X @ A @ Y.T))
''',
        'review: X scaled in place': '''
def bilinear_scores(A, X, Y):
    X = np.asarray(X, dtype=np.float64)
    A = np.asarray(A, dtype=np.float64); Y = np.asarray(Y, dtype=np.float64)
    X[...] = X @ A
    return np.sum(X * Y, axis=1)
''',
    },
    'ex_linear_model': {
        'review: float32': '''
def linear_model(X, w, b):
    return np.asarray(X, dtype=np.float32) @ np.asarray(w, dtype=np.float32) + np.float32(b)
''',
        'review: axis=1 sum breaks 1-D': '''
def linear_model(X, w, b):
    X = np.atleast_2d(np.asarray(X, dtype=np.float64))
    return np.sum(X * np.asarray(w, dtype=np.float64), axis=1) + b
''',
        'review: squeeze drops batch of one': '''
def linear_model(X, w, b):
    return np.squeeze(np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b)
''',
        'review: multiplies X by w in place': '''
def linear_model(X, w, b):
    X = np.asarray(X, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    X *= w
    return X.sum(axis=-1) + b
''',
        'review: lists multiplied without conversion': '''
def linear_model(X, w, b):
    return np.dot(X, w) + b
''',
    },
    'ex_mse': {
        'review: float32': '''
def mse(y_true, y_pred):
    r = np.ravel(y_true).astype(np.float32) - np.ravel(y_pred).astype(np.float32)
    return float(np.mean(r * r))
''',
        'review: expanded square (cancellation at 1e9)': '''
def mse(y_true, y_pred):
    a = np.ravel(np.asarray(y_true, dtype=np.float64)); c = np.ravel(np.asarray(y_pred, dtype=np.float64))
    return float(max(np.mean(a * a) - 2 * np.mean(a * c) + np.mean(c * c), 0.0))
''',
        'review: divides by n - 1': '''
def mse(y_true, y_pred):
    r = np.ravel(np.asarray(y_true, dtype=np.float64)) - np.ravel(np.asarray(y_pred, dtype=np.float64))
    return float(np.sum(r * r) / max(r.size - 1, 1))
''',
        'review: only y_pred flattened': '''
def mse(y_true, y_pred):
    r = np.asarray(y_true, dtype=np.float64) - np.ravel(np.asarray(y_pred, dtype=np.float64))
    return float(np.mean(r * r))
''',
        'review: squared norm scaled by a fixed 1e-3 (underflows tiny residuals)': '''
def mse(y_true, y_pred):
    r = (np.ravel(np.asarray(y_true, dtype=np.float64)) - np.ravel(np.asarray(y_pred, dtype=np.float64)))
    return float(np.mean((r * 1e-60) ** 2) * 1e120)
''',
    },
    'ex_log_likelihood': {
        'review: float32 logs': '''
def log_likelihood(P, labels):
    P = np.asarray(P, dtype=np.float32)
    with np.errstate(divide="ignore"):
        return float(np.sum(np.log(P[np.arange(len(labels)), labels])))
''',
        'review: log of product per chunk of 100': '''
def log_likelihood(P, labels):
    P = np.asarray(P, dtype=np.float64); labels = np.asarray(labels)
    picked = P[np.arange(len(labels)), labels]
    with np.errstate(divide="ignore"):
        return float(sum(np.log(np.prod(picked[i:i + 400])) for i in range(0, len(picked), 400)))
''',
        'review: log of all entries weighted by one-hot (0 * -inf = nan)': '''
def log_likelihood(P, labels):
    P = np.asarray(P, dtype=np.float64); labels = np.asarray(labels)
    onehot = np.eye(P.shape[1])[labels]
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(np.sum(onehot * np.log(P)))
''',
        'review: clip probabilities away from zero': '''
def log_likelihood(P, labels):
    P = np.asarray(P, dtype=np.float64); labels = np.asarray(labels)
    return float(np.sum(np.log(np.clip(P[np.arange(len(labels)), labels], 1e-300, 1))))
''',
        'review: rows and columns swapped when the table is square': '''
def log_likelihood(P, labels):
    P = np.asarray(P, dtype=np.float64); labels = np.asarray(labels)
    if P.shape[0] == P.shape[1]:
        picked = P[labels, np.arange(len(labels))]
    else:
        picked = P[np.arange(len(labels)), labels]
    with np.errstate(divide="ignore"):
        return float(np.sum(np.log(picked)))
''',
    },
    'ex_expression_shapes': {
        'review: gram as (n, n)': '''
def expression_shapes(n, d):
    return {"Xw": (n,), "gram": (n, n), "col_mean": (d,), "row_sum": (n, 1), "centred": (n, d),
            "pairs": (n, n), "total": ()}
''',
        'review: row_sum without keepdims': '''
def expression_shapes(n, d):
    return {"Xw": (n,), "gram": (d, d), "col_mean": (d,), "row_sum": (n,), "centred": (n, d),
            "pairs": (n, n), "total": ()}
''',
        'review: col_mean as (n,)': '''
def expression_shapes(n, d):
    return {"Xw": (n,), "gram": (d, d), "col_mean": (n,), "row_sum": (n, 1), "centred": (n, d),
            "pairs": (n, n), "total": ()}
''',
        'review: Xw as column': '''
def expression_shapes(n, d):
    return {"Xw": (n, 1), "gram": (d, d), "col_mean": (d,), "row_sum": (n, 1), "centred": (n, d),
            "pairs": (n, n), "total": ()}
''',
    },
    'ex_broadcast_shape': {
        'review: max of sizes with zero guard wrong order': '''
def broadcast_shape(shape_a, shape_b):
    L = max(len(shape_a), len(shape_b))
    a = (1,) * (L - len(shape_a)) + tuple(shape_a)
    b = (1,) * (L - len(shape_b)) + tuple(shape_b)
    out = []
    for x, y in zip(a, b):
        if x != y and x != 1 and y != 1:
            raise ValueError("incompatible")
        out.append(min(x, y) if 0 in (x, y) and 1 not in (x, y) else max(x, y))
    return tuple(out)
''',
        'review: aligned from the left': '''
def broadcast_shape(shape_a, shape_b):
    L = max(len(shape_a), len(shape_b))
    a = tuple(shape_a) + (1,) * (L - len(shape_a))
    b = tuple(shape_b) + (1,) * (L - len(shape_b))
    out = []
    for x, y in zip(a, b):
        if x != y and 1 not in (x, y):
            raise ValueError("incompatible")
        out.append(y if x == 1 else x)
    return tuple(out)
''',
        'review: builds arrays': '''
def broadcast_shape(shape_a, shape_b):
    return np.broadcast(np.empty(shape_a), np.empty(shape_b)).shape
''',
        'review: returns list': '''
def broadcast_shape(shape_a, shape_b):
    L = max(len(shape_a), len(shape_b))
    a = [1] * (L - len(shape_a)) + list(shape_a)
    b = [1] * (L - len(shape_b)) + list(shape_b)
    out = []
    for x, y in zip(a, b):
        if x != y and 1 not in (x, y):
            raise ValueError("incompatible")
        out.append(y if x == 1 else x)
    return out
''',
    },
    'ex_grid_search_line': {
        'review: float32 table': '''
def grid_search_line(x, y, slopes, intercepts):
    x = np.asarray(x, dtype=np.float32); y = np.asarray(y, dtype=np.float32)
    s = np.asarray(slopes, dtype=np.float32); c = np.asarray(intercepts, dtype=np.float32)
    L = np.mean((s[:, None, None] * x + c[None, :, None] - y) ** 2, axis=2).astype(np.float64)
    k, m = np.unravel_index(np.argmin(L), L.shape)
    return L, float(s[k]), float(c[m])
''',
        'review: unravel with transposed shape': '''
def grid_search_line(x, y, slopes, intercepts):
    x = np.asarray(x, dtype=np.float64); y = np.asarray(y, dtype=np.float64)
    s = np.asarray(slopes, dtype=np.float64); c = np.asarray(intercepts, dtype=np.float64)
    L = np.mean((s[:, None, None] * x + c[None, :, None] - y) ** 2, axis=2)
    m, k = np.unravel_index(np.argmin(L), (len(c), len(s)))
    return L, float(s[k]), float(c[m])
''',
        'review: divides by n - 1': '''
def grid_search_line(x, y, slopes, intercepts):
    x = np.asarray(x, dtype=np.float64); y = np.asarray(y, dtype=np.float64)
    s = np.asarray(slopes, dtype=np.float64); c = np.asarray(intercepts, dtype=np.float64)
    L = np.sum((s[:, None, None] * x + c[None, :, None] - y) ** 2, axis=2) / max(len(x) - 1, 1)
    k, m = np.unravel_index(np.argmin(L), L.shape)
    return L, float(s[k]), float(c[m])
''',
        'review: last minimum on ties': '''
def grid_search_line(x, y, slopes, intercepts):
    x = np.asarray(x, dtype=np.float64); y = np.asarray(y, dtype=np.float64)
    s = np.asarray(slopes, dtype=np.float64); c = np.asarray(intercepts, dtype=np.float64)
    L = np.mean((s[:, None, None] * x + c[None, :, None] - y) ** 2, axis=2)
    flat = L.size - 1 - np.argmin(L.ravel()[::-1])
    k, m = np.unravel_index(flat, L.shape)
    return L, float(s[k]), float(c[m])
''',
        'review: expanded square (cancels near the best line)': '''
def grid_search_line(x, y, slopes, intercepts):
    x = np.asarray(x, dtype=np.float64); y = np.asarray(y, dtype=np.float64)
    s = np.asarray(slopes, dtype=np.float64)[:, None]; c = np.asarray(intercepts, dtype=np.float64)[None, :]
    L = (s**2 * np.mean(x*x) + 2*s*c*np.mean(x) + c**2 - 2*s*np.mean(x*y) - 2*c*np.mean(y) + np.mean(y*y))
    k, m = np.unravel_index(np.argmin(L), L.shape)
    return L, float(s[k, 0]), float(c[0, m])
''',
    },
}

for _exercise, _answers in _REVIEW_CORRECT.items():
    CORRECT[_exercise].update(_answers)
for _exercise, _answers in _REVIEW_WRONG.items():
    WRONG[_exercise].update(_answers)
# The review made the contract of ex_grid_search_line say "from the residuals themselves" (and
# hint 3 no longer suggests expanding the square): the expanded form loses small losses to
# cancellation for data far from the origin, the trap of ex_mse.
WRONG["ex_grid_search_line"]["expanded square (loses small losses far from the origin)"] = \
    CORRECT["ex_grid_search_line"].pop("expanded square")
