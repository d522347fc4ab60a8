# s2s show ../../tests/cases/arith.py::broadcast_python_scalar --wrt 0,1
def broadcast_python_scalar_grad(s, x):
    t1 = 1.0 + x ** 2
    t2 = s ** 2 / t1
    t3 = broadcast_like(1.0, s * x + t2)
    x_bar = -(t2 * t3) / t1 * 2 * x
    s_bar = t3 / t1 * 2 * s
    s_bar = unbroadcast(s_bar, s) + unbroadcast(t3 * x, s)
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t3 * s, x)
    return s_bar, x_bar
