# s2s show ../../tests/cases/inplace.py::setitem_on_copy --mode hvp --wrt 0
def setitem_on_copy_hvp(x, x_dot):
    y = np.copy(x)
    y_dot = np.copy(x_dot)
    y[0] = 0.0
    y_dot[0] = 0.0
    y_dot[2] = y_dot[2] * 3.0
    y_bar_dot = y_dot + y_dot
    t1 = unbroadcast(np.copy(y_bar_dot[2]), y[2])
    y_bar_dot[2] = 0.0
    y_bar_dot[2] += t1 * 3.0
    y_bar_dot[0] = 0.0
    return y_bar_dot
