# s2s show ../../tests/cases/statements.py::walrus_threshold --mode reverse --wrt 0
def walrus_threshold_grad(x):
    energy = np.sum(x ** 2)
    t1 = energy > 1.0
    if t1:
        result = np.sqrt(energy)
    if t1:
        energy_bar = 1.0 / (2 * result)
    else:
        energy_bar = 1.0
    x_bar = energy_bar * 2 * x
    return x_bar
