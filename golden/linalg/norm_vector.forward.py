# s2s show tests/cases/linalg.py::norm_vector --mode forward --wrt 0
def norm_vector_jvp(x, x_dot):
    t1 = np.linalg.norm(x)
    return t1, np.sum(x * x_dot) / t1
