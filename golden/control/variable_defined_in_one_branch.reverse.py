# s2s show tests/cases/control.py::variable_defined_in_one_branch --wrt 0
def variable_defined_in_one_branch_grad(x, flag):
    if flag:
        y = x * 2.0
    z = np.sum(x)
    if flag:
        t1 = np.sum(y ** 2)
        result = z + t1
    else:
        result = z
    if flag:
        y_bar = unbroadcast(1.0, t1) * 2 * y
        z_bar = 1.0
    else:
        y_bar, z_bar = 0.0, 1.0
    t2 = unbroadcast(z_bar, z)
    if flag:
        x_bar = t2 + y_bar * 2.0
    else:
        x_bar = broadcast_like(t2, x)
    return result, x_bar
