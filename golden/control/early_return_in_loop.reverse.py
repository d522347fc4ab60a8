# s2s show ../../tests/cases/control.py::early_return_in_loop --wrt 0
def early_return_in_loop_grad(x):
    tape = []
    r = range(3)
    n = len(r)
    acc, j, returned, steps = 1.0, 0, False, 0
    while j < n and (not returned):
        i = r[j]
        j = j + 1
        t1 = x[i]
        t2 = t1 > 2.0
        if t2:
            acc_1, returned = acc, True
        else:
            acc_1 = acc * t1 + 1.0
        tape.append((t1, t2, acc, i))
        acc, steps = acc_1, steps + 1
    if not returned:
        acc_bar, result_bar = 1.0, 0.0
    else:
        acc_bar = zeros_like(acc)
        result_bar = 1.0
    x_bar = zeros_like(x)
    for _ in range(steps):
        t1, t2, acc, i = tape.pop()
        if t2:
            acc_bar_1 = unbroadcast(acc_bar, acc) + unbroadcast(result_bar * t1, acc)
            t1_bar, acc_bar, result_bar = result_bar * acc, acc_bar_1, 0.0
        else:
            acc_bar_1 = acc_bar * t1
            t1_bar, acc_bar = acc_bar * acc, acc_bar_1
        x_bar = add_into(x_bar, i, unbroadcast(t1_bar, t1))
    return x_bar
