# s2s show tests/cases/control.py::collected_then_reread --mode reverse --wrt 0
def collected_then_reread_grad(x):
    squashed = []
    r = range(len(x))
    t1 = rowwise(np.tanh, x)
    for i1 in r:
        squashed.append(t1[i1])
    squashed_rows = stack_rows(squashed)
    t2 = rowwise(np.cos, squashed_rows)
    total, t9 = 0.0, []
    for i in r:
        t3 = np.sum(t2[i] * x[i])
        total = total * 0.9 + t3
        t9.append(t3)
    squashed_bar = zeros_like(squashed)
    x_bar = zeros_like(x)
    t4 = rowwise(np.sin, squashed_rows)
    total_bar = 1.0
    for i in reversed(r):
        t5 = x[i]
        t6 = unbroadcast(total_bar, t9[i])
        x_bar = add_into(x_bar, i, unbroadcast(t6 * t2[i], t5))
        squashed_bar = add_into(squashed_bar, i, unbroadcast(-(t6 * t5 * t4[i]), squashed[i]))
        total_bar = total_bar * 0.9
    t7 = rowwise(np.power, t1, 2)
    t8 = rowwise(np.subtract, 1, t7, rows=1)
    for i2 in reversed(r):
        t10 = squashed_bar[-1]
        squashed_bar = squashed_bar[:-1]
        row_bar = t10 * t8[i2]
        x_bar = add_into(x_bar, i2, row_bar)
    return total, x_bar
