# s2s show ../../tests/cases/control.py::early_return_nested --mode forward --wrt 0
def early_return_nested_jvp(x, limit, x_dot):
    s = np.sum(x)
    s_dot = np.sum(x_dot)
    if s > 1.0:
        if s > limit:
            result = s * 2.0
            result_dot = s_dot * 2.0
        else:
            result = np.sum(x * x)
            result_dot = np.sum(x_dot * x + x * x_dot)
            if result <= limit:
                result_1 = s * result
                result_dot = s_dot * result + s * result_dot
                result = result_1
    else:
        result = -s
        result_dot = -s_dot
    return result, result_dot
