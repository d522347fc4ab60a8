# s2s show tests/cases/comprehensions.py::weighted_pairs --mode reverse --wrt 0,1
def weighted_pairs_grad(xs, ws):
    r = range(min(len(xs), len(ws)))
    terms, t5 = 0, []
    for i in r:
        t1 = np.exp(-xs[i] ** 2)
        terms = terms + ws[i] * t1
        t5.append(t1)
    ws_bar = zeros_like(ws)
    xs_bar = zeros_like(xs)
    for i1 in reversed(r):
        t2 = xs[i1]
        t3 = ws[i1]
        t4 = t5[i1]
        ws_bar = add_into(ws_bar, i1, unbroadcast(t4, t3))
        xs_bar = add_into(xs_bar, i1, -unbroadcast(t2 * (2 * (t3 * t4)), t2))
    return terms, xs_bar, ws_bar
