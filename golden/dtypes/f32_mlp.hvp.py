# s2s show ../../tests/cases/dtypes.py::f32_mlp --mode hvp --wrt 0
def f32_mlp_hvp(params, x, params_dot):
    r = range(len(params))
    h_dot = zeros_like(x)
    W_all = rows_for(r)
    W_dot_all = rows_for(r)
    hs = rows_for(r, x)
    h_dots = rows_for(r, h_dot)
    h = x
    for i in r:
        W, b = params[i]
        W_dot, b_dot = params_dot[i]
        t5 = h_dot @ W + h @ W_dot + b_dot
        h = np.tanh(h @ W + b)
        h_dot = t5 * (1 - h ** 2)
        W_all.append(W)
        hs.append(h)
        W_dot_all.append(W_dot)
        h_dots.append(h_dot)
    h_bar = 2.0 * h
    h_bar_dot = 2.0 * h_dot
    hs_rows = stack_rows(hs)
    t1 = rowwise(np.power, hs_rows[1:], 2)
    h_dots_rows = stack_rows(h_dots)
    t2 = rowwise(np.multiply, h_dots_rows[1:], 2)
    t3 = rowwise(np.subtract, 1, t1, rows=1, overwrite=True)
    params_bar_dot = zeros_like(params)
    for i1 in reversed(r):
        W = W_all[i1]
        h = hs[i1]
        h_1 = hs[i1 + 1]
        W_dot = W_dot_all[i1]
        h_dot = h_dots[i1]
        t4 = t3[i1]
        t6 = h_bar * t4
        t6_dot = h_bar_dot * t4 - h_bar * (t2[i1] * h_1)
        h_bar = matmul_vjp_lhs(t6, h, W)
        h_bar_dot = matmul_vjp_lhs(t6_dot, h, W) + matmul_vjp_lhs(t6, h, W_dot)
        W_bar_dot = matmul_vjp_rhs(t6_dot, h, W) + matmul_vjp_rhs(t6, h_dot, W)
        params_bar_dot = add_into(params_bar_dot, i1, (W_bar_dot, unbroadcast(t6_dot, params[i1][1])))
    return params_bar_dot
