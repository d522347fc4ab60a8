# s2s show ../../tests/cases/calls.py::call_with_int_arg --mode hvp --wrt 0
def call_with_int_arg_hvp(x, x_dot):
    r = range(2)
    y_all = rows_for(r)
    y_dot_all = rows_for(r)
    y, y_dot = x, x_dot
    for _ in r:
        y_1 = y * x
        y_1_dot = y_dot * x + y * x_dot
        y_all.append(y)
        y_dot_all.append(y_dot)
        y, y_dot = y_1, y_1_dot
    r1 = range(1)
    y_all_1 = rows_for(r1)
    y_dot_all_1 = rows_for(r1)
    y_1, y_1_dot = x, x_dot
    for _ in r1:
        y_2 = y_1 * x
        y_2_dot = y_1_dot * x + y_1 * x_dot
        y_all_1.append(y_1)
        y_dot_all_1.append(y_1_dot)
        y_1, y_1_dot = y_2, y_2_dot
    y_bar = broadcast_like(1.0, y + y_1)
    y_1_bar, y_bar_dot, t1 = y_bar, zeros_like(y_bar), rows_for(r1, reverse=True)
    for _ in reversed(r1):
        y = y_all_1[_]
        y_dot = y_dot_all_1[_]
        y_1_bar_1 = y_1_bar * x
        y_1_bar_1_dot = y_bar_dot * x + y_1_bar * x_dot
        t1.append(y_bar_dot * y + y_1_bar * y_dot)
        y_1_bar, y_bar_dot = y_1_bar_1, y_1_bar_1_dot
    x_bar_dot = unbroadcast_sum(stack_rows(t1), x)
    x_bar_dot = x_bar_dot + unbroadcast(y_bar_dot, x)
    y_bar_dot, t2 = zeros_like(y_bar), rows_for(r, reverse=True)
    for _ in reversed(r):
        y = y_all[_]
        y_dot = y_dot_all[_]
        y_bar_1 = y_bar * x
        y_bar_1_dot = y_bar_dot * x + y_bar * x_dot
        t2.append(y_bar_dot * y + y_bar * y_dot)
        y_bar, y_bar_dot = y_bar_1, y_bar_1_dot
    x_bar_dot = x_bar_dot + unbroadcast_sum(stack_rows(t2), x)
    x_bar_dot = x_bar_dot + unbroadcast(y_bar_dot, x)
    return x_bar_dot
