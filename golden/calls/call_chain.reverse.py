# s2s show ../../tests/cases/calls.py::call_chain --wrt 0,1
def call_chain_grad(x, y):
    t1 = x * y
    t2 = np.sin(t1) * 2.0 + y
    t1_bar = t2 * 4.0 * np.cos(t1)
    x_bar = t1_bar * y
    y_bar = unbroadcast(2.0 * t2, y) + unbroadcast(t1_bar * x, y)
    x_bar = unbroadcast(x_bar, x)
    return x_bar, y_bar
