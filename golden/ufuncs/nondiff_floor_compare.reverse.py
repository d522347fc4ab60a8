# s2s show ../../tests/cases/ufuncs.py::nondiff_floor_compare --wrt 0
def nondiff_floor_compare_grad(x):
    t1 = np.floor(x)
    t2 = x > 0
    t3 = t1 * x + t2 * x + np.round(x) + np.ceil(x)
    t3_bar = broadcast_like(1.0, t3)
    x_bar = t3_bar * t2
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t3_bar * t1, x)
    return x_bar
