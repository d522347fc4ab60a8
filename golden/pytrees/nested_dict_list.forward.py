# s2s show ../../tests/cases/pytrees.py::nested_dict_list --mode forward --wrt 0
def nested_dict_list_jvp(p, x, p_dot):
    t1 = p['layers']
    t1_dot = p_dot['layers']
    h, h_dot = x, zeros_like(x)
    for i in range(len(t1)):
        W, b = t1[i]
        W_dot, b_dot = t1_dot[i]
        t2 = h @ W + b
        t2_dot = h_dot @ W + h @ W_dot + b_dot
        h = np.maximum(t2, 0.0) + 0.1 * t2
        h_dot = np.where(t2 == 0.0, t2_dot / 2, np.where(t2 > 0.0, t2_dot, 0.0)) + 0.1 * t2_dot
    t3 = p['scale']
    t4 = h ** 2
    t5 = np.sum(p_dot['scale'] * t4 + t3 * (h_dot * 2 * h))
    return np.sum(t3 * t4), t5
