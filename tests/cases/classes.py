"""Objects: user classes with methods and __call__, dataclasses, NamedTuples, and a
module-level configuration object."""
import dataclasses
from typing import NamedTuple

import numpy as np


class Settings:
    def __init__(self):
        self.weight_decay = 0.01
        self.activation = "tanh"
        self.projection = np.linspace(-1.0, 1.0, 6).reshape(2, 3)

    def penalty(self, w):
        return self.weight_decay * np.sum(w ** 2)


SETTINGS = Settings()


class MLP:
    def __init__(self, W1, b1, w2):
        self.W1 = W1
        self.b1 = b1
        self.w2 = w2

    def forward(self, x):
        h = self.act(self.W1 @ x + self.b1)
        return self.w2 @ h

    def loss(self, x, y):
        return (self.forward(x) - y) ** 2 + self.l2 * 1e-2

    @property
    def l2(self):
        return np.sum(self.W1 ** 2)

    @staticmethod
    def act(z):
        return np.tanh(z)


@dataclasses.dataclass
class Gaussian:
    mu: np.ndarray
    log_sigma: float = 0.0

    def log_prob(self, x):
        sigma = np.exp(self.log_sigma)
        z = (x - self.mu) / sigma
        return np.sum(-0.5 * z ** 2 - self.log_sigma - 0.5 * np.log(2 * np.pi))


class Affine(NamedTuple):
    W: np.ndarray
    b: np.ndarray


class Dense:
    def __init__(self, W, activation=np.tanh):
        self.W = W
        self.activation = activation

    def __call__(self, x):
        return self.activation(self.W @ x)


# case: args=(randn(3, 4), randn(3), randn(3), randn(4)), wrt=(0, 1, 2), ref="fd"
def mlp_method_loss(W1, b1, w2, x):
    model = MLP(W1, b1, w2)
    return model.loss(x, 1.0)


# case: args=(randn(4), 0.3, randn(4)), wrt=(0, 1), ref="fd"
def gaussian_nll(mu, log_sigma, data):
    return -Gaussian(mu, log_sigma).log_prob(data)


# case: args=(randn(4), randn(4)), wrt=(0, 1)
def gaussian_default_field(mu, data):
    dist = Gaussian(mu=mu)
    return -dist.log_prob(data)


# case: args=(randn(3, 2), randn(3), randn(2)), wrt=(0, 1)
def namedtuple_layer(W, b, x):
    layer = Affine(W, b)
    h = layer.W @ x + layer[1]
    return np.sum(np.tanh(h) ** 2)


# case: args=(randn(3, 3) * 0.5, randn(3, 3) * 0.5, randn(3)), wrt=(0, 1), ref="fd"
def layers_in_a_list(W, V, x):
    net = [Dense(W), Dense(V, activation=np.sin)]
    h = x
    for layer in net:
        h = layer(h)
    return np.sum(h ** 2)


# case: args=(randn(3),)
def module_level_settings(x):
    h = np.tanh(SETTINGS.projection @ x)
    return np.sum(h ** 2) + SETTINGS.penalty(x)


# case: args=(randn(3), randn(3)), wrt=(0, 1)
def isinstance_dispatch(x, y):
    p = Affine(x, y)
    if isinstance(p, Affine):
        return np.sum(p.W * p.b)
    return np.sum(x)


# case: args=(randn(2, 3), randn(3)), wrt=(0, 1), ref="fd"
def objects_in_comprehension(W, x):
    layers = [Dense(W), Dense(W.T)]
    outs = [layer(x if k == 0 else W @ x) for k, layer in enumerate(layers)]
    return np.sum(outs[0]) * np.sum(outs[1])
