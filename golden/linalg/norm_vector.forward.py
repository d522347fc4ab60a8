# s2s show ../../tests/cases/linalg.py::norm_vector --mode forward --wrt 0
def norm_vector_jvp(x, x_dot):
    t1 = np.linalg.norm(x)
    return t1, np.sum(norm_vjp(1.0, x, t1) * x_dot)
