# s2s show ../../tests/cases/shapes.py::expand_dims --mode forward --wrt 0,1
def expand_dims_jvp(x, y, x_dot, y_dot):
    e = np.expand_dims(x, 1)
    e_dot = np.expand_dims(x_dot, 1)
    f = np.expand_dims(x, axis=0)
    f_dot = np.expand_dims(x_dot, 0)
    t1 = np.transpose(f)
    t2 = np.sum(e_dot * y + e * y_dot) + np.sum(f_dot * t1 + f * np.transpose(f_dot))
    return np.sum(e * y) + np.sum(f * t1), t2
