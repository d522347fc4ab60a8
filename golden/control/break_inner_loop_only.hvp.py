# s2s show ../../tests/cases/control.py::break_inner_loop_only --mode hvp --wrt 0
def break_inner_loop_only_hvp(x, x_dot):
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
            tape1.append((t2, t3, j, x_dot[i, j]))
            steps = steps + 1
        t1.append(steps)
    for i in reversed(r):
        for _ in range(t1[i]):
            t2, t3, j, t2_dot = tape1.pop()
            if not t3:
                t4 = tape.pop()
    return zeros_like(x)
