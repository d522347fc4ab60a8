# s2s show tests/cases/pytrees.py::mlp_list_of_tuples --mode hvp --wrt 0
def mlp_list_of_tuples_hvp(params, x, params_dot):
    r = range(len(params))
    W_all = []
    h_all = []
    h_all_1 = []
    W_dot_all = []
    h_dot_all = []
    h_dot_all_1 = []
    h, h_dot = x, zeros_like(x)
    for i in r:
        W, b = params[i]
        W_dot, b_dot = params_dot[i]
        h_1 = np.tanh(h @ W + b)
        h_1_dot = (h_dot @ W + h @ W_dot + b_dot) * (1 - h_1 ** 2)
        W_all.append(W)
        h_all.append(h)
        h_all_1.append(h_1)
        W_dot_all.append(W_dot)
        h_dot_all.append(h_dot)
        h_dot_all_1.append(h_1_dot)
        h, h_dot = h_1, h_1_dot
    h_bar = 2.0 * h
    h_bar_dot = 2.0 * h_dot
    h_all_rows = stack_rows(h_all_1)
    t1 = rowwise(np.power, h_all_rows, 2)
    h_dot_all_rows = stack_rows(h_dot_all_1)
    t2 = rowwise(np.multiply, h_dot_all_rows, 2)
    t3 = rowwise(np.subtract, 1, t1, rows=1)
    params_bar_dot = zeros_like(params)
    for i1 in reversed(r):
        W = W_all[i1]
        h = h_all[i1]
        h_1 = h_all_1[i1]
        W_dot = W_dot_all[i1]
        h_dot = h_dot_all[i1]
        t4 = t3[i1]
        t5 = h_bar * t4
        t5_dot = h_bar_dot * t4 - h_bar * (t2[i1] * h_1)
        h_bar = matmul_vjp_lhs(t5, h, W)
        h_bar_dot = matmul_vjp_lhs(t5_dot, h, W) + matmul_vjp_lhs(t5, h, W_dot)
        W_bar_dot = matmul_vjp_rhs(t5_dot, h, W) + matmul_vjp_rhs(t5, h_dot, W)
        params_bar_dot = add_into(params_bar_dot, i1, (W_bar_dot, unbroadcast(t5_dot, params[i1][1])))
    return params_bar_dot
