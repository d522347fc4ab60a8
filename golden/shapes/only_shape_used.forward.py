# s2s show ../../tests/cases/shapes.py::only_shape_used --mode forward --wrt 0
def only_shape_used_jvp(x, x_dot):
    t1 = float(np.shape(x)[0]) * 2.0 + np.sum(np.zeros_like(x))
    return t1, np.zeros_like(t1)
