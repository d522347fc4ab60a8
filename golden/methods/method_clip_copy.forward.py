# s2s show ../../tests/cases/methods.py::method_clip_copy --mode forward --wrt 0
def method_clip_copy_jvp(x, x_dot):
    y = np.copy(x)
    y_dot = np.copy(x_dot)
    t1 = np.clip(y, -0.5, 0.5)
    t2 = t1 * x
    t3 = np.sum(broadcast_like(y_dot * clip_inside(y, -0.5, 0.5) * x + t1 * x_dot, t2))
    return np.sum(t2), t3
