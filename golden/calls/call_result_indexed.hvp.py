# s2s show ../../tests/cases/calls.py::call_result_indexed --mode hvp --wrt 0
def call_result_indexed_hvp(x, x_dot):
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, np.s_[1:], broadcast_like(x_dot[0], x[1:]))
    x_bar_dot = add_into(x_bar_dot, 0, np.sum(x_dot[1:]))
    return x_bar_dot
