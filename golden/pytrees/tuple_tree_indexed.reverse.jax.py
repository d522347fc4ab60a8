# s2s show ../../tests/cases/pytrees.py::tuple_tree_indexed --wrt 0,1 --backend jax
def tuple_tree_indexed_grad(t, x):
    t1 = t[0]
    t2 = t[1]
    t3 = t2[0]
    t4 = t2[1]
    t5 = broadcast_like(1.0, t1 * t3 + t4 * x)
    x_bar = t5 * t4
    t2_bar = zeros_like(t2)
    t2_bar1 = add_at(t2_bar, 1, unbroadcast(t5 * x, t4))
    t2_bar2 = add_at(t2_bar1, 0, unbroadcast(t5 * t1, t3))
    t_bar = zeros_like(t)
    t_bar = add_at(t_bar, 1, t2_bar2)
    t_bar = add_at(t_bar, 0, unbroadcast(t5 * t3, t1))
    x_bar = unbroadcast(x_bar, x)
    return t_bar, x_bar
