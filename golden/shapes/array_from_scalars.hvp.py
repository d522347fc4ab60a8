# s2s show ../../tests/cases/shapes.py::array_from_scalars --mode hvp --wrt 0,1
def array_from_scalars_hvp(a, b, a_dot, b_dot):
    v = np.array([a, b, a * b])
    v_dot = np.array([a_dot, b_dot, a_dot * b + a * b_dot])
    t1 = np.array([1.0, 2.0, 3.0]) * 2
    v_bar = t1 * v
    v_bar_dot = t1 * v_dot
    v_bar = unbroadcast(v_bar, v)
    v_bar_dot = unbroadcast(v_bar_dot, v)
    a_bar_dot = v_bar_dot[0]
    b_bar_dot = v_bar_dot[1]
    t2 = v_bar[2]
    t2_dot = v_bar_dot[2]
    a_bar_dot = a_bar_dot + unbroadcast(t2_dot * b + t2 * b_dot, a)
    b_bar_dot = b_bar_dot + unbroadcast(t2_dot * a + t2 * a_dot, b)
    return a_bar_dot, b_bar_dot
