# s2s show ../../tests/cases/distributions.py::probit_likelihood --mode forward --wrt 0,1
def probit_likelihood_jvp(w, b, w_dot, b_dot):
    x = np.outer(DATA, w) + b
    x_dot = np.outer(DATA, w_dot) + b_dot
    t1 = scipy.special.log_ndtr(x)
    t2 = -x ** 2 / 2
    t3 = 2 * np.pi
    t4 = np.sqrt(t3)
    t5 = scipy.special.ndtr(x)
    t6 = x - 0.5
    t7 = np.exp(-0.5 * t6 ** 2 - 0.5 * np.log(t3))
    t8 = t5 * t7
    t8_dot = x_dot * (np.exp(t2) / t4) * t7 + t5 * (-0.5 * (x_dot * 2 * t6) * t7)
    t9 = np.sum(x_dot * (np.exp(t2 - t1) / t4)) + np.sum(broadcast_like(t8_dot, t8))
    return np.sum(t1) + np.sum(t8), t9
