# s2s show tests/cases/dtypes.py::f32_mlp --wrt 0
def f32_mlp_grad(params, x):
    r = range(len(params))
    W_all = []
    h_all = []
    h_all_1 = []
    h = x
    for i in r:
        W, b = params[i]
        h_1 = np.tanh(h @ W + b)
        W_all.append(W)
        h_all.append(h)
        h_all_1.append(h_1)
        h = h_1
    t1 = np.sum(h ** 2)
    h_bar = 2.0 * h
    params_bar = zeros_like(params)
    h_all_rows = stack_rows(h_all_1)
    t2 = rowwise(np.power, h_all_rows, 2)
    t3 = rowwise(np.subtract, 1, t2, rows=1)
    for i1 in reversed(r):
        W = W_all[i1]
        h = h_all[i1]
        t4 = h_bar * t3[i1]
        h_bar = matmul_vjp_lhs(t4, h, W)
        W_bar = matmul_vjp_rhs(t4, h, W)
        params_bar = add_into(params_bar, i1, (W_bar, unbroadcast(t4, params[i1][1])))
    return t1, params_bar
