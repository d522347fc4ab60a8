# s2s show ../../tests/cases/pytrees.py::tree_and_array --mode hvp --wrt 0,1
def tree_and_array_hvp(params, x, params_dot, x_dot):
    r = range(len(params))
    W_all = rows_for(r)
    x_all = rows_for(r)
    W_dot_all = rows_for(r)
    x_dot_all = rows_for(r)
    t5, t6 = rows_for(r), rows_for(r)
    for i in r:
        W, b = params[i]
        W_dot, b_dot = params_dot[i]
        t1 = W @ x + b
        t1_dot = W_dot @ x + W @ x_dot + b_dot
        x_1 = np.sin(t1)
        x_1_dot = t1_dot * np.cos(t1)
        t5.append(t1)
        W_all.append(W)
        x_all.append(x)
        t6.append(t1_dot)
        W_dot_all.append(W_dot)
        x_dot_all.append(x_dot)
        x, x_dot = x_1, x_1_dot
    x_bar = broadcast_like(1.0, x)
    t_all_rows = stack_rows(t5)
    t2 = rowwise(np.cos, t_all_rows)
    t3 = rowwise(np.sin, t_all_rows)
    x_bar_dot, params_bar_dot = zeros_like(x_bar), zeros_like(params)
    for i1 in reversed(r):
        W = W_all[i1]
        x = x_all[i1]
        W_dot = W_dot_all[i1]
        x_dot = x_dot_all[i1]
        t4 = t2[i1]
        t1_bar = x_bar * t4
        t1_bar_dot = x_bar_dot * t4 - x_bar * (t6[i1] * t3[i1])
        W_bar_dot = matmul_vjp_lhs(t1_bar_dot, W, x) + matmul_vjp_lhs(t1_bar, W, x_dot)
        x_bar = matmul_vjp_rhs(t1_bar, W, x)
        x_bar_dot = matmul_vjp_rhs(t1_bar_dot, W, x) + matmul_vjp_rhs(t1_bar, W_dot, x)
        params_bar_dot = add_into(params_bar_dot, i1, (W_bar_dot, unbroadcast(t1_bar_dot, params[i1][1])))
    return params_bar_dot, x_bar_dot
