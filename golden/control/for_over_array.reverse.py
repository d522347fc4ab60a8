# s2s show tests/cases/control.py::for_over_array --wrt 0
def for_over_array_grad(x):
    tape = []
    acc = np.zeros(4)
    r = range(len(x))
    for i in r:
        row = x[i]
        t1 = np.tanh(row)
        acc = acc + t1
        tape.append((t1, row))
    acc_bar = 2.0 * acc
    x_bar = zeros_like(x)
    for i1 in reversed(r):
        t1, row = tape.pop()
        row_bar = acc_bar * (1 - t1 ** 2)
        x_bar = add_into(x_bar, i1, unbroadcast(row_bar, row))
    return np.sum(acc ** 2), x_bar
