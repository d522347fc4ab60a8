# s2s show tests/cases/control.py::matrix_rows_in_loop --mode reverse --wrt 0,1,2 --backend jax
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
    xs_bar = zeros_like(xs)
    acc_bar = 1.0

    def for_body_2(carry, step):
        acc_bar, xs_bar = carry
        i1, (t1, t2, t3, acc_1, x) = step
        t3_bar = acc_bar * acc_1
        acc_bar = unbroadcast(acc_bar, acc_1) + unbroadcast(acc_bar * t3, acc_1)
        t2_bar = broadcast_like(unbroadcast(t3_bar, t3), t2)
        t6 = t2_bar * t1 * 0.1
        x_bar = matmul_vjp_lhs(t6, x, V)
        xs_bar = add_at(xs_bar, i1, x_bar)
        return (acc_bar, xs_bar), (t6, x, -t2_bar)
    (acc_bar, xs_bar), (t4, x_all, t5) = scan(for_body_2, (acc_bar, xs_bar), (r, tape), reverse=True)
    V_bar = matmul_vjp_rhs_sum(t4, x_all, V)
    c_bar = unbroadcast_sum(t5, c)
    return acc, xs_bar, V_bar, c_bar
