# s2s show tests/cases/calls.py::call_with_control_flow --wrt 0
def call_with_control_flow_grad(x):
    t1 = np.sum(x) > 0
    if t1:
        result = x * 2.0
    else:
        result = -x
    t2 = result * x
    t2_bar = unreduce(1.0, t2)
    result_bar = t2_bar * x
    x_bar = t2_bar * result
    if t1:
        x_bar_1 = x_bar + result_bar * 2.0
    else:
        x_bar_1 = x_bar - result_bar
    return np.sum(t2), x_bar_1
