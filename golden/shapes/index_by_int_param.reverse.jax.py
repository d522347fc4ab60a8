# s2s show ../../tests/cases/shapes.py::index_by_int_param --wrt 0 --backend jax
def index_by_int_param_grad(x, i):
    t1 = i - 1
    t2 = -i
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, (0, t2), x[t1, i])
    x_bar = add_at(x_bar, (t1, i), x[0, t2])
    x_bar = add_at(x_bar, i, 2.0 * x[i])
    return x_bar
