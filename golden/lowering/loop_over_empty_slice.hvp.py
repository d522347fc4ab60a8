# s2s show ../../tests/cases/lowering.py::loop_over_empty_slice --mode hvp --wrt 0,1
def loop_over_empty_slice_hvp(params, x, params_dot, x_dot):
    t1 = params[1:-1]
    t1_dot = params_dot[1:-1]
    r = range(len(t1))
    xs = rows_for(r, x)
    x_dots = rows_for(r, x_dot)
    x_1 = x
    for i in r:
        w = t1[i]
        w_dot = t1_dot[i]
        t8 = w_dot * x_1 + w * x_dot
        x_1 = np.tanh(w * x_1)
        x_dot = t8 * (1 - x_1 ** 2)
        xs.append(x_1)
        x_dots.append(x_dot)
    t2 = params[0]
    params_bar_dot = zeros_like(params)
    params_bar_dot = add_into(params_bar_dot, 0, unbroadcast(x_dot, t2))
    xs_rows = stack_rows(xs)
    t4 = rowwise(np.power, xs_rows[1:], 2)
    x_dots_rows = stack_rows(x_dots)
    t5 = rowwise(np.multiply, x_dots_rows[1:], 2)
    t6 = rowwise(np.subtract, 1, t4, rows=1, overwrite=True)
    x_1_bar, x_1_bar_dot, t3 = unbroadcast(t2, x_1), unbroadcast(params_dot[0], x_1), zeros_like(t1)
    for i1 in reversed(r):
        w = t1[i1]
        x_1 = xs[i1]
        x_2 = xs[i1 + 1]
        w_dot = t1_dot[i1]
        x_1_dot = x_dots[i1]
        t7 = t6[i1]
        t9 = x_1_bar * t7
        t9_dot = x_1_bar_dot * t7 - x_1_bar * (t5[i1] * x_2)
        w_bar_dot = t9_dot * x_1 + t9 * x_1_dot
        x_1_bar = t9 * w
        x_1_bar_dot = t9_dot * w + t9 * w_dot
        t3 = add_into(t3, i1, unbroadcast(w_bar_dot, w))
    params_bar_dot = add_into(params_bar_dot, np.s_[1:-1], t3)
    x_bar_dot = unbroadcast(x_1_bar_dot, x)
    return params_bar_dot, x_bar_dot
