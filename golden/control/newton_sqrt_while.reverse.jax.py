# s2s show ../../tests/cases/control.py::newton_sqrt_while --wrt 0 --backend jax
def newton_sqrt_while_grad(a):
    z, steps = a, 0

    def while_cond(carry):
        z, steps = carry
        return abs(z * z - a) > 1e-13

    def while_body(carry):
        z, steps = carry
        t1 = a / z
        z_1 = 0.5 * (z + t1)
        return (z_1, steps + 1), (t1, z)
    (z, steps), tape = while_scan(while_cond, while_body, (z, steps))
    z_bar = 1.0

    def for_body(carry, step):
        z_bar, = carry
        t1, z = step
        t3 = z_bar * 0.5
        z_bar = unbroadcast(t3, z) + unbroadcast(-(t1 * t3) / z, z)
        return (z_bar,), t3 / z
    (z_bar,), t2 = scan(for_body, (z_bar,), tape, length=steps, reverse=True)
    a_bar = unbroadcast_sum(t2, a)
    a_bar = a_bar + z_bar
    return a_bar
