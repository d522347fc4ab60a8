# s2s show ../../tests/cases/control.py::newton_sqrt_for --wrt 0 --backend jax
def newton_sqrt_for_grad(a):
    r = range(30)
    z = 1.0

    def for_body(carry, _):
        z, = carry
        t1 = a / z
        z_1 = 0.5 * (z + t1)
        return (z_1,), (t1, z)
    (z,), tape = scan(for_body, (z,), r)
    z_bar = 1.0

    def for_body_2(carry, step):
        z_bar, = carry
        _, (t1, z) = step
        t3 = z_bar * 0.5
        z_bar = unbroadcast(t3, z) + unbroadcast(-(t1 * t3) / z, z)
        return (z_bar,), t3 / z
    (z_bar,), t2 = scan(for_body_2, (z_bar,), (r, tape), reverse=True)
    a_bar = unbroadcast_sum(t2, a)
    return a_bar
