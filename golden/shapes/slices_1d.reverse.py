# s2s show ../../tests/cases/shapes.py::slices_1d --wrt 0
def slices_1d_grad(x):
    t1 = x[1:3]
    t2 = x[0:2]
    t3 = x[::2]
    t4 = x[-1]
    t5 = x[-2]
    t6 = np.sum(t1 * t2) + np.sum(t3 ** 2) + t4 * t5
    t7 = x[:-2:3]
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, np.s_[:-2:3], broadcast_like(1.0, t7))
    x_bar = add_into(x_bar, -2, t4)
    x_bar = add_into(x_bar, -1, t5)
    x_bar = add_into(x_bar, np.s_[::2], 2.0 * t3)
    x_bar = add_into(x_bar, np.s_[0:2], unbroadcast(t1, t2))
    x_bar = add_into(x_bar, np.s_[1:3], unbroadcast(t2, t1))
    return t6 + np.sum(t7), x_bar
