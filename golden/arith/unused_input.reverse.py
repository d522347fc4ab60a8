# s2s show tests/cases/arith.py::unused_input --wrt 0,1
def unused_input_grad(x, y):
    t1 = x * x
    x_bar = unreduce(1.0, t1) * x
    x_bar = x_bar + x_bar
    y_bar = zeros_like(y)
    return np.sum(t1), x_bar, y_bar
