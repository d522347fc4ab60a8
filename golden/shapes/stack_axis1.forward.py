# s2s show ../../tests/cases/shapes.py::stack_axis1 --mode forward --wrt 0,1
def stack_axis1_jvp(x, y, w, x_dot, y_dot):
    return np.sum(np.stack((x, np.sin(y)), axis=1) * w), np.sum(np.stack((x_dot, y_dot * np.cos(y)), axis=1) * w)
