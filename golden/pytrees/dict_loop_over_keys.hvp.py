# s2s show tests/cases/pytrees.py::dict_loop_over_keys --mode hvp --wrt 0
def dict_loop_over_keys_hvp(p, p_dot):
    tape = []
    t1 = 'a', 'b', 'c'
    r = range(len(t1))
    for i in r:
        k = t1[i]
        t2 = p[k]
        t2_dot = p_dot[k]
        tape.append((t2, np.sum(np.sin(t2)), k, t2_dot, np.sum(t2_dot * np.cos(t2))))
    p_bar_dot = zeros_like(p)
    for _ in reversed(r):
        t2, t3, k, t2_dot, t3_dot = tape.pop()
        p_bar_dot = add_into(p_bar_dot, k, -(unbroadcast(1.0, t3) * (t2_dot * np.sin(t2))))
    return p_bar_dot
