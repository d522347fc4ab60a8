# s2s show ../../tests/cases/pytrees.py::tree_and_array --wrt 0,1
def tree_and_array_grad(params, x):
    r = range(len(params))
    W_all = rows_for(r)
    x_all = rows_for(r)
    t3 = rows_for(r)
    for i in r:
        W, b = params[i]
        t1 = W @ x + b
        x_1 = np.sin(t1)
        t3.append(t1)
        W_all.append(W)
        x_all.append(x)
        x = x_1
    params_bar = zeros_like(params)
    t2 = rowwise(np.cos, stack_rows(t3), overwrite=True)
    x_bar = broadcast_like(1.0, x)
    for i1 in reversed(r):
        W = W_all[i1]
        x = x_all[i1]
        t1_bar = x_bar * t2[i1]
        W_bar = matmul_vjp_lhs(t1_bar, W, x)
        x_bar = matmul_vjp_rhs(t1_bar, W, x)
        params_bar = add_into(params_bar, i1, (W_bar, unbroadcast(t1_bar, params[i1][1])))
    return params_bar, x_bar
