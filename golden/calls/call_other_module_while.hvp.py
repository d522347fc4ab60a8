# s2s show ../../tests/cases/calls.py::call_other_module_while --mode hvp --wrt 0
def call_other_module_while_hvp(x, x_dot):
    y, steps, y_dot = x, 0, x_dot
    while np.sum(y * y) > 1.0:
        y = y * 0.5
        y_dot = y_dot * 0.5
        steps = steps + 1
    y_bar_dot = 3.0 * (y_dot * 2 * y)
    for _ in range(steps):
        y_bar_dot = y_bar_dot * 0.5
    return y_bar_dot
