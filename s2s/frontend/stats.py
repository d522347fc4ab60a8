"""``scipy.stats`` densities written with numpy and scipy.special, for the lowering to
inline where a function calls the scipy method (``norm.logpdf(x, mu, sigma)``), so that
their derivatives come from the rules of the functions they are written with.

Each definition computes what scipy computes (tests/test_python.py checks the values) for
the arguments the objectives pass: arrays and floats, broadcast; ``loc`` and ``scale``
where scipy has them; multivariate_normal with a mean vector and a covariance matrix.
"""
from __future__ import annotations

import numpy as np

try:
    import scipy.stats
    from scipy import special
except ImportError:  # scipy is optional (not in the core install): no user code calls it
    scipy = special = None


def norm_logpdf(x, loc=0.0, scale=1.0):
    z = (x - loc) / scale
    return -0.5 * z ** 2 - np.log(scale) - 0.5 * np.log(2 * np.pi)


def norm_pdf(x, loc=0.0, scale=1.0):
    return np.exp(norm_logpdf(x, loc, scale))


def norm_logcdf(x, loc=0.0, scale=1.0):
    return special.log_ndtr((x - loc) / scale)


def norm_cdf(x, loc=0.0, scale=1.0):
    return special.ndtr((x - loc) / scale)


def mvn_logpdf(x, mean=0.0, cov=1):
    diff = x - mean
    dim = np.shape(cov)[-1]
    _, logdet = np.linalg.slogdet(cov)
    maha = np.sum(diff * np.linalg.solve(cov, diff.T).T, axis=-1)
    return -0.5 * (dim * np.log(2 * np.pi) + logdet + maha)


def mvn_pdf(x, mean=0.0, cov=1):
    return np.exp(mvn_logpdf(x, mean, cov))


def t_logpdf(x, df, loc=0.0, scale=1.0):
    z = (x - loc) / scale
    return special.gammaln((df + 1) / 2) - special.gammaln(df / 2) \
        - 0.5 * np.log(df * np.pi) - np.log(scale) - (df + 1) / 2 * np.log1p(z ** 2 / df)


def t_pdf(x, df, loc=0.0, scale=1.0):
    return np.exp(t_logpdf(x, df, loc, scale))


def gamma_logpdf(x, a, loc=0.0, scale=1.0):
    z = (x - loc) / scale
    return special.xlogy(a - 1, z) - z - special.gammaln(a) - np.log(scale)


def gamma_pdf(x, a, loc=0.0, scale=1.0):
    return np.exp(gamma_logpdf(x, a, loc, scale))


def beta_logpdf(x, a, b, loc=0.0, scale=1.0):
    z = (x - loc) / scale
    return special.xlogy(a - 1, z) + special.xlog1py(b - 1, -z) - special.betaln(a, b) \
        - np.log(scale)


def beta_pdf(x, a, b, loc=0.0, scale=1.0):
    return np.exp(beta_logpdf(x, a, b, loc, scale))


def poisson_logpmf(k, mu, loc=0):
    n = k - loc
    return special.xlogy(n, mu) - special.gammaln(n + 1) - mu


def poisson_pmf(k, mu, loc=0):
    return np.exp(poisson_logpmf(k, mu, loc))


def dirichlet_logpdf(x, alpha):
    return np.sum(special.xlogy(alpha - 1, x.T).T, axis=0) + special.gammaln(np.sum(alpha)) \
        - np.sum(special.gammaln(alpha))


def dirichlet_pdf(x, alpha):
    return np.exp(dirichlet_logpdf(x, alpha))


#: (distribution object, method name) -> its definition
DEFINITIONS = {(getattr(scipy.stats, dist), method): fn for (dist, method), fn in {
    ("norm", "logpdf"): norm_logpdf, ("norm", "pdf"): norm_pdf,
    ("norm", "logcdf"): norm_logcdf, ("norm", "cdf"): norm_cdf,
    ("multivariate_normal", "logpdf"): mvn_logpdf, ("multivariate_normal", "pdf"): mvn_pdf,
    ("t", "logpdf"): t_logpdf, ("t", "pdf"): t_pdf,
    ("gamma", "logpdf"): gamma_logpdf, ("gamma", "pdf"): gamma_pdf,
    ("beta", "logpdf"): beta_logpdf, ("beta", "pdf"): beta_pdf,
    ("poisson", "logpmf"): poisson_logpmf, ("poisson", "pmf"): poisson_pmf,
    ("dirichlet", "logpdf"): dirichlet_logpdf, ("dirichlet", "pdf"): dirichlet_pdf,
}.items()} if scipy is not None else {}


def definition(obj):
    """The numpy definition of a scipy.stats method, or None."""
    owner, name = getattr(obj, "__self__", None), getattr(obj, "__name__", None)
    if owner is None or name is None:
        return None
    try:
        return DEFINITIONS.get((owner, name))
    except TypeError:  # an unhashable owner
        return None
