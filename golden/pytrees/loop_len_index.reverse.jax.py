# s2s show ../../tests/cases/pytrees.py::loop_len_index --wrt 0 --backend jax
def loop_len_index_grad(params, x):
    r = range(len(params))

    def for_body(carry, i):
        x, = carry
        t1 = params[i]
        W, b = t1
        t2 = jnp.tanh(W @ x + b)
        x_1 = t2 + x
        return (x_1,), (t1, t2, W, x)
    (x,), tape = scan(for_body, (x,), r)
    x_bar = 2.0 * x
    params_bar = zeros_like(params)

    def for_body_2(carry, step):
        x_bar, params_bar = carry
        i, (t1, t2, W, x) = step
        t3 = x_bar * (1 - t2 ** 2)
        W_bar = matmul_vjp_lhs(t3, W, x)
        x_bar = unbroadcast(x_bar, x) + matmul_vjp_rhs(t3, W, x)
        params_bar = add_at(params_bar, i, (W_bar, unbroadcast(t3, t1[1])))
        return (x_bar, params_bar), None
    (x_bar, params_bar), _ = scan(for_body_2, (x_bar, params_bar), (r, tape), reverse=True)
    return params_bar
