# s2s show tests/cases/linalg.py::norm_vector --mode hvp --wrt 0
def norm_vector_hvp(x, x_dot):
    t1 = np.linalg.norm(x)
    x_bar_dot = x_dot * unreduce(1.0 / t1, x) + x * unreduce(-(np.sum(x * x_dot) / t1 / t1) / t1, x)
    return x_bar_dot
