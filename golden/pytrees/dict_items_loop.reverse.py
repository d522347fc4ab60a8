# s2s show tests/cases/pytrees.py::dict_items_loop --wrt 0
def dict_items_loop_grad(p):
    tape = []
    keys = list(p)
    r = range(len(keys))
    acc = 0.0
    for i in r:
        t1 = keys[i]
        t2 = p[t1]
        t3 = np.sum(t2 ** 2)
        t4 = len(t1)
        acc = acc + t3 * t4
        tape.append((t1, t2, t3, t4))
    p_bar = zeros_like(p)
    for _ in reversed(r):
        t1, t2, t3, t4 = tape.pop()
        p_bar = add_into(p_bar, t1, unbroadcast(t4, t3) * 2 * t2)
    return acc, p_bar
