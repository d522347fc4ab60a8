# s2s show ../../tests/cases/control.py::newton_sqrt_while --mode hvp --wrt 0
def newton_sqrt_while_hvp(a, a_dot):
    tape = []
    z, steps, z_dot = a, 0, a_dot
    while abs(z * z - a) > 1e-13:
        t1 = a / z
        t1_dot = (a_dot - t1 * z_dot) / z
        z_1 = 0.5 * (z + t1)
        z_1_dot = 0.5 * (z_dot + t1_dot)
        tape.append((t1, z, t1_dot, z_dot))
        z, steps, z_dot = z_1, steps + 1, z_1_dot
    r = range(steps)
    z_bar, z_bar_dot, t3 = 1.0, 0.0, rows_for(r)
    for _ in r:
        t1, z, t1_dot, z_dot = tape.pop()
        t4 = z_bar * 0.5
        t4_dot = z_bar_dot * 0.5
        t2 = -(t1 * t4) / z
        t2_dot = (-(t1_dot * t4 + t1 * t4_dot) - t2 * z_dot) / z
        z_bar = unbroadcast(t4, z) + unbroadcast(t2, z)
        z_bar_dot = unbroadcast(t4_dot, z) + unbroadcast(t2_dot, z)
        t3.append((t4_dot - t4 / z * z_dot) / z)
    a_bar_dot = unbroadcast_sum(stack_rows(t3), a)
    a_bar_dot = a_bar_dot + z_bar_dot
    return a_bar_dot
