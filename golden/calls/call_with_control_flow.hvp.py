# s2s show tests/cases/calls.py::call_with_control_flow --mode hvp --wrt 0
def call_with_control_flow_hvp(x, x_dot):
    t1 = np.sum(x) > 0
    if t1:
        result = x * 2.0
        result_dot_1 = x_dot * 2.0
    else:
        result = -x
        result_dot_1 = -x_dot
    t2 = unreduce(1.0, result * x)
    result_dot = t2 * x_dot
    x_bar_dot = t2 * result_dot_1
    if t1:
        x_bar_dot_1 = x_bar_dot + result_dot * 2.0
    else:
        x_bar_dot_1 = x_bar_dot - result_dot
    return x_bar_dot_1
