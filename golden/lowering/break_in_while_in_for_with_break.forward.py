# s2s show ../../tests/cases/lowering.py::break_in_while_in_for_with_break --mode forward --wrt 0,1
def break_in_while_in_for_with_break_jvp(x, s, x_dot, s_dot):
    n1 = len(range(2))
    t1 = np.dot(x, x)
    t1_dot = np.dot(x_dot, x) + np.dot(x, x_dot)
    t2 = np.sum(x) < -5.0
    broke, j = False, 0
    while j < n1 and (not broke):
        j = j + 1
        broke2, n = False, 0
        while not broke2 and n < 2:
            s_1 = t1 * s
            s_dot = t1_dot * s + t1 * s_dot
            if t2:
                broke2 = True
            else:
                n = n + 1
            s = s_1
        if s > 10.0:
            broke = True
    return s, s_dot
