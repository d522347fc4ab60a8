# s2s show tests/cases/pytrees.py::mlp_list_of_tuples --mode hvp --wrt 0
def mlp_list_of_tuples_hvp(params, x, params_dot):
    tape = []
    r = range(len(params))
    h, h_dot = x, zeros_like(x)
    for i in r:
        t1 = params[i]
        t1_dot = params_dot[i]
        W, b = t1
        W_dot, b_dot = t1_dot
        h_1 = np.tanh(h @ W + b)
        h_1_dot = (h_dot @ W + h @ W_dot + b_dot) * (1 - h_1 ** 2)
        tape.append((t1, W, h, h_1, t1_dot, W_dot, h_dot, h_1_dot))
        h, h_dot = h_1, h_1_dot
    h_bar = 2.0 * h
    h_bar_dot = 2.0 * h_dot
    params_bar_dot = zeros_like(params)
    for i1 in reversed(r):
        t1, W, h, h_1, t1_dot, W_dot, h_dot, h_1_dot = tape.pop()
        t2 = 1 - h_1 ** 2
        t3 = h_bar * t2
        t3_dot = h_bar_dot * t2 - h_bar * (h_1_dot * 2 * h_1)
        h_bar = matmul_vjp_lhs(t3, h, W)
        h_bar_dot = matmul_vjp_lhs(t3_dot, h, W) + matmul_vjp_lhs(t3, h, W_dot)
        W_bar_dot = matmul_vjp_rhs(t3_dot, h, W) + matmul_vjp_rhs(t3, h_dot, W)
        params_bar_dot = add_into(params_bar_dot, i1, (W_bar_dot, unbroadcast(t3_dot, t1[1])))
    return params_bar_dot
