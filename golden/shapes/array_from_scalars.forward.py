# s2s show ../../tests/cases/shapes.py::array_from_scalars --mode forward --wrt 0,1
def array_from_scalars_jvp(a, b, a_dot, b_dot):
    v = np.array([a, b, a * b])
    v_dot = np.array([a_dot, b_dot, a_dot * b + a * b_dot])
    t1 = np.array([1.0, 2.0, 3.0])
    return np.sum(v ** 2 * t1), np.sum(v_dot * 2 * v * t1)
