# s2s show ../../tests/cases/lowering.py::prod_of_shape --mode hvp --wrt 0
def prod_of_shape_hvp(x, x_dot):
    t1 = np.shape(x)
    n = np.prod(t1[1:])
    x_bar_dot = reshape_like(2.0 * np.reshape(x_dot, (t1[0], n)), x)
    return x_bar_dot
