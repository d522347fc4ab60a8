# s2s show ../../tests/cases/closures.py::global_tuple_polynomial --mode forward --wrt 0
def global_tuple_polynomial_jvp(x, x_dot):
    acc, acc_dot = 0.0, 0.0
    for i in range(len(COEFFS)):
        t1 = COEFFS[i]
        t2 = t1 * (x_dot * i * x ** np.where(i == 0, 0, i - 1))
        acc = acc + t1 * x ** i
        acc_dot = acc_dot + t2
    return np.sum(acc), np.sum(acc_dot)
