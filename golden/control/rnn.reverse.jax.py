# s2s show tests/cases/control.py::rnn --wrt 0,1,2 --backend jax
def rnn_grad(h0, W, xs):
    r = range(jnp.shape(xs)[0])
    h = h0

    def for_body(carry, t):
        h, = carry
        t1 = xs[t]
        h_1 = jnp.tanh(W @ h + t1)
        return (h_1,), (t1, h, h_1)
    (h,), tape = scan(for_body, (h,), r)
    t2 = jnp.sum(h ** 2)
    h_bar = 2.0 * h
    xs_bar = zeros_like(xs)

    def for_body_2(carry, step):
        h_bar, xs_bar = carry
        t, (t1, h, h_1) = step
        t4 = h_bar * (1 - h_1 ** 2)
        xs_bar = add_at(xs_bar, t, unbroadcast(t4, t1))
        h_bar = matmul_vjp_rhs(t4, W, h)
        return (h_bar, xs_bar), (t4, h)
    (h_bar, xs_bar), (t3, h_all) = scan(for_body_2, (h_bar, xs_bar), (r, tape), reverse=True)
    W_bar = matmul_vjp_lhs_sum(t3, W, h_all)
    return t2, h_bar, W_bar, xs_bar
