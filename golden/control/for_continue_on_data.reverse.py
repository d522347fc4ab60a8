# s2s show tests/cases/control.py::for_continue_on_data --wrt 0
def for_continue_on_data_grad(x):
    tape = []
    r = range(len(x))
    acc = 0.0
    for i in r:
        v = x[i]
        t1 = v < 0
        if not t1:
            acc = acc + v * v
        tape.append((t1, v))
    x_bar = zeros_like(x)
    acc_bar = 1.0
    for i1 in reversed(r):
        t1, v = tape.pop()
        if t1:
            v_bar = zeros_like(v)
        else:
            v_bar = acc_bar * v
            t2 = unbroadcast(v_bar, v)
            v_bar = t2 + t2
        x_bar = add_into(x_bar, i1, v_bar)
    return acc, x_bar
