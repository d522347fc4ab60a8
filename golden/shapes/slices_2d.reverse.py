# s2s show tests/cases/shapes.py::slices_2d --wrt 0
def slices_2d_grad(x):
    t1 = x[:, 0]
    t2 = x[:, 1]
    t3 = t1 * t2
    t4 = x[1, :]
    t5 = t4 ** 2
    t6 = x[0, 1]
    t7 = x[2, 3]
    t8 = x[1:, 2:]
    t9 = t8 ** 3
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, np.s_[1:, 2:], unreduce(1.0, t9) * 3 * t8 ** 2)
    x_bar = add_into(x_bar, (2, 3), t6)
    x_bar = add_into(x_bar, (0, 1), t7)
    x_bar = add_into(x_bar, np.s_[1, :], unreduce(1.0, t5) * 2 * t4)
    t3_bar = unreduce(1.0, t3)
    x_bar = add_into(x_bar, np.s_[:, 1], unbroadcast(t3_bar * t1, t2))
    x_bar = add_into(x_bar, np.s_[:, 0], unbroadcast(t3_bar * t2, t1))
    return np.sum(t3) + np.sum(t5) + t6 * t7 + np.sum(t9), x_bar
