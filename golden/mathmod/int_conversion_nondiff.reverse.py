# s2s show ../../tests/cases/mathmod.py::int_conversion_nondiff --wrt 0
def int_conversion_nondiff_grad(a):
    t1 = int(a * 10.0)
    t2 = float(a)
    a_bar = 2.0 * t2 + t1
    return a * t1 + t2 ** 2, a_bar
