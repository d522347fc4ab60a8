# s2s show tests/cases/arith.py::broadcast_3d --mode forward --wrt 0,1,2
def broadcast_3d_jvp(x, c, r, x_dot, c_dot, r_dot):
    t1 = x * c + r
    t2 = np.sin(t1)
    return np.sum(t2 * r), np.sum((x_dot * c + x * c_dot + r_dot) * np.cos(t1) * r + t2 * r_dot)
