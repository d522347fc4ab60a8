# s2s show ../../tests/cases/inplace.py::augassign_broadcast_inplace --wrt 0,1 --backend jax
def augassign_broadcast_inplace_grad(x, b):
    y = x + b
    y_1 = y * b
    y_1_bar = 2.0 * y_1
    y_bar = y_1_bar * b
    b_bar = y_1_bar * y
    b_bar = unbroadcast(b_bar, b) + unbroadcast(y_bar, b)
    x_bar = unbroadcast(y_bar, x)
    return x_bar, b_bar
