# s2s show ../../tests/cases/shapes.py::boolean_mask_index --wrt 0
def boolean_mask_index_grad(x):
    t1 = x > 0
    t2 = np.absolute(x) < 0.5
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, t2, broadcast_like(1.0, x[t2]))
    x_bar = add_into(x_bar, t1, 2.0 * x[t1])
    return x_bar
