# s2s show tests/cases/control.py::variable_defined_in_one_branch --mode hvp --wrt 0
def variable_defined_in_one_branch_hvp(x, flag, x_dot):
    if flag:
        y = x * 2.0
        y_dot = x_dot * 2.0
    z = np.sum(x)
    if flag:
        t1 = np.sum(y ** 2)
    if flag:
        t2 = unbroadcast(1.0, t1) * 2
        y_bar = t2 * y
        y_bar_dot = t2 * y_dot
        z_bar = 1.0
    else:
        y_bar, z_bar, y_bar_dot = 0.0, 1.0, 0.0
    t3 = unbroadcast(z_bar, z)
    if flag:
        x_bar = t3 + y_bar * 2.0
        x_bar_dot = broadcast_like(y_bar_dot * 2.0, x_bar)
    else:
        x_bar_dot = zeros_like(broadcast_like(t3, x))
    return x_bar_dot
