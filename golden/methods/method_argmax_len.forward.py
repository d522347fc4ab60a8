# s2s show ../../tests/cases/methods.py::method_argmax_len --mode forward --wrt 0
def method_argmax_len_jvp(x, x_dot):
    t1 = np.argmax(x)
    t2 = len(x)
    t3 = np.argmin(x)
    return x[t1] * t2 + x[t3], x_dot[t1] * t2 + x_dot[t3]
