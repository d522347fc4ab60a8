# s2s show ../../tests/cases/comprehensions.py::weighted_pairs --mode forward --wrt 0,1
def weighted_pairs_jvp(xs, ws, xs_dot, ws_dot):
    terms, terms_dot = 0, 0.0
    for i in range(min(len(xs), len(ws))):
        t1 = xs[i]
        t2 = ws[i]
        t3 = np.exp(-t1 ** 2)
        t4 = ws_dot[i] * t3 - t2 * (t3 * (xs_dot[i] * 2 * t1))
        terms = terms + t2 * t3
        terms_dot = terms_dot + t4
    return terms, terms_dot
