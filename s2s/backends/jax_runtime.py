"""s2s's runtime helpers compiled against jax.numpy, by name, so that generated jax code
saved on its own (``s2s.source(g, standalone=True)``) imports them as
``from s2s.backends.jax_runtime import matmul_vjp_lhs``."""
from .jax import helpers


def __getattr__(name):
    try:
        return helpers()[name]
    except KeyError:
        raise AttributeError(name) from None
