# s2s show ../../tests/cases/shapes.py::transpose_2d --wrt 0,1
def transpose_2d_grad(x, y):
    t1 = np.transpose(x)
    x_bar = untranspose(unbroadcast(y, t1))
    y_bar = unbroadcast(t1, y)
    return x_bar, y_bar
