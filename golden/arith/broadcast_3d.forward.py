# s2s show ../../tests/cases/arith.py::broadcast_3d --mode forward --wrt 0,1,2
def broadcast_3d_jvp(x, c, r, x_dot, c_dot, r_dot):
    t1 = x * c + r
    t2 = np.sin(t1)
    t3 = (x_dot * c + x * c_dot + r_dot) * np.cos(t1) * r
    return np.sum(t2 * r), np.sum(t3 + t2 * r_dot)
