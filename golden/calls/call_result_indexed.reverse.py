# s2s show ../../tests/cases/calls.py::call_result_indexed --wrt 0
def call_result_indexed_grad(x):
    t1 = x[1:]
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, np.s_[1:], broadcast_like(x[0], t1))
    x_bar = add_into(x_bar, 0, np.sum(t1))
    return x_bar
