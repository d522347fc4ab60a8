# s2s show tests/cases/calls.py::call_in_loop --mode hvp --wrt 0
def call_in_loop_hvp(x, x_dot):
    tape = []
    r = range(3)
    y, y_dot = x, x_dot
    for _ in r:
        tape.append((y, y_dot))
        y, y_dot = np.sin(y) * 2.0, y_dot * np.cos(y) * 2.0
    y_bar = broadcast_like(1.0, y)
    y_bar_dot = zeros_like(y_bar)
    for _ in reversed(r):
        y, y_dot = tape.pop()
        t2 = y_bar * 2.0
        t1 = np.cos(y)
        y_bar = t2 * t1
        y_bar_dot = y_bar_dot * 2.0 * t1 - t2 * (y_dot * np.sin(y))
    return y_bar_dot
