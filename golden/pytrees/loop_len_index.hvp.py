# s2s show ../../tests/cases/pytrees.py::loop_len_index --mode hvp --wrt 0
def loop_len_index_hvp(params, x, params_dot):
    r = range(len(params))
    W_all = rows_for(r)
    x_all = rows_for(r)
    W_dot_all = rows_for(r)
    x_dot_all = rows_for(r)
    x_dot, t6, t7 = zeros_like(x), rows_for(r), rows_for(r)
    for i in r:
        W, b = params[i]
        W_dot, b_dot = params_dot[i]
        t1 = np.tanh(W @ x + b)
        t1_dot = (W_dot @ x + W @ x_dot + b_dot) * (1 - t1 ** 2)
        x_1 = t1 + x
        x_1_dot = t1_dot + x_dot
        t6.append(t1)
        W_all.append(W)
        x_all.append(x)
        t7.append(t1_dot)
        W_dot_all.append(W_dot)
        x_dot_all.append(x_dot)
        x, x_dot = x_1, x_1_dot
    x_bar = 2.0 * x
    x_bar_dot = 2.0 * x_dot
    t2 = rowwise(np.power, stack_rows(t6), 2)
    t3 = rowwise(np.multiply, stack_rows(t7), 2, overwrite=True)
    t4 = rowwise(np.subtract, 1, t2, rows=1, overwrite=True)
    params_bar_dot = zeros_like(params)
    for i in reversed(r):
        W = W_all[i]
        x = x_all[i]
        W_dot = W_dot_all[i]
        x_dot = x_dot_all[i]
        t5 = t4[i]
        t8 = x_bar * t5
        t8_dot = x_bar_dot * t5 - x_bar * (t3[i] * t6[i])
        W_bar_dot = matmul_vjp_lhs(t8_dot, W, x) + matmul_vjp_lhs(t8, W, x_dot)
        x_bar = unbroadcast(x_bar, x) + matmul_vjp_rhs(t8, W, x)
        x_bar_dot = unbroadcast(x_bar_dot, x) + (matmul_vjp_rhs(t8_dot, W, x) + matmul_vjp_rhs(t8, W_dot, x))
        params_bar_dot = add_into(params_bar_dot, i, (W_bar_dot, unbroadcast(t8_dot, params[i][1])))
    return params_bar_dot
