# s2s show ../../tests/cases/control.py::matrix_rows_in_loop --mode reverse --wrt 0,1,2 --backend jax
def matrix_rows_in_loop_grad(xs, V, c):
    r = range(len(xs))
    acc = 0.0

    def for_body(carry, i):
        acc, = carry
        x = xs[i]
        t1 = jnp.exp(0.1 * (x @ V))
        t2 = t1 - c
        t3 = jnp.sum(t2)
        acc_1 = acc + t3 * acc
        return (acc_1,), (t1, t2, t3, acc, x)
    (acc,), tape = scan(for_body, (acc,), r)
    c_bar = zeros_like(c)
    xs_bar = zeros_like(xs)
    acc_bar = 1.0

    def for_body_2(carry, step):
        acc_bar, c_bar, xs_bar = carry
        i1, (t1, t2, t3, acc, x) = step
        t3_bar = acc_bar * acc
        acc_bar = acc_bar + acc_bar * t3
        t2_bar = broadcast_like(t3_bar, t2)
        c_bar = c_bar - unbroadcast(t2_bar, c)
        t5 = t2_bar * t1 * 0.1
        x_bar = matmul_vjp_lhs(t5, x, V)
        xs_bar = add_at(xs_bar, i1, x_bar)
        return (acc_bar, c_bar, xs_bar), (t5, x)
    (acc_bar, c_bar, xs_bar), (t4, x_all) = scan(for_body_2, (acc_bar, c_bar, xs_bar), (r, tape), reverse=True)
    V_bar = matmul_vjp_rhs_sum(t4, x_all, V)
    return xs_bar, V_bar, c_bar
