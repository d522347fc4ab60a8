# s2s show tests/cases/mathmod.py::builtin_max_min --mode hvp --wrt 0,1
def builtin_max_min_hvp(a, b, a_dot, b_dot):
    t1 = a >= b
    t2 = a <= b
    if not t2:
        a_dot = b_dot
    b_bar = 2.0 * min(a, b)
    b_bar_dot = 2.0 * a_dot
    if t2:
        a_bar, a_bar_dot = b_bar, b_bar_dot
    else:
        a_bar, a_bar_dot = 0.0, 0.0
    if t2:
        b_bar, b_bar_dot = 0.0, 0.0
    if t1:
        t3 = 2.0
    else:
        t3 = 0.0
    a_bar = a_bar + t3
    if t1:
        t4 = 0.0
    else:
        t4 = 2.0
    b_bar = b_bar + t4
    return broadcast_like(a_bar_dot, a_bar), broadcast_like(b_bar_dot, b_bar)
