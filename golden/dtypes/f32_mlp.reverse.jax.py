# s2s show ../../tests/cases/dtypes.py::f32_mlp --wrt 0 --backend jax
def f32_mlp_grad(params, x):
    r = range(len(params))
    h = x

    def for_body(carry, i):
        h, = carry
        t1 = params[i]
        W, b = t1
        h_1 = jnp.tanh(h @ W + b)
        return (h_1,), (t1, W, h, h_1)
    (h,), tape = scan(for_body, (h,), r)
    h_bar = 2.0 * h
    params_bar = zeros_like(params)

    def for_body_2(carry, step):
        h_bar, params_bar = carry
        i1, (t1, W, h, h_1) = step
        t2 = h_bar * (1 - h_1 ** 2)
        h_bar = matmul_vjp_lhs(t2, h, W)
        W_bar = matmul_vjp_rhs(t2, h, W)
        params_bar = add_at(params_bar, i1, (W_bar, unbroadcast(t2, t1[1])))
        return (h_bar, params_bar), None
    (h_bar, params_bar), _ = scan(for_body_2, (h_bar, params_bar), (r, tape), reverse=True)
    return params_bar
