# s2s show ../../tests/cases/control.py::break_inner_loop_only --wrt 0
def break_inner_loop_only_grad(x):
    tape = []
    tape1 = []
    r = range(3)
    r1 = range(4)
    n = len(r1)
    t1 = rows_for(r)
    for i in r:
        broke, k, steps = False, 0, 0
        while k < n and (not broke):
            j = r1[k]
            k = k + 1
            t2 = x[i, j]
            t3 = t2 < 0
            if t3:
                broke = True
            else:
                tape.append(i + 1)
            tape1.append((t2, t3, j))
            steps = steps + 1
        t1.append(steps)
    x_bar = zeros_like(x)
    acc_bar = 1.0
    for i in reversed(r):
        for _ in range(t1[i]):
            t2, t3, j = tape1.pop()
            if t3:
                t2_bar = zeros_like(t2)
            else:
                t4 = tape.pop()
                t2_bar = acc_bar * t4
            x_bar = add_into(x_bar, (i, j), unbroadcast(t2_bar, t2))
    return x_bar
