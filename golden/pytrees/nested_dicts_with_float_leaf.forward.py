# s2s show ../../tests/cases/pytrees.py::nested_dicts_with_float_leaf --mode forward --wrt 0
def nested_dicts_with_float_leaf_jvp(p, p_dot):
    t1 = p['enc']
    t1_dot = p_dot['enc']
    t2 = t1['w']
    t3 = t1['s']
    h = t2 * t3
    h_dot = t1_dot['w'] * t3 + t2 * t1_dot['s']
    t4 = p['dec']
    t4_dot = p_dot['dec']
    for i in range(len(t4)):
        v = t4[i]
        v_dot = t4_dot[i]
        t5 = h * v
        t5_dot = h_dot * v + h * v_dot
        h = np.sin(t5)
        h_dot = t5_dot * np.cos(t5)
    return np.sum(h), np.sum(h_dot)
