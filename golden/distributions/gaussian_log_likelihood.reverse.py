# s2s show ../../tests/cases/distributions.py::gaussian_log_likelihood --mode reverse --wrt 0,1
def gaussian_log_likelihood_grad(mu, log_sigma):
    t1 = np.exp(log_sigma)
    z = (DATA - mu) / t1
    t2 = -0.5 * z ** 2 - np.log(t1) - 0.5 * np.log(2 * np.pi)
    t2_bar = broadcast_like(1.0, t2)
    t3 = z * t2_bar
    z_bar = -t3
    t1_bar = unbroadcast(-t2_bar / t1, t1) + unbroadcast(t3 * z / t1, t1)
    log_sigma_bar = t1_bar * t1
    mu_bar = -unbroadcast(z_bar / t1, mu)
    return mu_bar, log_sigma_bar
