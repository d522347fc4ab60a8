# s2s show ../../tests/cases/distributions.py::student_t_regression --mode reverse --wrt 0,1
def student_t_regression_grad(residuals, dof):
    z = residuals / 0.7
    t1 = (dof + 1) / 2
    t2 = dof / 2
    t3 = dof * np.pi
    t4 = scipy.special.gammaln(t1) - scipy.special.gammaln(t2) - 0.5 * np.log(t3) - np.log(0.7)
    t5 = z ** 2 / dof
    t6 = np.log1p(t5)
    t7 = broadcast_like(-1.0, t4 - t1 * t6)
    t5_bar = -(t1 * t7) / (1 + t5)
    dof_bar = -(t5 * t5_bar) / dof
    z_bar = t5_bar / dof * 2 * z
    dof_bar = unbroadcast(dof_bar, dof) + unbroadcast(-(0.5 * t7) / t3 * np.pi, dof)
    dof_bar = dof_bar + unbroadcast(-(digamma(t2) * t7) / 2, dof)
    t8 = (unbroadcast(t7 * digamma(t1), t1) - unbroadcast(t6 * t7, t1)) / 2
    dof_bar = dof_bar + t8
    residuals_bar = z_bar / 0.7
    residuals_bar = unbroadcast(residuals_bar, residuals)
    return residuals_bar, dof_bar
