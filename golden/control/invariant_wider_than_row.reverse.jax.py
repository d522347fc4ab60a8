# s2s show ../../tests/cases/control.py::invariant_wider_than_row --mode reverse --wrt 0,1 --backend jax
def invariant_wider_than_row_grad(xs, B):
    r = range(len(xs))

    def for_body(carry, k):
        t1 = xs[k]
        return (), (t1, B * t1)
    (), tape = scan(for_body, (), r)
    xs_bar = zeros_like(xs)
    acc_bar = 1.0

    def for_body_2(carry, step):
        acc_bar, xs_bar = carry
        k, (t1, t2) = step
        t2_bar = acc_bar * jnp.cos(t2)
        xs_bar = add_at(xs_bar, k, unbroadcast(t2_bar * B, t1))
        acc_bar = acc_bar * 0.5
        return (acc_bar, xs_bar), t2_bar * t1
    (acc_bar, xs_bar), t3 = scan(for_body_2, (acc_bar, xs_bar), (r, tape), reverse=True)
    B_bar = unbroadcast_sum(t3, B)
    return xs_bar, B_bar
