# s2s show ../../tests/cases/pytrees.py::two_trees --wrt 0,1 --backend jax
def two_trees_grad(d, l):
    t1 = d['a']
    t2 = l[0]
    t3 = d['b']
    t4 = l[1]
    t5 = t4 ** 2
    t6 = broadcast_like(1.0, t1 * t2 + t3 * t5)
    l_bar = zeros_like(l)
    l_bar = add_at(l_bar, 1, unbroadcast(t6 * t3 * 2 * t4, t4))
    d_bar = zeros_like(d)
    d_bar = add_at(d_bar, 'b', unbroadcast(t6 * t5, t3))
    l_bar = add_at(l_bar, 0, unbroadcast(t6 * t1, t2))
    d_bar = add_at(d_bar, 'a', unbroadcast(t6 * t2, t1))
    return d_bar, l_bar
