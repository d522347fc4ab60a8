# s2s show tests/cases/pytrees.py::dict_items_loop --mode hvp --wrt 0
def dict_items_loop_hvp(p, p_dot):
    tape = []
    keys = list(p)
    r = range(len(keys))
    for i in r:
        t1 = keys[i]
        tape.append((t1, p[t1], len(t1), p_dot[t1]))
    p_bar_dot = zeros_like(p)
    for _ in reversed(r):
        t1, t2, t3, t2_dot = tape.pop()
        p_bar_dot = add_into(p_bar_dot, t1, t3 * 2 * t2_dot)
    return p_bar_dot
