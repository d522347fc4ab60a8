# s2s show ../../tests/cases/arith.py::broadcast_row --wrt 0,1 --backend jax
def broadcast_row_grad(x, b):
    t1 = x + b
    t2 = x - b
    t2_bar = unbroadcast(t1, t2)
    t1_bar = unbroadcast(t2, t1)
    x_bar = unbroadcast(t2_bar, x) + unbroadcast(t1_bar, x)
    b_bar = unbroadcast(t1_bar, b) - unbroadcast(t2_bar, b)
    return x_bar, b_bar
