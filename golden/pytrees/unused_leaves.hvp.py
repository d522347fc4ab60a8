# s2s show tests/cases/pytrees.py::unused_leaves --mode hvp --wrt 0,1
def unused_leaves_hvp(d, l, d_dot, l_dot):
    t1 = d['used']
    t2 = l[0]
    t3 = broadcast_like(1.0, t1 * t2)
    l_bar_dot = zeros_like(l)
    l_bar_dot = add_into(l_bar_dot, 0, unbroadcast(t3 * d_dot['used'], t2))
    d_bar_dot = zeros_like(d)
    d_bar_dot = add_into(d_bar_dot, 'used', unbroadcast(t3 * l_dot[0], t1))
    return d_bar_dot, l_bar_dot
