# s2s show ../../tests/cases/methods.py::method_mean --mode forward --wrt 0
def method_mean_jvp(x, x_dot):
    t1 = np.mean(x, axis=1, keepdims=True)
    t2 = np.mean(x_dot) + np.sum(np.mean(x_dot, axis=1, keepdims=True) * x + t1 * x_dot)
    return np.mean(x) + np.sum(t1 * x), t2
