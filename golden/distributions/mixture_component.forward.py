# s2s show ../../tests/cases/distributions.py::mixture_component --mode forward --wrt 0,1
def mixture_component_jvp(mean, chol, mean_dot, chol_dot):
    t1 = np.transpose(chol)
    cov = chol @ t1 + np.eye(2)
    points = np.stack([DATA[:2], DATA[2:4], DATA[4:]])
    diff = points - mean
    diff_dot = -mean_dot
    dim = np.shape(cov)[-1]
    t2 = broadcast_like(chol_dot @ t1 + chol @ np.transpose(chol_dot), cov)
    t3 = np.trace(np.linalg.solve(cov, t2), axis1=-2, axis2=-1)
    _, logdet = np.linalg.slogdet(cov)
    t4 = np.linalg.solve(cov, np.transpose(diff))
    t5 = np.transpose(t4)
    t6 = diff * t5
    t7 = diff * np.transpose(solve_like(cov, np.transpose(broadcast_like(diff_dot, diff)) - solve_product(t2, t4), t4))
    maha = np.sum(t6, axis=-1)
    maha_dot = np.sum(broadcast_like(t7 - t5 * mean_dot, t6), axis=-1)
    t8 = dim * np.log(2 * np.pi) + logdet
    t9 = -0.5 * (t8 + maha)
    t16 = np.sum(broadcast_like(-0.5 * (t3 + maha_dot), t9))
    diff = points[0] - mean
    t10 = np.linalg.solve(cov, np.transpose(diff))
    t11 = np.transpose(t10)
    t12 = diff * t11
    t13 = diff * np.transpose(solve_like(cov, np.transpose(broadcast_like(diff_dot, diff)) - solve_product(t2, t10), t10))
    maha = np.sum(t12, axis=-1)
    maha_dot = np.sum(broadcast_like(t13 - t11 * mean_dot, t12), axis=-1)
    t14 = np.exp(-0.5 * (t8 + maha))
    t15 = np.sum(t9) + t14
    return t15, broadcast_like(t16 + -0.5 * (t3 + maha_dot) * t14, t15)
