# s2s show ../../tests/cases/reductions.py::sum_scales_array --mode forward --wrt 0
def sum_scales_array_jvp(x, x_dot):
    s = np.sum(x)
    s_dot = np.sum(x_dot)
    if s > 0:
        t1 = x ** 2
        result = np.sum(t1 * s)
        result_dot = np.sum(x_dot * 2 * x * s + t1 * s_dot)
    else:
        t2 = np.exp(x)
        result = np.sum(t2 * s)
        result_dot = np.sum(x_dot * t2 * s + t2 * s_dot)
    return result, result_dot
