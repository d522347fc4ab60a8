# s2s show ../../tests/cases/classes.py::gaussian_default_field --mode reverse --wrt 0,1
def gaussian_default_field_grad(mu, data):
    t1 = data - mu
    t3 = broadcast_like(-1.0, -0.5 * t1 ** 2 - 0.5 * np.log(2 * np.pi))
    t2 = t1 * t3
    mu_bar = unbroadcast(t2, mu)
    data_bar = -unbroadcast(t2, data)
    return mu_bar, data_bar
