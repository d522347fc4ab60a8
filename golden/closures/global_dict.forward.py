# s2s show ../../tests/cases/closures.py::global_dict --mode forward --wrt 0
def global_dict_jvp(x, x_dot):
    t1 = CONFIG['alpha']
    t2 = CONFIG['power']
    t3 = np.sum(x_dot * t2 * x ** np.where(t2 == 0, 0, t2 - 1))
    return t1 * np.sum(x ** t2), t1 * t3
