# s2s show tests/cases/pytrees.py::dict_items_loop --wrt 0
def dict_items_loop_grad(p):
    keys = list(p)
    r = range(len(keys))
    acc, t1_all, t1_all1, t1_all2 = 0.0, [], [], []
    for i in r:
        t1 = keys[i]
        t2 = p[t1]
        t3 = np.sum(t2 ** 2)
        t4 = len(t1)
        acc = acc + t3 * t4
        t1_all.append(t2)
        t1_all1.append(t3)
        t1_all2.append(t4)
    p_bar = zeros_like(p)
    for i1 in reversed(r):
        p_bar = add_into(p_bar, keys[i1], unbroadcast(t1_all2[i1], t1_all1[i1]) * 2 * t1_all[i1])
    return acc, p_bar
