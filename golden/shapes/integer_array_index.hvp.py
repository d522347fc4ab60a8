# s2s show tests/cases/shapes.py::integer_array_index --mode hvp --wrt 0
def integer_array_index_hvp(x, x_dot):
    t1 = np.array([4, 4, 1])
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, t1, unreduce(1.0, x[t1] * 3.0) * 3.0)
    x_bar_dot = add_into(zeros_like(x_bar), IDX, unreduce(1.0, x[IDX] ** 2) * 2 * x_dot[IDX])
    return x_bar_dot
