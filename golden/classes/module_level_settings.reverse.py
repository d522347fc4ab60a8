# s2s show ../../tests/cases/classes.py::module_level_settings --mode reverse --wrt 0
def module_level_settings_grad(x):
    h = np.tanh(SETTINGS.projection @ x)
    x_bar = 0.02 * x
    h_bar = 2.0 * h
    x_bar = x_bar + matmul_vjp_rhs(h_bar * (1 - h ** 2), SETTINGS.projection, x)
    return x_bar
