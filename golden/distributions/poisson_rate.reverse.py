# s2s show ../../tests/cases/distributions.py::poisson_rate --mode reverse --wrt 0
def poisson_rate_grad(log_rate):
    t1 = np.exp(log_rate)
    t2 = broadcast_like(1.0, scipy.special.xlogy(COUNTS, t1) - scipy.special.gammaln(COUNTS + 1) - t1)
    log_rate_bar = (unbroadcast(t2 * COUNTS / t1, t1) - unbroadcast(t2, t1)) * t1
    return log_rate_bar
