# s2s show ../../tests/cases/control.py::collected_then_reread --mode reverse --wrt 0
def collected_then_reread_grad(x):
    squashed = []
    r = range(len(x))
    t1 = rowwise(np.tanh, x)
    for i1 in r:
        squashed.append(t1[i1])
    squashed_rows = stack_rows(squashed)
    t2 = rowwise(np.cos, squashed_rows)
    squashed_bar = zeros_like(squashed)
    x_bar = zeros_like(x)
    t3 = rowwise(np.sin, squashed_rows)
    total_bar = 1.0
    for i in reversed(r):
        t4 = x[i]
        x_bar = add_into(x_bar, i, unbroadcast(total_bar * t2[i], t4))
        squashed_bar = add_into(squashed_bar, i, -unbroadcast(total_bar * t4 * t3[i], squashed[i]))
        total_bar = total_bar * 0.9
    t5 = rowwise(np.power, t1, 2)
    t6 = rowwise(np.subtract, 1, t5, rows=1, overwrite=True)
    for i2 in reversed(r):
        t7 = squashed_bar[-1]
        squashed_bar = squashed_bar[:-1]
        row_bar = t7 * t6[i2]
        x_bar = add_into(x_bar, i2, row_bar)
    return x_bar
