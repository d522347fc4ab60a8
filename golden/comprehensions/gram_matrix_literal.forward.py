# s2s show ../../tests/cases/comprehensions.py::gram_matrix_literal --mode forward --wrt 0
def gram_matrix_literal_jvp(v, v_dot):
    items = []
    r = range(3)
    items_dot = zeros_like(items)
    for i in r:
        items2 = []
        t1 = v[i]
        t1_dot = v_dot[i]
        items2_dot = zeros_like(items2)
        for j in r:
            t2 = v[j]
            items2 = list(items2)
            items2.append(t1 * t2)
            items2_dot = list(items2_dot)
            items2_dot.append(t1_dot * t2 + t1 * v_dot[j])
        items.append(items2)
        items_dot.append(items2_dot)
    G = np.array(items)
    G_dot = np.array(items_dot)
    return np.sum(G @ G), np.sum(G_dot @ G + G @ G_dot)
