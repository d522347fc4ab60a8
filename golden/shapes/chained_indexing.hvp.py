# s2s show tests/cases/shapes.py::chained_indexing --mode hvp --wrt 0
def chained_indexing_hvp(x, j, x_dot):
    t1 = x[2]
    t2 = x[:, j]
    t3 = j + 1
    t4 = x[:, t3]
    t8 = unreduce(1.0, t2 * t4)
    x_bar_dot = add_into(zeros_like(x), np.s_[:, t3], unbroadcast(t8 * x_dot[:, j], t4))
    x_bar_dot = add_into(x_bar_dot, np.s_[:, j], unbroadcast(t8 * x_dot[:, t3], t2))
    t5 = add_into(zeros_like(t1), np.s_[1:], unreduce(1.0, t1[1:] ** 2) * 2 * x_dot[2][1:])
    x_bar_dot = add_into(x_bar_dot, 2, t5)
    t6 = add_into(zeros_like(x[0]), j, x_dot[1][2])
    x_bar_dot = add_into(x_bar_dot, 0, t6)
    t7 = add_into(zeros_like(x[1]), 2, x_dot[0][j])
    x_bar_dot = add_into(x_bar_dot, 1, t7)
    return x_bar_dot
