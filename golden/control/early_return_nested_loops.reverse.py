# s2s show ../../tests/cases/control.py::early_return_nested_loops --wrt 0
def early_return_nested_loops_grad(x):
    tape = []
    tape1 = []
    r = range(3)
    n = len(r)
    acc, k, result, returned, steps = 0.0, 0, None, False, 0
    while k < n and (not returned):
        i = r[k]
        k = k + 1
        idx, steps1 = 0, 0
        while idx < n and (not returned):
            j = r[idx]
            idx = idx + 1
            t1 = x[i, j]
            acc = acc + t1 ** 2
            t2 = acc > 2.0
            if t2:
                result_1 = acc * t1
                returned = True
            else:
                result_1 = result
            tape.append((t2, t1, acc, j, result))
            result, steps1 = result_1, steps1 + 1
        tape1.append((steps1, i))
        steps = steps + 1
    if not returned:
        acc_bar, result_bar = 1.0, 0.0
    else:
        acc_bar = zeros_like(acc)
        result_bar = 1.0
    x_bar = zeros_like(x)
    for _ in range(steps):
        steps1, i = tape1.pop()
        for _ in range(steps1):
            t2, t1, acc, j, result = tape.pop()
            if t2:
                acc_bar_1 = unbroadcast(acc_bar, acc) + unbroadcast(result_bar * t1, acc)
                result_bar_1 = zeros_like(result)
                t1_bar, acc_bar, result_bar = result_bar * acc, acc_bar_1, result_bar_1
            else:
                t1_bar = zeros_like(t1)
            x_bar = add_into(x_bar, (i, j), unbroadcast(t1_bar, t1) + unbroadcast(acc_bar * 2 * t1, t1))
    return x_bar
