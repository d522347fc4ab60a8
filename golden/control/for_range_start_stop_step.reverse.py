# s2s show ../../tests/cases/control.py::for_range_start_stop_step --wrt 0
def for_range_start_stop_step_grad(x):
    tape = []
    r = range(1, len(x), 2)
    for i in r:
        t2 = i - 1
        tape.append((x[i], t2, x[t2]))
    x_bar = zeros_like(x)
    for i in reversed(r):
        t1, t2, t3 = tape.pop()
        x_bar = add_into(x_bar, t2, unbroadcast(t1, t3))
        x_bar = add_into(x_bar, i, unbroadcast(t3, t1))
    return x_bar
