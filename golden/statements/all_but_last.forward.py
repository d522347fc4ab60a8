# s2s show ../../tests/cases/statements.py::all_but_last --mode forward --wrt 0
def all_but_last_jvp(x, x_dot):
    init = x[0:-1]
    init_dot = x_dot[0:-1]
    last = x[-1]
    last_dot = x_dot[-1]
    t1 = np.array(init)
    t2 = np.sum(t1 ** 2)
    t3 = np.sum(np.array(init_dot) * 2 * t1) * last + t2 * last_dot
    return t2 * last, t3
