# s2s show ../../tests/cases/lowering.py::counted_while_in_loop_with_break --mode reverse --wrt 0,1
def counted_while_in_loop_with_break_grad(x, s):
    tape = []
    tape1 = []
    n1 = len(range(4))
    t1 = s > 0.0
    broke, j, steps = False, 0, 0
    while j < n1 and (not broke):
        j = j + 1
        n, steps1 = 0, 0
        while n < 1:
            t2 = 1.0 + x * x
            x_1 = x / t2
            n = n + 1
            tape.append((t2, x, x_1))
            x, steps1 = x_1, steps1 + 1
        if t1:
            broke = True
        tape1.append(steps1)
        steps = steps + 1
    t3 = np.sum(x * x)
    x_bar = s * x
    x_bar = x_bar + x_bar
    for _ in range(steps):
        steps1 = tape1.pop()
        for _ in range(steps1):
            t2, x, x_1 = tape.pop()
            x_bar_1 = x_bar / t2
            t4 = -(x_1 * x_bar) / t2 * x
            x_bar = x_bar_1 + t4
            x_bar = x_bar + t4
    return x_bar, t3
