# s2s show ../../tests/cases/distributions.py::gamma_and_beta_priors --mode forward --wrt 0,1
def gamma_and_beta_priors_jvp(a, b, a_dot, b_dot):
    x = np.array([0.2, 0.5, 0.7])
    z = x / 2.0
    t1 = a - 1
    t2 = digamma(a)
    t3 = -x
    t4 = digamma(a + b)
    t6 = a_dot * np.log(x) + b_dot * np.log1p(t3) - (a_dot * (t2 - t4) + b_dot * (digamma(b) - t4))
    t5 = scipy.special.xlogy(t1, z) - z - scipy.special.gammaln(a) - np.log(2.0) + (scipy.special.xlogy(t1, x) + scipy.special.xlog1py(b - 1, t3) - scipy.special.betaln(a, b))
    t7 = np.sum(broadcast_like(a_dot * np.log(z) - a_dot * t2 + t6, t5))
    return np.sum(t5), t7
