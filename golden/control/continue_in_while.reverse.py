# s2s show ../../tests/cases/control.py::continue_in_while --wrt 0
def continue_in_while_grad(x):
    tape = []
    i, steps = 0, 0
    while i < 4:
        i = i + 1
        t1 = i - 1
        t2 = x[t1]
        tape.append((t1, t2, t2 < 1.0))
        steps = steps + 1
    acc_bar, x_bar = 1.0, broadcast_like(0.1, x)
    for _ in range(steps):
        t1, t2, t3 = tape.pop()
        if t3:
            t2_bar = zeros_like(t2)
        else:
            t2_bar = acc_bar * np.cos(t2)
        x_bar = add_into(x_bar, t1, unbroadcast(t2_bar, t2))
    return x_bar
