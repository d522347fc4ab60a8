# s2s show ../../tests/cases/lowering.py::loop_over_empty_slice --mode reverse --wrt 0,1 --backend jax
def loop_over_empty_slice_grad(params, x):
    t1 = params[1:-1]
    r = range(len(t1))
    x_1 = x

    def for_body(carry, i):
        x_1, = carry
        w = t1[i]
        x_2 = jnp.tanh(w * x_1)
        return (x_2,), (w, x_1, x_2)
    (x_1,), tape = scan(for_body, (x_1,), r)
    t2 = params[0]
    params_bar = zeros_like(params)
    params_bar = add_at(params_bar, 0, unbroadcast(x_1, t2))
    x_1_bar, t1_bar = unbroadcast(t2, x_1), zeros_like(t1)

    def for_body_2(carry, step):
        x_1_bar, t1_bar = carry
        i1, (w, x_1, x_2) = step
        t3 = x_1_bar * (1 - x_2 ** 2)
        w_bar = t3 * x_1
        x_1_bar = t3 * w
        t1_bar = add_at(t1_bar, i1, unbroadcast(w_bar, w))
        return (x_1_bar, t1_bar), None
    (x_1_bar, t1_bar), _ = scan(for_body_2, (x_1_bar, t1_bar), (r, tape), reverse=True)
    params_bar = add_at(params_bar, jnp.s_[1:-1], t1_bar)
    x_bar = unbroadcast(x_1_bar, x)
    return params_bar, x_bar
