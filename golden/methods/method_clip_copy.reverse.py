# s2s show ../../tests/cases/methods.py::method_clip_copy --wrt 0
def method_clip_copy_grad(x):
    y = np.copy(x)
    y_bar = x * clip_inside(y, -0.5, 0.5)
    y_bar = unbroadcast(y_bar, y)
    x_bar = unbroadcast(np.clip(y, -0.5, 0.5), x) + y_bar
    return x_bar
