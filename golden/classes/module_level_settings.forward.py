# s2s show ../../tests/cases/classes.py::module_level_settings --mode forward --wrt 0
def module_level_settings_jvp(x, x_dot):
    h = np.tanh(SETTINGS.projection @ x)
    t1 = h ** 2
    h_dot = SETTINGS.projection @ x_dot * (1 - t1)
    t2 = np.sum(h_dot * 2 * h) + 0.01 * np.sum(x_dot * 2 * x)
    return np.sum(t1) + 0.01 * np.sum(x ** 2), t2
