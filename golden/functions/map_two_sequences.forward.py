# s2s show ../../tests/cases/functions.py::map_two_sequences --mode forward --wrt 0,1
def map_two_sequences_jvp(x, y, x_dot, y_dot):
    items = []
    items_dot = zeros_like(items)
    for i in range(min(len(x), len(y))):
        t1 = x[i]
        t2 = y[i]
        t3 = np.cos(t2)
        t4 = x_dot[i] * t3 - t1 * (y_dot[i] * np.sin(t2))
        items.append(t1 * t3)
        items_dot.append(t4)
    return np.sum(np.array(items)), np.sum(np.array(items_dot))
