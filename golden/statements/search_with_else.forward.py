# s2s show ../../tests/cases/statements.py::search_with_else --mode forward --wrt 0
def search_with_else_jvp(x, x_dot):
    n = len(x)
    broke, i, total, total_dot = False, 0, 0.0, 0.0
    while i < n and (not broke):
        v = x[i]
        v_dot = x_dot[i]
        i = i + 1
        if v > 2.5:
            total_1 = total + v
            total_1_dot = total_dot + v_dot
            broke, total, total_dot = True, total_1, total_1_dot
        else:
            total = total + v ** 2
            total_dot = total_dot + v_dot * 2 * v
    if not broke:
        total_1 = total * 0.5
        total_1_dot = total_dot * 0.5
    else:
        total_1, total_1_dot = total, total_dot
    return total_1, total_1_dot
