# s2s show ../../tests/cases/distributions.py::gamma_and_beta_priors --mode reverse --wrt 0,1
def gamma_and_beta_priors_grad(a, b):
    x = np.array([0.2, 0.5, 0.7])
    z = x / 2.0
    t1 = a - 1
    t2 = -x
    t3 = scipy.special.xlogy(t1, z) - z - scipy.special.gammaln(a) - np.log(2.0) + (scipy.special.xlogy(t1, x) + scipy.special.xlog1py(b - 1, t2) - scipy.special.betaln(a, b))
    t3_bar = broadcast_like(1.0, t3)
    t4 = digamma(a)
    t5 = digamma(a + b)
    b_bar = unbroadcast(t3_bar * np.log1p(t2), b) - unbroadcast((digamma(b) - t5) * t3_bar, b)
    a_bar = -unbroadcast((t4 - t5) * t3_bar, a) - unbroadcast(t4 * t3_bar, a)
    t1_bar = unbroadcast(t3_bar * np.log(x), t1) + unbroadcast(t3_bar * np.log(z), t1)
    a_bar = a_bar + t1_bar
    return a_bar, b_bar
