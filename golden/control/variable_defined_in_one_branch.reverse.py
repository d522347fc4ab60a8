# s2s show ../../tests/cases/control.py::variable_defined_in_one_branch --wrt 0
def variable_defined_in_one_branch_grad(x, flag):
    if flag:
        y = x * 2.0
    if flag:
        y_bar = 2.0 * y
        z_bar = 1.0
    else:
        y_bar, z_bar = 0.0, 1.0
    if flag:
        x_bar = z_bar + y_bar * 2.0
    else:
        x_bar = broadcast_like(z_bar, x)
    return x_bar
