# s2s show tests/cases/distributions.py::mixture_component --mode reverse --wrt 0,1
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
    t10 = np.exp(-0.5 * (t5 + maha))
    t16 = t10 * -0.5
    t11 = np.expand_dims(t16, -1)
    diff_1_bar = t11 * t9
    t12 = solve_transposed(cov, untranspose(unbroadcast(t11 * diff_1, t9)))
    cov_bar = -solve_outer(t12, t8, cov)
    diff_1_bar = unbroadcast(diff_1_bar, diff_1) + untranspose(unbroadcast(t12, t7))
    t6_bar = broadcast_like(-0.5, t6)
    t13 = np.expand_dims(t6_bar, -1)
    diff_bar = t13 * t4
    t14 = solve_transposed(cov, untranspose(unbroadcast(t13 * diff, t4)))
    cov_bar = cov_bar - solve_outer(t14, t3, cov)
    diff_bar = unbroadcast(diff_bar, diff) + untranspose(unbroadcast(t14, t2))
    t15 = np.expand_dims(t16 + unbroadcast(t6_bar, t5), (-2, -1)) * mT(np.linalg.inv(cov))
    cov_bar = cov_bar + t15
    mean_bar = -unbroadcast(diff_1_bar, mean) - unbroadcast(diff_bar, mean)
    chol_bar = matmul_vjp_lhs(cov_bar, chol, t1)
    chol_bar = chol_bar + untranspose(matmul_vjp_rhs(cov_bar, chol, t1))
    return np.sum(-0.5 * t6) + t10, mean_bar, chol_bar
