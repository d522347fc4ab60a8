"""Backends are values: which modules the emitted code names and how it spells a call."""
from .jax import JAX
from .numpy import NUMPY

BACKENDS = {"numpy": NUMPY, "jax": JAX}


def get(name):
    from ..errors import S2SError
    if name is None:
        return NUMPY
    try:
        return BACKENDS[name]
    except KeyError:
        raise S2SError(f"unknown backend {name!r}",
                       hint=f"use one of: {', '.join(sorted(BACKENDS))}") from None
