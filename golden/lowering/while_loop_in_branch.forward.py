# s2s show ../../tests/cases/lowering.py::while_loop_in_branch --mode forward --wrt 0,1
def while_loop_in_branch_jvp(x, s, x_dot, s_dot):
    if s > 1.0:
        n, x_1, x_1_dot = 0, x, x_dot
        while n < 3:
            t1 = np.tanh(x_1 * s)
            t1_dot = (x_1_dot * s + x_1 * s_dot) * (1 - t1 ** 2)
            x_1 = t1 + x_1[::-1]
            x_1_dot = t1_dot + x_1_dot[::-1]
            n = n + 1
    else:
        x_1, x_1_dot = x, x_dot
    t2 = np.sum(x_1 * x_1)
    t3 = np.sum(x_1_dot * x_1 + x_1 * x_1_dot) * s + t2 * s_dot
    return t2 * s, t3
