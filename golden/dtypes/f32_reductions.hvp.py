# s2s show tests/cases/dtypes.py::f32_reductions --mode hvp --wrt 0
def f32_reductions_hvp(x, x_dot):
    t1 = np.max(x, axis=1)
    t2 = np.linalg.norm(x)
    t3 = np.mean(x, axis=0)
    x_bar = unreduce(unreduce(1.0, t3), x, axis=0) * (np.size(t3) / np.size(x))
    t4 = unreduce(1.0 / t2, x)
    x_bar = x_bar + x * t4
    x_bar = x_bar + unreduce_extremum(unreduce(1.0, t1), x, t1, axis=1)
    return broadcast_like(x_dot * t4 + x * unreduce(-(np.sum(x * x_dot) / t2 / t2) / t2, x), x_bar)
