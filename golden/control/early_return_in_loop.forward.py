# s2s show ../../tests/cases/control.py::early_return_in_loop --mode forward --wrt 0
def early_return_in_loop_jvp(x, x_dot):
    r = range(3)
    n = len(r)
    acc, j, result, returned, acc_dot, result_dot = 1.0, 0, None, False, 0.0, zeros_like(None)
    while j < n and (not returned):
        i = r[j]
        j = j + 1
        t1 = x[i]
        t1_dot = x_dot[i]
        if t1 > 2.0:
            result_1 = acc * t1
            result_1_dot = acc_dot * t1 + acc * t1_dot
            result, returned, result_dot = result_1, True, result_1_dot
        else:
            acc_dot = acc_dot * t1 + acc * t1_dot
            acc = acc * t1 + 1.0
    if returned:
        acc, acc_dot = result, result_dot
    return acc, acc_dot
