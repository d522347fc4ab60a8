# s2s show ../../tests/cases/control.py::loop_index_used_after --mode hvp --wrt 0
def loop_index_used_after_hvp(x, x_dot):
    r = range(3)
    for i in r:
        x = x * 1.1 + 0.1
        x_dot = x_dot * 1.1
    t1 = broadcast_like(x_dot[i], x)
    x_bar_dot = add_at(t1, i, np.sum(x_dot))
    for _ in reversed(r):
        x_bar_dot = x_bar_dot * 1.1
    return x_bar_dot
