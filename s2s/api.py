"""The public transforms of SPEC.md §1.

Each transform looks up (or builds, once) the derivative it needs from ``pipeline`` and
wraps the generated function: it binds the arguments, checks what the generated code
cannot (a scalar output for ``grad``, cotangent shapes), and gives each derivative the
dtype and structure of its input. The functions it returns carry their source
(``s2s.source(g)``) and their spec, so that transforms compose (``grad(grad(f))``).
"""
from __future__ import annotations

import functools
import importlib.metadata
import inspect
import operator

import numpy as np

from . import backends
from .compile import module_text, namespace_of
from .custom import _Custom
from .errors import (GradientCheckError, NonScalarOutputError, S2SError, ShapeError, WrtError,
                     boundary)
from .frontend.parse import unwrap
from .pipeline import build, ir_of, primal_ir  # noqa: F401  (primal_ir: for tests, tools)


def spec_of(f):
    """The spec of a user function, or of a derivative s2s returned."""
    spec = getattr(f, "__s2s_spec__", None)
    if spec is not None:
        return spec
    # a function with a custom derivative is kept whole: its body is not differentiated
    return ("primal", f if isinstance(f, _Custom) else unwrap(f))


def _signature_fn(spec):
    """The Python function whose signature a derivative of ``spec`` takes."""
    while spec[0] != "primal":
        spec = spec[1]
    return spec[1]


def _where(spec):
    ir = ir_of(spec)
    return (ir.filename, ir.firstline, 0)


def _wrt_names(spec, wrt):
    ir = ir_of(spec)
    fn = _signature_fn(spec)
    params = list(ir.params)
    single = not isinstance(wrt, (tuple, list))
    items = [wrt] if single else list(wrt)
    names = []
    where = _where(spec)
    for w in items:
        if isinstance(w, bool) or not isinstance(w, (int, str)):
            raise WrtError(f"wrt must be a parameter index or name, not {w!r}", where)
        if isinstance(w, int):
            if not -len(params) <= w < len(params):
                raise WrtError(f"wrt={w} is out of range: {fn.__name__} has {len(params)} "
                               f"parameters ({', '.join(params)})", where,
                               f"use an index below {len(params)} or a parameter name")
            names.append(params[w])
        else:
            if w not in params:
                raise WrtError(f"{fn.__name__} has no parameter {w!r}", where,
                               f"use one of: {', '.join(params)}")
            names.append(w)
    if len(set(names)) != len(names):
        raise WrtError(f"wrt names a parameter twice: {wrt!r}", where)
    return tuple(names), single


class _Params:
    """Finds the arguments bound to some parameters, fast for the common positional call
    (``inspect.Signature.bind`` costs more than a small gradient)."""

    def __init__(self, fn, names):
        self.fn, self.names = fn, names
        params = list(inspect.signature(fn).parameters)
        self.index = [params.index(n) for n in names]
        self.needed = max(self.index, default=-1) + 1

    def values(self, args, kwargs):
        if not kwargs and len(args) >= self.needed:
            return [args[i] for i in self.index]
        bound = _bind(self.fn, args, kwargs)
        return [bound[n] for n in self.names]


def _bind(fn, args, kwargs):
    sig = inspect.signature(fn)
    try:
        bound = sig.bind(*args, **kwargs)
    except TypeError as e:
        raise S2SError(f"{fn.__name__}{sig}: {e}") from None
    bound.apply_defaults()
    return bound.arguments


_REAL_SCALARS = (float, int, np.floating, np.integer)
_FLOATS = frozenset((float, np.float64, np.float32))


def _zeros_like(backend):
    """The backend's zeros of a value's structure, shape and dtype."""
    return backends.get(backend).helper("zeros_like")


def _cast_like(backend):
    """The backend's cast of a derivative to its input's type and dtype."""
    return backends.get(backend).helper("cast_like")


def _scalar(v):
    if isinstance(v, _REAL_SCALARS):
        return True
    if isinstance(v, np.ndarray):
        return v.ndim == 0 and not np.iscomplexobj(v)
    # a numpy scalar or a jax array, traced or not
    return getattr(v, "shape", None) == () and not _complex(v)


def _signature(args, kwargs):
    """What the shape of a function's output can depend on: its arguments' shapes (their
    structure, for pytrees) and the values of its int, bool and string arguments."""
    def key(a):
        if a.__class__ is float:  # the common cases first: this runs on every call
            return ()
        if a.__class__ is np.ndarray:
            return a.shape
        return a if isinstance(a, (int, str, type(None))) else _shape_key(a)
    return tuple(map(key, args)) + tuple((k, key(v)) for k, v in sorted(kwargs.items()))


def _complex(x):
    dtype = getattr(x, "dtype", None)
    return dtype.kind == "c" if dtype is not None else isinstance(x, complex)


def _refuse_complex(spec, names, xs, what="parameter"):
    """s2s differentiates float32 and float64 values (SPEC §3): a complex one is an error,
    not a derivative whose imaginary part is silently dropped."""
    for name, x in zip(names, xs):
        for leaf in _flatten(x)[0] if _is_tree(x) else (x,):
            if _complex(leaf):
                raise S2SError(
                    f"{_signature_fn(spec).__name__}'s {what} {name} is complex "
                    f"({getattr(leaf, 'dtype', type(leaf).__name__)}); s2s differentiates "
                    f"real float32 and float64 values", _where(spec),
                    "pass the real and imaginary parts as two real parameters "
                    "(x.real, x.imag) and combine them inside the function")


def _derived(g, spec, source, doc):
    g = boundary(g)
    g.__s2s_spec__ = spec
    g.__s2s_source__ = source
    g.__doc__ = doc
    return g


def _complex_inside(spec):
    return S2SError(f"{_signature_fn(spec).__name__} computes with complex values; s2s "
                    f"differentiates real float32 and float64 code", _where(spec),
                    "compute with real and imaginary parts as two real arrays")


def _not_scalar(spec, v):
    if _complex(v):
        return NonScalarOutputError(
            f"grad needs a real scalar output; {_signature_fn(spec).__name__} returned a "
            f"complex value", _where(spec), "return its real part, abs or squared abs")
    return NonScalarOutputError(
        f"grad needs a scalar output; {_signature_fn(spec).__name__} returned shape "
        f"{np.shape(v)}", _where(spec),
        "reduce it to a scalar (e.g. np.sum), or use s2s.vjp / s2s.jacrev")


# -- gradients --------------------------------------------------------------------------------
def _make_value_and_grad(f, wrt, has_aux, backend, grad_only, max_steps=None):
    parent = spec_of(f)
    if parent[0] != "primal":
        return _derived_grad(f, parent, wrt, backend, grad_only)
    fn = parent[1]
    names, single = _wrt_names(parent, wrt)
    gen = build("grad" if grad_only else "value_and_grad", parent, names, backend or "numpy",
                max_steps)
    nres = gen.info["nresults"]
    where = _where(parent)
    if has_aux and nres != 2:
        raise S2SError(f"has_aux=True needs {fn.__name__} to return (output, aux)", where)
    if not has_aux and nres != 1:
        raise NonScalarOutputError(f"grad needs a scalar output; {fn.__name__} returns a tuple",
                                   where, "use has_aux=True for (output, aux), or s2s.vjp")
    params = _Params(fn, names)
    run, cast = gen.funcs[0], _cast_like(backend)
    index, needed, first = params.index, params.needed, params.index[0]
    pick = operator.itemgetter(*index) if len(index) > 1 else lambda a: (a[first],)

    # the generated code returns [value,] [aux,] *gradients (grad's has no value), and a
    # lone gradient not in a tuple
    value = not grad_only
    lead = nres if value else nres - 1
    alone = lead == 0 and len(names) == 1
    # grad of an output not certain to be a scalar: value_and_grad's code checks that it
    # is, once per signature of the arguments
    checked = None if value or gen.info["scalar"] else set()
    full = None if checked is None else \
        build("value_and_grad", parent, names, backend or "numpy", max_steps).funcs[0]

    @functools.wraps(fn)
    def vg(*args, **kwargs):
        positional = not kwargs and len(args) >= needed
        if single:
            x = args[first] if positional else params.values(args, kwargs)[0]
            if x.__class__ not in _FLOATS:
                _refuse_complex(parent, names, (x,))
        else:
            xs = pick(args) if positional else params.values(args, kwargs)
            _refuse_complex(parent, names, xs)
        if checked is None or (key := _signature(args, kwargs)) in checked:
            out = run(*args, **kwargs)
            if alone:
                out = (out,)
        else:
            out = full(*args, **kwargs)
            if out[0].__class__ not in _FLOATS and not _scalar(out[0]):
                raise _not_scalar(parent, out[0])
            checked.add(key)
            out = out[1:]
        if value:
            v = out[0]
            if v.__class__ not in _FLOATS and not _scalar(v):
                raise _not_scalar(parent, v)
        if single:
            if out[lead].__class__ not in _FLOATS and _complex(out[lead]):
                raise _complex_inside(parent)
            grads = cast(out[lead], x)
        else:
            if any(map(_complex, out[lead:])):
                raise _complex_inside(parent)
            grads = tuple(map(cast, out[lead:], xs))
        if grad_only:
            return (grads, out[lead - 1]) if has_aux else grads
        return ((v, out[1]) if has_aux else v), grads

    kind = "Gradient" if grad_only else "Value and gradient"
    spec = ("grad", parent, names) if grad_only and not has_aux else None
    vg.__s2s_tuple__ = not single  # wrt=(0,): a tuple of one gradient (read when inlined)
    return _derived(vg, spec, gen.source, f"{kind} of {fn.__name__} (s2s)")


def _derived_grad(f, parent, wrt, backend, grad_only):
    """The gradient of a derivative s2s returned (``grad(grad(f))``), by forward mode over
    its IR: for scalar parameters one forward sweep each gives the derivative."""
    fn = _signature_fn(parent)
    names, single = _wrt_names(parent, wrt)
    ir = ir_of(parent)
    if len(ir.body.results) != 1:
        raise NonScalarOutputError(
            f"grad needs a scalar output; this derivative of {fn.__name__} returns a tuple",
            _where(parent), "differentiate with respect to one parameter at a time")
    gens = {n: build("jvp", parent, (n,), backend or "numpy") for n in names}
    params = _Params(fn, names)

    @functools.wraps(fn)
    def vg(*args, **kwargs):
        xs = params.values(args, kwargs)
        _refuse_complex(parent, names, xs)
        bound = _bind(fn, args, kwargs)
        grads, value = [], None
        for n, x in zip(names, xs):
            run = gens[n].funcs[0]
            basis = np.eye(np.size(x)).reshape((np.size(x),) + np.shape(x)) \
                if np.ndim(x) else [1.0]
            cols = []
            for e in basis:
                call = dict(bound)
                value, tangent = run(*call.values(), e if np.ndim(x) else 1.0)
                cols.append(tangent)
            if not _scalar(value):
                raise _not_scalar(parent, value)
            g = np.reshape(np.array(cols), np.shape(x)) if np.ndim(x) else cols[0]
            grads.append(_cast_like(backend)(g, x))
        grads = grads[0] if single else tuple(grads)
        return grads if grad_only else (value, grads)

    spec = ("dgrad", parent, names) if grad_only else None
    source = "\n\n".join(gens[n].source for n in names)
    return _derived(vg, spec, source, f"Derivative of a derivative of {fn.__name__} (s2s)")


@boundary
def value_and_grad(f, wrt=0, *, has_aux=False, backend=None, max_steps=None):
    """Function returning ``(f(...), gradient)``, from one forward sweep (``max_steps``:
    as for ``grad``)."""
    return _make_value_and_grad(f, wrt, has_aux, backend, False, max_steps)


@boundary
def grad(f, wrt=0, *, has_aux=False, backend=None, max_steps=None):
    """Gradient of a scalar function with respect to ``wrt`` (index, name, or tuple).

    ``max_steps`` (jax backend): the most steps a ``while`` loop whose condition depends
    on traced values may run under ``jax.jit``/``vmap``; reverse mode records its steps
    into buffers of that many rows. Needed only for such loops (an s2s error says so
    when one is traced without it); a loop that runs longer raises an s2s error naming
    it. Eager calls and the numpy backend need no bound."""
    return _make_value_and_grad(f, wrt, has_aux, backend, True, max_steps)


# -- vjp and jvp ---------------------------------------------------------------------------
@boundary
def vjp(f, *primals, wrt=None, backend=None, max_steps=None):
    """``(f(*primals), pullback)``; ``pullback(cotangent)`` can be called many times
    (``max_steps``: as for ``grad``)."""
    spec = spec_of(f)
    ir = ir_of(spec)
    if wrt is None:
        names, single = tuple(ir.params[:len(primals)]), False
    else:
        names, single = _wrt_names(spec, wrt)
    gen = build("vjp", spec, names, backend or "numpy", max_steps)
    nres = gen.info["nresults"]
    xs = _Params(_signature_fn(spec), names).values(primals, {})
    _refuse_complex(spec, names, xs)
    out = gen.funcs[0](*primals)
    value, residuals = out[:nres], out[nres:]

    def pullback(cotangent):
        cts = tuple(cotangent) if ir.returns_tuple else (cotangent,)
        if len(cts) != nres:
            raise S2SError(f"pullback expects {nres} cotangents, got {len(cts)}")
        _refuse_complex(spec, ["of its output"] * nres, cts, "cotangent")
        for c, v in zip(cts, value):
            if np.shape(c) != np.shape(v):
                raise ShapeError(f"cotangent of shape {np.shape(c)} for an output of shape "
                                 f"{np.shape(v)}", hint="pass a cotangent shaped like the output")
        grads = gen.funcs[1](*residuals, *cts)
        grads = grads if len(names) != 1 else (grads,)
        grads = tuple(map(_cast_like(backend), grads, xs))
        return grads[0] if single else grads

    pullback = boundary(pullback)
    pullback.__s2s_source__ = gen.source
    return (tuple(value) if ir.returns_tuple else value[0]), pullback


@boundary
def jvp(f, primals, tangents, *, backend=None):
    """``(f(*primals), tangent of the output)``: forward mode, one tangent per primal.

    Tangents of int and bool primals are ignored (pass 0 or None). Tuple outputs give
    tuple tangents."""
    spec = spec_of(f)
    ir = ir_of(spec)
    primals, tangents = tuple(primals), tuple(tangents)
    if len(primals) != len(tangents):
        raise S2SError(f"jvp needs one tangent per primal: got {len(primals)} primals and "
                       f"{len(tangents)} tangents")
    names = tuple(p for p, x, t in zip(ir.params, primals, tangents)
                  if t is not None and not _integral(x))
    _refuse_complex(spec, ir.params, primals)
    _refuse_complex(spec, names, [t for t in tangents if t is not None], "tangent for")
    for p, x, t in zip(ir.params, primals, tangents):
        if p in names and _shapes(t) != _shapes(x):
            raise ShapeError(f"tangent for {p} has shape {_shapes(t)}, its primal "
                             f"{_shapes(x)}", hint="pass a tangent shaped like its primal")
    gen = build("jvp", spec, names, backend or "numpy")
    dots = [t for p, t in zip(ir.params, tangents) if p in names]
    values = list(_bind(_signature_fn(spec), primals, {}).values())
    out = gen.funcs[0](*values, *dots)
    nres = gen.info["nresults"]
    values = out[:nres]
    tans = tuple(map(_cast_like(backend), out[nres:], values))
    return (tuple(values), tans) if ir.returns_tuple else (values[0], tans[0])


def _shape_key(x):
    """A hashable key of an argument's shape (of a pytree's structure and leaf shapes)."""
    return repr(_shapes(x)) if _is_tree(x) else _shape(x)


def _shapes(x):
    """The shape of an array, or the structure of shapes of a list/tuple/dict of them."""
    if isinstance(x, (list, tuple)):
        items = [_shapes(v) for v in x]
        return type(x)(*items) if hasattr(x, "_fields") else type(x)(items)  # a NamedTuple
    if isinstance(x, dict):
        return {k: _shapes(v) for k, v in x.items()}
    return np.shape(x)


def _integral(x):
    return isinstance(x, (bool, int, np.integer, np.bool_)) or \
        isinstance(x, np.ndarray) and x.dtype.kind in "biu"


# -- Jacobians and Hessians -------------------------------------------------------------------
def _basis(x):
    """Unit tangents for every element of x, in C order."""
    n = int(np.size(x))
    if np.ndim(x) == 0:
        return [np.ones_like(x) if isinstance(x, np.ndarray) else 1.0]
    eye = np.eye(n, dtype=np.result_type(x, np.float32))
    return list(eye.reshape((n,) + np.shape(x)))


def _directions(x, zeros_like):
    """Unit tangents of a pytree ``x``, one per element of each leaf: (leaf index, tangent
    pytree), zero in every other leaf (``zeros_like``: the backend's)."""
    zeros, rebuild = _flatten(zeros_like(x))
    return [(j, rebuild(j, e)) for j, leaf in enumerate(zeros) for e in _basis(leaf)]


def _stacked(x, columns, shape):
    """The Jacobian with respect to the pytree ``x`` from one column per direction of
    ``_directions(x)``: x's structure, each leaf ``shape + leaf.shape``."""
    leaves, _ = _flatten(x)
    xp = _array_module(columns[0]) if columns else np
    out, k = [], 0
    for leaf in leaves:
        n = int(np.size(leaf))
        cols = [xp.broadcast_to(c, shape) for c in columns[k:k + n]]
        out.append(xp.stack(cols, axis=-1).reshape(shape + np.shape(leaf)) if cols
                   else xp.zeros(shape + np.shape(leaf)))
        k += n
    return _like(x, out)


def _size(x):
    """The number of scalars in ``x``, an array or a pytree of them."""
    return sum(int(np.size(v)) for v in _flatten(x)[0]) if _is_tree(x) else int(np.size(x))


def _positional_arity(fn):
    """How many positional arguments a call giving every parameter of fn positionally
    has: such a call's args are the generated code's arguments as they are (-1 when fn
    takes ``*args``, ``**kwargs`` or keyword-only parameters: no call is that plain)."""
    params = inspect.signature(fn).parameters.values()
    plain = all(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in params)
    return len(params) if plain else -1


def _arguments(fn):
    """A function from a call's (args, kwargs) to the values of all of fn's parameters,
    fast for the common positional call (``inspect.Signature.bind`` costs more than a
    small Jacobian)."""
    nparams = _positional_arity(fn)

    def values(args, kwargs):
        if not kwargs and len(args) == nparams:
            return args
        return tuple(_bind(fn, args, kwargs).values())
    return values


@boundary
def jacfwd(f, wrt=0, *, backend=None):
    """Jacobian by forward mode, shape ``out.shape + in.shape``: one sweep of the
    generated code with every input direction at once (a trailing batch axis on the
    tangents) where each rule has such a form, else one sweep per input element. For a
    parameter that is a list, tuple or dict of arrays, the Jacobian has its structure,
    one Jacobian per leaf (as ``jax.jacfwd``), from one sweep per element."""
    spec = spec_of(f)
    names, single = _wrt_names(spec, wrt)
    fn = _signature_fn(spec)
    params = _Params(fn, names)
    gens = {n: build("jvp", spec, (n,), backend or "numpy") for n in names}
    batched = {n: build("jacfwd", spec, (n,), backend or "numpy") for n in names}
    arguments = _arguments(fn)

    runs = [(batched[n] and batched[n].funcs[0], gens[n].funcs[0]) for n in names]

    zeros = _zeros_like(backend)

    def general(args, kwargs):
        values = arguments(args, kwargs)
        xs = params.values(args, kwargs)
        _refuse_complex(spec, names, xs)
        out = [_forward_jacobian(b, run, values, x, zeros) for (b, run), x in zip(runs, xs)]
        return out[0] if single else tuple(out)

    if single and runs[0][0] is not None:
        # The common case, kept lean: for a small Jacobian (A @ x, A 10 x 100: the copy of
        # A) the wrapper's fixed cost is most of the call. A positional call passes its
        # args straight to the one batched sweep; anything else takes the general path.
        sweep, k, nparams = runs[0][0], params.index[0], _positional_arity(fn)

        @functools.wraps(fn)
        def jac(*args, **kwargs):
            if kwargs or len(args) != nparams or _is_tree(args[k]):
                return general(args, kwargs)
            x = args[k]
            if _complex(x):
                _refuse_complex(spec, names, (x,))
            t = sweep(*args)  # the output's shape, and a trailing axis of directions
            if type(t) is np.ndarray and type(x) is np.ndarray and t.shape[-1:] == x.shape:
                return t  # a vector x: t is already shaped out.shape + x.shape
            return _batched_jacobian(t, x)
    else:
        @functools.wraps(fn)
        def jac(*args, **kwargs):
            return general(args, kwargs)

    sources = [(batched[n] or gens[n]).source for n in names]
    jac.__s2s_batched__ = all(batched[n] is not None for n in names)
    return _derived(jac, None, "\n\n".join(sources),
                    f"Jacobian of {fn.__name__} by forward mode (s2s)")


def _shape(v):
    return v.shape if type(v) is np.ndarray else np.shape(v)


def _forward_jacobian(batched, run, values, x, zeros_like=None):
    """The Jacobian with respect to x: from the batched sweep (seeded with the identity:
    every direction at once) where there is one, else from one sweep per direction (and
    for a pytree x, whose Jacobian is x's structure of one Jacobian per leaf)."""
    if _is_tree(x):
        cols = [run(*values, e) for _, e in _directions(x, zeros_like)]
        return _stacked(x, [c for _, c in cols], np.shape(cols[0][0]) if cols else ())
    if batched is not None:
        return _batched_jacobian(batched(*values), x)
    cols = [run(*values, e) for e in _basis(x)]
    vshape = np.shape(cols[0][0])
    xp = _array_module(cols[0][1])
    return xp.stack([xp.broadcast_to(c, vshape) for _, c in cols], axis=-1) \
        .reshape(vshape + _shape(x))


def _batched_jacobian(t, x):
    """The Jacobian ``out.shape + x.shape`` from the batched tangent ``t`` of a sweep seeded
    with the identity (shape ``out.shape + (x.size,)``)."""
    shape = _shape(t)[:-1] + _shape(x)
    return t if _shape(t) == shape else _array_module(t).reshape(t, shape)


@boundary
def jacrev(f, wrt=0, *, backend=None, max_steps=None):
    """Jacobian by reverse mode, shape ``out.shape + in.shape``: one forward sweep, then
    one sweep of the pullback with every output cotangent direction at once (a trailing
    batch axis) where each rule has such a form, else one pullback per output element
    (``max_steps``: as for ``grad``). A parameter that is a list, tuple or dict of arrays
    gets its structure of per-leaf Jacobians, as in ``jacfwd``."""
    spec = spec_of(f)
    if spec[0] != "primal":
        # s2s differentiates its own derivative code in forward mode only; the Jacobian
        # of a derivative (a Hessian, for a gradient) is the same either way
        return jacfwd(f, wrt, backend=backend)
    names, single = _wrt_names(spec, wrt)
    fn = _signature_fn(spec)
    gen = build("vjp", spec, names, backend or "numpy", max_steps)
    batched = build("vjp_batched", spec, names, backend or "numpy", max_steps)
    params = _Params(fn, names)
    arguments = _arguments(fn)
    nresults = gen.info["nresults"]

    def general(args, kwargs):
        values = arguments(args, kwargs)
        if nresults != 1:
            raise S2SError("jacrev needs a function with one output")
        xs = params.values(args, kwargs)
        _refuse_complex(spec, names, xs)
        if batched is not None and not any(map(_is_tree, xs)):
            value, *residuals = batched.funcs[0](*values)
            shape = _shape(value)
            size = value.size if type(value) is np.ndarray else int(np.size(value))
            # seeded with the identity; the cotangent passed only gives the output's shape
            rows = batched.funcs[1](*residuals, value)
            rows = (rows,) if len(names) == 1 else rows
            # row i of J is the i-th direction: the trailing axis comes first
            return _one_or_all(single, [_rows(r, x, shape, size) for r, x in zip(rows, xs)])
        value, *residuals = gen.funcs[0](*values)
        rows = []
        for e in _basis(value):
            g = gen.funcs[1](*residuals, e)
            rows.append(g if len(names) != 1 else (g,))
        return _one_or_all(single, [_reverse_jacobian([r[k] for r in rows], x, np.shape(value))
                                    for k, x in enumerate(xs)])

    if single and batched is not None and nresults == 1:
        # The common case, kept lean as in jacfwd: a positional call's args go straight
        # to the batched sweeps; anything else takes the general path.
        forward, pullback = batched.funcs
        k, nparams = params.index[0], _positional_arity(fn)

        @functools.wraps(fn)
        def jac(*args, **kwargs):
            if kwargs or len(args) != nparams or _is_tree(args[k]):
                return general(args, kwargs)
            x = args[k]
            if _complex(x):
                _refuse_complex(spec, names, (x,))
            value, *residuals = forward(*args)
            t = pullback(*residuals, value)  # x.shape + (value.size,)
            if type(t) is np.ndarray and type(x) is np.ndarray and type(value) is np.ndarray \
                    and x.ndim == 1 and value.ndim == 1 and t.shape == x.shape + value.shape:
                return t.T  # vectors in and out: J is t's transpose, no reshape needed
            return _rows(t, x, _shape(value), int(np.size(value)))
    else:
        @functools.wraps(fn)
        def jac(*args, **kwargs):
            return general(args, kwargs)

    jac.__s2s_batched__ = batched is not None
    return _derived(jac, None, (batched or gen).source,
                    f"Jacobian of {fn.__name__} by reverse mode (s2s)")


def _reverse_jacobian(rows, x, shape):
    """The Jacobian ``shape + x.shape`` from one cotangent of x per output element (for a
    pytree x, x's structure of one Jacobian per leaf)."""
    if _is_tree(x):
        leaves = [_flatten(r)[0] for r in rows]
        return _like(x, [_reverse_jacobian([r[j] for r in leaves], leaf, shape)
                         for j, leaf in enumerate(_flatten(x)[0])])
    xp = _array_module(rows[0])
    return xp.stack([xp.broadcast_to(r, np.shape(x)) for r in rows]) \
        .reshape(shape + np.shape(x))


def _rows(t, x, shape, size):
    """The Jacobian ``shape + x.shape`` from the batched cotangent ``t`` of x (shape
    ``x.shape + (size,)``, or smaller by broadcast dimensions)."""
    xp = _array_module(t)
    xshape = _shape(x)
    if _shape(t) != xshape + (size,):
        t = xp.broadcast_to(t, xshape + (size,))
    t = xp.asarray(t)
    return (t.T if len(xshape) <= 1 else xp.moveaxis(t, -1, 0)).reshape(shape + xshape)


def _array_module(t):
    """numpy for numpy values; jax.numpy for the jax backend's (traced under jax.jit)."""
    if isinstance(t, (np.ndarray, np.generic, float, int)):
        return np
    import jax.numpy
    return jax.numpy


def _one_or_all(single, items):
    return items[0] if single else tuple(items)


# A sweep of generated code with d directions at once costs about d columns of arithmetic;
# d sweeps of one direction each cost the same arithmetic plus d calls of generated code,
# which dominate for small arrays: a direction of a loop counts as this many batched ones.
LOOPED_DIRECTION_COST = 4


@boundary
def jacobian(f, wrt=0, *, backend=None, max_steps=None):
    """Jacobian by forward mode when it needs fewer directions than reverse mode (inputs
    against outputs, a direction of a one-sweep-per-direction fallback counting as
    ``LOOPED_DIRECTION_COST``), by reverse mode otherwise (the choice is made at each
    call, from the sizes; ``max_steps``: as for ``grad``)."""
    fwd = jacfwd(f, wrt, backend=backend)
    rev_ = jacrev(f, wrt, backend=backend, max_steps=max_steps)
    spec = spec_of(f)
    names, _ = _wrt_names(spec, wrt)
    fn = _signature_fn(spec)
    params = _Params(fn, names)

    forward_for = {}  # argument shapes -> whether forward mode is the cheaper

    @functools.wraps(fn)
    def jac(*args, **kwargs):
        # the output's size may depend on every argument, not only the differentiated ones
        shapes = tuple(map(_shape_key, args))
        if kwargs:
            shapes += tuple((k, _shape_key(v)) for k, v in kwargs.items())
        forward = forward_for.get(shapes)
        if forward is None:  # the output's size, from one run of f
            xs = params.values(args, kwargs)
            n_in = sum(map(_size, xs))
            out = f(*args, **kwargs)
            n_out = sum(map(_size, out if isinstance(out, tuple) else (out,)))
            cost_in = n_in * (1 if fwd.__s2s_batched__ else LOOPED_DIRECTION_COST)
            cost_out = n_out * (1 if rev_.__s2s_batched__ else LOOPED_DIRECTION_COST)
            forward = forward_for[shapes] = cost_in < cost_out
        return (fwd if forward else rev_)(*args, **kwargs)

    return _derived(jac, None, fwd.__s2s_source__ + "\n\n" + rev_.__s2s_source__,
                    f"Jacobian of {fn.__name__} (s2s)")


@boundary
def hvp(f, wrt=0, *, backend=None, max_steps=None):
    """``hvp(f)(*args, v)``: the Hessian of scalar ``f`` times ``v``, by forward mode over
    the generated reverse-mode source; no Hessian is built. ``v`` is shaped like the
    ``wrt`` parameter (a tuple of them for a tuple ``wrt``; ``max_steps``: as for
    ``grad``)."""
    spec = spec_of(f)
    names, single = _wrt_names(spec, wrt)
    fn = _signature_fn(spec)
    gen = build("hvp", spec, names, backend or "numpy", max_steps)
    params = _Params(fn, names)
    run = gen.funcs[0]

    @functools.wraps(fn)
    def hv(*args):
        *args, v = args
        vs = (v,) if single else tuple(v)
        xs = params.values(tuple(args), {})
        _refuse_complex(spec, names, xs)
        _refuse_complex(spec, ["v"] * len(vs), vs, "vector")
        for x, t in zip(xs, vs):
            if _shapes(t) != _shapes(x):
                raise ShapeError(f"v has shape {_shapes(t)}, the parameter {_shapes(x)}",
                                 hint="pass v shaped like the parameter")
        out = run(*_bind(fn, args, {}).values(), *vs)
        out = (out,) if single else out
        res = tuple(map(_cast_like(backend), out, xs))
        return res[0] if single else res

    return _derived(hv, None, gen.source, f"Hessian-vector product of {fn.__name__} (s2s)")


def _shape_key(x):
    """A hashable key of an argument's shape (of a pytree's structure and leaf shapes)."""
    return repr(_shapes(x)) if _is_tree(x) else _shape(x)


def _shapes(x):
    """The shape of an array, or the structure of a pytree's shapes."""
    return _like(x, [np.shape(v) for v in _flatten(x)[0]]) if _is_tree(x) else np.shape(x)


@boundary
def hessian(f, wrt=0, *, backend=None, max_steps=None):
    """The Hessian of scalar ``f``, by forward-over-reverse, shape ``in.shape + in.shape``:
    one forward sweep over the gradient with every input direction at once (a trailing
    batch axis) where each rule has such a form, else one Hessian-vector product per
    element of the parameter (``max_steps``: as for ``grad``). For a parameter that is a
    list, tuple or dict of arrays, ``H[i][j]`` (the parameter's structure twice) is the
    derivative of the gradient's leaf i with respect to leaf j, as in ``jax.hessian``."""
    if isinstance(wrt, (tuple, list)):
        raise WrtError("hessian takes one parameter", hint="call it once per parameter")
    h = hvp(f, wrt, backend=backend, max_steps=max_steps)
    spec = spec_of(f)
    names, _ = _wrt_names(spec, wrt)
    fn = _signature_fn(spec)
    params = _Params(fn, names)
    batched = build("hvp_batched", spec, names, backend or "numpy", max_steps)
    arguments = _arguments(fn)
    zeros = _zeros_like(backend)

    @functools.wraps(fn)
    def hess(*args):
        (x,) = params.values(args, {})
        _refuse_complex(spec, names, (x,))
        if _is_tree(x):  # H[i][j]: d (gradient leaf i) / d (leaf j), x's structure twice
            cols = [_flatten(h(*args, e))[0] for _, e in _directions(x, zeros)]
            leaves = _flatten(x)[0]
            return _like(x, [_stacked(x, [c[i] for c in cols], np.shape(leaf))
                             for i, leaf in enumerate(leaves)])
        if not np.ndim(x):
            return h(*args, 1.0)
        shape, size = np.shape(x), int(np.size(x))
        if batched is not None:
            H = batched.funcs[0](*arguments(args, {}))  # seeded with the identity
            xp = _array_module(H)
            if np.shape(H) != shape + (size,):
                H = xp.broadcast_to(H, shape + (size,))
            H = xp.reshape(H, shape + shape)
            return H.astype(x.dtype, copy=False) if isinstance(x, np.ndarray) else H
        cols = [h(*args, e) for e in _basis(x)]
        xp = _array_module(cols[0])
        return xp.stack([xp.broadcast_to(c, shape) for c in cols], axis=-1) \
            .reshape(shape + shape)

    source = batched.source if batched is not None else h.__s2s_source__
    return _derived(hess, None, source, f"Hessian of {fn.__name__} (s2s)")


# -- source ----------------------------------------------------------------------------------
@boundary
def source(g, mode=None, wrt=0, backend=None, standalone=False):
    """The exact source text of a generated derivative.

    ``source(s2s.grad(f))``, or ``source(f, mode="reverse"|"forward"|"vjp"|"hvp", wrt=...,
    backend=...)``. ``standalone=True``: a module with the imports the text needs (numpy
    or jax.numpy, the s2s runtime helpers it calls, by name), which runs on its own."""
    text = getattr(g, "__s2s_source__", None)
    if text is None or mode is not None:
        mode = mode or "reverse"
        kind = {"reverse": "grad", "forward": "jvp", "vjp": "vjp", "hvp": "hvp"}.get(mode)
        if kind is None:
            raise S2SError(f"unknown mode {mode!r}",
                           hint="use mode='reverse', 'forward', 'vjp' or 'hvp'")
        spec = spec_of(g)
        names, _ = _wrt_names(spec, wrt)
        text = build(kind, spec, names, backend or "numpy").source
    if not standalone:
        return text
    fn = _signature_fn(spec_of(g))
    doc = f"Generated by s2s {version()} from {fn.__module__}.{fn.__qualname__}."
    try:
        return module_text(text, namespace_of(text), doc, inspect.getmodule(fn))
    except ValueError as e:
        raise S2SError(f"the derivative of {fn.__qualname__} reads {e}, which no import "
                       f"gives (a name in a closure, or in a script run as __main__), so "
                       f"it cannot run on its own", _where(spec_of(g)),
                       "define it at the top level of an importable module, or pass it "
                       "as a parameter") from None


def version():
    """The installed package's version."""
    try:
        return importlib.metadata.version("s2s")
    except importlib.metadata.PackageNotFoundError:
        return "(not installed)"


@boundary
def check_grad(f, *args, wrt=0, eps=1e-6, rtol=1e-5, atol=1e-8):
    """Compare s2s's gradient with central differences; returns (max abs, max rel) error
    and raises GradientCheckError past tolerance."""
    g = grad(f, wrt)(*args)
    fn = unwrap(f)
    names, single = _wrt_names(spec_of(f), wrt)
    params = list(inspect.signature(fn).parameters)
    grads = (g,) if single else g
    worst_abs = worst_rel = 0.0
    for name, gk in zip(names, grads):
        k = params.index(name)
        leaves, rebuild = _flatten(args[k])
        gleaves, _ = _flatten(gk)
        for li, (leaf, gl) in enumerate(zip(leaves, gleaves)):
            base = np.array(leaf, dtype=np.float64)
            fd = np.zeros(base.shape)
            for idx in np.ndindex(base.shape):
                h = eps * max(1.0, abs(base[idx]))
                plus, minus = base.copy(), base.copy()
                plus[idx] += h
                minus[idx] -= h
                a_p = list(args)
                a_m = list(args)
                a_p[k] = rebuild(li, plus if base.ndim else float(plus))
                a_m[k] = rebuild(li, minus if base.ndim else float(minus))
                fd[idx] = (fn(*a_p) - fn(*a_m)) / (2 * h)
            err = np.abs(np.asarray(gl, dtype=np.float64) - fd)
            worst_abs = max(worst_abs, float(err.max(initial=0.0)))
            rel = err / np.maximum(np.abs(fd), 1.0)
            worst_rel = max(worst_rel, float(rel.max(initial=0.0)))
            if np.any(err > atol + rtol * np.abs(fd)) and np.any(rel > rtol * 10):
                raise GradientCheckError(
                    f"gradient of {fn.__name__} wrt {name} disagrees with central differences: "
                    f"max abs error {worst_abs:.3g}, max rel error {worst_rel:.3g}")
    return worst_abs, worst_rel


def _is_tree(x):
    """Whether ``x`` is a container of arrays (a pytree), not one array or number."""
    return isinstance(x, (list, tuple, dict))


def _like(x, leaves):
    """``x``'s nested list/tuple/dict structure holding ``leaves`` (in ``_flatten``'s order)."""
    it = iter(leaves)

    def build(v):
        if isinstance(v, (list, tuple)):
            items = [build(e) for e in v]
            return tuple(items) if hasattr(v, "_fields") else type(v)(items)
        if isinstance(v, dict):
            return {k: build(v[k]) for k in sorted(v)}
        return next(it)
    return build(x)


def _flatten(x):
    """Leaves of a nested list/tuple/dict, and a function rebuilding x with one leaf replaced."""
    leaves, paths = [], []

    def walk(v, path):
        if isinstance(v, (list, tuple)):
            for i, e in enumerate(v):
                walk(e, path + (i,))
        elif isinstance(v, dict):
            for key in sorted(v):
                walk(v[key], path + (key,))
        else:
            leaves.append(v)
            paths.append(path)

    walk(x, ())

    def rebuild(i, leaf):
        def put(v, path):
            if not path:
                return leaf
            head, rest = path[0], path[1:]
            if isinstance(v, dict):
                return {**v, head: put(v[head], rest)}
            items = list(v)
            items[head] = put(items[head], rest)
            return type(v)(*items) if hasattr(v, "_fields") else type(v)(items)
        return put(x, paths[i])

    return leaves, rebuild


class Differentiable:
    """What ``@s2s.differentiate`` returns: the function, unchanged, plus transforms."""

    def __init__(self, fn, wrt=0, backend=None, max_steps=None):
        self.__s2s_wrapped__ = fn
        self._wrt, self._backend, self._max_steps = wrt, backend, max_steps
        functools.update_wrapper(self, fn)

    def __call__(self, *args, **kwargs):
        return self.__s2s_wrapped__(*args, **kwargs)

    # properties, not functools.cached_property, whose frame would show in a refusal
    @property
    @boundary
    def grad(self):
        return self._made("grad", grad)

    @property
    @boundary
    def value_and_grad(self):
        return self._made("value_and_grad", value_and_grad)

    def _made(self, key, transform):
        made = self.__dict__.setdefault("_transforms", {})
        if key not in made:
            made[key] = transform(self.__s2s_wrapped__, self._wrt, backend=self._backend,
                                  max_steps=self._max_steps)
        return made[key]

    @boundary
    def vjp(self, *primals, wrt=None):
        return vjp(self.__s2s_wrapped__, *primals, wrt=wrt, backend=self._backend,
                   max_steps=self._max_steps)

    @boundary
    def jvp(self, primals, tangents):
        return jvp(self.__s2s_wrapped__, primals, tangents, backend=self._backend)

    @boundary
    def source(self, mode=None, wrt=None, backend=None, standalone=False):
        return source(self.__s2s_wrapped__, mode=mode or "reverse",
                      wrt=self._wrt if wrt is None else wrt, backend=backend or self._backend,
                      standalone=standalone)


def differentiate(fn=None, *, wrt=0, backend=None, max_steps=None):
    """Decorator: ``@s2s.differentiate`` or ``@s2s.differentiate(wrt=..., backend=...,
    max_steps=...)`` (``max_steps``: as for ``grad``)."""
    if fn is None:
        return lambda f: Differentiable(f, wrt, backend, max_steps)
    return Differentiable(fn, wrt, backend, max_steps)
