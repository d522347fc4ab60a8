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

from . import jax_helpers
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

    def constant(self, obj):
        """A numpy array the code reads becomes a jax array (a traced counter can index it)."""
        import numpy as np
        return _jax()[1].asarray(obj) if isinstance(obj, np.ndarray) else obj

    def arguments(self, args):
        """The user's numpy arrays as jax arrays, so that the code also runs outside jit."""
        import numpy as np
        jax, jnp = _jax()
        return jax.tree.map(lambda v: jnp.asarray(v) if isinstance(v, np.ndarray) else v, args)


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
    return {"jnp": jnp, "jax": jax, "lax": jax.lax, "math": math,
            "cond": cond, "while_loop": while_loop, "scan": scan}


# -- control flow: Python's where values are concrete, lax's where they are traced -----------
def cond(pred, true_fn, false_fn, *operands, cotangents=()):
    """``true_fn(*operands) if pred else false_fn(*operands)``; under a jax trace,
    ``lax.cond``, which needs both branches to give values of one shape and dtype: a value
    of smaller shape is broadcast, but a cotangent (the outputs ``cotangents`` lists) that
    is broadcast larger in one branch is summed down, as it would be after the branch. A
    branch returns None for a value it leaves undefined (the other branch defines it):
    zeros stand in, as the value is not read on that path."""
    jax, jnp = _jax()
    if not isinstance(pred, jax.core.Tracer):
        out = true_fn(*operands) if pred else false_fn(*operands)
        if not cotangents:
            return out
        zero = lambda k, v: 0.0 if v is None and k in cotangents else v  # noqa: E731
        return zero(0, out) if not isinstance(out, tuple) else \
            tuple(zero(k, v) for k, v in enumerate(out))
    shapes = [jax.eval_shape(f, *operands) for f in (true_fn, false_fn)]
    single = not isinstance(shapes[0], tuple)
    t_shapes, f_shapes = ((s,) if single else s for s in shapes)
    agreed = []
    for k, (a, b) in enumerate(zip(t_shapes, f_shapes, strict=True)):
        a = a if a is not None else b
        b = b if b is not None else a
        shape = jnp.broadcast_shapes(a.shape, b.shape)
        if k in cotangents:
            shape = min(a.shape, b.shape, key=math.prod)
        agreed.append(jax.ShapeDtypeStruct(shape, jnp.result_type(a.dtype, b.dtype)))
    unbroadcast = helpers()["unbroadcast"]

    def fit(k, v, s):
        if v is None:
            return jnp.zeros(s.shape, s.dtype)
        if k in cotangents and jnp.shape(v) != s.shape:
            v = unbroadcast(v, jnp.zeros(s.shape))
        return jnp.broadcast_to(jnp.asarray(v, s.dtype), s.shape)

    def typed(f):
        def run(*args):
            out = f(*args)
            return tuple(fit(k, v, s) for k, (v, s) in
                         enumerate(zip((out,) if single else out, agreed, strict=True)))
        return run
    out = jax.lax.cond(pred, typed(true_fn), typed(false_fn), *operands)
    return out[0] if single else out


def scan(body_fn, init, xs, reverse=False):
    """``lax.scan`` over ``xs`` (a range is its counters), with the initial carries given
    the types one step gives them (a loop may start from the Python float 0.0 and carry a
    float64 array). A body that needs a concrete counter (it picks an element of a Python
    list, say) runs as a Python loop instead, stacking what it records the same way."""
    jax, jnp = _jax()

    def counters(x):
        return jnp.arange(x.start, x.stop, x.step) if isinstance(x, range) else x
    if isinstance(xs, tuple) and _by_python(xs[1]):
        return _python_scan(jax, jnp, body_fn, init, xs, reverse)
    steps = tuple(map(counters, xs)) if isinstance(xs, tuple) else counters(xs)
    first = jax.tree.map(lambda x: jax.ShapeDtypeStruct(jnp.shape(x)[1:], jnp.result_type(x)),
                         steps)
    try:
        carry, _ = jax.eval_shape(body_fn, init, first)
    except (jax.errors.TracerIntegerConversionError, jax.errors.ConcretizationTypeError,
            jax.errors.TracerArrayConversionError, jax.errors.TracerBoolConversionError):
        return _python_scan(jax, jnp, body_fn, init, xs, reverse)
    if jax.tree.structure(carry) != jax.tree.structure(init):  # a list that grows, say
        return _python_scan(jax, jnp, body_fn, init, xs, reverse)
    init = jax.tree.map(lambda v, s: jnp.broadcast_to(jnp.asarray(v, s.dtype), s.shape),
                        init, carry)
    return jax.lax.scan(body_fn, init, steps, reverse=reverse)


class _Steps(list):
    """What a loop run by Python recorded, one entry per iteration (not stacked: entries
    may differ in shape, or not be arrays)."""


def _by_python(recorded):
    """Whether a loop that reads ``recorded`` back was run by Python."""
    return isinstance(recorded, _Steps) or isinstance(recorded, tuple) and \
        any(isinstance(r, _Steps) for r in recorded)


def _python_scan(jax, jnp, body_fn, init, xs, reverse):
    counter, recorded = (xs[0], xs[1]) if isinstance(xs, tuple) else (xs, None)
    order = list(range(len(counter)))
    ys = _Steps([None] * len(order))
    carry = init

    def at(k):
        if recorded is None:
            return counter[k]
        return counter[k], recorded[k] if not isinstance(recorded, tuple) else \
            tuple(column[k] for column in recorded)
    for k in reversed(order) if reverse else order:
        carry, ys[k] = body_fn(carry, at(k))
    if not ys or ys[0] is None:
        return carry, None
    if isinstance(ys[0], tuple):  # (a, b) each step: the stacks of a and of b
        return carry, tuple(_Steps(column) for column in zip(*ys))
    return carry, ys


def while_loop(cond_fn, body_fn, init):
    """``while cond_fn(carry): carry = body_fn(carry)``; under a jax trace, ``lax.while_loop``
    (the carries keep the types one iteration gives them)."""
    jax, jnp = _jax()
    if not isinstance(cond_fn(init), jax.core.Tracer):
        carry = init
        try:
            while cond_fn(carry):
                carry = body_fn(carry)
            return carry
        except jax.errors.TracerBoolConversionError:
            pass  # the condition became traced part way: start again, traced
    out = jax.eval_shape(body_fn, init)
    init = jax.tree.map(lambda v, s: jnp.broadcast_to(jnp.asarray(v, s.dtype), s.shape),
                        init, out)
    return jax.lax.while_loop(cond_fn, body_fn, init)


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
    out.update(jax_helpers.overrides(jnp, out))
    out.update(_loop_sums(jax, jnp, out))
    return out


def _loop_sums(jax, jnp, helpers):
    """The sums over a loop of per-iteration cotangents, from the values a scan stacked
    (numpy's versions take lists)."""
    def over_steps(helper, gs, *others):
        if isinstance(gs, list):  # a loop Python ran: one term per step
            terms = [helper(*step) for step in zip(gs, *others)]
            return sum(terms[1:], terms[0]) if terms else None
        return jnp.sum(jax.vmap(helper)(gs, *others), axis=0)

    def matmul_vjp_lhs_sum(gs, x, ys):
        out = over_steps(lambda g, y: helpers["matmul_vjp_lhs"](g, x, y), gs, ys)
        return jnp.zeros_like(x) if out is None else out

    def matmul_vjp_rhs_sum(gs, xs, y):
        out = over_steps(lambda g, x: helpers["matmul_vjp_rhs"](g, x, y), gs, xs)
        return jnp.zeros_like(y) if out is None else out

    def unbroadcast_sum(gs, x):
        out = over_steps(lambda g: helpers["unbroadcast"](g, x), gs)
        return jnp.zeros_like(x) if out is None else out

    return {"matmul_vjp_lhs_sum": matmul_vjp_lhs_sum, "matmul_vjp_rhs_sum": matmul_vjp_rhs_sum,
            "unbroadcast_sum": unbroadcast_sum}


def _runtime_modules(runtime):
    import sys
    return [m for name, m in sorted(sys.modules.items())
            if m is not None and (name == runtime.__name__ or name.startswith(runtime.__name__ + "."))]


JAX = JaxBackend("jax")
