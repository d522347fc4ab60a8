"""In-place writes (``y[i] = v``, ``y[i] += v``) into arrays the function created."""
import numpy as np


# case: args=(randn(4), randn(4)), wrt=(0, 1), ref="fd"
def setitem_loop(x, w):
    y = np.zeros(4)
    for i in range(4):
        y[i] = x[i] ** 2
    return np.sum(y * w)


# case: args=(randn(3), randn(3)), wrt=(0, 1), ref="fd"
def setitem_accumulate(x, w):
    y = np.zeros(3)
    for i in range(3):
        y[i] += x[i] * w[i]
        y[i] += x[i]
    y[0] -= w[2]
    y[1] *= x[0]
    return np.sum(y ** 2)


# case: args=(randn(5),), ref="fd"
def setitem_slice(x):
    y = np.ones(6)
    y[1:3] = x[:2]
    y[3:] = x[2:] * 2.0
    return np.sum(y ** 3)


# case: args=(randn(3), randn(3, 4)), wrt=(0, 1), ref="fd"
def setitem_2d(x, m):
    y = np.zeros((3, 4))
    y[:, 0] = x
    y[1] = m[1] * 2.0
    y[2, 3] = x[0] * x[1]
    return np.sum(y * m)


# case: args=(randn(4),), ref="fd"
def setitem_overwrite(x):
    y = np.ones(3)
    y[0] = x[0]
    y[0] = y[0] * x[1]
    y[1] = y[0] + x[2]
    y[0] = x[3]
    return np.sum(y ** 2)


# case: args=(randn(5),), ref="fd"
def setitem_recurrence(x):
    y = np.zeros(5)
    y[0] = x[0]
    for i in range(1, 5):
        y[i] = 0.5 * y[i - 1] + x[i] * y[i - 1] + x[i]
    return np.sum(y)


# case: args=(randn(4),), ref="fd"
def setitem_on_copy(x):
    y = x.copy()
    y[0] = 0.0
    y[2] = y[2] * 3.0
    return np.sum(y * y)


# case: args=(randn(3, 2),), ref="fd"
def setitem_zeros_like(x):
    y = np.zeros_like(x)
    for i in range(3):
        y[i] = x[i] * (i + 1)
    y[0, 1] += x[2, 0]
    return np.sum(np.sin(y))


# case: args=(randn(4),), ref="fd"
def setitem_read_before_write(x):
    y = np.zeros(4)
    y[:] = x
    a = y[1]
    y[1] = 10.0
    return np.sum(y * x) + a * y[2]


# case: args=(randn(4), 2), wrt=0, ref="fd"
def setitem_int_param_index(x, k):
    y = np.zeros(4)
    y[k] = x[0]
    y[k - 1] += x[k] * x[1]
    return np.sum(y * x)


# case: args=(randn(2, 2), randn()), wrt=(0, 1), ref="fd"
def setitem_2d_slices_broadcast(x, s):
    y = np.zeros((3, 3))
    y[1:, :2] += x
    y[:, 2] = s
    y[0, :] = y[0, :] + s * 2.0
    return np.sum(np.sin(y))


# case: args=(randn(3, 2),), ref="fd"
def setitem_nested_loops(x):
    y = np.zeros((3, 2))
    for i in range(3):
        for j in range(2):
            y[i, j] = x[i, j] * x[2 - i, 1 - j]
    return np.sum(y * x)


# case: args=(randn(4),), ref="fd"
def setitem_fancy_index(x):
    y = np.zeros(5)
    y[np.array([0, 2, 4])] = x[:3] ** 2
    y[np.array([1, 1])] += x[3]
    return np.sum(y * np.arange(1.0, 6.0))





# case: args=(randn(3, 4), randn(4)), wrt=(0, 1), ref="fd"
def augassign_broadcast_inplace(x, b):
    y = x * 1.0
    y += b
    y *= b
    return np.sum(y ** 2)


# case: args=(randn(3, 3), randn(3), 4), wrt=(0, 1), ref="fd"
def setitem_row_recurrence(W, h0, T):
    H = np.zeros((T + 1, h0.shape[0]))
    H[0] = h0
    for t in range(T):
        H[t + 1] = np.tanh(W @ H[t])
    return np.sum(H * H)
