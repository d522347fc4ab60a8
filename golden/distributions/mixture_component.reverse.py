# s2s show ../../tests/cases/distributions.py::mixture_component --mode reverse --wrt 0,1
def mixture_component_grad(mean, chol):
    t1 = np.transpose(chol)
    cov = chol @ t1 + np.eye(2)
    points = np.stack([DATA[:2], DATA[2:4], DATA[4:]])
    diff = points - mean
    dim = np.shape(cov)[-1]
    _, logdet = np.linalg.slogdet(cov)
    t2 = np.transpose(diff)
    t3 = np.linalg.solve(cov, t2)
    t4 = np.transpose(t3)
    maha = np.sum(diff * t4, axis=-1)
    t5 = dim * np.log(2 * np.pi) + logdet
    t6 = t5 + maha
    diff_1 = points[0] - mean
    t7 = np.transpose(diff_1)
    t8 = np.linalg.solve(cov, t7)
    t9 = np.transpose(t8)
    maha = np.sum(diff_1 * t9, axis=-1)
    t15 = np.exp(-0.5 * (t5 + maha)) * -0.5
    t10 = np.expand_dims(t15, -1)
    diff_1_bar = t10 * t9
    t11 = solve_transposed(cov, untranspose(unbroadcast(t10 * diff_1, t9)))
    cov_bar = -solve_outer(t11, t8, cov)
    diff_1_bar = unbroadcast(diff_1_bar, diff_1) + untranspose(unbroadcast(t11, t7))
    t6_bar = broadcast_like(-0.5, t6)
    t12 = np.expand_dims(t6_bar, -1)
    diff_bar = t12 * t4
    t13 = solve_transposed(cov, untranspose(unbroadcast(t12 * diff, t4)))
    cov_bar = cov_bar - solve_outer(t13, t3, cov)
    diff_bar = unbroadcast(diff_bar, diff) + untranspose(unbroadcast(t13, t2))
    t14 = np.expand_dims(t15 + unbroadcast(t6_bar, t5), (-2, -1)) * mT(np.linalg.inv(cov))
    cov_bar = cov_bar + t14
    mean_bar = -unbroadcast(diff_1_bar, mean) - unbroadcast(diff_bar, mean)
    chol_bar = matmul_vjp_lhs(cov_bar, chol, t1)
    chol_bar = chol_bar + untranspose(matmul_vjp_rhs(cov_bar, chol, t1))
    return mean_bar, chol_bar
