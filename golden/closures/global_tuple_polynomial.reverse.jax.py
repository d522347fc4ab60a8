# s2s show ../../tests/cases/closures.py::global_tuple_polynomial --wrt 0 --backend jax
def global_tuple_polynomial_grad(x):
    r = range(len(COEFFS))
    acc = 0.0

    def for_body(carry, i):
        acc, = carry
        t1 = COEFFS[i]
        acc = acc + t1 * x ** i
        return (acc,), t1
    (acc,), tape = scan(for_body, (acc,), r)
    t2 = broadcast_like(1.0, acc)

    def for_body_2(carry, step):
        i1, t1 = step
        t3 = t2 * t1 * i1 * x ** jnp.where(i1 == 0, 0, i1 - 1)
        return (), t3
    (), t3_all = scan(for_body_2, (), (r, tape), reverse=True)
    x_bar = unbroadcast_sum(t3_all, x)
    return x_bar
