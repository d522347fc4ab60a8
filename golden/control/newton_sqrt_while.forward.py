# s2s show ../../tests/cases/control.py::newton_sqrt_while --mode forward --wrt 0
def newton_sqrt_while_jvp(a, a_dot):
    z, z_dot = a, a_dot
    while abs(z * z - a) > 1e-13:
        t1 = a / z
        t2 = z_dot + (a_dot - t1 * z_dot) / z
        z = 0.5 * (z + t1)
        z_dot = 0.5 * t2
    return z, z_dot
