"""float32 inputs: the gradient has the input's dtype."""
import numpy as np


# case: args=(randn(3, 4), randn(3, 4)), wrt=(0, 1), dtype="float32"
def f32_elementwise(x, y):
    return np.sum(np.tanh(x) * y + np.exp(0.1 * x))


# case: args=(randn(4),), dtype="float32"
def f32_python_scalar_constants(x):
    return np.mean(2.5 * x ** 2 + 1.0 / (1.0 + x * x))


# case: args=([(randn(3, 4), randn(4)), (randn(4, 2), randn(2))], randn(5, 3)), dtype="float32"
def f32_mlp(params, x):
    h = x
    for W, b in params:
        h = np.tanh(h @ W + b)
    return np.sum(h ** 2)


# case: args=(randn(3, 4),), dtype="float32"
def f32_reductions(x):
    return np.sum(np.max(x, axis=1)) + np.linalg.norm(x) + np.mean(x, axis=0).sum()


# case: args=(randn(4),), dtype="float32"
def f32_float64_constant(x):
    return np.sum(x * np.float64(2.0))


# case: args=(randn(4), randn(4)), wrt=(0, 1), dtype="float32", ref="fd"
def f32_inplace_loop(x, w):
    y = np.zeros_like(x)
    for i in range(4):
        y[i] = x[i] * w[i]
        if y[i] > 0:
            y[i] += 1.0
    return np.sum(y * y)


# case: args=(randn(3).astype(np.float32), randn(3)), wrt=(0, 1)
def mixed_dtypes(x, y):
    return np.sum(x * y + x ** 2)


# case: args=(randn(3), 0.5), wrt=(0, 1), dtype="float32"
def f32_array_python_float_param(x, s):
    return np.sum(np.sin(x) * s) + s * s


# case: args=(np.float32(0.7), randn(3)), wrt=(0, 1), dtype="float32"
def f32_numpy_scalar(s, x):
    return np.sum(x * s + s ** 2)


# case: args=(rand(3) * 0.3,), dtype="float32", ref="fd"
def f32_while(x):
    y = x
    while np.linalg.norm(y) < 100:
        y = y * 2
    return np.sum(y)


# case: args=({"w": randn(3, 2), "b": randn(2)}, randn(4, 3)), dtype="float32"
def f32_dict_params(p, x):
    return np.mean(np.tanh(x @ p["w"] + p["b"]) ** 2)
