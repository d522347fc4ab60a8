# s2s show ../../tests/cases/control.py::newton_sqrt_for --mode forward --wrt 0
def newton_sqrt_for_jvp(a, a_dot):
    z, z_dot = 1.0, 0.0
    for _ in range(30):
        t1 = a / z
        t2 = z_dot + (a_dot - t1 * z_dot) / z
        z = 0.5 * (z + t1)
        z_dot = 0.5 * t2
    return z, z_dot
