# s2s show ../../tests/cases/linalg.py::norm_axis --mode forward --wrt 0
def norm_axis_jvp(x, x_dot):
    t1 = np.linalg.norm(x, axis=1)
    return np.sum(t1), np.sum(np.sum(norm_vjp(1.0, x, t1, axis=1) * x_dot, axis=1))
