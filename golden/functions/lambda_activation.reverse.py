# s2s show ../../tests/cases/functions.py::lambda_activation --mode reverse --wrt 0
def lambda_activation_grad(x):
    t1 = np.exp(-x)
    t2 = 1.0 + t1
    t3 = x / t2
    t4 = 2.0 * x
    t5 = np.exp(-t4)
    t6 = 1.0 + t5
    t7 = t4 / t6
    x_bar = (t3 / t6 - -(t7 * t3) / t6 * t5) * 2.0
    x_bar = x_bar + t7 / t2
    x_bar = x_bar - -(t3 * t7) / t2 * t1
    return x_bar
