# s2s show ../../tests/cases/shapes.py::reshape_minus_one --wrt 0,1
def reshape_minus_one_grad(x, v):
    t1 = np.reshape(x, (-1,))
    v_bar = reshape_like(2.0 * np.reshape(v, (3, -1)), v)
    v_bar = v_bar + unbroadcast(t1, v)
    x_bar = reshape_like(unbroadcast(v, t1), x)
    return x_bar, v_bar
