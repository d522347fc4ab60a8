# s2s show ../../tests/cases/shapes.py::slices_1d --wrt 0
def slices_1d_grad(x):
    t1 = x[1:3]
    t2 = x[0:2]
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, np.s_[:-2:3], broadcast_like(1.0, x[:-2:3]))
    x_bar = add_into(x_bar, -2, x[-1])
    x_bar = add_into(x_bar, -1, x[-2])
    x_bar = add_into(x_bar, np.s_[::2], 2.0 * x[::2])
    x_bar = add_into(x_bar, np.s_[0:2], unbroadcast(t1, t2))
    x_bar = add_into(x_bar, np.s_[1:3], unbroadcast(t2, t1))
    return x_bar
