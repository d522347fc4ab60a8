# s2s show ../../tests/cases/control.py::early_return_nested_loops --mode forward --wrt 0
def early_return_nested_loops_jvp(x, x_dot):
    r = range(3)
    n = len(r)
    acc, k, result, returned, acc_dot, result_dot = 0.0, 0, None, False, 0.0, zeros_like(None)
    while k < n and (not returned):
        i = r[k]
        k = k + 1
        idx = 0
        while idx < n and (not returned):
            j = r[idx]
            idx = idx + 1
            t1 = x[i, j]
            t1_dot = x_dot[i, j]
            acc = acc + t1 ** 2
            acc_dot = acc_dot + t1_dot * 2 * t1
            if acc > 2.0:
                result_1 = acc * t1
                result_1_dot = acc_dot * t1 + acc * t1_dot
                result, returned, result_dot = result_1, True, result_1_dot
    if returned:
        acc, acc_dot = result, result_dot
    return acc, acc_dot
