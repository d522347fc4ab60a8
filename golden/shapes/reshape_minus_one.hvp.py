# s2s show tests/cases/shapes.py::reshape_minus_one --mode hvp --wrt 0,1
def reshape_minus_one_hvp(x, v, x_dot, v_dot):
    t1 = (-1,)
    t2 = np.reshape(x, t1)
    t3 = 3, -1
    v_bar_dot = reshape_like(unreduce(1.0, np.reshape(v, t3) ** 2) * 2 * np.reshape(v_dot, t3), v)
    t4 = unreduce(1.0, t2 * v)
    v_bar_dot = v_bar_dot + unbroadcast(t4 * np.reshape(x_dot, t1), v)
    x_bar_dot = reshape_like(unbroadcast(t4 * v_dot, t2), x)
    return x_bar_dot, v_bar_dot
