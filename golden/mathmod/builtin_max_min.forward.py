# s2s show ../../tests/cases/mathmod.py::builtin_max_min --mode forward --wrt 0,1
def builtin_max_min_jvp(a, b, a_dot, b_dot):
    if a >= b:
        t2 = a_dot
    else:
        t2 = b_dot
    t1 = min(a, b)
    if a > b:
        a_dot = b_dot
    return max(a, b) * 2.0 + t1 ** 2, t2 * 2.0 + a_dot * 2 * t1
