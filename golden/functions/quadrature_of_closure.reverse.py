# s2s show ../../tests/cases/functions.py::quadrature_of_closure --mode reverse --wrt 0,1
def quadrature_of_closure_grad(lo, hi):
    tape = []
    h = (hi - lo) / 8
    t1 = np.exp(-(lo * lo))
    t2 = np.exp(-(hi * hi))
    total = 0.5 * (2.0 * t1 + 2.0 * t2)
    r = range(1, 8)
    for k in r:
        t3 = lo + k * h
        t4 = np.exp(-(t3 * t3))
        total = total + 2.0 * t4
        tape.append((t3, t4))
    t4_bar = h * 2.0
    t8, t9 = [], []
    for k in reversed(r):
        t3, t4 = tape.pop()
        t5 = unbroadcast(t3 * (t4_bar * t4), t3)
        t3_bar = -t5 - t5
        t8.append(t3_bar * k)
        t9.append(t3_bar)
    h_bar = total + unbroadcast_sum(stack_rows(t8), h)
    lo_bar = unbroadcast_sum(stack_rows(t9), lo)
    t6 = unbroadcast(hi * (h * t2), hi)
    hi_bar = -t6 - t6
    t7 = unbroadcast(lo * (h * t1), lo)
    lo_bar = lo_bar - t7
    lo_bar = lo_bar - t7
    t10 = h_bar / 8
    hi_bar = hi_bar + t10
    lo_bar = lo_bar - t10
    return lo_bar, hi_bar
