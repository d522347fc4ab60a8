"""The functions that benchmarks/bench_grad.py differentiates.

Plain numpy functions at module level: s2s reads their source with ``inspect``. The
benchmark also re-binds the global ``np`` of these very functions to ``autograd.numpy``
and ``jax.numpy`` (see ``bench_grad.rebind``), so every framework differentiates exactly
the same code.
"""
import numpy as np


# (a) a scalar expression on Python floats ------------------------------------------------
def scalar_loss(w1, w2):
    return w2 * np.log(w1) + np.sqrt(w2 * np.log(w1))


# (b) MLP 100 -> 64 (tanh) -> 10, softmax cross-entropy over a batch ---------------------
def mlp_loss(W1, b1, W2, b2, x, y_onehot):
    h = np.tanh(x @ W1 + b1)
    logits = h @ W2 + b2
    m = np.max(logits, axis=1, keepdims=True)
    z = logits - m
    log_probs = z - np.log(np.sum(np.exp(z), axis=1, keepdims=True))
    return -np.sum(y_onehot * log_probs) / x.shape[0]


# (c) vanilla RNN h <- tanh(W h + U x_t + b) over a sequence; loss = sum of final h --------
def rnn_loss(W, U, b, xs, h0):
    h = h0
    for x_t in xs:
        h = np.tanh(W @ h + U @ x_t + b)
    return np.sum(h)


# -- second-order and Jacobian workloads (benchmarks/bench_second.py) -------------------------
# (d) a linear map: its Jacobian with respect to x is A itself (m outputs, n inputs)
def linear_map(A, x):
    return A @ x


# (e) the extended Rosenbrock function, in any dimension (scalar output)
def rosenbrock(x):
    return np.sum(100.0 * (x[1:] - x[:-1] ** 2) ** 2 + (1.0 - x[:-1]) ** 2)


# -- long loops (benchmarks/bench_memory.py) ---------------------------------------------------
# (g) a long loop of small steps: its gradient records every state (T x n numbers)
def long_loop(W, x, T):
    for t in range(T):
        x = x + 0.01 * np.tanh(W @ x)
    return np.sum(x)


# (h) a state array filled row by row, as simulations write it
def row_write(W, h0, T):
    H = np.zeros((T + 1, h0.shape[0]))
    H[0] = h0
    for t in range(T):
        H[t + 1] = np.tanh(W @ H[t])
    return np.sum(H)
