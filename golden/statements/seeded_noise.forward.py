# s2s show ../../tests/cases/statements.py::seeded_noise --mode forward --wrt 0
def seeded_noise_jvp(x, x_dot):
    rng = np.random.default_rng(42)
    eps = np.random.Generator.normal(rng, 0.0, 0.1, size=np.shape(x))
    scale = np.random.Generator.uniform(rng, 0.5, 1.5)
    t1 = x + eps
    t2 = t1 ** 2
    return np.sum(t2) * scale, np.sum(broadcast_like(x_dot * 2 * t1, t2)) * scale
