# s2s show ../../tests/cases/comprehensions.py::weighted_pairs --mode reverse --wrt 0,1
def weighted_pairs_grad(xs, ws):
    r = range(min(len(xs), len(ws)))
    t4 = rows_for(r)
    for i in r:
        t4.append(np.exp(-xs[i] ** 2))
    ws_bar = zeros_like(ws)
    xs_bar = zeros_like(xs)
    for i1 in reversed(r):
        t1 = xs[i1]
        t2 = ws[i1]
        t3 = t4[i1]
        ws_bar = add_into(ws_bar, i1, unbroadcast(t3, t2))
        xs_bar = add_into(xs_bar, i1, -unbroadcast(t1 * (2 * (t2 * t3)), t1))
    return xs_bar, ws_bar
