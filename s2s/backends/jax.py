"""The jax backend: the same derivative, emitted against ``jax.numpy`` (``jnp``).

Emitted code spells ``np.f`` as ``jnp.f`` (``math.f`` too: a traced value is not a
Python float), updates arrays functionally (``x.at[i].set(v)``, ``x.at[i].add(g)``),
and calls the runtime helpers of ``s2s.runtime`` compiled against ``jax.numpy``: each
helper's own code, run with ``np`` bound to ``jax.numpy`` (one source for both backends),
but for the few that update arrays in place, written again here. Python's operators and
builtins on values that may be traced (``a and b``, ``max(a, b)``), and the numpy functions
that jax.numpy lacks or computes differently, call the backend's own functions, named
``NAME_`` (``jax_helpers.spellings``).
"""
from __future__ import annotations

import functools
import math
import types
import weakref
from dataclasses import dataclass

from ..compile import is_generated
from ..errors import S2SError
from . import jax_helpers
from .numpy import Backend


def _jax():
    import jax
    import jax.numpy as jnp
    import jax.nn
    import jax.scipy.special
    return jax, jnp


@dataclass(frozen=True)
class JaxBackend(Backend):
    # the rows of the buffers a data-dependent while loop records its steps into, for
    # reverse mode under a jax trace (None: not given, an error if such a loop is traced)
    max_steps: int | None = None
    functional = True

    @property
    def own(self):
        return frozenset(OWN.values()) | frozenset(LITERAL.values())

    def module_for(self, root):
        return _modules().get(root)

    def spell(self, prim, nargs=None, static=False):
        if static and prim in PYTHON:  # on Python values, Python's own
            return prim
        if static and prim in LITERAL:
            return LITERAL[prim]
        if static and prim in ON_SHAPES:  # numpy's: a Python value stays one
            return prim
        if (prim, nargs) in AS_JNP:
            return AS_JNP[prim, nargs]
        if prim in OWN:
            return OWN[prim]
        for numpy_prefix, jax_prefix in (("np.", "jnp."), ("math.", "jnp."),
                                         ("scipy.special.", "jax.scipy.special.")):
            if prim.startswith(numpy_prefix):
                name = jax_prefix + prim[len(numpy_prefix):]
                return MATH.get(prim, RENAMED.get(prim, name))
        return prim

    def helper(self, name):
        return helpers()[name]

    def constant(self, obj):
        """A numpy array the code reads becomes a jax array (a traced counter can index it),
        the same one for every function that reads it (a pullback and its forward sweep
        share a namespace). A user's function the code calls as it is (the fwd and bwd of
        a custom_vjp, the jvp of a custom_jvp) runs against jax.numpy (``_retargeted``)."""
        import numpy as np
        if isinstance(obj, types.FunctionType):
            return _retargeted(obj)
        if not isinstance(obj, np.ndarray):
            return obj
        held = _CONSTANTS.get(id(obj))
        if held is None or held[0]() is not obj:
            jax, jnp = _jax()
            with jax.ensure_compile_time_eval():  # concrete, even when built under a trace
                held = _CONSTANTS[id(obj)] = (weakref.ref(obj), jnp.asarray(obj))
        return held[1]

    def arguments(self, args):
        """The user's numpy arrays as jax arrays, so that the code also runs outside jit."""
        import numpy as np
        jax, jnp = _jax()
        return jax.tree.map(lambda v: jnp.asarray(v) if isinstance(v, np.ndarray) else v, args)

    def run(self, f, args, kwargs):
        """``f(*args, **kwargs)``, the generated code, on the user's arguments: where it
        needs the concrete value of one that jax traces (``int(x)``, ``x[x > 0]``), an s2s
        error at the generated line, not jax's tracer error from inside s2s."""
        jax, _ = _jax()
        try:
            return f(*self.arguments(args), **self.arguments(kwargs))
        except (jax.errors.ConcretizationTypeError, jax.errors.TracerIntegerConversionError,
                jax.errors.TracerArrayConversionError,
                jax.errors.NonConcreteBooleanIndexError) as e:
            raise _traced_value_error(e) from e


def _traced_value_error(e):
    import linecache
    loc, tb = None, e.__traceback__
    while tb is not None:  # the innermost line of generated code
        filename, line = tb.tb_frame.f_code.co_filename, tb.tb_lineno
        if is_generated(filename):
            text = linecache.getline(filename, line)
            loc = (filename, line, len(text) - len(text.lstrip()))
        tb = tb.tb_next
    said = []  # jax's explanation, without where it traced (the generated code)
    for text in str(e).splitlines():
        if not text or text.startswith("The error occurred"):
            break
        said.append(text)
    return S2SError(
        "Python needs a concrete value here, but jax traces it (under jax.jit or jax.vmap): "
        + " ".join(said), loc,
        hint="make the argument it comes from static (jax.jit(..., static_argnums=...)), or "
             "compute with arrays (jnp.where(mask, x, 0.0) for x[mask])")


_CONSTANTS = {}  # id of a numpy array -> (a weak reference to it, its jax array)
_SPACES = {}  # id of a user module's globals -> (those globals, their jax.numpy copy)


def _retargeted(fn):
    """A user's function written with numpy, as the jax backend retargets the user's own
    code: the same code, with the numpy module its module calls ``np`` (or any name)
    bound to jax.numpy, and the functions of that module it calls retargeted alike, so
    that it runs on values jax traces. Functions of s2s, numpy, jax and scipy stay."""
    import numpy as np
    space = fn.__globals__
    if (fn.__module__ or "").split(".")[0] in ("s2s", "numpy", "jax", "jaxlib", "scipy") \
            or not any(v is np for v in space.values()):
        return fn
    held = _SPACES.get(id(space))
    if held is None or held[0] is not space:
        _, jnp = _jax()
        copy = {k: jnp if v is np else v for k, v in space.items()}
        held = _SPACES[id(space)] = (space, copy)
        for k, v in space.items():  # the module's functions, calling each other
            if isinstance(v, types.FunctionType) and v.__globals__ is space:
                copy[k] = _rebuilt(v, copy)
    return _rebuilt(fn, held[1]) if fn.__globals__ is space else fn


def _rebuilt(fn, space):
    new = types.FunctionType(fn.__code__, space, fn.__name__, fn.__defaults__, fn.__closure__)
    new.__kwdefaults__, new.__doc__ = fn.__kwdefaults__, fn.__doc__
    new.__module__ = fn.__module__
    return new

# math functions whose jax.numpy name differs
MATH = {"math.asin": "jnp.arcsin", "math.acos": "jnp.arccos", "math.atan": "jnp.arctan",
        "math.asinh": "jnp.arcsinh", "math.acosh": "jnp.arccosh", "math.atanh": "jnp.arctanh",
        "math.atan2": "jnp.arctan2", "math.fabs": "jnp.abs", "math.pow": "jnp.power",
        "math.erf": "jax.scipy.special.erf", "math.erfc": "jax.scipy.special.erfc",
        "math.lgamma": "jax.scipy.special.gammaln", "math.gamma": "jax.scipy.special.gamma",
        "math.isnan": "jnp.isnan", "math.isinf": "jnp.isinf", "math.isfinite": "jnp.isfinite",
        "math.floor": "jnp.floor", "math.ceil": "jnp.ceil", "math.trunc": "jnp.trunc",
        "math.degrees": "jnp.degrees", "math.radians": "jnp.radians"}
# numpy and scipy functions that jax has under another name
RENAMED = {"np.fix": "jnp.trunc", "scipy.special.log_expit": "jax.nn.log_sigmoid",
           "scipy.special.softplus": "jax.nn.softplus"}
# operators, builtins and functions that jax.numpy cannot spell as they are (the truth of
# a traced value, a base or a count of arguments jnp does not take, a triangle of a matrix
# that jnp would symmetrize): the backend's own functions (``jax_helpers.spellings``)
PYTHON = ("and", "or", "not", "in", "not_in", "max", "min", "bool", "isinstance")
OWN = {prim: prim.rpartition(".")[2] + "_" for prim in (
    *PYTHON, "math.log", "math.hypot", "scipy.special.erfcinv", "np.linalg.cholesky",
    "np.linalg.eigh", "np.linalg.eigvalsh")}
# the calls of those that jax.numpy does spell
AS_JNP = {("math.log", 1): "jnp.log", ("math.hypot", 2): "jnp.hypot"}
# arrays of Python values: concrete under a jax trace, as the repeats of jnp.repeat or the
# shape of jnp.zeros must be (jnp.array would make them traced values)
LITERAL = {"np.array": "array_", "np.asarray": "asarray_"}
# numpy functions that, on Python values (a shape: np.prod(x.shape[1:])), numpy computes
# (jnp.prod takes no tuple, and its result would be traced under jit)
ON_SHAPES = {"np.prod", "np.sum", "np.max", "np.min", "np.cumprod", "np.cumsum"}


@functools.lru_cache(maxsize=None)
def _modules():
    jax, jnp = _jax()
    import numpy as np
    return {"jnp": jnp, "jax": jax, "lax": jax.lax, "math": math, "np": np,
            "cond": cond, "while_loop": while_loop, "while_scan": while_scan, "scan": scan,
            **jax_helpers.spellings(jax, jnp)}


# -- control flow: Python's where values are concrete, lax's where they are traced -----------
def cond(pred, true_fn, false_fn, *operands, cotangents=()):
    """``true_fn(*operands) if pred else false_fn(*operands)``; under a jax trace,
    ``lax.cond``, which needs both branches to give values of one shape and dtype: a value
    of smaller shape is broadcast, but a cotangent (the outputs ``cotangents`` lists) that
    is broadcast larger in one branch is summed down, as it would be after the branch. A
    branch returns None for a value it leaves undefined (the other branch defines it):
    zeros stand in, as the value is not read on that path. A Python value that is no
    array (the range a loop in a branch ran over) passes around ``lax.cond`` as it is."""
    jax, jnp = _jax()
    if not isinstance(pred, jax.core.Tracer):
        out = true_fn(*operands) if pred else false_fn(*operands)
        if not cotangents:
            return out
        zero = lambda k, v: 0.0 if v is None and k in cotangents else v  # noqa: E731
        return zero(0, out) if not isinstance(out, tuple) else \
            tuple(zero(k, v) for k, v in enumerate(out))
    single = []  # whether the branches return one value, not a tuple
    statics = ({}, {})  # {output: its Python value} of each branch

    def arrays(f, j):
        def run(*args):
            out = f(*args)
            single[:] = [not isinstance(out, tuple)]
            out = tuple(map(_stacked_rows, (out,) if single[0] else out))
            statics[j].update((k, v) for k, v in enumerate(out) if _static(v))
            return tuple(None if _static(v) else v for v in out)
        return run
    fns = [arrays(f, j) for j, f in enumerate((true_fn, false_fn))]
    t_shapes, f_shapes = [jax.eval_shape(f, *operands) for f in fns]
    agreed = [_agreed(jax, jnp, k in cotangents, a, b)
              for k, (a, b) in enumerate(zip(t_shapes, f_shapes, strict=True))]
    unbroadcast = helpers()["unbroadcast"]

    def fit(k, v, s):
        if k in cotangents and jnp.shape(v) != s.shape:
            v = unbroadcast(v, jnp.zeros(s.shape))
        return jnp.broadcast_to(jnp.asarray(v, s.dtype), s.shape)

    def fit_tree(k, v, s):
        if v is None:
            return jax.tree.map(lambda s: jnp.zeros(s.shape, s.dtype), s)
        return jax.tree.map(lambda v, s: fit(k, v, s), v, s)

    def typed(f):
        def run(*args):
            return tuple(fit_tree(k, v, s) for k, (v, s) in
                         enumerate(zip(f(*args), agreed, strict=True)))
        return run
    out = list(jax.lax.cond(pred, typed(fns[0]), typed(fns[1]), *operands))
    for k in set(statics[0]) | set(statics[1]):
        values = [s[k] for s in statics if k in s]
        if len(values) == 2 and values[0] != values[1]:
            raise S2SError(f"the branches of a traced condition give different Python values "
                           f"({values[0]!r} and {values[1]!r}), which jax cannot choose between",
                           hint="make the condition static (jax.jit(..., static_argnums=...))")
        out[k] = values[0]
    return out[0] if single[0] else tuple(out)


# Python values a branch may return that are no arrays: they pass around lax.cond
_STATIC = (range, slice, str)


def _static(v):
    return isinstance(v, _STATIC) and v is not None or isinstance(v, _Steps) and not v


def _stacked_rows(v):
    """What the steps of a loop Python ran in a branch recorded (``_Steps``, or a tuple of
    them), stacked into arrays as ``lax.scan`` stacks them, so that ``lax.cond`` can return
    it; a loop that ran no step records nothing (a Python value)."""
    if isinstance(v, tuple) and any(isinstance(c, _Steps) for c in v):
        return tuple(map(_stacked_rows, v))
    if not isinstance(v, _Steps) or not v:
        return v
    jax, jnp = _jax()
    return jax.tree.map(lambda *rows: jnp.stack(rows), *v)


def _agreed(jax, jnp, cotangent, a, b):
    """The shape and dtype both branches give an output (each a ShapeDtypeStruct, a tree
    of them, or None for one a branch leaves undefined)."""
    if a is None or b is None:
        return b if a is None else a
    if not isinstance(a, jax.ShapeDtypeStruct) or not isinstance(b, jax.ShapeDtypeStruct):
        return jax.tree.map(lambda x, y: _agreed(jax, jnp, cotangent, x, y), a, b)
    shape = min(a.shape, b.shape, key=math.prod) if cotangent else \
        jnp.broadcast_shapes(a.shape, b.shape)
    return jax.ShapeDtypeStruct(shape, jnp.result_type(a.dtype, b.dtype))


def scan(body_fn, init, xs, reverse=False, length=None):
    """``lax.scan`` over ``xs`` (a range is its counters), with the initial carries given
    the types one step gives them (a loop may start from the Python float 0.0 and carry a
    float64 array). A body that needs a concrete counter (it picks an element of a Python
    list, say) runs as a Python loop instead, stacking what it records the same way.

    With ``length`` (the step count of a while loop, maybe traced), the loop runs that
    many steps over the first ``length`` rows of ``xs`` (what ``while_scan`` recorded, or
    None), stacking what it records into rows of the same number."""
    jax, jnp = _jax()
    if length is not None:
        return _scan_steps(jax, jnp, body_fn, init, xs, length, reverse)

    def counters(x):
        return jnp.arange(x.start, x.stop, x.step) if isinstance(x, range) else x
    if isinstance(xs, tuple) and _by_python(xs[1]):
        return _python_scan(jax, jnp, body_fn, init, xs, reverse)
    steps = tuple(map(counters, xs)) if isinstance(xs, tuple) else counters(xs)
    first = jax.tree.map(lambda x: jax.ShapeDtypeStruct(jnp.shape(x)[1:], jnp.result_type(x)),
                         steps)
    try:
        carry, ys = jax.eval_shape(body_fn, init, first)
    except (jax.errors.TracerIntegerConversionError, jax.errors.ConcretizationTypeError,
            jax.errors.TracerArrayConversionError, jax.errors.TracerBoolConversionError):
        return _python_scan(jax, jnp, body_fn, init, xs, reverse)
    if jax.tree.structure(carry) != jax.tree.structure(init):  # a list that grows, say
        return _python_scan(jax, jnp, body_fn, init, xs, reverse)
    n = jax.tree.leaves(steps)[0].shape[0] if jax.tree.leaves(steps) else 0
    if n == 0:  # no step: the carries as they are, as numpy's loop leaves them
        return init, jax.tree.map(lambda s: jnp.zeros((0,) + s.shape, s.dtype), ys)
    if _grows(jax, jnp, init, carry):
        return _scan_peeled(jax, jnp, body_fn, init, steps, n, reverse)
    init = jax.tree.map(lambda v, s: _carried(jnp, v, s), init, carry)
    return jax.lax.scan(body_fn, init, steps, reverse=reverse)


def _grows(jax, jnp, init, carry):
    """Whether a carry takes a larger shape after a step than it starts with."""
    return any(v is not None and jnp.shape(v) != s.shape
               for v, s in zip(jax.tree.leaves(init, is_leaf=lambda v: v is None),
                               jax.tree.leaves(carry)))


def _scan_peeled(jax, jnp, body_fn, init, steps, n, reverse):
    """A scan whose carry grows in its first step (a cotangent that starts as a scalar and
    is broadcast larger by the step, to be summed later; an accumulator starting at 0.0):
    the first step runs on the initial carry as it is, as numpy's loop runs it, and
    lax.scan the others from the carry it gives. Broadcasting the initial carry instead
    would change what a cotangent broadcast larger sums to."""
    k = n - 1 if reverse else 0
    carry, y = body_fn(init, jax.tree.map(lambda x: x[k], steps))
    rest = jax.tree.map(lambda x: x[:-1] if reverse else x[1:], steps)
    first = jax.tree.map(lambda x: jax.ShapeDtypeStruct(jnp.shape(x)[1:], jnp.result_type(x)),
                         rest)
    after, _ = jax.eval_shape(body_fn, carry, first)
    carry = jax.tree.map(lambda v, s: _carried(jnp, v, s), carry, after)
    carry, ys = jax.lax.scan(body_fn, carry, rest, reverse=reverse)
    # (what the first step records takes the shape the others' records have)
    one = jax.tree.map(lambda v, a: jnp.broadcast_to(jnp.asarray(v, a.dtype), a.shape[1:])[None],
                       y, ys)
    return carry, jax.tree.map(lambda a, b: jnp.concatenate([a, b] if reverse else [b, a]),
                               ys, one)


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
    return carry, _stacked_steps(ys)


def _stacked_steps(ys):
    """What the steps of a loop Python ran recorded (``ys``, one entry a step): None if
    they record nothing; a tuple of the records of each value if a step records several.
    A loop that ran no step records an empty list, which a loop that reads it back runs
    over by Python, whatever it would have recorded."""
    if not ys:
        return _Steps()
    if ys[0] is None:
        return None
    if isinstance(ys[0], tuple):  # (a, b) each step: the stacks of a and of b
        return tuple(_Steps(column) for column in zip(*ys))
    return ys


def _scan_steps(jax, jnp, body_fn, init, xs, length, reverse):
    """``scan`` over the first ``length`` steps; with a traced length, ``lax.fori_loop``
    (jax does not differentiate it, and s2s need not)."""
    order = lambda k: length - 1 - k if reverse else k  # noqa: E731
    if not isinstance(length, jax.core.Tracer):
        length = int(length)
        ys, carry = _Steps([None] * length), init
        for k in map(order, range(length)):
            carry, ys[k] = body_fn(carry, _row(xs, k))
        return carry, _stacked_steps(ys)
    if _by_python(xs):  # the steps a loop Python ran recorded, as arrays; none: no step
        columns = xs if isinstance(xs, tuple) else (xs,)
        if not any(len(c) for c in columns if isinstance(c, _Steps)):
            return init, _Steps()
        xs = _stacked_rows(xs)
    first = jax.tree.map(lambda x: jax.ShapeDtypeStruct(jnp.shape(x)[1:], jnp.result_type(x)),
                         xs)
    carry, _ = jax.eval_shape(body_fn, init, first)
    if _grows(jax, jnp, init, carry):  # (numpy's first step sees the smaller value)
        raise S2SError("a value this loop carries grows in its first step, and the number "
                       "of steps is traced: jax's loop of traced length needs one shape",
                       hint="make the loop's count static, or use the numpy backend")
    init = _typed(jax, jnp, init, carry)
    _, ys = jax.eval_shape(body_fn, init, first)
    rows = jax.tree.leaves(xs)  # as many rows as the loop that recorded xs could run
    if rows:
        ys = jax.tree.map(lambda s: jnp.zeros((jnp.shape(rows[0])[0],) + s.shape, s.dtype), ys)
    elif jax.tree.leaves(ys):
        raise AssertionError("a loop of traced length stacks values but reads no tape")
    if rows and jnp.shape(rows[0])[0] == 0:  # the loop that recorded xs could run no step
        return init, ys

    def step(k, state):
        carry, stacked = state
        i = order(k)
        carry, y = body_fn(carry, jax.tree.map(lambda x: x[i], xs))
        return carry, jax.tree.map(lambda s, v: s.at[i].set(v), stacked, y)
    return jax.lax.fori_loop(0, length, step, (init, ys))


def _typed(jax, jnp, init, shapes):
    """A loop's initial carries with the types one step gives them; zeros for a carry that
    starts undefined (None: a value the loop defines before it is read)."""
    leaves, tree = jax.tree.flatten(shapes)
    values = jax.tree.leaves(init, is_leaf=lambda v: v is None)
    if len(values) != len(leaves):
        return jax.tree.map(lambda v, s: _carried(jnp, v, s), init, shapes)
    return jax.tree.unflatten(tree, [
        jnp.zeros(s.shape, s.dtype) if v is None else _carried(jnp, v, s)
        for v, s in zip(values, leaves)])


def _carried(jnp, v, s):
    """A loop's initial carry ``v`` with the shape and dtype ``s`` one step gives it: a
    carry may grow (a cotangent that starts as a scalar) but not shrink, which jax's
    loops cannot hold (numpy's loop changes the value's shape from step to step)."""
    if jnp.ndim(v) > len(s.shape) or not _broadcastable(jnp.shape(v), s.shape):
        raise S2SError(f"a value a loop carries changes shape from one step to the next "
                       f"({jnp.shape(v)} before the loop, {s.shape} after a step): jax's "
                       f"loops (lax.scan, lax.while_loop) keep one shape",
                       hint="give the value its final shape before the loop, or use the numpy "
                            "backend")
    return jnp.broadcast_to(jnp.asarray(v, s.dtype), s.shape)


def _broadcastable(shape, to):
    return all(a in (1, b) for a, b in zip(reversed(shape), reversed(to)))


def _row(xs, k):
    """Step k of what a loop recorded (stacked arrays, or a list per step)."""
    if xs is None:
        return None
    if isinstance(xs, tuple):
        return tuple(_row(x, k) for x in xs)
    return xs[k]


def while_scan(cond_fn, body_fn, init, max_steps=None):
    """``while cond_fn(carry): carry, recorded = body_fn(carry)``: the last carry, and what
    each step recorded, stacked as ``scan`` stacks it. Under a jax trace the steps are
    written into buffers of ``max_steps`` rows, carried by a ``lax.while_loop``; a loop
    that needs more steps stops there and raises (when the compiled code runs)."""
    jax, jnp = _jax()
    if not isinstance(cond_fn(init), jax.core.Tracer):
        carry, steps = init, []
        try:
            while cond_fn(carry):
                if max_steps is not None and len(steps) == max_steps:
                    raise _too_many_steps(body_fn, max_steps)
                carry, recorded = body_fn(carry)
                steps.append(recorded)
            stacked = _stacked(jax, jnp, body_fn, carry, steps) \
                if _traced(jax, (init, steps)) else None
            if stacked is not None:
                return carry, stacked
            if steps and isinstance(steps[0], tuple):
                return carry, tuple(_Steps(column) for column in zip(*steps))
            return carry, _Steps(steps)
        except jax.errors.TracerBoolConversionError:
            pass  # the condition became traced part way: start again, traced
    if max_steps is None:
        raise S2SError("this while loop's condition depends on traced values: under "
                       "jax.jit or vmap, reverse mode records its steps into buffers whose "
                       "number of rows must be given", _loop_site(body_fn),
                       "pass max_steps=N to s2s.grad(..., backend='jax') (or to the transform "
                       "you use), N at least the number of steps the loop runs")
    carry, _ = jax.eval_shape(body_fn, init)
    init = _typed(jax, jnp, init, carry)
    _, recorded = jax.eval_shape(body_fn, init)  # a carry that starts as None is recorded
    tape = jax.tree.map(lambda s: jnp.zeros((max_steps,) + s.shape, s.dtype), recorded)

    def more(state):
        carry, _, steps = state
        return jnp.logical_and(cond_fn(carry), steps < max_steps)

    def step(state):
        carry, tape, steps = state
        carry, recorded = body_fn(carry)
        tape = jax.tree.map(lambda rows, v: rows.at[steps].set(v), tape, recorded)
        return carry, tape, steps + 1
    carry, tape, _ = jax.lax.while_loop(more, step, (init, tape, 0))

    def check(unfinished):  # raised from the compiled code, inside jax's runtime error
        if jnp.any(unfinished):  # the loop stopped at max_steps with its condition true
            raise _too_many_steps(body_fn, max_steps)
    jax.debug.callback(check, cond_fn(carry))
    return carry, tape


def _traced(jax, tree):
    return any(isinstance(v, jax.core.Tracer) for v in jax.tree.leaves(tree))


def _stacked(jax, jnp, body_fn, carry, steps):
    """What the steps of a loop Python ran recorded, stacked into arrays as ``lax.scan``
    stacks them, for a loop in the body of a traced one (whose steps record this one's
    in its buffers). A loop that ran no step stacks zero rows of what one would record.
    None where the steps record values of different shapes or kinds (a list, say)."""
    import numpy as np
    try:
        if not steps:
            _, one = jax.eval_shape(body_fn, carry)
            return jax.tree.map(lambda s: jnp.zeros((0,) + s.shape, s.dtype), one)
        # concrete values (a count of steps) stay concrete: a loop that runs them back
        # runs as many steps as Python's, not a traced number
        return jax.tree.map(lambda *rows: jnp.stack(rows) if _traced(jax, rows) else
                            np.stack(rows), *steps)
    except (TypeError, ValueError):
        return None


def _too_many_steps(body_fn, max_steps):
    return S2SError(f"this while loop runs more than max_steps={max_steps} steps",
                    _loop_site(body_fn),
                    "raise max_steps (s2s.grad(..., backend='jax', max_steps=N))")


LOOP_SITES = "__s2s_loop_sites__"
"""The name under which emitted code's namespace holds {(emitted function, name of a while
loop's body function in it): (file, line, col) of the user's loop}, for errors about the
loop."""


def _loop_site(body_fn):
    path = body_fn.__qualname__.split(".")
    return body_fn.__globals__.get(LOOP_SITES, {}).get((path[0], path[-1]))


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
    init = _typed(jax, jnp, init, out)
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

    def contraction(gs, *others):
        """Stacked factors of a matrix's cotangent: sum over the steps as one product (a
        vmap of outer products would make a T x m x n array, then sum it)."""
        return not isinstance(gs, list) and len({jnp.ndim(a) for a in (gs, *others)}) == 1 \
            and jnp.ndim(gs) in (2, 3)

    def matmul_vjp_lhs_sum(gs, x, ys):
        if contraction(gs, ys) and jnp.ndim(x) == 2 \
                and (gs.shape[1], ys.shape[1]) == x.shape:  # sum of outer(g, y) or g @ y.T
            return jnp.tensordot(gs, ys, axes=([0, *range(2, gs.ndim)],) * 2)
        out = over_steps(lambda g, y: helpers["matmul_vjp_lhs"](g, x, y), gs, ys)
        return jnp.zeros_like(x) if out is None else out

    def matmul_vjp_rhs_sum(gs, xs, y):
        if contraction(gs, xs) and jnp.ndim(y) == 2 \
                and (xs.shape[-1], gs.shape[-1]) == y.shape:  # sum of outer(x, g) or x.T @ g
            return jnp.tensordot(xs, gs, axes=(list(range(xs.ndim - 1)),) * 2)
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
