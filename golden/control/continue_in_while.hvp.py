# s2s show ../../tests/cases/control.py::continue_in_while --mode hvp --wrt 0
def continue_in_while_hvp(x, x_dot):
    tape = []
    i, steps = 0, 0
    while i < 4:
        i = i + 1
        t1 = i - 1
        t2 = x[t1]
        tape.append((t1, t2, t2 < 1.0, x_dot[t1]))
        steps = steps + 1
    acc_bar, x_bar_dot = 1.0, zeros_like(broadcast_like(0.1, x))
    for _ in range(steps):
        t1, t2, t3, t2_dot = tape.pop()
        if t3:
            t4 = zeros_like(t2)
        else:
            t4 = -(acc_bar * (t2_dot * np.sin(t2)))
        x_bar_dot = add_into(x_bar_dot, t1, unbroadcast(t4, t2))
    return x_bar_dot
