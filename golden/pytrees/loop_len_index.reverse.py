# s2s show tests/cases/pytrees.py::loop_len_index --wrt 0
def loop_len_index_grad(params, x):
    tape = []
    r = range(len(params))
    for i in r:
        t1 = params[i]
        W, b = t1
        t2 = np.tanh(W @ x + b)
        x_1 = t2 + x
        tape.append((t1, t2, W, x))
        x = x_1
    t3 = np.sum(x ** 2)
    x_bar = 2.0 * x
    params_bar = zeros_like(params)
    for i in reversed(r):
        t1, t2, W, x = tape.pop()
        t4 = x_bar * (1 - t2 ** 2)
        W_bar = matmul_vjp_lhs(t4, W, x)
        x_bar = unbroadcast(x_bar, x) + matmul_vjp_rhs(t4, W, x)
        params_bar = add_into(params_bar, i, (W_bar, unbroadcast(t4, t1[1])))
    return t3, params_bar
