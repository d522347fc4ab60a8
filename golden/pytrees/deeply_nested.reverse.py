# s2s show ../../tests/cases/pytrees.py::deeply_nested --wrt 0
def deeply_nested_grad(t):
    a, t1 = t
    b, t2 = t1
    c, s = t2
    t3 = a * b
    s_bar = 2.0 * s
    s_bar = s_bar + np.sum(t3 * c)
    t3_bar = s * c
    c_bar = s * t3
    a_bar = t3_bar * b
    b_bar = t3_bar * a
    t4 = t[1]
    t5 = unbroadcast(b_bar, t4[0]), (unbroadcast(c_bar, t4[1][0]), s_bar)
    t_bar = unbroadcast(a_bar, t[0]), t5
    return t_bar
