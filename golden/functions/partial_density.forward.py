# s2s show ../../tests/cases/functions.py::partial_density --mode forward --wrt 0,1,2
def partial_density_jvp(x, mu, sigma, x_dot, mu_dot, sigma_dot):
    t1 = (x - mu) / sigma
    t4 = -0.5 * ((x_dot - mu_dot - t1 * sigma_dot) / sigma * 2 * t1)
    t2 = np.exp(-0.5 * t1 ** 2)
    t3 = t2 + 1.0
    return np.sum(np.log(t3)), np.sum(t4 * t2 / t3)
