# s2s show ../../tests/cases/mathmod.py::int_conversion_nondiff --wrt 0
def int_conversion_nondiff_grad(a):
    a_bar = 2.0 * float(a) + int(a * 10.0)
    return a_bar
