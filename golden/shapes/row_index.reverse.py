# s2s show ../../tests/cases/shapes.py::row_index --wrt 0
def row_index_grad(x):
    t1 = x[0]
    t2 = x[2]
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, 1, 2.0 * x[1])
    x_bar = add_into(x_bar, 2, unbroadcast(t1, t2))
    x_bar = add_into(x_bar, 0, unbroadcast(t2, t1))
    return x_bar
