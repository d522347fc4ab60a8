# s2s show ../../tests/cases/functions.py::partial_density --mode reverse --wrt 0,1,2
def partial_density_grad(x, mu, sigma):
    t1 = (x - mu) / sigma
    t2 = np.exp(-0.5 * t1 ** 2)
    t3 = t1 * (t2 / (t2 + 1.0))
    t4 = -t3 / sigma
    sigma_bar = t3 * t1 / sigma
    x_bar = unbroadcast(t4, x)
    mu_bar = -unbroadcast(t4, mu)
    sigma_bar = unbroadcast(sigma_bar, sigma)
    return x_bar, mu_bar, sigma_bar
