# s2s show tests/cases/closures.py::global_int_range --mode hvp --wrt 0
def global_int_range_hvp(x, x_dot):
    tape = []
    r = range(N_STEPS)
    y, y_dot = x, x_dot
    for _ in r:
        y_1 = np.sin(y) * SCALE
        y_1_dot = y_dot * np.cos(y) * SCALE
        tape.append((y, y_dot))
        y, y_dot = y_1, y_1_dot
    y_bar = broadcast_like(1.0, y)
    y_bar_dot = zeros_like(y_bar)
    for _ in reversed(r):
        y, y_dot = tape.pop()
        t2 = y_bar * SCALE
        t1 = np.cos(y)
        y_bar = t2 * t1
        y_bar_dot = y_bar_dot * SCALE * t1 - t2 * (y_dot * np.sin(y))
    x_bar_dot = unbroadcast(y_bar_dot, x)
    return x_bar_dot
