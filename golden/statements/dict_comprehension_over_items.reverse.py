# s2s show ../../tests/cases/statements.py::dict_comprehension_over_items --mode reverse --wrt 0,1
def dict_comprehension_over_items_grad(W, b):
    b = 0.9 * b
    b_bar = np.exp(b) * 0.9
    W_bar = W * 1.62
    return W_bar, b_bar
