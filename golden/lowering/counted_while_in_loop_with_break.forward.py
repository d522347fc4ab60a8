# s2s show ../../tests/cases/lowering.py::counted_while_in_loop_with_break --mode forward --wrt 0,1
def counted_while_in_loop_with_break_jvp(x, s, x_dot, s_dot):
    n1 = len(range(4))
    t1 = s > 0.0
    broke, j = False, 0
    while j < n1 and (not broke):
        j = j + 1
        n = 0
        while n < 1:
            t4 = x_dot * x + x * x_dot
            t2 = 1.0 + x * x
            x = x / t2
            x_dot = (x_dot - x * t4) / t2
            n = n + 1
        if t1:
            broke = True
    t3 = np.sum(x * x)
    t5 = np.sum(x_dot * x + x * x_dot) * s + t3 * s_dot
    return t3 * s, t5
