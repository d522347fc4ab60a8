# s2s show tests/cases/pytrees.py::dict_items_loop --mode hvp --wrt 0
def dict_items_loop_hvp(p, p_dot):
    tape = []
    keys = list(p)
    r = range(len(keys))
    for i in r:
        t1 = keys[i]
        t2 = p[t1]
        t2_dot = p_dot[t1]
        tape.append((t1, t2, np.sum(t2 ** 2), len(t1), t2_dot, np.sum(t2_dot * 2 * t2)))
    p_bar_dot = zeros_like(p)
    for _ in reversed(r):
        t1, t2, t3, t4, t2_dot, t3_dot = tape.pop()
        p_bar_dot = add_into(p_bar_dot, t1, unbroadcast(t4, t3) * 2 * t2_dot)
    return p_bar_dot
