# s2s show ../../tests/cases/linalg.py::norm_vector --wrt 0
def norm_vector_grad(x):
    x_bar = norm_vjp(1.0, x, np.linalg.norm(x))
    return x_bar
