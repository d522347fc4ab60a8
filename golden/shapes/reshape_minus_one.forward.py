# s2s show ../../tests/cases/shapes.py::reshape_minus_one --mode forward --wrt 0,1
def reshape_minus_one_jvp(x, v, x_dot, v_dot):
    t1 = (-1,)
    t2 = np.reshape(x, t1)
    t3 = 3, -1
    t4 = np.reshape(v, t3)
    t5 = np.sum(np.reshape(x_dot, t1) * v + t2 * v_dot) + np.sum(np.reshape(v_dot, t3) * 2 * t4)
    return np.sum(t2 * v) + np.sum(t4 ** 2), t5
