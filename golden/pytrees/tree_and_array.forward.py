# s2s show ../../tests/cases/pytrees.py::tree_and_array --mode forward --wrt 0,1
def tree_and_array_jvp(params, x, params_dot, x_dot):
    for i in range(len(params)):
        W, b = params[i]
        W_dot, b_dot = params_dot[i]
        t1 = W @ x + b
        t1_dot = W_dot @ x + W @ x_dot + b_dot
        x = np.sin(t1)
        x_dot = t1_dot * np.cos(t1)
    return np.sum(x), np.sum(x_dot)
