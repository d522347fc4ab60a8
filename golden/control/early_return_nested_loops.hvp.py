# s2s show ../../tests/cases/control.py::early_return_nested_loops --mode hvp --wrt 0
def early_return_nested_loops_hvp(x, x_dot):
    tape = []
    tape1 = []
    r = range(3)
    n = len(r)
    acc, k, result, returned, steps, acc_dot, result_dot = 0.0, 0, None, False, 0, 0.0, zeros_like(None)
    while k < n and (not returned):
        i = r[k]
        k = k + 1
        idx, steps1 = 0, 0
        while idx < n and (not returned):
            j = r[idx]
            idx = idx + 1
            t1 = x[i, j]
            t1_dot = x_dot[i, j]
            acc = acc + t1 ** 2
            acc_dot = acc_dot + t1_dot * 2 * t1
            t2 = acc > 2.0
            if t2:
                result_1 = acc * t1
                result_1_dot = acc_dot * t1 + acc * t1_dot
                returned = True
            else:
                result_1, result_1_dot = result, result_dot
            tape.append((t2, t1, acc, j, result, t1_dot, acc_dot, result_dot))
            result, steps1, result_dot = result_1, steps1 + 1, result_1_dot
        tape1.append((steps1, i))
        steps = steps + 1
    if not returned:
        acc_bar, result_bar = 1.0, 0.0
    else:
        acc_bar = zeros_like(acc)
        result_bar = 1.0
    acc_bar_dot, x_bar_dot = zeros_like(acc_bar), zeros_like(x)
    for _ in range(steps):
        steps1, i = tape1.pop()
        for _ in range(steps1):
            t2, t1, acc, j, result, t1_dot, acc_dot, result_dot = tape.pop()
            if t2:
                acc_bar_1 = unbroadcast(acc_bar, acc) + unbroadcast(result_bar * t1, acc)
                acc_bar_1_dot = unbroadcast(acc_bar_dot, acc) + unbroadcast(result_bar * t1_dot, acc)
                result_bar_1 = zeros_like(result)
                acc_bar, result_bar, t3, acc_bar_dot = acc_bar_1, result_bar_1, result_bar * acc_dot, acc_bar_1_dot
            else:
                t3 = zeros_like(t1)
            t4 = unbroadcast(t3, t1) + unbroadcast(acc_bar_dot * 2 * t1 + acc_bar * 2 * t1_dot, t1)
            x_bar_dot = add_into(x_bar_dot, (i, j), t4)
    return x_bar_dot
