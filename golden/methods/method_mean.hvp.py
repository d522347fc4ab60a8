# s2s show ../../tests/cases/methods.py::method_mean --mode hvp --wrt 0
def method_mean_hvp(x, x_dot):
    t1 = np.mean(x, axis=1, keepdims=True)
    x_bar_dot = np.mean(x_dot, axis=1, keepdims=True) + unbroadcast(x_dot, t1) / (np.size(x) / np.size(t1))
    x_bar_dot = broadcast_like(x_bar_dot, x)
    return x_bar_dot
