# s2s show tests/cases/linalg.py::norm_axis --wrt 0
def norm_axis_grad(x):
    t1 = np.linalg.norm(x, axis=1)
    x_bar = x * unreduce(1.0 / t1, x, axis=1)
    return np.sum(t1), x_bar
