# s2s show ../../tests/cases/reductions.py::outer_broadcast_reduced --mode forward --wrt 0,1
def outer_broadcast_reduced_jvp(x, y, x_dot, y_dot):
    z = x * y
    z_dot = x_dot * y + x * y_dot
    t1 = np.sum(z, axis=0)
    t2 = t1 ** 2
    t3 = np.sum(np.sum(z_dot, axis=0) * 2 * t1 / (1 + t2)) + np.sum(np.mean(z_dot, axis=-1))
    return np.sum(np.log1p(t2)) + np.sum(np.mean(z, axis=-1)), t3
