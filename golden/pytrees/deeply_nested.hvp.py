# s2s show ../../tests/cases/pytrees.py::deeply_nested --mode hvp --wrt 0
def deeply_nested_hvp(t, t_dot):
    a, t1 = t
    a_dot, t1_dot = t_dot
    b, t2 = t1
    b_dot, t2_dot = t1_dot
    c, s = t2
    c_dot, s_dot = t2_dot
    t3 = a * b
    t3_dot = a_dot * b + a * b_dot
    s_bar_dot = 2.0 * s_dot
    s_bar_dot = s_bar_dot + np.sum(t3_dot * c + t3 * c_dot)
    t3_bar = s * c
    t3_bar_dot = s_dot * c + s * c_dot
    c_bar_dot = s_dot * t3 + s * t3_dot
    a_bar_dot = t3_bar_dot * b + t3_bar * b_dot
    b_bar_dot = t3_bar_dot * a + t3_bar * a_dot
    t4 = t[1]
    t5 = unbroadcast(b_bar_dot, t4[0]), (unbroadcast(c_bar_dot, t4[1][0]), s_bar_dot)
    return unbroadcast(a_bar_dot, t[0]), t5
