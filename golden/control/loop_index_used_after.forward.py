# s2s show ../../tests/cases/control.py::loop_index_used_after --mode forward --wrt 0
def loop_index_used_after_jvp(x, x_dot):
    for i in range(3):
        x = x * 1.1 + 0.1
        x_dot = x_dot * 1.1
    t1 = x[i]
    t2 = np.sum(x)
    return t1 * t2, x_dot[i] * t2 + t1 * np.sum(x_dot)
