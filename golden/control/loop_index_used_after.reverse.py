# s2s show ../../tests/cases/control.py::loop_index_used_after --wrt 0
def loop_index_used_after_grad(x):
    r = range(3)
    for i in r:
        x = x * 1.1 + 0.1
    t1 = broadcast_like(x[i], x)
    x_bar = add_at(t1, i, np.sum(x))
    for _ in reversed(r):
        x_bar = x_bar * 1.1
    return x_bar
