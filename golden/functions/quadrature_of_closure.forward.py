# s2s show ../../tests/cases/functions.py::quadrature_of_closure --mode forward --wrt 0,1
def quadrature_of_closure_jvp(lo, hi, lo_dot, hi_dot):
    h = (hi - lo) / 8
    h_dot = (hi_dot - lo_dot) / 8
    t1 = np.exp(-(lo * lo))
    t2 = np.exp(-(hi * hi))
    t5 = -(2.0 * (t1 * (lo_dot * lo + lo * lo_dot))) - 2.0 * (t2 * (hi_dot * hi + hi * hi_dot))
    total = 0.5 * (2.0 * t1 + 2.0 * t2)
    total_dot = 0.5 * t5
    for k in range(1, 8):
        t3 = lo + k * h
        t3_dot = lo_dot + k * h_dot
        t4 = np.exp(-(t3 * t3))
        total = total + 2.0 * t4
        total_dot = total_dot - 2.0 * (t4 * (t3_dot * t3 + t3 * t3_dot))
    return h * total, h_dot * total + h * total_dot
