# s2s show ../../tests/cases/shapes.py::ellipsis_index --wrt 0 --backend jax
def ellipsis_index_grad(x):
    t1 = x[..., 0]
    t2 = x[..., 1]
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, (0, ...), 2.0 * x[0, ...])
    x_bar = add_at(x_bar, (..., 1), unbroadcast(t1, t2))
    x_bar = add_at(x_bar, (..., 0), unbroadcast(t2, t1))
    return x_bar
