# s2s show ../../tests/cases/lowering.py::list_loop_in_branch --mode forward --wrt 0,1
def list_loop_in_branch_jvp(x, s, x_dot, s_dot):
    if np.sum(x) < 0.3:
        t1 = [x, x * s]
        t1_dot = [x_dot, x_dot * s + x * s_dot]
        x_1, x_1_dot = x, x_dot
        for i in range(len(t1)):
            v = t1[i]
            v_dot = t1_dot[i]
            t2 = np.sin(v)
            x_1 = t2 * s
            x_1_dot = v_dot * np.cos(v) * s + t2 * s_dot
    else:
        x_1, x_1_dot = x, x_dot
    return np.sum(x_1 * x_1), np.sum(x_1_dot * x_1 + x_1 * x_1_dot)
