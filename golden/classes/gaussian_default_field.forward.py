# s2s show ../../tests/cases/classes.py::gaussian_default_field --mode forward --wrt 0,1
def gaussian_default_field_jvp(mu, data, mu_dot, data_dot):
    t1 = data - mu
    t2 = -0.5 * t1 ** 2 - 0.5 * np.log(2 * np.pi)
    t3 = -np.sum(broadcast_like(-0.5 * ((data_dot - mu_dot) * 2 * t1), t2))
    return -np.sum(t2), t3
