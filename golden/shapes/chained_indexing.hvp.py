# s2s show ../../tests/cases/shapes.py::chained_indexing --mode hvp --wrt 0
def chained_indexing_hvp(x, j, x_dot):
    t1 = j + 1
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, np.s_[:, t1], unbroadcast(x_dot[:, j], x[:, t1]))
    x_bar_dot = add_into(x_bar_dot, np.s_[:, j], unbroadcast(x_dot[:, t1], x[:, j]))
    t2 = zeros_like(x[2])
    t2 = add_into(t2, np.s_[1:], 2.0 * x_dot[2][1:])
    x_bar_dot = add_into(x_bar_dot, 2, t2)
    t3 = zeros_like(x[0])
    t3 = add_into(t3, j, x_dot[1][2])
    x_bar_dot = add_into(x_bar_dot, 0, t3)
    t4 = zeros_like(x[1])
    t4 = add_into(t4, 2, x_dot[0][j])
    x_bar_dot = add_into(x_bar_dot, 1, t4)
    return x_bar_dot
