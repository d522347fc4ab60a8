# s2s show ../../tests/cases/pytrees.py::two_trees --mode forward --wrt 0,1
def two_trees_jvp(d, l, d_dot, l_dot):
    t1 = d['a']
    t2 = l[0]
    t3 = d['b']
    t4 = l[1]
    t5 = t4 ** 2
    t6 = d_dot['b'] * t5 + t3 * (l_dot[1] * 2 * t4)
    t7 = np.sum(d_dot['a'] * t2 + t1 * l_dot[0] + t6)
    return np.sum(t1 * t2 + t3 * t5), t7
