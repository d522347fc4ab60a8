# s2s show ../../tests/cases/dtypes.py::f32_reductions --wrt 0
def f32_reductions_grad(x):
    x_bar = 1.0 / (np.size(x) / np.size(np.mean(x, axis=0)))
    x_bar = x_bar + norm_vjp(1.0, x, np.linalg.norm(x))
    x_bar = x_bar + unreduce_extremum(1.0, x, np.max(x, axis=1), axis=1)
    return x_bar
