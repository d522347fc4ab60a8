# s2s show ../../tests/cases/ufuncs.py::clip --mode forward --wrt 0
def clip_jvp(x, x_dot):
    t1 = np.clip(x, -0.5, 0.5)
    t2 = np.clip(x, -1.0, 1.0)
    t3 = t1 ** 2 + t2 * x
    t3_dot = x_dot * clip_inside(x, -0.5, 0.5) * 2 * t1 + (x_dot * clip_inside(x, -1.0, 1.0) * x + t2 * x_dot)
    return np.sum(t3), np.sum(broadcast_like(t3_dot, t3))
