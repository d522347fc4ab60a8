# s2s show tests/cases/shapes.py::chained_indexing --wrt 0
def chained_indexing_grad(x, j):
    t1 = x[1]
    t2 = t1[2]
    t3 = x[0]
    t4 = t3[j]
    t5 = x[2]
    t6 = t5[1:]
    t7 = t6 ** 2
    t8 = x[:, j]
    t9 = j + 1
    t10 = x[:, t9]
    t11 = t8 * t10
    t11_bar = unreduce(1.0, t11)
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, np.s_[:, t9], unbroadcast(t11_bar * t8, t10))
    x_bar = add_into(x_bar, np.s_[:, j], unbroadcast(t11_bar * t10, t8))
    t5_bar = add_into(zeros_like(t5), np.s_[1:], unreduce(1.0, t7) * 2 * t6)
    x_bar = add_into(x_bar, 2, t5_bar)
    t3_bar = add_into(zeros_like(t3), j, t2)
    x_bar = add_into(x_bar, 0, t3_bar)
    t1_bar = add_into(zeros_like(t1), 2, t4)
    x_bar = add_into(x_bar, 1, t1_bar)
    return t2 * t4 + np.sum(t7) + np.sum(t11), x_bar
