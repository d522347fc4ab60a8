# s2s show ../../tests/cases/dtypes.py::f32_reductions --wrt 0
def f32_reductions_grad(x):
    t1 = np.max(x, axis=1)
    t2 = np.linalg.norm(x)
    t3 = np.mean(x, axis=0)
    x_bar = 1.0 / (np.size(x) / np.size(t3))
    x_bar = x_bar + norm_vjp(1.0, x, t2)
    x_bar = x_bar + unreduce_extremum(1.0, x, t1, axis=1)
    return np.sum(t1) + t2 + np.sum(t3), x_bar
