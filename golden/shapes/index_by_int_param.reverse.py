# s2s show ../../tests/cases/shapes.py::index_by_int_param --wrt 0
def index_by_int_param_grad(x, i):
    t1 = x[i]
    t2 = i - 1
    t3 = x[t2, i]
    t4 = -i
    t5 = x[0, t4]
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, (0, t4), t3)
    x_bar = add_into(x_bar, (t2, i), t5)
    x_bar = add_into(x_bar, i, 2.0 * t1)
    return np.sum(t1 ** 2) + t3 * t5, x_bar
