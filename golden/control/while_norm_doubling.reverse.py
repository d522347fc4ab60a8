# s2s show ../../tests/cases/control.py::while_norm_doubling --wrt 0
def while_norm_doubling_grad(x):
    y, steps = x, 0
    while np.linalg.norm(y) < 1000:
        y = y * 2
        steps = steps + 1
    y_bar = broadcast_like(1.0, y)
    for _ in range(steps):
        y_bar = y_bar * 2
    return y_bar
