# s2s show ../../tests/cases/distributions.py::gaussian_log_likelihood --mode forward --wrt 0,1
def gaussian_log_likelihood_jvp(mu, log_sigma, mu_dot, log_sigma_dot):
    t1 = np.exp(log_sigma)
    t1_dot = log_sigma_dot * t1
    z = (DATA - mu) / t1
    z_dot = (-mu_dot - z * t1_dot) / t1
    t2 = -0.5 * z ** 2 - np.log(t1) - 0.5 * np.log(2 * np.pi)
    t3 = np.sum(broadcast_like(-0.5 * (z_dot * 2 * z) - t1_dot / t1, t2))
    return np.sum(t2), t3
