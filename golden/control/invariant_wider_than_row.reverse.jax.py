# s2s show tests/cases/control.py::invariant_wider_than_row --mode reverse --wrt 0,1 --backend jax
def invariant_wider_than_row_grad(xs, B):
    r = range(len(xs))
    acc = 0.0

    def for_body(carry, k):
        acc, = carry
        t1 = xs[k]
        t2 = B * t1
        t3 = jnp.sum(jnp.sin(t2))
        acc = acc * 0.5 + t3
        return (acc,), (t1, t2, t3)
    (acc,), tape = scan(for_body, (acc,), r)
    xs_bar = zeros_like(xs)
    acc_bar = 1.0

    def for_body_2(carry, step):
        acc_bar, xs_bar = carry
        k, (t1, t2, t3) = step
        t2_bar = unbroadcast(acc_bar, t3) * jnp.cos(t2)
        xs_bar = add_at(xs_bar, k, unbroadcast(t2_bar * B, t1))
        acc_bar = acc_bar * 0.5
        return (acc_bar, xs_bar), t2_bar * t1
    (acc_bar, xs_bar), t4 = scan(for_body_2, (acc_bar, xs_bar), (r, tape), reverse=True)
    B_bar = unbroadcast_sum(t4, B)
    return acc, xs_bar, B_bar
