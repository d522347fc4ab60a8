# s2s show ../../tests/cases/reductions.py::max_without_keepdims_broadcast --mode hvp --wrt 0,1
def max_without_keepdims_broadcast_hvp(x, w, x_dot, w_dot):
    t1 = np.max(x)
    t2 = np.exp(x - t1)
    t2_dot = (x_dot - np.sum(x_dot * unreduce_extremum(1.0, x, t1))) * t2
    t3 = w_dot * t2 + w * t2_dot
    x_bar_dot = unbroadcast(t3, x) + unreduce_extremum(-t3, x, t1)
    w_bar_dot = unbroadcast(t2_dot, w)
    return x_bar_dot, w_bar_dot
