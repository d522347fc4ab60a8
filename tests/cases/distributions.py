"""Objectives written with scipy.stats densities (checked against central differences of
the scipy functions themselves)."""
import numpy as np
from scipy import stats
from scipy.stats import multivariate_normal as mvn
from scipy.stats import norm

DATA = np.linspace(-1.0, 2.0, 6)
COUNTS = np.array([0.0, 1.0, 3.0, 2.0, 5.0])


# case: args=(0.3, -0.2), wrt=(0, 1), ref="fd"
def gaussian_log_likelihood(mu, log_sigma):
    return np.sum(norm.logpdf(DATA, mu, np.exp(log_sigma)))


# case: args=(randn(2), randn(2)), wrt=(0, 1), ref="fd"
def probit_likelihood(w, b):
    x = np.outer(DATA, w) + b
    return np.sum(norm.logcdf(x)) + np.sum(norm.cdf(x) * norm.pdf(x, loc=0.5))


# case: args=(randn(2), randn(2, 2) * 0.3), wrt=(0, 1), ref="fd"
def mixture_component(mean, chol):
    cov = chol @ chol.T + np.eye(2)
    points = np.stack([DATA[:2], DATA[2:4], DATA[4:]])
    return np.sum(mvn.logpdf(points, mean, cov)) + mvn.pdf(points[0], mean, cov)


# case: args=(randn(6) * 0.5, 4.0), wrt=(0, 1), ref="fd"
def student_t_regression(residuals, dof):
    return -np.sum(stats.t.logpdf(residuals, dof, 0.0, 0.7))


# case: args=(1.5, 2.5), wrt=(0, 1), ref="fd"
def gamma_and_beta_priors(a, b):
    x = np.array([0.2, 0.5, 0.7])
    return np.sum(stats.gamma.logpdf(x, a, scale=2.0) + stats.beta.logpdf(x, a, b))


# case: args=(randpos(),), ref="fd"
def poisson_rate(log_rate):
    return np.sum(stats.poisson.logpmf(COUNTS, np.exp(log_rate)))


# case: args=(randpos(3) + 1.0,), ref="fd"
def dirichlet_concentration(alpha):
    x = np.array([0.2, 0.3, 0.5])
    return stats.dirichlet.logpdf(x, alpha)
