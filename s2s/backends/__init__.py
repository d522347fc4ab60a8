"""Backends are values: which modules the emitted code names and how it spells a call."""
from dataclasses import replace

from .jax import JAX
from .numpy import NUMPY

BACKENDS = {"numpy": NUMPY, "jax": JAX}


def get(name, max_steps=None):
    """The backend called ``name``; ``max_steps`` bounds the data-dependent while loops
    that jax's reverse mode records (numpy's lists grow as needed)."""
    from ..errors import S2SError
    if name is None:
        return NUMPY
    try:
        backend = BACKENDS[name]
    except KeyError:
        raise S2SError(f"unknown backend {name!r}",
                       hint=f"use one of: {', '.join(sorted(BACKENDS))}") from None
    return replace(backend, max_steps=max_steps) if max_steps is not None and \
        hasattr(backend, "max_steps") else backend
