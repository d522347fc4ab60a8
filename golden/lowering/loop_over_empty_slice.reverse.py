# s2s show ../../tests/cases/lowering.py::loop_over_empty_slice --mode reverse --wrt 0,1
def loop_over_empty_slice_grad(params, x):
    t1 = params[1:-1]
    r = range(len(t1))
    xs = rows_for(r, x)
    x_1 = x
    for i in r:
        w = t1[i]
        x_1 = np.tanh(w * x_1)
        xs.append(x_1)
    t2 = params[0]
    params_bar = zeros_like(params)
    params_bar = add_into(params_bar, 0, unbroadcast(x_1, t2))
    xs_rows = stack_rows(xs)
    t3 = rowwise(np.power, xs_rows[1:], 2)
    t4 = rowwise(np.subtract, 1, t3, rows=1, overwrite=True)
    x_1_bar, t1_bar = unbroadcast(t2, x_1), zeros_like(t1)
    for i1 in reversed(r):
        w = t1[i1]
        x_1 = xs[i1]
        t5 = x_1_bar * t4[i1]
        w_bar = t5 * x_1
        x_1_bar = t5 * w
        t1_bar = add_into(t1_bar, i1, unbroadcast(w_bar, w))
    params_bar = add_into(params_bar, np.s_[1:-1], t1_bar)
    x_bar = unbroadcast(x_1_bar, x)
    return params_bar, x_bar
