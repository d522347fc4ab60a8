# s2s show tests/cases/control.py::break_inner_loop_only --wrt 0
def break_inner_loop_only_grad(x):
    tape = []
    tape1 = []
    tape2 = []
    r = range(3)
    r1 = range(4)
    n = len(r1)
    acc = 0.0
    for i in r:
        broke, k, steps = False, 0, 0
        while k < n and (not broke):
            j = r1[k]
            k = k + 1
            t1 = x[i, j]
            t2 = t1 < 0
            if t2:
                broke = True
            else:
                t3 = i + 1
                acc = acc + t1 * t3
                tape.append(t3)
            tape1.append((t1, t2, j))
            steps = steps + 1
        tape2.append(steps)
    x_bar = zeros_like(x)
    acc_bar = 1.0
    for i in reversed(r):
        steps = tape2.pop()
        for _ in range(steps):
            t1, t2, j = tape1.pop()
            if t2:
                t1_bar = zeros_like(t1)
            else:
                t3 = tape.pop()
                t1_bar = acc_bar * t3
            x_bar = add_into(x_bar, (i, j), unbroadcast(t1_bar, t1))
    return acc, x_bar
