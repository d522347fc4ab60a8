# s2s show ../../tests/cases/arith.py::tuple_unpacking --wrt 0,1 --backend jax
def tuple_unpacking_grad(x, y):
    a = x * 2.0
    b = y + 1.0
    t1 = b * a
    t2 = b - a
    t3 = t1 * t2
    t4 = broadcast_like(1.0, t1 + t3 * x)
    t3_bar = t4 * x
    x_bar = t4 * t3
    t1_bar = unbroadcast(t4, t1) + unbroadcast(t3_bar * t2, t1)
    t2_bar = t3_bar * t1
    b_bar = unbroadcast(t2_bar, b) + unbroadcast(t1_bar * a, b)
    a_bar = unbroadcast(t1_bar * b, a) - unbroadcast(t2_bar, a)
    x_bar = unbroadcast(x_bar, x) + a_bar * 2.0
    return x_bar, b_bar
