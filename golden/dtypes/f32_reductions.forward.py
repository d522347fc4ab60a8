# s2s show ../../tests/cases/dtypes.py::f32_reductions --mode forward --wrt 0
def f32_reductions_jvp(x, x_dot):
    t1 = np.max(x, axis=1)
    t2 = np.linalg.norm(x)
    t3 = np.sum(np.sum(x_dot * unreduce_extremum(1.0, x, t1, axis=1), axis=1)) + np.sum(norm_vjp(1.0, x, t2) * x_dot)
    return np.sum(t1) + t2 + np.sum(np.mean(x, axis=0)), t3 + np.sum(np.mean(x_dot, axis=0))
