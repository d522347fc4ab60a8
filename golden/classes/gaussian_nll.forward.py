# s2s show ../../tests/cases/classes.py::gaussian_nll --mode forward --wrt 0,1
def gaussian_nll_jvp(mu, log_sigma, data, mu_dot, log_sigma_dot):
    sigma = np.exp(log_sigma)
    sigma_dot = log_sigma_dot * sigma
    z = (data - mu) / sigma
    z_dot = (-mu_dot - z * sigma_dot) / sigma
    t1 = -0.5 * z ** 2 - log_sigma - 0.5 * np.log(2 * np.pi)
    t2 = -np.sum(broadcast_like(-0.5 * (z_dot * 2 * z) - log_sigma_dot, t1))
    return -np.sum(t1), t2
