# s2s show ../../tests/cases/lowering.py::branch_value_read_back --mode forward --wrt 0,1
def branch_value_read_back_jvp(x, s, x_dot, s_dot):
    for _ in range(3):
        if np.sum(x) < 0.5:
            s_1 = np.tanh(s)
            s_1_dot = s_dot * (1 - s_1 ** 2)
            s, s_dot = s_1, s_1_dot
        x_1 = x * s
        x_dot = x_dot * s + x * s_dot
        x = x_1
    return np.sum(x), np.sum(x_dot)
