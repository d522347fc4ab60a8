# s2s show ../../tests/cases/linalg.py::norm_vector --wrt 0
def norm_vector_grad(x):
    t1 = np.linalg.norm(x)
    x_bar = norm_vjp(1.0, x, t1)
    return t1, x_bar
