# s2s show ../../tests/cases/calls.py::call_other_module_while --wrt 0
def call_other_module_while_grad(x):
    y, steps = x, 0
    while np.sum(y * y) > 1.0:
        y = y * 0.5
        steps = steps + 1
    y_bar = 3.0 * y ** 2
    for _ in range(steps):
        y_bar = y_bar * 0.5
    return y_bar
