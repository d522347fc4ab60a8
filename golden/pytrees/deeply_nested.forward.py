# s2s show ../../tests/cases/pytrees.py::deeply_nested --mode forward --wrt 0
def deeply_nested_jvp(t, t_dot):
    a, t1 = t
    a_dot, t1_dot = t_dot
    b, t2 = t1
    b_dot, t2_dot = t1_dot
    c, s = t2
    c_dot, s_dot = t2_dot
    t3 = a * b
    t4 = np.sum(t3 * c)
    t4_dot = np.sum((a_dot * b + a * b_dot) * c + t3 * c_dot)
    return t4 * s + s ** 2, t4_dot * s + t4 * s_dot + s_dot * 2 * s
