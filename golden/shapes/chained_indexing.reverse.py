# s2s show ../../tests/cases/shapes.py::chained_indexing --wrt 0
def chained_indexing_grad(x, j):
    t1 = x[1]
    t2 = x[0]
    t3 = x[2]
    t4 = x[:, j]
    t5 = j + 1
    t6 = x[:, t5]
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, np.s_[:, t5], unbroadcast(t4, t6))
    x_bar = add_into(x_bar, np.s_[:, j], unbroadcast(t6, t4))
    t3_bar = zeros_like(t3)
    t3_bar = add_into(t3_bar, np.s_[1:], 2.0 * t3[1:])
    x_bar = add_into(x_bar, 2, t3_bar)
    t2_bar = zeros_like(t2)
    t2_bar = add_into(t2_bar, j, t1[2])
    x_bar = add_into(x_bar, 0, t2_bar)
    t1_bar = zeros_like(t1)
    t1_bar = add_into(t1_bar, 2, t2[j])
    x_bar = add_into(x_bar, 1, t1_bar)
    return x_bar
