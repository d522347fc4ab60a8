# s2s show ../../tests/cases/classes.py::layers_in_a_list --mode forward --wrt 0,1
def layers_in_a_list_jvp(W, V, x, W_dot, V_dot):
    t1 = np.tanh(W @ x)
    t2 = V @ t1
    t2_dot = V_dot @ t1 + V @ (W_dot @ x * (1 - t1 ** 2))
    t3 = np.sin(t2)
    return np.sum(t3 ** 2), np.sum(t2_dot * np.cos(t2) * 2 * t3)
