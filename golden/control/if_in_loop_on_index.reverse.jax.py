# s2s show ../../tests/cases/control.py::if_in_loop_on_index --wrt 0 --backend jax
def if_in_loop_on_index_grad(x):
    tape = []
    tape1 = []
    tape2 = []
    tape3 = []
    tape4 = []
    r = range(5)
    acc = 1.0
    for i in r:
        t1 = i == 2
        if t1:
            t2 = x[i]
            acc_1 = acc * t2
            tape2.append(t2)
            tape3.append(None)
        else:
            t3 = i > 2

            def if_true_2():
                t4 = x[i]
                acc_1 = acc + t4 ** 2
                return acc_1, t4, None

            def if_false_2():
                t5 = x[i]
                acc_1 = acc - t5
                return acc_1, None, t5
            acc_1, t4_recorded, t5_recorded = cond(t3, if_true_2, if_false_2)
            tape.append(t4_recorded)
            tape1.append(t5_recorded)
            tape3.append(t3)
            tape2.append(None)
        tape4.append((t1, acc))
        acc = acc_1
    x_bar = zeros_like(x)
    acc_bar = 1.0
    for i in reversed(r):
        t1, acc = tape4.pop()
        t2 = tape2.pop()
        t3 = tape3.pop()
        if t1:
            acc_bar_1 = acc_bar * t2
            x_bar_1 = add_at(x_bar, i, unbroadcast(acc_bar * acc, t2))
            acc_bar, x_bar = acc_bar_1, x_bar_1
        else:
            t4 = tape.pop()
            t5 = tape1.pop()

            def if_true_4(x_bar):
                x_bar_1 = add_at(x_bar, i, unbroadcast(acc_bar * 2 * t4, t4))
                return acc_bar, x_bar_1

            def if_false_4(x_bar):
                x_bar = add_at(x_bar, i, -unbroadcast(acc_bar, t5))
                return acc_bar, x_bar
            acc_bar, x_bar = cond(t3, if_true_4, if_false_4, x_bar, cotangents=(0, 1))
    return x_bar
