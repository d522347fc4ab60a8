# s2s show ../../tests/cases/pytrees.py::tuple_tree_indexed --mode hvp --wrt 0,1
def tuple_tree_indexed_hvp(t, x, t_dot, x_dot):
    t1 = t[0]
    t2 = t[1]
    t2_dot = t_dot[1]
    t3 = t2[0]
    t4 = t2[1]
    t6 = broadcast_like(1.0, t1 * t3 + t4 * x)
    x_bar_dot = t6 * t2_dot[1]
    t5 = zeros_like(t2)
    t5 = add_into(t5, 1, unbroadcast(t6 * x_dot, t4))
    t5 = add_into(t5, 0, unbroadcast(t6 * t_dot[0], t3))
    t_bar_dot = zeros_like(t)
    t_bar_dot = add_into(t_bar_dot, 1, t5)
    t_bar_dot = add_into(t_bar_dot, 0, unbroadcast(t6 * t2_dot[0], t1))
    x_bar_dot = unbroadcast(x_bar_dot, x)
    return t_bar_dot, x_bar_dot
