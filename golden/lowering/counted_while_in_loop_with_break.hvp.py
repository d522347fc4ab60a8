# s2s show ../../tests/cases/lowering.py::counted_while_in_loop_with_break --mode hvp --wrt 0,1
def counted_while_in_loop_with_break_hvp(x, s, x_dot, s_dot):
    tape = []
    tape1 = []
    n1 = len(range(4))
    t1 = s > 0.0
    broke, j, steps = False, 0, 0
    while j < n1 and (not broke):
        j = j + 1
        n, steps1 = 0, 0
        while n < 1:
            t2_dot = x_dot * x + x * x_dot
            t2 = 1.0 + x * x
            x_1 = x / t2
            x_1_dot = (x_dot - x_1 * t2_dot) / t2
            n = n + 1
            tape.append((t2, x, x_1, t2_dot, x_dot, x_1_dot))
            x, steps1, x_dot = x_1, steps1 + 1, x_1_dot
        if t1:
            broke = True
        tape1.append(steps1)
        steps = steps + 1
    t3 = np.sum(x_dot * x + x * x_dot)
    x_bar = s * x
    x_bar_dot = s_dot * x + s * x_dot
    x_bar = x_bar + x_bar
    x_bar_dot = x_bar_dot + x_bar_dot
    for _ in range(steps):
        steps1 = tape1.pop()
        for _ in range(steps1):
            t2, x, x_1, t2_dot, x_dot, x_1_dot = tape.pop()
            x_bar_1 = x_bar / t2
            x_bar_1_dot = (x_bar_dot - x_bar_1 * t2_dot) / t2
            t2_bar = -(x_1 * x_bar) / t2
            t2_bar_dot = (-(x_1_dot * x_bar + x_1 * x_bar_dot) - t2_bar * t2_dot) / t2
            t4 = t2_bar * x
            t4_dot = t2_bar_dot * x + t2_bar * x_dot
            x_bar = x_bar_1 + t4
            x_bar_dot = x_bar_1_dot + t4_dot
            x_bar = x_bar + t4
            x_bar_dot = x_bar_dot + t4_dot
    return x_bar_dot, t3
