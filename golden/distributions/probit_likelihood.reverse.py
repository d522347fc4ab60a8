# s2s show ../../tests/cases/distributions.py::probit_likelihood --mode reverse --wrt 0,1
def probit_likelihood_grad(w, b):
    t1 = np.outer(DATA, w)
    x = t1 + b
    t2 = x - 0.5
    t3 = 2 * np.pi
    t4 = np.exp(-0.5 * t2 ** 2 - 0.5 * np.log(t3))
    t5 = -x ** 2 / 2
    t6 = np.sqrt(t3)
    x_bar = unbroadcast(t4 * (np.exp(t5) / t6), x) - unbroadcast(t2 * (scipy.special.ndtr(x) * t4), x)
    x_bar = x_bar + np.exp(t5 - scipy.special.log_ndtr(x)) / t6
    w_bar = reshape_like(np.ravel(DATA) @ unbroadcast(x_bar, t1), w)
    b_bar = unbroadcast(x_bar, b)
    return w_bar, b_bar
