# s2s show ../../tests/cases/pytrees.py::unused_leaves --wrt 0,1 --backend jax
def unused_leaves_grad(d, l):
    t1 = d['used']
    t2 = l[0]
    l_bar = zeros_like(l)
    l_bar = add_at(l_bar, 0, unbroadcast(t1, t2))
    d_bar = zeros_like(d)
    d_bar = add_at(d_bar, 'used', unbroadcast(t2, t1))
    return d_bar, l_bar
