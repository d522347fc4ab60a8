# s2s show tests/cases/control.py::early_return_nested_loops --wrt 0 --backend jax
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

            def if_true():
                result_1 = acc * t1
                return result_1, True

            def if_false():
                return result, returned
            result_1, returned = cond(t2, if_true, if_false)
            tape.append((t2, t1, acc, j, result))
            result, steps1 = result_1, steps1 + 1
        tape1.append((steps1, i))
        steps = steps + 1
    t3 = not returned

    def if_true_2():
        return acc

    def if_false_2():
        return result
    result = cond(t3, if_true_2, if_false_2)

    def if_true_3():
        return 1.0, None

    def if_false_3():
        acc_bar = zeros_like(acc)
        return acc_bar, 1.0
    acc_bar, result_bar = cond(t3, if_true_3, if_false_3, cotangents=(0, 1))
    x_bar = zeros_like(x)
    for _ in range(steps):
        steps1, i = tape1.pop()
        for _ in range(steps1):
            t2, t1, acc, j, result_1 = tape.pop()

            def if_true_4():
                acc_bar_1 = unbroadcast(acc_bar, acc) + unbroadcast(result_bar * t1, acc)
                result_bar_1 = zeros_like(result_1)
                return result_bar * acc, acc_bar_1, result_bar_1

            def if_false_4():
                return zeros_like(t1), acc_bar, result_bar
            t1_bar, acc_bar, result_bar = cond(t2, if_true_4, if_false_4, cotangents=(0, 1, 2))
            x_bar = add_at(x_bar, (i, j), unbroadcast(t1_bar, t1) + unbroadcast(acc_bar * 2 * t1, t1))
    return result, x_bar
