# s2s show tests/cases/pytrees.py::dict_loop_over_keys --wrt 0
def dict_loop_over_keys_grad(p):
    tape = []
    t1 = 'a', 'b', 'c'
    r = range(len(t1))
    acc = 0.0
    for i in r:
        k = t1[i]
        t2 = p[k]
        t3 = np.sum(np.sin(t2))
        acc = acc + t3
        tape.append((t2, t3, k))
    p_bar = zeros_like(p)
    for _ in reversed(r):
        t2, t3, k = tape.pop()
        p_bar = add_into(p_bar, k, unbroadcast(1.0, t3) * np.cos(t2))
    return acc, p_bar
