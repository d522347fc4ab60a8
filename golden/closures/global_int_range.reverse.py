# s2s show tests/cases/closures.py::global_int_range --wrt 0
def global_int_range_grad(x):
    tape = []
    r = range(N_STEPS)
    y = x
    for _ in r:
        y_1 = np.sin(y) * SCALE
        tape.append(y)
        y = y_1
    t1 = np.sum(y)
    y_bar = broadcast_like(1.0, y)
    for _ in reversed(r):
        y = tape.pop()
        y_bar = y_bar * SCALE * np.cos(y)
    x_bar = unbroadcast(y_bar, x)
    return t1, x_bar
