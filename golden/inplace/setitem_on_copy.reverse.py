# s2s show ../../tests/cases/inplace.py::setitem_on_copy --wrt 0
def setitem_on_copy_grad(x):
    y = np.copy(x)
    y[0] = 0.0
    t1 = y[2] * 3.0
    y[2] = t1
    y_bar = y + y
    t1_bar = unbroadcast(np.copy(y_bar[2]), t1)
    y_bar[2] = 0.0
    y_bar[2] += t1_bar * 3.0
    y_bar[0] = 0.0
    return y_bar
