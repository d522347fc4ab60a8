# s2s show ../../tests/cases/pytrees.py::unused_leaves --mode forward --wrt 0,1
def unused_leaves_jvp(d, l, d_dot, l_dot):
    t1 = d['used']
    t2 = l[0]
    return np.sum(t1 * t2), np.sum(d_dot['used'] * t2 + t1 * l_dot[0])
