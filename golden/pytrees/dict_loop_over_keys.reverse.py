# s2s show tests/cases/pytrees.py::dict_loop_over_keys --wrt 0
def dict_loop_over_keys_grad(p):
    t1 = 'a', 'b', 'c'
    r = range(len(t1))
    acc, t1_all, t1_all1 = 0.0, [], []
    for i in r:
        k = t1[i]
        t2 = p[k]
        t3 = np.sum(np.sin(t2))
        acc = acc + t3
        t1_all.append(t2)
        t1_all1.append(t3)
    p_bar = zeros_like(p)
    t4 = rowwise(np.cos, stack_rows(t1_all))
    for i1 in reversed(r):
        k = t1[i1]
        p_bar = add_into(p_bar, k, unbroadcast(1.0, t1_all1[i1]) * t4[i1])
    return acc, p_bar
