# s2s show ../../tests/cases/shapes.py::concatenate_axis1 --mode forward --wrt 0,1
def concatenate_axis1_jvp(x, y, w, x_dot, y_dot):
    return np.sum(np.concatenate([x, y], axis=1) * w), np.sum(np.concatenate([x_dot, y_dot], axis=1) * w)
