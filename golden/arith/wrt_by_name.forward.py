# s2s show ../../tests/cases/arith.py::wrt_by_name --mode forward --wrt w,x
def wrt_by_name_jvp(w, x, w_dot, x_dot):
    t1 = np.tanh(w @ x)
    t2 = t1 ** 2
    t3 = (w_dot @ x + w @ x_dot) * (1 - t2) * 2 * t1
    return np.sum(t2), np.sum(t3)
