# s2s show ../../tests/cases/lowering.py::max_in_loop --mode forward --wrt 0,1
def max_in_loop_jvp(x, s, x_dot, s_dot):
    t1 = np.sin(x)
    t1_dot = x_dot * np.cos(x)
    for _ in range(4):
        a = t1 * s
        a_dot = t1_dot * s + t1 * s_dot
        s = np.max(a)
        s_dot = np.sum(a_dot * unreduce_extremum(1.0, a, s))
    return s, s_dot
