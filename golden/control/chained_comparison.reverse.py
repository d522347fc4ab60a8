# s2s show ../../tests/cases/control.py::chained_comparison --wrt 0,1
def chained_comparison_grad(a, b):
    if 0.0 < a and a < 1.0:
        a_bar, b_bar = b, a
    else:
        a_bar, b_bar = 1.0, 1.0
    return a_bar, b_bar
