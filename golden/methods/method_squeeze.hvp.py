# s2s show ../../tests/cases/methods.py::method_squeeze --mode hvp --wrt 0
def method_squeeze_hvp(x, x_dot):
    x_bar = reshape_like(broadcast_like(1.0, np.squeeze(x, axis=1)), x)
    x_bar = x_bar + reshape_like(2.0 * np.squeeze(x), x)
    return broadcast_like(reshape_like(2.0 * np.squeeze(x_dot), x), x_bar)
