# s2s show ../../tests/cases/control.py::for_over_list_param --wrt 0 --backend jax
def for_over_list_param_grad(xs):
    r = range(len(xs))
    acc = 1.0

    def for_body(carry, i):
        acc, = carry
        v = xs[i]
        t1 = jnp.sum(v * v)
        acc_1 = acc * t1 + 1.0
        return (acc_1,), (t1, acc, v)
    (acc,), tape = scan(for_body, (acc,), r)
    xs_bar = zeros_like(xs)
    acc_bar = 1.0

    def for_body_2(carry, step):
        acc_bar, xs_bar = carry
        i1, (t1, acc, v) = step
        acc_bar_1 = acc_bar * t1
        v_bar = acc_bar * acc * v
        v_bar = v_bar + v_bar
        xs_bar = add_at(xs_bar, i1, v_bar)
        return (acc_bar_1, xs_bar), None
    (acc_bar, xs_bar), _ = scan(for_body_2, (acc_bar, xs_bar), (r, tape), reverse=True)
    return xs_bar
