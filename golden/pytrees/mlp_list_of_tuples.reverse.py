# s2s show ../../tests/cases/pytrees.py::mlp_list_of_tuples --wrt 0
def mlp_list_of_tuples_grad(params, x):
    r = range(len(params))
    W_all = rows_for(r)
    hs = rows_for(r, x)
    h = x
    for i in r:
        W, b = params[i]
        h = np.tanh(h @ W + b)
        W_all.append(W)
        hs.append(h)
    h_bar = 2.0 * h
    params_bar = zeros_like(params)
    hs_rows = stack_rows(hs)
    t1 = rowwise(np.power, hs_rows[1:], 2)
    t2 = rowwise(np.subtract, 1, t1, rows=1, overwrite=True)
    for i1 in reversed(r):
        W = W_all[i1]
        h = hs[i1]
        t3 = h_bar * t2[i1]
        h_bar = matmul_vjp_lhs(t3, h, W)
        W_bar = matmul_vjp_rhs(t3, h, W)
        params_bar = add_into(params_bar, i1, (W_bar, unbroadcast(t3, params[i1][1])))
    return params_bar
