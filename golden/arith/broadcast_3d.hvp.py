# s2s show ../../tests/cases/arith.py::broadcast_3d --mode hvp --wrt 0,1,2
def broadcast_3d_hvp(x, c, r, x_dot, c_dot, r_dot):
    t1 = x * c + r
    t1_dot = x_dot * c + x * c_dot + r_dot
    t2 = np.cos(t1)
    t1_bar = r * t2
    t1_bar_dot = r_dot * t2 - r * (t1_dot * np.sin(t1))
    r_bar_dot = unbroadcast(t1_dot * t2, r) + unbroadcast(t1_bar_dot, r)
    x_bar_dot = t1_bar_dot * c + t1_bar * c_dot
    c_bar_dot = t1_bar_dot * x + t1_bar * x_dot
    x_bar_dot = unbroadcast(x_bar_dot, x)
    c_bar_dot = unbroadcast(c_bar_dot, c)
    return x_bar_dot, c_bar_dot, r_bar_dot
