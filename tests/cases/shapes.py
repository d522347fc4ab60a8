"""Shape operations, slicing and integer indexing."""
import numpy as np

IDX = np.array([0, 2, 2, 3])


# case: args=(randn(3, 4), randn(4, 3)), wrt=(0, 1)
def reshape(x, w):
    return np.sum(np.reshape(x, (4, 3)) * w)


# case: args=(randn(2, 3), randn(6)), wrt=(0, 1)
def reshape_minus_one(x, v):
    return np.sum(np.reshape(x, (-1,)) * v) + np.sum(np.reshape(v, (3, -1)) ** 2)


# case: args=(randn(3, 4), randn(4, 3)), wrt=(0, 1)
def transpose_2d(x, y):
    return np.sum(np.transpose(x) * y)


# case: args=(randn(2, 3, 4), randn(3, 4, 2)), wrt=(0, 1)
def transpose_axes(x, y):
    return np.sum(np.transpose(x, (1, 2, 0)) * y)


# case: args=(randn(2, 3), randn(2, 2), randn(2, 5)), wrt=(0, 1)
def concatenate_axis1(x, y, w):
    return np.sum(np.concatenate([x, y], axis=1) * w)


# case: args=(randn(2, 3), randn(1, 3)), wrt=(0, 1)
def concatenate_axis0_tuple(x, y):
    z = np.concatenate((x, y, x * y))
    return np.sum(z ** 2 * np.arange(1.0, 6.0)[:, None])


# case: args=(randn(4), randn(4), randn(3, 4)), wrt=(0, 1)
def stack(x, y, w):
    return np.sum(np.stack([x, y, x * y]) * w)


# case: args=(randn(4), randn(4), randn(4, 2)), wrt=(0, 1)
def stack_axis1(x, y, w):
    return np.sum(np.stack((x, np.sin(y)), axis=1) * w)


# case: args=(randn(3), randn(3, 4)), wrt=(0, 1)
def expand_dims(x, y):
    e = np.expand_dims(x, 1)
    f = np.expand_dims(x, axis=0)
    return np.sum(e * y) + np.sum(f * f.T)


# case: args=(randn(3, 1, 4), randn(3, 4)), wrt=(0, 1)
def squeeze(x, w):
    return np.sum(np.squeeze(x, axis=1) * w) + np.sum(np.squeeze(x) ** 2)


# case: args=(randn(6),)
def slices_1d(x):
    return np.sum(x[1:3] * x[0:2]) + np.sum(x[::2] ** 2) + x[-1] * x[-2] + np.sum(x[:-2:3])


# case: args=(randn(3, 4),)
def slices_2d(x):
    return np.sum(x[:, 0] * x[:, 1]) + np.sum(x[1, :] ** 2) + x[0, 1] * x[2, 3] + np.sum(x[1:, 2:] ** 3)


# case: args=(randn(3, 4),)
def row_index(x):
    return np.sum(x[0] * x[2]) + np.sum(x[1] ** 2)


# case: args=(randn(4), randn(4)), wrt=(0, 1)
def newaxis_index(x, y):
    return np.sum(x[:, None] * y[None, :] * x[None])


# case: args=(randn(5),)
def integer_array_index(x):
    return np.sum(x[IDX] ** 2) + np.sum(x[np.array([4, 4, 1])] * 3.0)


# case: args=(randn(3, 4), 2)
def index_by_int_param(x, i):
    return np.sum(x[i] ** 2) + x[i - 1, i] * x[0, -i]


# case: args=(randn(2, 3),)
def ravel(x):
    return np.sum(np.ravel(x) * np.arange(6.0))


# case: args=(randn(5),)
def reverse_slice(x):
    return np.sum(x[::-1] * x) + np.sum(x[3:0:-1] ** 2)


# case: args=(randn(2, 3, 4),)
def ellipsis_index(x):
    return np.sum(x[..., 0] * x[..., 1]) + np.sum(x[0, ...] ** 2)


# case: args=(randn(3, 4), 1)
def chained_indexing(x, j):
    return x[1][2] * x[0][j] + np.sum(x[2][1:] ** 2) + np.sum(x[:, j] * x[:, j + 1])


# case: args=(randn(6),), ref="fd"
def boolean_mask_index(x):
    return np.sum(x[x > 0] ** 2) + np.sum(x[np.abs(x) < 0.5])


# case: args=(randn(4, 3), np.array([0, 2, 1, 2])), wrt=0
def fancy_2d_labels(logits, labels):
    z = logits - np.max(logits, axis=1, keepdims=True)
    logp = z - np.log(np.sum(np.exp(z), axis=1, keepdims=True))
    return -np.mean(logp[np.arange(4), labels])


# case: args=(rand(), rand()), wrt=(0, 1)
def array_from_scalars(a, b):
    v = np.array([a, b, a * b])
    return np.sum(v ** 2 * np.array([1.0, 2.0, 3.0]))


# case: args=(randn(3), randn(3)), wrt=(0, 1)
def array_from_arrays(x, y):
    m = np.array([x, y * 2.0])
    return np.sum(m ** 3)


# case: args=(randn(3, 2),)
def zeros_ones_from_shape(x):
    z = np.zeros(x.shape) + np.ones_like(x) * 2.0 + np.zeros((x.shape[0], 2))
    return np.sum((x + z) ** 2) + np.sum(np.full((3, 2), 0.5) * x)


# case: args=(randn(3),)
def only_shape_used(x):
    return float(x.shape[0]) * 2.0 + np.sum(np.zeros_like(x))
