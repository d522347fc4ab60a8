# s2s show ../../tests/cases/control.py::loop_index_used_after --wrt 0
def loop_index_used_after_grad(x):
    r = range(3)
    for i in r:
        x = x * 1.1 + 0.1
    t1 = x[i]
    t2 = np.sum(x)
    t3 = broadcast_like(t1, x)
    x_bar = add_at(t3, i, t2)
    for _ in reversed(r):
        x_bar = x_bar * 1.1
    return t1 * t2, x_bar
