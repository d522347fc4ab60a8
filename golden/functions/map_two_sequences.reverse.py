# s2s show ../../tests/cases/functions.py::map_two_sequences --mode reverse --wrt 0,1
def map_two_sequences_grad(x, y):
    items = []
    r = range(min(len(x), len(y)))
    t4 = rows_for(r)
    for i in r:
        t1 = np.cos(y[i])
        items.append(x[i] * t1)
        t4.append(t1)
    x_bar = zeros_like(x)
    y_bar = zeros_like(y)
    items_bar = broadcast_like(1.0, np.array(items))
    for i1 in reversed(r):
        t2 = x[i1]
        t3 = y[i1]
        t5 = items_bar[-1]
        items_bar = items_bar[:-1]
        y_bar = add_into(y_bar, i1, -unbroadcast(t5 * t2 * np.sin(t3), t3))
        x_bar = add_into(x_bar, i1, unbroadcast(t5 * t4[i1], t2))
    return x_bar, y_bar
