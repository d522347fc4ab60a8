# s2s show ../../tests/cases/shapes.py::reshape_minus_one --mode hvp --wrt 0,1
def reshape_minus_one_hvp(x, v, x_dot, v_dot):
    t1 = (-1,)
    v_bar_dot = reshape_like(2.0 * np.reshape(v_dot, (3, -1)), v)
    v_bar_dot = v_bar_dot + unbroadcast(np.reshape(x_dot, t1), v)
    x_bar_dot = reshape_like(unbroadcast(v_dot, np.reshape(x, t1)), x)
    return x_bar_dot, v_bar_dot
