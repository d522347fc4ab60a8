# s2s show tests/cases/pytrees.py::tree_and_array --wrt 0,1
def tree_and_array_grad(params, x):
    tape = []
    r = range(len(params))
    for i in r:
        t1 = params[i]
        W, b = t1
        t2 = W @ x + b
        x_1 = np.sin(t2)
        tape.append((t1, t2, W, x))
        x = x_1
    t3 = np.sum(x)
    params_bar = zeros_like(params)
    x_bar = broadcast_like(1.0, x)
    for i1 in reversed(r):
        t1, t2, W, x = tape.pop()
        t2_bar = x_bar * np.cos(t2)
        W_bar = matmul_vjp_lhs(t2_bar, W, x)
        x_bar = matmul_vjp_rhs(t2_bar, W, x)
        params_bar = add_into(params_bar, i1, (W_bar, unbroadcast(t2_bar, t1[1])))
    return t3, params_bar, x_bar
