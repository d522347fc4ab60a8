"""The runtime helpers that the jax backend cannot take from ``s2s.runtime`` as they are
(see ``s2s.backends.jax.helpers``): those that write into arrays in place, and the special
functions that ``s2s.runtime.special`` takes from scipy (jax.scipy has them)."""
from __future__ import annotations


def overrides(jnp, helpers):
    """Helpers whose numpy code does not run on jax arrays (in-place writes, values a jax
    trace cannot know), written for jax; ``helpers``: the others, compiled against jnp.

    The jax versions also replace the numpy ones inside the compiled helpers' modules, so
    a helper that calls another (``untake`` calls ``add_into``) calls its jax version."""
    import jax.scipy.special as jsp

    from .. import runtime

    def add_at(x_bar, index, g):
        if isinstance(x_bar, (list, tuple, dict)):
            return runtime.add_at(x_bar, index, g)
        return jnp.asarray(x_bar).at[index].add(g)

    def setitem(x, index, v):
        if isinstance(x, (list, dict)):
            return runtime.setitem(x, index, v)
        return jnp.asarray(x).at[index].set(v)

    def unsetitem(g, v, *index):
        index = index[0] if len(index) == 1 else index
        g = jnp.asarray(g)
        count = jnp.size(jnp.zeros(jnp.shape(g))[index])
        order = jnp.full(jnp.shape(g), -1).at[index].set(
            jnp.arange(count).reshape(jnp.shape(g[index])))
        last = order[index] == jnp.arange(count).reshape(jnp.shape(g[index]))
        return helpers["unbroadcast"](jnp.where(last, g[index], 0.0), v)

    def cast_like(g, x):
        if isinstance(x, (list, tuple)):
            return type(x)(cast_like(a, b) for a, b in zip(g, x))
        if isinstance(x, dict):
            return {k: cast_like(g[k], x[k]) for k in x}
        g = jnp.asarray(g, jnp.result_type(x))
        return g if g.shape == jnp.shape(x) else jnp.broadcast_to(g, jnp.shape(x))

    def digamma(x):
        """psi(x) = d/dx log|Gamma(x)| (jax.scipy.special.digamma)."""
        return jsp.digamma(x)

    def polygamma(n, x):
        """The n-th derivative of digamma (jax.scipy.special.polygamma)."""
        n = int(n)
        if n < 0:
            raise ValueError("polygamma needs n >= 0")
        return jsp.digamma(x) if n == 0 else jsp.polygamma(n, x)

    jax_versions = {"add_at": add_at, "add_into": add_at, "setitem": setitem,
                    "unsetitem": unsetitem, "cast_like": cast_like,
                    "digamma": digamma, "polygamma": polygamma}
    for space in {id(f.__globals__): f.__globals__ for f in helpers.values()
                  if hasattr(f, "__globals__") and f.__globals__.get("np") is jnp}.values():
        for name, f in jax_versions.items():
            if name in space:
                space[name] = f
    return jax_versions
