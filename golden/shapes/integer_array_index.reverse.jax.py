# s2s show ../../tests/cases/shapes.py::integer_array_index --wrt 0 --backend jax
def integer_array_index_grad(x):
    t1 = array_([4, 4, 1])
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, t1, broadcast_like(3.0, x[t1]))
    x_bar = add_at(x_bar, IDX, 2.0 * x[IDX])
    return x_bar
