# s2s show ../../tests/cases/control.py::newton_sqrt_while --wrt 0
def newton_sqrt_while_grad(a):
    tape = []
    z, steps = a, 0
    while abs(z * z - a) > 1e-13:
        t1 = a / z
        z_1 = 0.5 * (z + t1)
        tape.append((t1, z))
        z, steps = z_1, steps + 1
    r = range(steps)
    z_bar, t2 = 1.0, rows_for(r)
    for _ in r:
        t1, z = tape.pop()
        t3 = z_bar * 0.5
        z_bar = unbroadcast(t3, z) + unbroadcast(-(t1 * t3) / z, z)
        t2.append(t3 / z)
    a_bar = unbroadcast_sum(stack_rows(t2), a)
    a_bar = a_bar + z_bar
    return a_bar
