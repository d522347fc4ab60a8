# s2s show ../../tests/cases/lowering.py::empty_loop_with_break_in_branch --mode forward --wrt 0,1
def empty_loop_with_break_in_branch_jvp(x, s, x_dot, s_dot):
    if np.sum(x) < 0.3:
        t1 = [x, x, x][2:-1]
        t1_dot = [x_dot, x_dot, x_dot][2:-1]
        n = len(t1)
        broke, i, s_1, s_1_dot = False, 0, s, s_dot
        while i < n and (not broke):
            v = t1[i]
            v_dot = t1_dot[i]
            i = i + 1
            s_1 = np.max(v)
            s_1_dot = np.sum(v_dot * unreduce_extremum(1.0, v, s_1))
            if np.sum(v) < 0.4:
                broke = True
    else:
        s_1, s_1_dot = s, s_dot
    t2 = np.sum(x * x)
    t3 = np.sum(x_dot * x + x * x_dot) * s_1 + t2 * s_1_dot
    return t2 * s_1, t3
