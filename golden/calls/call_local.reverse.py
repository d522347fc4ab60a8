# s2s show ../../tests/cases/calls.py::call_local --wrt 0
def call_local_grad(x):
    t1 = np.sin(x)
    x_bar = (t1 + t1) * np.cos(x)
    x_bar = x_bar + x
    x_bar = x_bar + x
    return x_bar
