# s2s show tests/cases/pytrees.py::loop_len_index --mode hvp --wrt 0
def loop_len_index_hvp(params, x, params_dot):
    tape = []
    r = range(len(params))
    x_dot = zeros_like(x)
    for i in r:
        t1 = params[i]
        t1_dot = params_dot[i]
        W, b = t1
        W_dot, b_dot = t1_dot
        t2 = np.tanh(W @ x + b)
        t2_dot = (W_dot @ x + W @ x_dot + b_dot) * (1 - t2 ** 2)
        x_1 = t2 + x
        x_1_dot = t2_dot + x_dot
        tape.append((t1, t2, W, x, t1_dot, t2_dot, W_dot, x_dot))
        x, x_dot = x_1, x_1_dot
    x_bar = 2.0 * x
    x_bar_dot = 2.0 * x_dot
    params_bar_dot = zeros_like(params)
    for i in reversed(r):
        t1, t2, W, x, t1_dot, t2_dot, W_dot, x_dot = tape.pop()
        t3 = 1 - t2 ** 2
        t4 = x_bar * t3
        t4_dot = x_bar_dot * t3 - x_bar * (t2_dot * 2 * t2)
        W_bar_dot = matmul_vjp_lhs(t4_dot, W, x) + matmul_vjp_lhs(t4, W, x_dot)
        x_bar = unbroadcast(x_bar, x) + matmul_vjp_rhs(t4, W, x)
        x_bar_dot = unbroadcast(x_bar_dot, x) + (matmul_vjp_rhs(t4_dot, W, x) + matmul_vjp_rhs(t4, W_dot, x))
        params_bar_dot = add_into(params_bar_dot, i, (W_bar_dot, unbroadcast(t4_dot, t1[1])))
    return params_bar_dot
