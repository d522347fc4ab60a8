# s2s show ../../tests/cases/control.py::variable_defined_in_one_branch --mode hvp --wrt 0
def variable_defined_in_one_branch_hvp(x, flag, x_dot):
    if flag:
        y_dot = x_dot * 2.0
    if flag:
        y_bar_dot = 2.0 * y_dot
        z_bar = 1.0
    else:
        z_bar, y_bar_dot = 1.0, 0.0
    if flag:
        x_bar_dot = y_bar_dot * 2.0
    else:
        x_bar_dot = zeros_like(broadcast_like(z_bar, x))
    return x_bar_dot
