# s2s show ../../tests/cases/comprehensions.py::fourier_energy --mode forward --wrt 0
def fourier_energy_jvp(x, x_dot):
    terms, terms_dot = 0, 0.0
    for k in range(1, 4):
        t1 = k * x
        t2 = np.sum(np.sin(t1))
        terms = terms + t2 ** 2
        terms_dot = terms_dot + np.sum(k * x_dot * np.cos(t1)) * 2 * t2
    return terms, terms_dot
