# s2s show tests/cases/control.py::break_inner_loop_only --mode hvp --wrt 0
def break_inner_loop_only_hvp(x, x_dot):
    tape = []
    tape1 = []
    tape2 = []
    r = range(3)
    r1 = range(4)
    n = len(r1)
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
                tape.append(i + 1)
            tape1.append((t1, t2, j, x_dot[i, j]))
            steps = steps + 1
        tape2.append(steps)
    for _ in reversed(r):
        steps = tape2.pop()
        for _ in range(steps):
            t1, t2, j, t1_dot = tape1.pop()
            if not t2:
                t3 = tape.pop()
    return zeros_like(x)
