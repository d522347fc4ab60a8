# s2s show ../../tests/cases/pytrees.py::dict_loop_over_keys --mode forward --wrt 0
def dict_loop_over_keys_jvp(p, p_dot):
    t1 = 'a', 'b', 'c'
    acc, acc_dot = 0.0, 0.0
    for i in range(len(t1)):
        k = t1[i]
        t2 = p[k]
        acc = acc + np.sum(np.sin(t2))
        acc_dot = acc_dot + np.sum(p_dot[k] * np.cos(t2))
    return acc, acc_dot
