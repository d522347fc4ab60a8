# s2s show tests/cases/shapes.py::chained_indexing --mode hvp --wrt 0
def chained_indexing_hvp(x, j, x_dot):
    t1 = x[:, j]
    t2 = j + 1
    t3 = x[:, t2]
    t4 = broadcast_like(1.0, t1 * t3)
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, np.s_[:, t2], unbroadcast(t4 * x_dot[:, j], t3))
    x_bar_dot = add_into(x_bar_dot, np.s_[:, j], unbroadcast(t4 * x_dot[:, t2], t1))
    t5 = zeros_like(x[2])
    t5 = add_into(t5, np.s_[1:], 2.0 * x_dot[2][1:])
    x_bar_dot = add_into(x_bar_dot, 2, t5)
    t6 = zeros_like(x[0])
    t6 = add_into(t6, j, x_dot[1][2])
    x_bar_dot = add_into(x_bar_dot, 0, t6)
    t7 = zeros_like(x[1])
    t7 = add_into(t7, 2, x_dot[0][j])
    x_bar_dot = add_into(x_bar_dot, 1, t7)
    return x_bar_dot
