# s2s show tests/cases/calls.py::call_in_loop --wrt 0
def call_in_loop_grad(x):
    tape = []
    r = range(3)
    y = x
    for _ in r:
        tape.append(y)
        y = np.sin(y) * 2.0
    t1 = np.sum(y)
    y_bar = broadcast_like(1.0, y)
    for _ in reversed(r):
        y = tape.pop()
        y_bar = y_bar * 2.0 * np.cos(y)
    return t1, y_bar
