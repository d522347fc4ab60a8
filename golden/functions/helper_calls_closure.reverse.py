# s2s show ../../tests/cases/functions.py::helper_calls_closure --mode reverse --wrt 0,1
def helper_calls_closure_grad(x, a):
    t1 = np.tanh(a * x)
    t2 = t1 + x
    t3 = np.tanh(a * t2)
    t4 = broadcast_like(1.0, t3 + t2)
    t5 = t4 * (1 - t3 ** 2)
    a_bar = t5 * t2
    t2_bar = unbroadcast(t4, t2) + unbroadcast(t5 * a, t2)
    t6 = t2_bar * (1 - t1 ** 2)
    a_bar = unbroadcast(a_bar, a) + unbroadcast(t6 * x, a)
    x_bar = unbroadcast(t2_bar, x) + unbroadcast(t6 * a, x)
    return x_bar, a_bar
