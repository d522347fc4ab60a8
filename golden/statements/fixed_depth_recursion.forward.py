# s2s show ../../tests/cases/statements.py::fixed_depth_recursion --mode forward --wrt 0
def fixed_depth_recursion_jvp(x, x_dot):
    t1 = np.cos(x)
    result = t1 * x
    result_dot = t1 * x_dot - x * (x_dot * np.sin(x))
    t2 = np.cos(result)
    t3 = result_dot * np.sin(result)
    result = t2 * x
    result_dot = t2 * x_dot - x * t3
    t4 = np.cos(result)
    t5 = result_dot * np.sin(result)
    result = t4 * x
    result_dot = t4 * x_dot - x * t5
    return np.sum(result), np.sum(result_dot)
