# s2s show ../../tests/cases/closures.py::global_dict --mode hvp --wrt 0
def global_dict_hvp(x, x_dot):
    t1 = CONFIG['power']
    t2 = np.where(t1 == 0, 0, t1 - 1)
    x_bar_dot = CONFIG['alpha'] * t1 * (x_dot * t2 * x ** np.where(t2 == 0, 0, t2 - 1))
    x_bar_dot = unbroadcast(x_bar_dot, x)
    return x_bar_dot
