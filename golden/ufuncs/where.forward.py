# s2s show ../../tests/cases/ufuncs.py::where --mode forward --wrt 0,1
def where_jvp(x, y, x_dot, y_dot):
    t1 = x > 0
    t2 = np.where(t1, x * y, np.sin(y))
    t3 = broadcast_like(np.where(t1, x_dot * y + x * y_dot, y_dot * np.cos(y)), t2)
    return np.sum(t2), np.sum(t3)
