# s2s show ../../tests/cases/pytrees.py::dict_items_loop --mode forward --wrt 0
def dict_items_loop_jvp(p, p_dot):
    keys = list(p)
    acc, acc_dot = 0.0, 0.0
    for i in range(len(keys)):
        t1 = keys[i]
        t2 = p[t1]
        t3 = len(t1)
        acc = acc + np.sum(t2 ** 2) * t3
        acc_dot = acc_dot + np.sum(p_dot[t1] * 2 * t2) * t3
    return acc, acc_dot
