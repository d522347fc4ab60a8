# s2s show ../../tests/cases/functions.py::partial_of_numpy --mode reverse --wrt 0
def partial_of_numpy_grad(x):
    x_bar = np.cos(np.multiply(3.0, x)) * 3.0
    return x_bar
