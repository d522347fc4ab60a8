# s2s show ../../tests/cases/distributions.py::poisson_rate --mode forward --wrt 0
def poisson_rate_jvp(log_rate, log_rate_dot):
    t1 = np.exp(log_rate)
    t1_dot = log_rate_dot * t1
    t2 = scipy.special.xlogy(COUNTS, t1) - scipy.special.gammaln(COUNTS + 1) - t1
    return np.sum(t2), np.sum(broadcast_like(t1_dot * COUNTS / t1 - t1_dot, t2))
