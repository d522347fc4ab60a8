# s2s show tests/cases/arith.py::broadcast_python_scalar --mode hvp --wrt 0,1
def broadcast_python_scalar_hvp(s, x, s_dot, x_dot):
    t4 = x_dot * 2 * x
    t1 = 1.0 + x ** 2
    t2 = s ** 2 / t1
    t5 = unreduce(1.0, s * x + t2)
    t6 = t5 / t1
    t3 = -t5
    t1_bar = t3 * t2 / t1
    x_bar_dot = (t3 * ((s_dot * 2 * s - t2 * t4) / t1) - t1_bar * t4) / t1 * 2 * x + t1_bar * 2 * x_dot
    s_bar_dot = -(t6 * t4) / t1 * 2 * s + t6 * 2 * s_dot
    s_bar_dot = unbroadcast(s_bar_dot, s) + unbroadcast(t5 * x_dot, s)
    x_bar_dot = unbroadcast(x_bar_dot, x) + unbroadcast(t5 * s_dot, x)
    return s_bar_dot, x_bar_dot
