# s2s show ../../tests/cases/mathmod.py::int_conversion_nondiff --mode hvp --wrt 0
def int_conversion_nondiff_hvp(a, a_dot):
    return 2.0 * float(a_dot)
