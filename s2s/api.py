"""The public transforms of SPEC.md §1, and the pipeline they share.

The pipeline, top to bottom (each step a function from one value to the next)::

    lower (source -> SSA IR) -> verify -> simplify
      -> reverse (adjoint IR) -> simplify -> verify
      -> emit (Python text for a backend) -> compile (a real filename in linecache)

Transformation happens once per function and options, then is cached.
"""
from __future__ import annotations

import functools
import inspect

import numpy as np

from . import backends, runtime
from .codegen.emit import emit
from .compile import compile_source
from .errors import GradientCheckError, NonScalarOutputError, S2SError, WrtError
from .frontend.lower import lower
from .frontend.parse import unwrap
from .ir.verify import verify
from .rules import default_table
from .transforms import reverse as rev
from .transforms.batch_accumulations import batch_accumulations
from .transforms.simplify import simplify


# -- the pipeline -------------------------------------------------------------------------
def _guarded(step):
    """Let S2SErrors through; turn any other exception into an S2SError naming the user's
    function, so no compiler-internal traceback is all a user sees."""
    @functools.wraps(step)
    def run(fn, *args, **kwargs):
        try:
            return step(fn, *args, **kwargs)
        except S2SError:
            raise
        except Exception as e:
            code = getattr(fn, "__code__", None)
            loc = (code.co_filename, code.co_firstlineno, 0) if code else None
            raise S2SError(f"internal error in s2s while differentiating "
                           f"{getattr(fn, '__qualname__', fn)}: {type(e).__name__}: {e}", loc,
                           "this is a bug in s2s; please report it with this function") from e
    return run


@functools.lru_cache(maxsize=None)
@_guarded
def primal_ir(fn):
    table = default_table()
    ir = lower(fn, table)
    verify(ir)
    return verify(simplify(ir))


def _names_of(fn):
    from .frontend.lower import NameGen
    from .ir.nodes import For, While, walk_stmts
    taken = set(fn.params)
    for s in walk_stmts(fn.body):
        taken.update(getattr(s, "outs", ()))
        if isinstance(s, (For, While)):
            taken.update(s.carries)
        if isinstance(s, For):
            taken.add(s.index)
    return NameGen(taken)


class Generated:
    """A compiled derivative: its source text and the callables defined by it."""

    def __init__(self, source, funcs, info):
        self.source, self.funcs, self.info = source, funcs, info


def _wrt_names(fn, ir, wrt):
    params = [p for p in ir.params]
    single = not isinstance(wrt, (tuple, list))
    items = [wrt] if single else list(wrt)
    names = []
    where = (ir.filename, ir.firstline, 0)
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


@functools.lru_cache(maxsize=None)
@_guarded
def build(fn, kind, wrt_names, backend_name, has_aux=False):
    """Generate and compile ``kind`` ('grad' or 'vjp') of ``fn`` for ``wrt_names``."""
    table = default_table()
    backend = backends.get(backend_name)
    ir = primal_ir(fn)
    nres = len(ir.body.results)
    if kind == "grad":
        seeds = [1.0] + [None] * (nres - 1)
        from .ir.nodes import Const
        seeds = [Const(s) if s is not None else None for s in seeds]
    else:
        seeds = [rev.bar_name(r.name) if hasattr(r, "name") else f"out{k}_bar"
                 for k, r in enumerate(ir.body.results)]
    adj, arrays = rev.reverse(ir, table, wrt_names, seeds=seeds,
                                  scalar_output=kind == "grad")
    adj = verify(simplify(adj))
    adj = verify(simplify(batch_accumulations(adj, _names_of(adj))))
    base = ir.name
    filename = f"<s2s {kind} of {fn.__module__}.{fn.__qualname__}>"
    if kind == "grad":
        adj = rev.drop_marker(adj)
        src, ns = emit(adj, table, backend, f"{base}_grad", arrays)
        (g,) = compile_source(src, filename, ns, [f"{base}_grad"])
        return Generated(src, (g,), {"nresults": nres})
    nseeds = len(seeds)
    f, b, residuals = rev.split_sweeps(adj, nres, nseeds)
    f, b = verify(simplify(f)), verify(b)
    src_f, ns_f = emit(f, table, backend, f"{base}_fwd", arrays)
    src_b, ns_b = emit(b, table, backend, f"{base}_bwd", arrays)
    for k, v in ns_b.items():
        if k in ns_f and ns_f[k] is not v:
            raise AssertionError(f"namespace clash on {k}")
    src = src_f + "\n\n" + src_b
    ff, bb = compile_source(src, filename, {**ns_f, **ns_b}, [f"{base}_fwd", f"{base}_bwd"])
    return Generated(src, (ff, bb), {"nresults": nres, "nresiduals": len(residuals)})


# -- user-facing transforms ------------------------------------------------------------------
def _bind(fn, args, kwargs):
    sig = inspect.signature(fn)
    try:
        bound = sig.bind(*args, **kwargs)
    except TypeError as e:
        raise S2SError(f"{fn.__name__}{sig}: {e}") from None
    bound.apply_defaults()
    return bound.arguments


def _attach(g, generated, doc):
    g.__s2s_source__ = generated.source
    g.__doc__ = doc
    return g


class _Params:
    """Finds the arguments bound to the differentiated parameters, fast for the common
    positional call (``inspect.Signature.bind`` costs more than a small gradient)."""

    def __init__(self, fn, names):
        self.fn, self.names = fn, names
        self.sig = inspect.signature(fn)
        params = list(self.sig.parameters)
        self.index = [params.index(n) for n in names]
        self.needed = max(self.index) + 1

    def values(self, args, kwargs):
        if not kwargs and len(args) >= self.needed:
            return [args[i] for i in self.index]
        bound = _bind(self.fn, args, kwargs)
        return [bound[n] for n in self.names]


_REAL_SCALARS = (float, int, np.floating, np.integer)


def _scalar(v):
    if isinstance(v, _REAL_SCALARS):
        return True
    return isinstance(v, np.ndarray) and v.ndim == 0 and not np.iscomplexobj(v)


def _make_value_and_grad(f, wrt, has_aux, backend, grad_only):
    fn = unwrap(f)
    ir = primal_ir(fn)
    names, single = _wrt_names(fn, ir, wrt)
    gen = build(fn, "grad", names, backend or "numpy", has_aux)
    nres = gen.info["nresults"]
    where = (ir.filename, ir.firstline, 0)
    if has_aux and nres != 2:
        raise S2SError(f"has_aux=True needs {fn.__name__} to return (output, aux)", where)
    if not has_aux and nres != 1:
        raise NonScalarOutputError(f"grad needs a scalar output; {fn.__name__} returns a tuple",
                                   where, "use has_aux=True for (output, aux), or s2s.vjp")
    params = _Params(fn, names)
    run = gen.funcs[0]
    cast = runtime.cast_like
    index, needed = params.index, params.needed
    first = index[0]

    @functools.wraps(fn)
    def vg(*args, **kwargs):
        out = run(*args, **kwargs)
        v = out[0]
        if not _scalar(v):
            raise NonScalarOutputError(
                f"grad needs a scalar output; {fn.__name__} returned shape {np.shape(v)}",
                where, "reduce it to a scalar (e.g. np.sum), or use s2s.vjp / s2s.jacrev")
        values = args if not kwargs and len(args) >= needed else None
        if single:
            x = args[first] if values is not None else params.values(args, kwargs)[0]
            grads = cast(out[nres], x)
        else:
            xs = [args[i] for i in index] if values is not None else params.values(args, kwargs)
            grads = tuple(map(cast, out[nres:], xs))
        if grad_only:
            return (grads, out[1]) if has_aux else grads
        return ((v, out[1]) if has_aux else v), grads

    return _attach(vg, gen, f"{'Gradient' if grad_only else 'Value and gradient'} of "
                            f"{fn.__name__} (s2s)")


def value_and_grad(f, wrt=0, *, has_aux=False, backend=None):
    """Function returning ``(f(...), gradient)``, from one forward sweep."""
    return _make_value_and_grad(f, wrt, has_aux, backend, grad_only=False)


def grad(f, wrt=0, *, has_aux=False, backend=None):
    """Gradient of a scalar function with respect to ``wrt`` (index, name, or tuple)."""
    return _make_value_and_grad(f, wrt, has_aux, backend, grad_only=True)


def vjp(f, *primals, wrt=None, backend=None):
    """``(f(*primals), pullback)``; ``pullback(cotangent)`` can be called many times."""
    fn = unwrap(f)
    ir = primal_ir(fn)
    if wrt is None:
        names, single = tuple(ir.params[:len(primals)]), False
    else:
        names, single = _wrt_names(fn, ir, wrt)
    gen = build(fn, "vjp", names, backend or "numpy")
    nres = gen.info["nresults"]
    out = gen.funcs[0](*primals)
    value, residuals = out[:nres], out[nres:]
    bound = _bind(fn, primals, {})

    def pullback(cotangent):
        cts = tuple(cotangent) if ir.returns_tuple else (cotangent,)
        if len(cts) != nres:
            raise S2SError(f"pullback expects {nres} cotangents, got {len(cts)}")
        for c, v in zip(cts, value):
            if np.shape(c) != np.shape(v):
                from .errors import ShapeError
                raise ShapeError(f"cotangent of shape {np.shape(c)} for an output of shape "
                                 f"{np.shape(v)}", hint="pass a cotangent shaped like the output")
        grads = gen.funcs[1](*residuals, *cts)
        grads = grads if len(names) != 1 else (grads,)
        grads = tuple(runtime.cast_like(g, bound[n]) for g, n in zip(grads, names))
        return grads[0] if single else grads

    pullback.__s2s_source__ = gen.source
    result = tuple(value) if ir.returns_tuple else value[0]
    return result, pullback


def source(g, mode=None, wrt=0, backend=None):
    """The exact source text of a generated derivative.

    ``source(s2s.grad(f))``, or ``source(f, mode="reverse", wrt=..., backend=...)``."""
    text = getattr(g, "__s2s_source__", None)
    if text is not None and mode is None:
        return text
    mode = mode or "reverse"
    if mode == "reverse":
        return grad(g, wrt, backend=backend).__s2s_source__
    if mode == "vjp":
        fn = unwrap(g)
        names, _ = _wrt_names(fn, primal_ir(fn), wrt)
        return build(fn, "vjp", names, backend or "numpy").source
    raise S2SError(f"unknown mode {mode!r}", hint="use mode='reverse' or mode='vjp'")


def check_grad(f, *args, wrt=0, eps=1e-6, rtol=1e-5, atol=1e-8):
    """Compare s2s's gradient with central differences; returns (max abs, max rel) error
    and raises GradientCheckError past tolerance."""
    g = grad(f, wrt)(*args)
    fn = unwrap(f)
    names, single = _wrt_names(fn, primal_ir(fn), wrt)
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
            return type(v)(items)
        return put(x, paths[i])

    return leaves, rebuild


class Differentiable:
    """What ``@s2s.differentiate`` returns: the function, unchanged, plus transforms."""

    def __init__(self, fn, wrt=0, backend=None):
        self.__s2s_wrapped__ = fn
        self._wrt, self._backend = wrt, backend
        functools.update_wrapper(self, fn)

    def __call__(self, *args, **kwargs):
        return self.__s2s_wrapped__(*args, **kwargs)

    @functools.cached_property
    def grad(self):
        return grad(self.__s2s_wrapped__, self._wrt, backend=self._backend)

    @functools.cached_property
    def value_and_grad(self):
        return value_and_grad(self.__s2s_wrapped__, self._wrt, backend=self._backend)

    def vjp(self, *primals, wrt=None):
        return vjp(self.__s2s_wrapped__, *primals, wrt=wrt, backend=self._backend)

    def source(self, mode=None, wrt=None, backend=None):
        return source(self.__s2s_wrapped__, mode=mode or "reverse",
                      wrt=self._wrt if wrt is None else wrt, backend=backend or self._backend)


def differentiate(fn=None, *, wrt=0, backend=None):
    """Decorator: ``@s2s.differentiate`` or ``@s2s.differentiate(wrt=..., backend=...)``."""
    if fn is None:
        return lambda f: Differentiable(f, wrt, backend)
    return Differentiable(fn, wrt, backend)
