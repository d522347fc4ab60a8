# s2s show ../../tests/cases/control.py::rnn_input_projection --mode reverse --wrt 0,1,2,3 --backend jax
def rnn_input_projection_grad(h0, W, U, xs):
    r = range(len(xs))
    h = h0

    def for_body(carry, i):
        h, = carry
        x_t = xs[i]
        h_1 = jnp.tanh(W @ h + U @ x_t + 0.5)
        return (h_1,), (h, h_1, x_t)
    (h,), tape = scan(for_body, (h,), r)
    h_bar = h + h
    xs_bar = zeros_like(xs)

    def for_body_2(carry, step):
        h_bar, xs_bar = carry
        i1, (h, h_1, x_t) = step
        t2 = h_bar * (1 - h_1 ** 2)
        x_t_bar = matmul_vjp_rhs(t2, U, x_t)
        h_bar = matmul_vjp_rhs(t2, W, h)
        xs_bar = add_at(xs_bar, i1, x_t_bar)
        return (h_bar, xs_bar), (t2, x_t, h)
    (h_bar, xs_bar), (t1, x_t_all, h_all) = scan(for_body_2, (h_bar, xs_bar), (r, tape), reverse=True)
    U_bar = matmul_vjp_lhs_sum(t1, U, x_t_all)
    W_bar = matmul_vjp_lhs_sum(t1, W, h_all)
    return h_bar, W_bar, U_bar, xs_bar
