# s2s show ../../tests/cases/classes.py::isinstance_dispatch --mode forward --wrt 0,1
def isinstance_dispatch_jvp(x, y, x_dot, y_dot):
    result = np.sum(x * y)
    result_dot = np.sum(x_dot * y + x * y_dot)
    return result, result_dot
