# s2s show ../../tests/cases/shapes.py::boolean_mask_index --mode hvp --wrt 0
def boolean_mask_index_hvp(x, x_dot):
    t1 = x > 0
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, t1, 2.0 * x_dot[t1])
    return x_bar_dot
