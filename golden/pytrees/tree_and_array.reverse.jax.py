# s2s show ../../tests/cases/pytrees.py::tree_and_array --wrt 0,1 --backend jax
def tree_and_array_grad(params, x):
    r = range(len(params))

    def for_body(carry, i):
        x, = carry
        t1 = params[i]
        W, b = t1
        t2 = W @ x + b
        x_1 = jnp.sin(t2)
        return (x_1,), (t1, t2, W, x)
    (x,), tape = scan(for_body, (x,), r)
    params_bar = zeros_like(params)
    x_bar = broadcast_like(1.0, x)

    def for_body_2(carry, step):
        x_bar, params_bar = carry
        i1, (t1, t2, W, x) = step
        t2_bar = x_bar * jnp.cos(t2)
        W_bar = matmul_vjp_lhs(t2_bar, W, x)
        x_bar = matmul_vjp_rhs(t2_bar, W, x)
        params_bar = add_at(params_bar, i1, (W_bar, unbroadcast(t2_bar, t1[1])))
        return (x_bar, params_bar), None
    (x_bar, params_bar), _ = scan(for_body_2, (x_bar, params_bar), (r, tape), reverse=True)
    return params_bar, x_bar
