# s2s show tests/cases/distributions.py::dirichlet_concentration --mode reverse --wrt 0
def dirichlet_concentration_grad(alpha):
    x = np.array([0.2, 0.3, 0.5])
    t1 = np.transpose(x)
    t2 = np.transpose(scipy.special.xlogy(alpha - 1, t1))
    t3 = np.sum(alpha)
    alpha_bar = digamma(t3) - digamma(alpha)
    alpha_bar = alpha_bar + unbroadcast(untranspose(broadcast_like(np.expand_dims(1.0, 0), t2)) * np.log(t1), alpha)
    return np.sum(t2, axis=0) + scipy.special.gammaln(t3) - np.sum(scipy.special.gammaln(alpha)), alpha_bar
