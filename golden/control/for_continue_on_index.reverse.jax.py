# s2s show tests/cases/control.py::for_continue_on_index --wrt 0 --backend jax
def for_continue_on_index_grad(x):
    tape = []
    tape1 = []
    r = range(6)
    acc = 0.0
    for i in r:
        t1 = i % 2 == 0

        def if_true(acc):
            return acc, None

        def if_false(acc):
            t2 = x[i]
            acc = acc + t2 ** 2
            return acc, t2
        acc, t2_recorded = cond(t1, if_true, if_false, acc)
        tape.append(t2_recorded)
        tape1.append(t1)
    x_bar = zeros_like(x)
    acc_bar = 1.0
    for i in reversed(r):
        t1 = tape1.pop()
        t2 = tape.pop()

        def if_true_2(x_bar):
            return acc_bar, x_bar

        def if_false_2(x_bar):
            x_bar = add_at(x_bar, i, unbroadcast(acc_bar * 2 * t2, t2))
            return acc_bar, x_bar
        acc_bar, x_bar = cond(t1, if_true_2, if_false_2, x_bar, cotangents=(0, 1))
    return acc, x_bar
