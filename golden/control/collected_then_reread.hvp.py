# s2s show ../../tests/cases/control.py::collected_then_reread --mode hvp --wrt 0
def collected_then_reread_hvp(x, x_dot):
    squashed = []
    r = range(len(x))
    t1 = rowwise(np.tanh, x)
    t2 = rowwise(np.power, t1, 2)
    t3 = rowwise(np.subtract, 1, t2, rows=1, overwrite=True)
    squashed_dot, t11 = zeros_like(squashed), rows_for(r)
    for i1 in r:
        row_dot = x_dot[i1]
        t12 = row_dot * t3[i1]
        squashed.append(t1[i1])
        squashed_dot.append(t12)
        t11.append(t12)
    squashed_rows = stack_rows(squashed)
    t4 = rowwise(np.cos, squashed_rows)
    t5 = rowwise(np.sin, squashed_rows)
    t13 = rows_for(r)
    for i in r:
        t13.append(-(squashed_dot[i] * t5[i]))
    squashed_bar = zeros_like(squashed)
    total_bar, squashed_bar_dot, x_bar_dot = 1.0, zeros_like(squashed), zeros_like(x)
    for i in reversed(r):
        t6 = squashed[i]
        t7 = x[i]
        t8 = total_bar * t7
        x_bar_dot = add_into(x_bar_dot, i, unbroadcast(total_bar * t13[i], t7))
        t9 = t5[i]
        t14 = total_bar * x_dot[i] * t9 + t8 * (squashed_dot[i] * t4[i])
        squashed_bar = add_into(squashed_bar, i, -unbroadcast(t8 * t9, t6))
        squashed_bar_dot = add_into(squashed_bar_dot, i, -unbroadcast(t14, t6))
        total_bar = total_bar * 0.9
    t10 = rowwise(np.multiply, stack_rows(t11), 2, overwrite=True)
    for i2 in reversed(r):
        t15 = squashed_bar[-1]
        t15_dot = squashed_bar_dot[-1]
        squashed_bar = squashed_bar[:-1]
        squashed_bar_dot = squashed_bar_dot[:-1]
        row_bar_dot = t15_dot * t3[i2] - t15 * (t10[i2] * t1[i2])
        x_bar_dot = add_into(x_bar_dot, i2, row_bar_dot)
    return x_bar_dot
