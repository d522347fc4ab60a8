# s2s show ../../tests/cases/calls.py::call_with_control_flow --wrt 0
def call_with_control_flow_grad(x):
    t1 = np.sum(x) > 0
    if t1:
        result = x * 2.0
    else:
        result = -x
    if t1:
        x_bar = result + x * 2.0
    else:
        x_bar = result - x
    return x_bar
