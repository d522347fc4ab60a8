# s2s show ../../tests/cases/pytrees.py::unused_leaves --mode hvp --wrt 0,1
def unused_leaves_hvp(d, l, d_dot, l_dot):
    l_bar_dot = zeros_like(l)
    l_bar_dot = add_into(l_bar_dot, 0, unbroadcast(d_dot['used'], l[0]))
    d_bar_dot = zeros_like(d)
    d_bar_dot = add_into(d_bar_dot, 'used', unbroadcast(l_dot[0], d['used']))
    return d_bar_dot, l_bar_dot
