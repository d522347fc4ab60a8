# s2s show ../../tests/cases/control.py::if_in_loop_on_index --wrt 0
def if_in_loop_on_index_grad(x):
    tape = []
    tape1 = []
    tape2 = []
    tape3 = []
    r = range(5)
    acc_all = rows_for(r)
    acc, t1_all = 1.0, rows_for(r)
    for i in r:
        t1 = i == 2
        if t1:
            t2 = x[i]
            acc_1 = acc * t2
            tape2.append(t2)
        else:
            t3 = i > 2
            if t3:
                t4 = x[i]
                acc_1 = acc + t4 ** 2
                tape.append(t4)
            else:
                t5 = x[i]
                acc_1 = acc - t5
                tape1.append(t5)
            tape3.append(t3)
        t1_all.append(t1)
        acc_all.append(acc)
        acc = acc_1
    x_bar = zeros_like(x)
    acc_bar = 1.0
    for i in reversed(r):
        acc = acc_all[i]
        if t1_all[i]:
            t2 = tape2.pop()
            acc_bar_1 = acc_bar * t2
            x_bar_1 = add_at(x_bar, i, unbroadcast(acc_bar * acc, t2))
            acc_bar, x_bar = acc_bar_1, x_bar_1
        else:
            t3 = tape3.pop()
            if t3:
                t4 = tape.pop()
                x_bar_1 = add_at(x_bar, i, unbroadcast(acc_bar * 2 * t4, t4))
                x_bar = x_bar_1
            else:
                t5 = tape1.pop()
                x_bar = add_into(x_bar, i, -unbroadcast(acc_bar, t5))
    return x_bar
