# s2s show ../../tests/cases/statements.py::fixed_depth_recursion --mode reverse --wrt 0
def fixed_depth_recursion_grad(x):
    t1 = np.cos(x)
    result = t1 * x
    t2 = np.cos(result)
    result_1 = t2 * x
    t3 = x * np.sin(result_1)
    x_bar = np.cos(result_1) - t2 * t3
    t4 = np.sin(result) * (x * t3)
    x_bar = x_bar + t1 * t4
    x_bar = x_bar - x * t4 * np.sin(x)
    return x_bar
