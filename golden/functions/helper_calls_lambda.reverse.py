# s2s show ../../tests/cases/functions.py::helper_calls_lambda --mode reverse --wrt 0
def helper_calls_lambda_grad(x):
    t1 = np.sin(x)
    t2 = t1 * x
    t2_bar = np.sin(t2) + t2 * np.cos(t2)
    x_bar = t2_bar * t1
    x_bar = x_bar + t2_bar * x * np.cos(x)
    return x_bar
