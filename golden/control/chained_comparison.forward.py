# s2s show ../../tests/cases/control.py::chained_comparison --mode forward --wrt 0,1
def chained_comparison_jvp(a, b, a_dot, b_dot):
    if 0.0 < a and a < 1.0:
        result = a * b
        result_dot = a_dot * b + a * b_dot
    else:
        result = a + b
        result_dot = a_dot + b_dot
    return result, result_dot
