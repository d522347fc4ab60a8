# s2s show ../../tests/cases/control.py::while_norm_doubling --mode hvp --wrt 0
def while_norm_doubling_hvp(x, x_dot):
    y, steps = x, 0
    while np.linalg.norm(y) < 1000:
        y = y * 2
        steps = steps + 1
    y_bar_dot = zeros_like(broadcast_like(1.0, y))
    for _ in range(steps):
        y_bar_dot = y_bar_dot * 2
    return y_bar_dot
