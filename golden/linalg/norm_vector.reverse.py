# s2s show tests/cases/linalg.py::norm_vector --wrt 0
def norm_vector_grad(x):
    t1 = np.linalg.norm(x)
    x_bar = x * unreduce(1.0 / t1, x)
    return t1, x_bar
