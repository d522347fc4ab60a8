# s2s show ../../tests/cases/control.py::loop_carries_tuple --mode forward --wrt 0,1
def loop_carries_tuple_jvp(x, y, x_dot, y_dot):
    a, b, a_dot, b_dot = x, y, x_dot, y_dot
    for _ in range(4):
        a_1 = np.tanh(a * b)
        a_1_dot = (a_dot * b + a * b_dot) * (1 - a_1 ** 2)
        b = a + 0.5 * b
        b_dot = a_dot + 0.5 * b_dot
        a, a_dot = a_1, a_1_dot
    return np.sum(a + b), np.sum(a_dot + b_dot)
