# s2s show ../../tests/cases/shapes.py::slices_2d --wrt 0
def slices_2d_grad(x):
    t1 = x[:, 0]
    t2 = x[:, 1]
    t3 = x[1, :]
    t4 = x[0, 1]
    t5 = x[2, 3]
    t6 = np.sum(t1 * t2) + np.sum(t3 ** 2) + t4 * t5
    t7 = x[1:, 2:]
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, np.s_[1:, 2:], 3.0 * t7 ** 2)
    x_bar = add_into(x_bar, (2, 3), t4)
    x_bar = add_into(x_bar, (0, 1), t5)
    x_bar = add_into(x_bar, np.s_[1, :], 2.0 * t3)
    x_bar = add_into(x_bar, np.s_[:, 1], unbroadcast(t1, t2))
    x_bar = add_into(x_bar, np.s_[:, 0], unbroadcast(t2, t1))
    return t6 + np.sum(t7 ** 3), x_bar
