# s2s show ../../tests/cases/distributions.py::dirichlet_concentration --mode forward --wrt 0
def dirichlet_concentration_jvp(alpha, alpha_dot):
    x = np.array([0.2, 0.3, 0.5])
    t1 = np.transpose(x)
    t2 = np.sum(alpha)
    t4 = np.sum(np.transpose(alpha_dot * np.log(t1)), axis=0) + np.sum(alpha_dot) * digamma(t2)
    t3 = np.sum(np.transpose(scipy.special.xlogy(alpha - 1, t1)), axis=0) + scipy.special.gammaln(t2) - np.sum(scipy.special.gammaln(alpha))
    return t3, t4 - np.sum(alpha_dot * digamma(alpha))
