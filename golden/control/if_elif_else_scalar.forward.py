# s2s show ../../tests/cases/control.py::if_elif_else_scalar --mode forward --wrt 0,1
def if_elif_else_scalar_jvp(a, b, a_dot, b_dot):
    if a < -1.0:
        r = a * b
        r_dot = a_dot * b + a * b_dot
    elif a < 1.0:
        t1 = a * a
        r = t1 * b
        r_dot = (a_dot * a + a * a_dot) * b + t1 * b_dot
    else:
        r = b / a
        r_dot = (b_dot - r * a_dot) / a
    return r + a, r_dot + a_dot
