# s2s show ../../tests/cases/arith.py::broadcast_python_scalar --mode hvp --wrt 0,1
def broadcast_python_scalar_hvp(s, x, s_dot, x_dot):
    t3 = x_dot * 2 * x
    t1 = 1.0 + x ** 2
    t2 = s ** 2 / t1
    t4 = broadcast_like(1.0, s * x + t2)
    t5 = t4 / t1
    t6 = -((s_dot * 2 * s - t2 * t3) / t1 * t4)
    t1_bar = -(t2 * t4) / t1
    x_bar_dot = (t6 - t1_bar * t3) / t1 * 2 * x + t1_bar * 2 * x_dot
    s_bar_dot = -(t5 * t3) / t1 * 2 * s + t5 * 2 * s_dot
    s_bar_dot = unbroadcast(s_bar_dot, s) + unbroadcast(t4 * x_dot, s)
    x_bar_dot = unbroadcast(x_bar_dot, x) + unbroadcast(t4 * s_dot, x)
    return s_bar_dot, x_bar_dot
