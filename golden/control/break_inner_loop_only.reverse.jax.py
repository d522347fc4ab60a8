# s2s show tests/cases/control.py::break_inner_loop_only --wrt 0 --backend jax
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

            def if_true(acc):
                return acc, True

            def if_false(acc):
                t3 = i + 1
                acc = acc + t1 * t3
                tape.append(t3)
                return acc, broke
            acc, broke = cond(t2, if_true, if_false, acc)
            tape1.append((t1, t2, j))
            steps = steps + 1
        tape2.append(steps)
    x_bar = zeros_like(x)
    acc_bar = 1.0
    for i in reversed(r):
        steps = tape2.pop()
        for _ in range(steps):
            t1, t2, j = tape1.pop()

            def if_true_2():
                return zeros_like(t1), acc_bar

            def if_false_2():
                t3 = tape.pop()
                return acc_bar * t3, acc_bar
            t1_bar, acc_bar = cond(t2, if_true_2, if_false_2, cotangents=(0, 1))
            x_bar = add_at(x_bar, (i, j), unbroadcast(t1_bar, t1))
    return acc, x_bar
