# s2s show ../../tests/cases/calls.py::call_with_control_flow --mode hvp --wrt 0
def call_with_control_flow_hvp(x, x_dot):
    t1 = np.sum(x) > 0
    if t1:
        result_dot = x_dot * 2.0
    else:
        result_dot = -x_dot
    if t1:
        x_bar_dot = result_dot + x_dot * 2.0
    else:
        x_bar_dot = result_dot - x_dot
    return x_bar_dot
