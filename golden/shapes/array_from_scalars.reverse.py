# s2s show ../../tests/cases/shapes.py::array_from_scalars --wrt 0,1
def array_from_scalars_grad(a, b):
    v = np.array([a, b, a * b])
    v_bar = np.array([1.0, 2.0, 3.0]) * 2 * v
    v_bar = unbroadcast(v_bar, v)
    a_bar = v_bar[0]
    b_bar = v_bar[1]
    t1 = v_bar[2]
    a_bar = a_bar + unbroadcast(t1 * b, a)
    b_bar = b_bar + unbroadcast(t1 * a, b)
    return a_bar, b_bar
