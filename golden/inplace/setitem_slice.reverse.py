# s2s show ../../tests/cases/inplace.py::setitem_slice --wrt 0
def setitem_slice_grad(x):
    y = np.ones(6)
    t1 = x[:2]
    y[1:3] = t1
    t2 = x[2:] * 2.0
    y[3:] = t2
    y_bar = 3.0 * y ** 2
    t2_bar = unbroadcast(np.copy(y_bar[3:]), t2)
    y_bar[3:] = 0.0
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, np.s_[2:], t2_bar * 2.0)
    x_bar = add_into(x_bar, np.s_[:2], unbroadcast(y_bar[1:3], t1))
    return x_bar
