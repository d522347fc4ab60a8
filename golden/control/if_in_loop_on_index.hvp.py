# s2s show ../../tests/cases/control.py::if_in_loop_on_index --mode hvp --wrt 0
def if_in_loop_on_index_hvp(x, x_dot):
    tape = []
    tape1 = []
    tape2 = []
    tape3 = []
    r = range(5)
    acc_all = rows_for(r)
    acc_dot_all = rows_for(r)
    acc, acc_dot, t1_all = 1.0, 0.0, rows_for(r)
    for i in r:
        t1 = i == 2
        if t1:
            t2 = x[i]
            t2_dot = x_dot[i]
            acc_1 = acc * t2
            acc_1_dot = acc_dot * t2 + acc * t2_dot
            tape2.append((t2, t2_dot))
        else:
            t3 = i > 2
            if t3:
                t4 = x[i]
                t4_dot = x_dot[i]
                acc_1 = acc + t4 ** 2
                acc_1_dot = acc_dot + t4_dot * 2 * t4
                tape.append((t4, t4_dot))
            else:
                t5 = x[i]
                t5_dot = x_dot[i]
                acc_1 = acc - t5
                acc_1_dot = acc_dot - t5_dot
                tape1.append((t5, t5_dot))
            tape3.append(t3)
        t1_all.append(t1)
        acc_all.append(acc)
        acc_dot_all.append(acc_dot)
        acc, acc_dot = acc_1, acc_1_dot
    acc_bar, acc_bar_dot, x_bar_dot = 1.0, 0.0, zeros_like(x)
    for i in reversed(r):
        acc = acc_all[i]
        acc_dot = acc_dot_all[i]
        if t1_all[i]:
            t2, t2_dot = tape2.pop()
            acc_bar_1 = acc_bar * t2
            acc_bar_1_dot = acc_bar_dot * t2 + acc_bar * t2_dot
            x_bar_dot_1 = add_at(x_bar_dot, i, unbroadcast(acc_bar_dot * acc + acc_bar * acc_dot, t2))
            acc_bar, acc_bar_dot, x_bar_dot = acc_bar_1, acc_bar_1_dot, x_bar_dot_1
        else:
            t3 = tape3.pop()
            if t3:
                t4, t4_dot = tape.pop()
                x_bar_dot_1 = add_at(x_bar_dot, i, unbroadcast(acc_bar_dot * 2 * t4 + acc_bar * 2 * t4_dot, t4))
                x_bar_dot = x_bar_dot_1
            else:
                t5, t5_dot = tape1.pop()
                x_bar_dot = add_into(x_bar_dot, i, -unbroadcast(acc_bar_dot, t5))
    return x_bar_dot
