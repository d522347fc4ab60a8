# s2s show ../../tests/cases/control.py::rnn --wrt 0,1,2 --backend jax
def rnn_grad(h0, W, xs):
    r = range(jnp.shape(xs)[0])
    h = h0

    def for_body(carry, t):
        h, = carry
        t1 = xs[t]
        h_1 = jnp.tanh(W @ h + t1)
        return (h_1,), (t1, h, h_1)
    (h,), tape = scan(for_body, (h,), r)
    h_bar = 2.0 * h
    xs_bar = zeros_like(xs)

    def for_body_2(carry, step):
        h_bar, xs_bar = carry
        t, (t1, h, h_1) = step
        t3 = h_bar * (1 - h_1 ** 2)
        xs_bar = add_at(xs_bar, t, unbroadcast(t3, t1))
        h_bar = matmul_vjp_rhs(t3, W, h)
        return (h_bar, xs_bar), (t3, h)
    (h_bar, xs_bar), (t2, h_all) = scan(for_body_2, (h_bar, xs_bar), (r, tape), reverse=True)
    W_bar = matmul_vjp_lhs_sum(t2, W, h_all)
    return h_bar, W_bar, xs_bar
