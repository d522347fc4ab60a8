# s2s show ../../tests/cases/control.py::early_return_in_loop --mode hvp --wrt 0
def early_return_in_loop_hvp(x, x_dot):
    tape = []
    r = range(3)
    n = len(r)
    acc, j, returned, steps, acc_dot = 1.0, 0, False, 0, 0.0
    while j < n and (not returned):
        i = r[j]
        j = j + 1
        t1 = x[i]
        t1_dot = x_dot[i]
        t2 = t1 > 2.0
        if t2:
            acc_1, returned, acc_1_dot = acc, True, acc_dot
        else:
            acc_1 = acc * t1 + 1.0
            acc_1_dot = acc_dot * t1 + acc * t1_dot
        tape.append((t1, t2, acc, i, t1_dot, acc_dot))
        acc, steps, acc_dot = acc_1, steps + 1, acc_1_dot
    if not returned:
        acc_bar, result_bar = 1.0, 0.0
    else:
        acc_bar = zeros_like(acc)
        result_bar = 1.0
    acc_bar_dot, x_bar_dot = zeros_like(acc_bar), zeros_like(x)
    for _ in range(steps):
        t1, t2, acc, i, t1_dot, acc_dot = tape.pop()
        if t2:
            acc_bar_1 = unbroadcast(acc_bar, acc) + unbroadcast(result_bar * t1, acc)
            acc_bar_1_dot = unbroadcast(acc_bar_dot, acc) + unbroadcast(result_bar * t1_dot, acc)
            acc_bar, result_bar, t3, acc_bar_dot = acc_bar_1, 0.0, result_bar * acc_dot, acc_bar_1_dot
        else:
            acc_bar_1 = acc_bar * t1
            acc_bar_1_dot = acc_bar_dot * t1 + acc_bar * t1_dot
            acc_bar, t3, acc_bar_dot = acc_bar_1, acc_bar_dot * acc + acc_bar * acc_dot, acc_bar_1_dot
        x_bar_dot = add_into(x_bar_dot, i, unbroadcast(t3, t1))
    return x_bar_dot
