# s2s show ../../tests/cases/mathmod.py::int_conversion_nondiff --mode forward --wrt 0
def int_conversion_nondiff_jvp(a, a_dot):
    t1 = int(a * 10.0)
    t2 = float(a)
    return a * t1 + t2 ** 2, a_dot * t1 + float(a_dot) * 2 * t2
