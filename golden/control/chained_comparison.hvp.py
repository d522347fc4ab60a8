# s2s show ../../tests/cases/control.py::chained_comparison --mode hvp --wrt 0,1
def chained_comparison_hvp(a, b, a_dot, b_dot):
    if 0.0 < a and a < 1.0:
        a_bar_dot, b_bar_dot = b_dot, a_dot
    else:
        a_bar_dot, b_bar_dot = 0.0, 0.0
    return a_bar_dot, b_bar_dot
