# s2s show tests/cases/shapes.py::array_from_scalars --mode hvp --wrt 0,1
def array_from_scalars_hvp(a, b, a_dot, b_dot):
    v = np.array([a, b, a * b])
    v_dot = np.array([a_dot, b_dot, a_dot * b + a * b_dot])
    t1 = np.array([1.0, 2.0, 3.0])
    t2 = broadcast_like(1.0, v ** 2 * t1) * t1 * 2
    v_bar = t2 * v
    v_bar_dot = t2 * v_dot
    t3 = unbroadcast(v_bar_dot, v)
    a_bar_dot = t3[0]
    b_bar_dot = t3[1]
    t4 = unbroadcast(v_bar, v)[2]
    t4_dot = t3[2]
    a_bar_dot = a_bar_dot + unbroadcast(t4_dot * b + t4 * b_dot, a)
    b_bar_dot = b_bar_dot + unbroadcast(t4_dot * a + t4 * a_dot, b)
    return a_bar_dot, b_bar_dot
