# s2s show ../../tests/cases/methods.py::method_dot --mode forward --wrt 0,1
def method_dot_jvp(A, v, A_dot, v_dot):
    t1 = np.dot(A, v)
    t2 = np.sum((np.dot(A_dot, v) + np.dot(A, v_dot)) * 2 * t1) + (np.dot(v_dot, v) + np.dot(v, v_dot))
    return np.sum(t1 ** 2) + np.dot(v, v), t2
