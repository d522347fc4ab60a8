# s2s show tests/cases/pytrees.py::tree_and_array --mode hvp --wrt 0,1
def tree_and_array_hvp(params, x, params_dot, x_dot):
    tape = []
    r = range(len(params))
    for i in r:
        t1 = params[i]
        t1_dot = params_dot[i]
        W, b = t1
        W_dot, b_dot = t1_dot
        t2 = W @ x + b
        t2_dot = W_dot @ x + W @ x_dot + b_dot
        x_1 = np.sin(t2)
        x_1_dot = t2_dot * np.cos(t2)
        tape.append((t1, t2, W, x, t1_dot, t2_dot, W_dot, x_dot))
        x, x_dot = x_1, x_1_dot
    x_bar = broadcast_like(1.0, x)
    x_bar_dot, params_bar_dot = zeros_like(x_bar), zeros_like(params)
    for i1 in reversed(r):
        t1, t2, W, x, t1_dot, t2_dot, W_dot, x_dot = tape.pop()
        t3 = np.cos(t2)
        t2_bar = x_bar * t3
        t2_bar_dot = x_bar_dot * t3 - x_bar * (t2_dot * np.sin(t2))
        W_bar_dot = matmul_vjp_lhs(t2_bar_dot, W, x) + matmul_vjp_lhs(t2_bar, W, x_dot)
        x_bar = matmul_vjp_rhs(t2_bar, W, x)
        x_bar_dot = matmul_vjp_rhs(t2_bar_dot, W, x) + matmul_vjp_rhs(t2_bar, W_dot, x)
        params_bar_dot = add_into(params_bar_dot, i1, (W_bar_dot, unbroadcast(t2_bar_dot, t1[1])))
    return params_bar_dot, x_bar_dot
