# s2s show ../../tests/cases/pytrees.py::tuple_tree_indexed --mode forward --wrt 0,1
def tuple_tree_indexed_jvp(t, x, t_dot, x_dot):
    t1 = t[0]
    t2 = t[1]
    t2_dot = t_dot[1]
    t3 = t2[0]
    t4 = t2[1]
    t5 = t_dot[0] * t3 + t1 * t2_dot[0] + (t2_dot[1] * x + t4 * x_dot)
    return np.sum(t1 * t3 + t4 * x), np.sum(t5)
