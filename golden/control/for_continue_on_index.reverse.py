# s2s show ../../tests/cases/control.py::for_continue_on_index --wrt 0
def for_continue_on_index_grad(x):
    tape = []
    r = range(6)
    t3 = rows_for(r)
    for i in r:
        t1 = i % 2 == 0
        if not t1:
            tape.append(x[i])
        t3.append(t1)
    x_bar = zeros_like(x)
    acc_bar = 1.0
    for i in reversed(r):
        if not t3[i]:
            t2 = tape.pop()
            x_bar = add_into(x_bar, i, unbroadcast(acc_bar * 2 * t2, t2))
    return x_bar
