# s2s show tests/cases/control.py::collected_then_reread --mode hvp --wrt 0
def collected_then_reread_hvp(x, x_dot):
    squashed = []
    r = range(len(x))
    t1 = rowwise(np.tanh, x)
    t2 = rowwise(np.subtract, 1, rowwise(np.power, t1, 2), rows=1)
    squashed_dot, t10 = zeros_like(squashed), []
    for i1 in r:
        row_dot = x_dot[i1]
        t11 = row_dot * t2[i1]
        squashed.append(t1[i1])
        squashed_dot.append(t11)
        t10.append(t11)
    squashed_rows = stack_rows(squashed)
    t3 = rowwise(np.cos, squashed_rows)
    t4 = rowwise(np.sin, squashed_rows)
    t12, t13 = [], []
    for i in r:
        t12.append(np.sum(t3[i] * x[i]))
        t13.append(-(squashed_dot[i] * t4[i]))
    squashed_bar = zeros_like(squashed)
    total_bar, squashed_bar_dot, x_bar_dot = 1.0, zeros_like(squashed), zeros_like(x)
    for i in reversed(r):
        t5 = squashed[i]
        t6 = x[i]
        t7 = unbroadcast(total_bar, t12[i])
        t14 = t7 * t6
        x_bar_dot = add_into(x_bar_dot, i, unbroadcast(t7 * t13[i], t6))
        t8 = t4[i]
        t15 = t7 * x_dot[i] * t8 + t14 * (squashed_dot[i] * t3[i])
        squashed_bar = add_into(squashed_bar, i, unbroadcast(-(t14 * t8), t5))
        squashed_bar_dot = add_into(squashed_bar_dot, i, unbroadcast(-t15, t5))
        total_bar = total_bar * 0.9
    t9 = rowwise(np.multiply, stack_rows(t10), 2)
    for i2 in reversed(r):
        t16 = squashed_bar[-1]
        t16_dot = squashed_bar_dot[-1]
        squashed_bar = squashed_bar[:-1]
        squashed_bar_dot = squashed_bar_dot[:-1]
        row_bar_dot = t16_dot * t2[i2] - t16 * (t9[i2] * t1[i2])
        x_bar_dot = add_into(x_bar_dot, i2, row_bar_dot)
    return x_bar_dot
