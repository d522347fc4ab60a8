# s2s show ../../tests/cases/pytrees.py::deeply_nested --wrt 0
def deeply_nested_grad(t):
    a, t1 = t
    b, t2 = t1
    c, s = t2
    t3 = a * b
    t4 = np.sum(t3 * c)
    s_bar = 2.0 * s
    s_bar = s_bar + t4
    t3_bar = s * c
    c_bar = s * t3
    a_bar = t3_bar * b
    b_bar = t3_bar * a
    t5 = t[1]
    t6 = unbroadcast(b_bar, t5[0]), (unbroadcast(c_bar, t5[1][0]), s_bar)
    t_bar = unbroadcast(a_bar, t[0]), t6
    return t4 * s + s ** 2, t_bar
