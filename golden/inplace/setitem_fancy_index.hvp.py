# s2s show ../../tests/cases/inplace.py::setitem_fancy_index --mode hvp --wrt 0
def setitem_fancy_index_hvp(x, x_dot):
    y = np.zeros(5)
    t1 = np.array([0, 2, 4])
    t2 = x[:3] ** 2
    y[t1] = t2
    t3 = np.array([1, 1])
    t4 = y[t3]
    t5 = t4 + x[3]
    y[t3] = t5
    y_bar = unbroadcast(np.arange(1.0, 6.0), y)
    t5_bar = unsetitem(y_bar, t5, t3)
    y_bar[t3] = 0.0
    np.add.at(y_bar, t3, unbroadcast(t5_bar, t4))
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, np.s_[:3], unsetitem(y_bar, t2, t1) * 2 * x_dot[:3])
    return x_bar_dot
