# s2s show ../../tests/cases/calls.py::call_with_int_arg --wrt 0
def call_with_int_arg_grad(x):
    r = range(2)
    y_all = rows_for(r)
    y = x
    for _ in r:
        y_1 = y * x
        y_all.append(y)
        y = y_1
    r1 = range(1)
    y_all_1 = rows_for(r1)
    y_1 = x
    for _ in r1:
        y_2 = y_1 * x
        y_all_1.append(y_1)
        y_1 = y_2
    y_bar = broadcast_like(1.0, y + y_1)
    y_1_bar, t1 = y_bar, rows_for(r1, reverse=True)
    for _ in reversed(r1):
        y = y_all_1[_]
        y_1_bar_1 = y_1_bar * x
        t1.append(y_1_bar * y)
        y_1_bar = y_1_bar_1
    x_bar = unbroadcast_sum(stack_rows(t1), x)
    x_bar = x_bar + unbroadcast(y_1_bar, x)
    t2 = rows_for(r, reverse=True)
    for _ in reversed(r):
        y = y_all[_]
        y_bar_1 = y_bar * x
        t2.append(y_bar * y)
        y_bar = y_bar_1
    x_bar = x_bar + unbroadcast_sum(stack_rows(t2), x)
    x_bar = x_bar + unbroadcast(y_bar, x)
    return x_bar
