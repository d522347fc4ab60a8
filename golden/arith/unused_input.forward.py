# s2s show ../../tests/cases/arith.py::unused_input --mode forward --wrt 0,1
def unused_input_jvp(x, y, x_dot, y_dot):
    return np.sum(x * x), np.sum(x_dot * x + x * x_dot)
