"""dot, matmul/@ (1-D, 2-D, batched), outer, np.linalg.norm."""
import numpy as np


# case: args=(randn(4), randn(4)), wrt=(0, 1)
def dot_1d_1d(x, y):
    return np.dot(x, y) ** 2


# case: args=(randn(3, 4), randn(4)), wrt=(0, 1)
def dot_2d_1d(A, x):
    return np.sum(np.dot(A, x) ** 2)


# case: args=(randn(2, 3), randn(3, 4), randn(2, 4)), wrt=(0, 1)
def dot_2d_2d(A, B, C):
    return np.sum(np.dot(A, B) * C)


# case: args=(randn(3), randn(3, 4)), wrt=(0, 1)
def matmul_1d_2d(x, A):
    return np.sum((x @ A) ** 2)


# case: args=(randn(3, 4), randn(4)), wrt=(0, 1)
def matmul_2d_1d(A, x):
    return np.sum(np.sin(A @ x))


# case: args=(randn(2, 3), randn(3, 4)), wrt=(0, 1)
def matmul_2d_2d(A, B):
    return np.sum((A @ B) ** 2)


# case: args=(randn(2, 3, 4), randn(2, 4, 5)), wrt=(0, 1)
def matmul_batched(A, B):
    return np.sum(np.tanh(A @ B))


# case: args=(randn(2, 3, 4), randn(4, 2)), wrt=(0, 1)
def matmul_batched_broadcast(A, B):
    return np.sum(np.matmul(A, B) ** 2)


# case: args=(randn(2, 3, 4), randn(4)), wrt=(0, 1)
def matmul_batched_vector(A, v):
    return np.sum((A @ v) ** 2)


# case: args=(randn(3), randn(4), randn(3, 4)), wrt=(0, 1)
def outer(x, y, C):
    return np.sum(np.outer(x, y) * C)


# case: args=(randn(4), randn(4, 4)), wrt=(0, 1)
def quadratic_form(x, A):
    return x @ A @ x


# case: args=(randn(5),)
def norm_vector(x):
    return np.linalg.norm(x)


# case: args=(randn(3, 4),)
def norm_matrix_frobenius(x):
    return np.linalg.norm(x) ** 2 + np.linalg.norm(x)


# case: args=(randn(3, 4),)
def norm_axis(x):
    return np.sum(np.linalg.norm(x, axis=1))


# case: args=(randn(3, 4), randn(3, 4)), wrt=(0, 1)
def normalize_rows_keepdims(x, y):
    return np.sum(x / np.linalg.norm(x, axis=1, keepdims=True) * y)


# case: args=(randn(5, 3), randn(3), randn(5)), wrt=(0, 1)
def least_squares(A, w, b):
    r = A @ w - b
    return 0.5 * (r @ r)
