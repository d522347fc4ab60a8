# s2s show ../../tests/cases/mathmod.py::builtin_max_min --mode hvp --wrt 0,1
def builtin_max_min_hvp(a, b, a_dot, b_dot):
    t1 = a <= b
    if not t1:
        a_dot = b_dot
    b_bar_dot = 2.0 * a_dot
    if t1:
        a_bar_dot = b_bar_dot
    else:
        a_bar_dot = 0.0
    if t1:
        b_bar_dot = 0.0
    return a_bar_dot, b_bar_dot
