# s2s show ../../tests/cases/classes.py::gaussian_nll --mode reverse --wrt 0,1
def gaussian_nll_grad(mu, log_sigma, data):
    sigma = np.exp(log_sigma)
    z = (data - mu) / sigma
    t1 = -0.5 * z ** 2 - log_sigma - 0.5 * np.log(2 * np.pi)
    t1_bar = broadcast_like(-1.0, t1)
    t2 = z * t1_bar
    z_bar = -t2
    sigma_bar = t2 * z / sigma
    log_sigma_bar = unbroadcast(sigma_bar * sigma, log_sigma) - unbroadcast(t1_bar, log_sigma)
    mu_bar = -unbroadcast(z_bar / sigma, mu)
    return mu_bar, log_sigma_bar
