"""List comprehensions and generator expressions, written as numerical code uses them."""
import numpy as np


# case: args=(randn(4), [randn(4, 4) * 0.5 for _ in range(3)])
def layer_outputs_stacked(x, weights):
    hs = [np.tanh(W @ x) for W in weights]
    return np.sum(np.stack(hs) ** 2)


# case: args=(randn(5),)
def fourier_energy(x):
    return sum(np.sum(np.sin(k * x)) ** 2 for k in range(1, 4))


# case: args=(randn(6),), ref="fd"
# case: args=(randn(6) - 1.0,), ref="fd"
def hinge_sum(margins):
    return sum(1.0 - m for m in margins if m < 1.0)


# case: args=(randn(3),)
def gram_matrix_literal(v):
    G = np.array([[v[i] * v[j] for j in range(3)] for i in range(3)])
    return np.sum(G @ G)


# case: args=(randn(4), randn(4)), wrt=(0, 1)
def weighted_pairs(xs, ws):
    return sum(w * np.exp(-x ** 2) for x, w in zip(xs, ws))


# case: args=(randn(5),)
def discounted_return(rewards):
    gamma = 0.9
    return sum(gamma ** t * r for t, r in enumerate(rewards))


# case: args=([randn(3), randn(3), randn(3)],)
def mean_of_norms(points):
    norms = [np.sqrt(np.sum(p ** 2) + 1e-3) for p in points]
    return sum(norms) / len(norms)


# case: args=(randn(2, 3),)
def rows_and_columns(A):
    rows = [np.sum(A[i] ** 2) for i in range(A.shape[0])]
    cols = [np.max(A[:, j]) for j in range(A.shape[1])]
    return sum(rows) + sum(cols)


# case: args=(randn(3),)
def pairwise_potential(x):
    n = x.shape[0]
    return sum((x[i] - x[j]) ** 2 for i in range(n) for j in range(n) if i < j)


# case: args=(randn(4),)
def polynomial_features(x):
    feats = np.stack([x ** p for p in range(4)], axis=1)
    return np.sum(feats @ np.linspace(1.0, 2.0, 4))


# case: args=(randn(3, 2),)
def softmax_rows(logits):
    probs = [np.exp(row) / np.sum(np.exp(row)) for row in logits]
    return np.sum(np.stack(probs) * np.arange(2.0))


# case: args=(randpos(4),), ref="fd"
def max_of_generator(x):
    return max(np.log(v) for v in x) + min([v * 2.0 for v in x])
