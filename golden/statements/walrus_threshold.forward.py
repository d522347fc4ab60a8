# s2s show ../../tests/cases/statements.py::walrus_threshold --mode forward --wrt 0
def walrus_threshold_jvp(x, x_dot):
    energy = np.sum(x ** 2)
    energy_dot = np.sum(x_dot * 2 * x)
    if energy > 1.0:
        result = np.sqrt(energy)
        result_dot = energy_dot / (2 * result)
    else:
        result, result_dot = energy, energy_dot
    return result, result_dot
