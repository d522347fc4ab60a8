# s2s show ../../tests/cases/arith.py::broadcast_3d --wrt 0,1,2
def broadcast_3d_grad(x, c, r):
    t1 = x * c + r
    t1_bar = r * np.cos(t1)
    r_bar = unbroadcast(np.sin(t1), r) + unbroadcast(t1_bar, r)
    x_bar = t1_bar * c
    c_bar = t1_bar * x
    x_bar = unbroadcast(x_bar, x)
    c_bar = unbroadcast(c_bar, c)
    return x_bar, c_bar, r_bar
