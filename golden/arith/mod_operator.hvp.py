# s2s show ../../tests/cases/arith.py::mod_operator --mode hvp --wrt 0,1
def mod_operator_hvp(x, y, x_dot, y_dot):
    t1 = x % 1.5
    t2 = broadcast_like(1.0, t1 * y + x % y)
    y_bar = unbroadcast(t2 * t1, y) - unbroadcast(x // y * t2, y)
    x_bar = unbroadcast(t2, x) + unbroadcast(t2 * y, x)
    return broadcast_like(unbroadcast(t2 * y_dot, x), x_bar), broadcast_like(unbroadcast(t2 * x_dot, y), y_bar)
