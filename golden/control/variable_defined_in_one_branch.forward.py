# s2s show ../../tests/cases/control.py::variable_defined_in_one_branch --mode forward --wrt 0
def variable_defined_in_one_branch_jvp(x, flag, x_dot):
    if flag:
        y = x * 2.0
        y_dot = x_dot * 2.0
    z = np.sum(x)
    z_dot = np.sum(x_dot)
    if flag:
        result = z + np.sum(y ** 2)
        result_dot = z_dot + np.sum(y_dot * 2 * y)
    else:
        result, result_dot = z, z_dot
    return result, result_dot
