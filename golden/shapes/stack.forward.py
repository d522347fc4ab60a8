# s2s show ../../tests/cases/shapes.py::stack --mode forward --wrt 0,1
def stack_jvp(x, y, w, x_dot, y_dot):
    t1 = np.sum(np.stack([x_dot, y_dot, x_dot * y + x * y_dot]) * w)
    return np.sum(np.stack([x, y, x * y]) * w), t1
