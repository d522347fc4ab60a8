# s2s show ../../tests/cases/pytrees.py::loop_len_index --wrt 0
def loop_len_index_grad(params, x):
    r = range(len(params))
    W_all = rows_for(r)
    x_all = rows_for(r)
    t4 = rows_for(r)
    for i in r:
        W, b = params[i]
        t1 = np.tanh(W @ x + b)
        x_1 = t1 + x
        t4.append(t1)
        W_all.append(W)
        x_all.append(x)
        x = x_1
    x_bar = 2.0 * x
    params_bar = zeros_like(params)
    t2 = rowwise(np.power, stack_rows(t4), 2, overwrite=True)
    t3 = rowwise(np.subtract, 1, t2, rows=1, overwrite=True)
    for i in reversed(r):
        W = W_all[i]
        x = x_all[i]
        t5 = x_bar * t3[i]
        W_bar = matmul_vjp_lhs(t5, W, x)
        x_bar = unbroadcast(x_bar, x) + matmul_vjp_rhs(t5, W, x)
        params_bar = add_into(params_bar, i, (W_bar, unbroadcast(t5, params[i][1])))
    return params_bar
