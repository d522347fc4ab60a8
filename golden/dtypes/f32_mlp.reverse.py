# s2s show tests/cases/dtypes.py::f32_mlp --wrt 0
def f32_mlp_grad(params, x):
    tape = []
    r = range(len(params))
    h = x
    for i in r:
        t1 = params[i]
        W, b = t1
        h_1 = np.tanh(h @ W + b)
        tape.append((t1, W, h, h_1))
        h = h_1
    t2 = np.sum(h ** 2)
    h_bar = 2.0 * h
    params_bar = zeros_like(params)
    for i1 in reversed(r):
        t1, W, h, h_1 = tape.pop()
        t3 = h_bar * (1 - h_1 ** 2)
        h_bar = matmul_vjp_lhs(t3, h, W)
        W_bar = matmul_vjp_rhs(t3, h, W)
        params_bar = add_into(params_bar, i1, (W_bar, unbroadcast(t3, t1[1])))
    return t2, params_bar
