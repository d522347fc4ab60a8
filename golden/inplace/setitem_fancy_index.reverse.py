# s2s show ../../tests/cases/inplace.py::setitem_fancy_index --wrt 0
def setitem_fancy_index_grad(x):
    y = np.zeros(5)
    t1 = np.array([0, 2, 4])
    t2 = x[:3]
    t3 = t2 ** 2
    y[t1] = t3
    t4 = np.array([1, 1])
    t5 = y[t4]
    t6 = x[3]
    t7 = t5 + t6
    y[t4] = t7
    y_bar = unbroadcast(np.arange(1.0, 6.0), y)
    t7_bar = unsetitem(y_bar, t7, t4)
    y_bar[t4] = 0.0
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, 3, unbroadcast(t7_bar, t6))
    np.add.at(y_bar, t4, unbroadcast(t7_bar, t5))
    x_bar = add_into(x_bar, np.s_[:3], unsetitem(y_bar, t3, t1) * 2 * t2)
    return x_bar
