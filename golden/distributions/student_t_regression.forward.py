# s2s show ../../tests/cases/distributions.py::student_t_regression --mode forward --wrt 0,1
def student_t_regression_jvp(residuals, dof, residuals_dot, dof_dot):
    z = residuals / 0.7
    z_dot = residuals_dot / 0.7
    t1 = (dof + 1) / 2
    t1_dot = dof_dot / 2
    t2 = dof / 2
    t3 = dof * np.pi
    t7 = t1_dot * digamma(t1) - t1_dot * digamma(t2) - 0.5 * (dof_dot * np.pi / t3)
    t4 = scipy.special.gammaln(t1) - scipy.special.gammaln(t2) - 0.5 * np.log(t3) - np.log(0.7)
    t5 = z ** 2 / dof
    t6 = np.log1p(t5)
    t6_dot = (z_dot * 2 * z - t5 * dof_dot) / dof / (1 + t5)
    return -np.sum(t4 - t1 * t6), -np.sum(t7 - (t1_dot * t6 + t1 * t6_dot))
