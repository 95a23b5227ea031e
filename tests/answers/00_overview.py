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
    },
    "ex_prob_none": {
        "python loop": '''
def prob_none(p):
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
    },
    "ex_predict_classes": {
        "argmax over the last axis": '''
def predict_classes(scores):
    return scores.argmax(axis=-1)
''',
        "row by row": '''
def predict_classes(scores):
    return np.array([int(np.argmax(row)) for row in scores], dtype=int)
''',
    },
    "ex_bilinear_scores": {
        "einsum": '''
def bilinear_scores(A, X, Y):
    return np.einsum("bi,ij,bj->b", X, A, Y)
''',
        "diagonal of the full table": '''
def bilinear_scores(A, X, Y):
    return np.diag(X @ A @ Y.T)
''',
        "loop over pairs": '''
def bilinear_scores(A, X, Y):
    return np.array([X[b] @ A @ Y[b] for b in range(X.shape[0])])
''',
    },
    "ex_linear_model": {
        "np.dot": '''
def linear_model(X, w, b):
    return np.dot(X, w) + b
''',
        "sum over the last axis": '''
def linear_model(X, w, b):
    return np.sum(X * w, axis=-1) + b
''',
        "explicit loops": '''
def linear_model(X, w, b):
    if X.ndim == 1:
        return float(sum(w[j] * X[j] for j in range(len(w))) + b)
    out = np.empty(X.shape[0])
    for i in range(X.shape[0]):
        out[i] = sum(w[j] * X[i, j] for j in range(len(w))) + b
    return out
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
    },
    "ex_log_likelihood": {
        "take_along_axis": '''
def log_likelihood(P, labels):
    picked = np.take_along_axis(P, labels[:, None], axis=1)[:, 0]
    return float(np.log(picked).sum())
''',
        "python loop": '''
def log_likelihood(P, labels):
    total = 0.0
    for i, c in enumerate(labels):
        total += np.log(P[i, c])
    return float(total)
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
    },
    "ex_grid_search_line": {
        "expanded square": '''
def grid_search_line(x, y, slopes, intercepts):
    w = slopes[:, None]
    b = intercepts[None, :]
    losses = (w ** 2 * np.mean(x ** 2) + 2 * w * b * np.mean(x) + b ** 2
              - 2 * w * np.mean(x * y) - 2 * b * np.mean(y) + np.mean(y ** 2))
    k, m = divmod(int(np.argmin(losses)), losses.shape[1])
    return losses, float(slopes[k]), float(intercepts[m])
''',
        "loop over slopes": '''
def grid_search_line(x, y, slopes, intercepts):
    losses = np.empty((len(slopes), len(intercepts)))
    for k, w in enumerate(slopes):
        r = w * x[None, :] + intercepts[:, None] - y[None, :]
        losses[k] = (r ** 2).mean(axis=1)
    flat = losses.argmin()
    k, m = flat // losses.shape[1], flat % losses.shape[1]
    return losses, slopes[k], intercepts[m]
''',
    },
}

WRONG = {
    "ex_power_sum": {
        "always starts at 1": '''
def power_sum(m, n, p):
    return sum(i ** p for i in range(1, n + 1))
''',
        "upper bound excluded": '''
def power_sum(m, n, p):
    return int(np.sum(np.arange(m, n) ** p))
''',
        "float32 accumulator": '''
def power_sum(m, n, p):
    return float(np.sum(np.arange(m, n + 1).astype(np.float32) ** p, dtype=np.float32))
''',
    },
    "ex_prob_none": {
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
    },
    "ex_predict_classes": {
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
    },
    "ex_bilinear_scores": {
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
    },
    "ex_linear_model": {
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
    },
    "ex_mse": {
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
    },
    "ex_log_likelihood": {
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
    },
    "ex_broadcast_shape": {
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
        "calls np.broadcast_shapes": '''
def broadcast_shape(shape_a, shape_b):
    return np.broadcast_shapes(shape_a, shape_b)
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
    },
    "ex_grid_search_line": {
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
    },
}
