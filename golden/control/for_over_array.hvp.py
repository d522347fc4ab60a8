# s2s show tests/cases/control.py::for_over_array --mode hvp --wrt 0
def for_over_array_hvp(x, x_dot):
    tape = []
    acc = np.zeros(4)
    r = range(len(x))
    acc_dot = np.zeros_like(acc)
    for i in r:
        row = x[i]
        row_dot = x_dot[i]
        t1 = np.tanh(row)
        t1_dot = row_dot * (1 - t1 ** 2)
        acc = acc + t1
        acc_dot = acc_dot + t1_dot
        tape.append((t1, row, t1_dot, row_dot))
    acc_bar = 2.0 * acc
    acc_bar_dot = 2.0 * acc_dot
    x_bar_dot = zeros_like(x)
    for i1 in reversed(r):
        t1, row, t1_dot, row_dot = tape.pop()
        row_bar_dot = acc_bar_dot * (1 - t1 ** 2) - acc_bar * (t1_dot * 2 * t1)
        x_bar_dot = add_into(x_bar_dot, i1, unbroadcast(row_bar_dot, row))
    return x_bar_dot
