# s2s show ../../tests/cases/reductions.py::prod_all --mode hvp --wrt 0
def prod_all_hvp(x, x_dot):
    x_bar_dot = unprod_jvp(1.0, x, x_dot)
    return x_bar_dot
