# s2s show tests/cases/shapes.py::index_by_int_param --wrt 0
def index_by_int_param_grad(x, i):
    t1 = x[i]
    t2 = t1 ** 2
    t3 = i - 1
    t4 = x[t3, i]
    t5 = -i
    t6 = x[0, t5]
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, (0, t5), t4)
    x_bar = add_into(x_bar, (t3, i), t6)
    x_bar = add_into(x_bar, i, unreduce(1.0, t2) * 2 * t1)
    return np.sum(t2) + t4 * t6, x_bar
