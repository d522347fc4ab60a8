# s2s show ../../tests/cases/pytrees.py::two_trees --mode hvp --wrt 0,1
def two_trees_hvp(d, l, d_dot, l_dot):
    t1 = d['a']
    t2 = l[0]
    t3 = d['b']
    t4 = l[1]
    t4_dot = l_dot[1]
    t6 = broadcast_like(1.0, t1 * t2 + t3 * t4 ** 2)
    t5 = t6 * d_dot['b'] * 2 * t4 + t6 * t3 * 2 * t4_dot
    l_bar_dot = zeros_like(l)
    l_bar_dot = add_into(l_bar_dot, 1, unbroadcast(t5, t4))
    d_bar_dot = zeros_like(d)
    d_bar_dot = add_into(d_bar_dot, 'b', unbroadcast(t6 * (t4_dot * 2 * t4), t3))
    l_bar_dot = add_into(l_bar_dot, 0, unbroadcast(t6 * d_dot['a'], t2))
    d_bar_dot = add_into(d_bar_dot, 'a', unbroadcast(t6 * l_dot[0], t1))
    return d_bar_dot, l_bar_dot
