# s2s show ../../tests/cases/statements.py::dict_of_parameters --mode forward --wrt 0,1
def dict_of_parameters_jvp(W, b, x, W_dot, b_dot):
    b = b * 0.5
    b_dot_1 = b_dot * 0.5
    reg = np.sum(W ** 2) + np.sum(b ** 2)
    reg_dot = np.sum(W_dot * 2 * W) + np.sum(b_dot * b)
    t1 = np.exp(W @ x + b)
    result = np.log1p(t1)
    result_dot = (W_dot @ x + b_dot_1) * t1 / (1 + t1)
    return np.sum(result ** 2) + 0.01 * reg, np.sum(result_dot * 2 * result) + 0.01 * reg_dot
