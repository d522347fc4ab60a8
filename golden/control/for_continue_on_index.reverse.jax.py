# s2s show ../../tests/cases/control.py::for_continue_on_index --wrt 0 --backend jax
def for_continue_on_index_grad(x):
    tape = []
    tape1 = []
    r = range(6)
    for i in r:
        t1 = i % 2 == 0
        if not t1:
            tape.append(x[i])
        tape1.append(t1)
    x_bar = zeros_like(x)
    acc_bar = 1.0
    for i in reversed(r):
        t1 = tape1.pop()
        if not t1:
            t2 = tape.pop()
            x_bar = add_at(x_bar, i, unbroadcast(acc_bar * 2 * t2, t2))
    return x_bar
