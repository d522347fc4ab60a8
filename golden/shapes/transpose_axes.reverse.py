# s2s show ../../tests/cases/shapes.py::transpose_axes --wrt 0,1
def transpose_axes_grad(x, y):
    t1 = 1, 2, 0
    t2 = np.transpose(x, t1)
    x_bar = untranspose(unbroadcast(y, t2), axes=t1)
    y_bar = unbroadcast(t2, y)
    return x_bar, y_bar
