# s2s show ../../tests/cases/reductions.py::prod_with_zero --mode hvp --wrt 0
def prod_with_zero_hvp(x, x_dot):
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, np.s_[:, 1], unprod_jvp(1.0, x[:, 1], x_dot[:, 1]))
    x_bar_dot = x_bar_dot + unprod_jvp(1.0, x, x_dot, axis=1)
    return x_bar_dot
