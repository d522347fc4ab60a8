"""The jax backend: the same derivative, emitted against ``jax.numpy`` (``jnp``).

Emitted code spells ``np.f`` as ``jnp.f`` (``math.f`` too: a traced value is not a
Python float), updates arrays functionally (``x.at[i].set(v)``, ``x.at[i].add(g)``),
and calls the runtime helpers of ``s2s.runtime`` compiled against ``jax.numpy``: each
helper's own code, run with ``np`` bound to ``jax.numpy`` (one source for both backends),
but for the few that update arrays in place, written again here.
"""
from __future__ import annotations

import functools
import math
import types

from .numpy import Backend


def _jax():
    import jax
    import jax.numpy as jnp
    import jax.scipy.special
    return jax, jnp


class JaxBackend(Backend):
    functional = True

    def module_for(self, root):
        return _modules().get(root)

    def spell(self, prim):
        for numpy_prefix, jax_prefix in (("np.", "jnp."), ("math.", "jnp."),
                                         ("scipy.special.", "jax.scipy.special.")):
            if prim.startswith(numpy_prefix):
                name = jax_prefix + prim[len(numpy_prefix):]
                return MATH.get(prim, name)
        return prim

    def helper(self, name):
        return helpers()[name]


# math functions whose jax.numpy name differs
MATH = {"math.asin": "jnp.arcsin", "math.acos": "jnp.arccos", "math.atan": "jnp.arctan",
        "math.asinh": "jnp.arcsinh", "math.acosh": "jnp.arccosh", "math.atanh": "jnp.arctanh",
        "math.atan2": "jnp.arctan2", "math.fabs": "jnp.abs", "math.pow": "jnp.power",
        "math.erf": "jax.scipy.special.erf", "math.erfc": "jax.scipy.special.erfc",
        "math.lgamma": "jax.scipy.special.gammaln", "math.gamma": "jax.scipy.special.gamma",
        "math.isnan": "jnp.isnan", "math.isinf": "jnp.isinf", "math.isfinite": "jnp.isfinite",
        "math.floor": "jnp.floor", "math.ceil": "jnp.ceil", "math.trunc": "jnp.trunc",
        "math.log": "jnp.log", "math.degrees": "jnp.degrees", "math.radians": "jnp.radians"}


@functools.lru_cache(maxsize=None)
def _modules():
    jax, jnp = _jax()
    return {"jnp": jnp, "jax": jax, "lax": jax.lax, "math": math}


@functools.lru_cache(maxsize=None)
def helpers():
    """s2s.runtime's helpers, compiled against jax.numpy."""
    from .. import runtime
    jax, jnp = _jax()
    originals = {}
    for module in _runtime_modules(runtime):
        for obj in vars(module).values():
            if isinstance(obj, types.FunctionType) and obj.__module__ == module.__name__:
                originals[id(obj)] = obj
    rebound = {}
    spaces = []
    for module in _runtime_modules(runtime):
        space = dict(vars(module))
        space["np"] = jnp
        if "scipy" in space:
            space["scipy"] = jax.scipy
        spaces.append(space)
        for obj in list(space.values()):
            if id(obj) in originals and obj.__module__ == module.__name__:
                new = types.FunctionType(obj.__code__, space, obj.__name__, obj.__defaults__,
                                         obj.__closure__)
                new.__kwdefaults__ = obj.__kwdefaults__
                new.__doc__ = obj.__doc__
                rebound[id(obj)] = new
    for space in spaces:  # a helper that calls another calls its jax version
        for name, obj in list(space.items()):
            if id(obj) in rebound:
                space[name] = rebound[id(obj)]
    out = {name: rebound.get(id(obj), obj) for name, obj in runtime.HELPERS.items()}
    out.update(_functional(jnp))
    return out


def _runtime_modules(runtime):
    import sys
    return [m for name, m in sorted(sys.modules.items())
            if m is not None and (name == runtime.__name__ or name.startswith(runtime.__name__ + "."))]


def _functional(jnp):
    """The helpers that write into an array, as functional updates."""
    from .. import runtime

    def add_at(x_bar, index, g):
        if isinstance(x_bar, (list, tuple, dict)):
            return runtime.add_at(x_bar, index, g)
        return x_bar.at[index].add(g)

    def setitem(x, index, v):
        if isinstance(x, (list, dict)):
            return runtime.setitem(x, index, v)
        return jnp.asarray(x).at[index].set(v)

    def unsetitem(g, v, *index):
        index = index[0] if len(index) == 1 else index
        count = jnp.size(jnp.zeros(jnp.shape(g))[index])
        order = jnp.full(jnp.shape(g), -1).at[index].set(
            jnp.arange(count).reshape(jnp.shape(g[index])))
        last = order[index] == jnp.arange(count).reshape(jnp.shape(g[index]))
        return helpers()["unbroadcast"](jnp.where(last, g[index], 0.0), v)

    def cast_like(g, x):
        if isinstance(x, (list, tuple)):
            return type(x)(cast_like(a, b) for a, b in zip(g, x))
        if isinstance(x, dict):
            return {k: cast_like(g[k], x[k]) for k in x}
        g = jnp.asarray(g, jnp.result_type(x))
        return g if g.shape == jnp.shape(x) else jnp.broadcast_to(g, jnp.shape(x))

    return {"add_at": add_at, "add_into": add_at, "setitem": setitem, "unsetitem": unsetitem,
            "cast_like": cast_like}


JAX = JaxBackend("jax")
