# s2s show ../../tests/cases/distributions.py::dirichlet_concentration --mode reverse --wrt 0
def dirichlet_concentration_grad(alpha):
    x = np.array([0.2, 0.3, 0.5])
    t1 = np.transpose(x)
    alpha_bar = digamma(np.sum(alpha)) - digamma(alpha)
    t2 = untranspose(broadcast_like(np.expand_dims(1.0, 0), np.transpose(scipy.special.xlogy(alpha - 1, t1)))) * np.log(t1)
    alpha_bar = alpha_bar + unbroadcast(t2, alpha)
    return alpha_bar
