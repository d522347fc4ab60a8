# s2s show ../../tests/cases/calls.py::call_with_control_flow --mode forward --wrt 0
def call_with_control_flow_jvp(x, x_dot):
    if np.sum(x) > 0:
        result = x * 2.0
        result_dot = x_dot * 2.0
    else:
        result = -x
        result_dot = -x_dot
    return np.sum(result * x), np.sum(result_dot * x + result * x_dot)
