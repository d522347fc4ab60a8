"""The pipeline: user function -> derivative source -> compiled code.

A derivative is named by a *spec*, a hashable tuple naming what it is derived from::

    ("primal", f)                  f itself
    ("grad", parent, wrt)          the gradient of parent's (scalar) output
    ("dgrad", parent, wrt)         the derivative of a scalar-valued derived function with
                                   respect to scalar parameters, by forward mode
                                   (``grad(grad(f))``)

``ir_of(spec)`` is the IR of a spec, with its user-visible outputs as results, so that
derivatives compose. ``build(kind, spec, wrt)`` generates and compiles one executable
form (``grad``: gradients from one forward and one backward sweep;
``value_and_grad``: the value too; ``vjp``: a
forward function and a reusable pullback; ``jvp``; ``hvp``: forward-over-reverse; and,
for Jacobians and Hessians, every direction in one sweep: ``jvp_batched``, ``vjp_batched``
(a batched pullback) and ``hvp_batched``, each None where some rule has no batched form).
Each step is a function from one value to the next, in this order::

    lower -> verify -> simplify -> reverse | forward -> simplify -> reread final rows
          -> batch accumulations -> copy recorded rows -> lift rows -> tapes to lists
          -> lift rows -> reread lists -> share carry lists -> simplify -> preallocate rows
          (numpy backend from copy recorded rows on)
          -> verify -> emit -> compile

Everything is cached: a function and its options are transformed once.
"""
from __future__ import annotations

import functools
from dataclasses import replace

from . import backends
from .codegen.emit import emit
from .compile import compile_source
from .errors import USER_LINES, InternalError, S2SError
from .frontend.lower import Lowerer, NameGen
from .frontend.parse import unwrap
from .ir.nodes import Block, Const, Function, Var
from .ir.rewrite import subst_block
from .ir.verify import verify
from .rules import default_table
from .transforms import reverse as rev
from .transforms.batch_accumulations import batch_accumulations
from .transforms.recording import copy_recorded_rows, preallocate_rows, reread_final_rows
from .transforms.rows import lift_rows, reread_lists, share_carry_lists, tapes_to_lists
from .transforms.forward import Unbatchable, forward
from .transforms.simplify import simplify


def guarded(step):
    """Let S2SErrors through; turn any other exception into an S2SError naming the user's
    function, so no compiler-internal traceback is all a user sees."""
    @functools.wraps(step)
    def run(*args, **kwargs):
        try:
            return step(*args, **kwargs)
        except S2SError:
            raise
        except Exception as e:
            fn = origin(next(a for a in args if isinstance(a, tuple))) \
                if any(isinstance(a, tuple) for a in args) else args[0]
            code = getattr(fn, "__code__", None)
            loc = (code.co_filename, code.co_firstlineno, 0) if code else None
            raise InternalError(f"internal error in s2s while differentiating "
                           f"{getattr(fn, '__qualname__', fn)}: {type(e).__name__}: {e}", loc,
                           "this is a bug in s2s; please report it with this function") from e
    return run


def origin(spec):
    """The user function a spec derives from."""
    while spec[0] != "primal":
        spec = spec[1]
    return spec[1]


def spec_name(spec):
    if spec[0] == "primal":
        return primal_ir(spec[1]).name
    return spec_name(spec[1]) + "_grad"


@functools.lru_cache(maxsize=None)
@guarded
def primal_ir(fn):
    table = default_table()
    name = table.name_of(fn)  # a function with a custom derivative is one primitive
    primitive = name if name is not None and table[name].custom is not None else None
    low = Lowerer(table, derived=ir_of)  # a derivative called inside fn is inlined
    ir = low.function(unwrap(fn), primitive)
    _NAMESPACES[fn] = tuple(low.namespaces)
    verify(ir)
    return verify(simplify(ir))


# the namespaces of the functions each user function was lowered from (see _guarded)
_NAMESPACES: dict = {}


def clear_caches():
    """Forget every transformed function (a rule registered since, or a global rebound,
    may change them)."""
    for f in (primal_ir, ir_of, build):
        f.cache_clear()
    _NAMESPACES.clear()


def _guarded(gen, key):
    """``gen`` with functions that first check that the globals and closure values the
    derivative was built from are still bound to the same objects, and rebuild it if not:
    a derivative follows its function when a notebook rebinds a constant or redefines a
    helper, as calling the function does. Nothing is checked for code that reads only
    modules (np, math)."""
    spaces = _NAMESPACES.get(origin(key[1]), ())
    if not any(ns.read for ns in spaces):
        return gen

    def guard(k, f):
        @functools.wraps(f)
        def call(*args, **kwargs):
            if all(ns.unchanged() for ns in spaces):
                return f(*args, **kwargs)
            clear_caches()
            return build(*key).funcs[k](*args, **kwargs)
        return call
    gen.funcs = tuple(guard(k, f) for k, f in enumerate(gen.funcs))
    return gen


@functools.lru_cache(maxsize=None)
def ir_of(spec):
    """The IR of a spec; its results are the function's outputs."""
    kind = spec[0]
    if kind == "primal":
        return primal_ir(spec[1])
    parent = ir_of(spec[1])
    if kind == "grad":
        adj = rev.drop_marker(adjoint(parent, spec[2], "grad"))
        nres = len(parent.body.results)
        grads = adj.body.results[nres:]
        out = replace(adj, body=Block(adj.body.stmts, grads), returns_tuple=len(grads) > 1)
        return verify(simplify(out))
    if kind == "dgrad":
        fwd = forward(parent, default_table(), spec[2])
        nres = len(parent.body.results)
        dots = fwd.params[len(parent.params):]
        body = subst_block(Block(fwd.body.stmts, fwd.body.results[nres:]),
                           {d: Const(1.0) for d in dots})
        return verify(simplify(Function(fwd.name, parent.params, body, parent.defaults,
                                        fwd.filename, fwd.firstline,
                                        returns_tuple=len(body.results) > 1)))
    raise ValueError(kind)


def adjoint(ir, wrt, kind):
    """The reverse-mode adjoint of ``ir`` (with its sweep marker): grad seeds the first
    result with 1.0; vjp takes one cotangent parameter per result."""
    table = default_table()
    nres = len(ir.body.results)
    if kind == "grad":
        seeds = [Const(1.0)] + [None] * (nres - 1)
    else:
        # a cotangent is named after the result it belongs to: ``y_bar`` for ``return y``,
        # ``out_bar`` for an expression (``out0_bar``, ``out1_bar`` for several)
        seeds = [rev.bar_name(r.name) if isinstance(r, Var) and not r.name.startswith("%")
                 else "out_bar" if nres == 1 else f"out{k}_bar"
                 for k, r in enumerate(ir.body.results)]
    adj, _ = rev.reverse(ir, table, wrt, seeds=seeds, scalar_output=kind == "grad")
    return verify(simplify(adj))


def scalar_output(ir):
    """Whether the first output of ``ir`` is a scalar whatever its arguments' shapes."""
    from .analysis.shapes import analyse
    out = ir.body.results[0]
    return isinstance(out, Var) and analyse(ir, default_table()).scalar(out.name)


def known_arrays(fn):
    return frozenset(rev._arrays(fn, default_table()))


def _finish(fn, backend):
    """Optimizations on a derivative's IR before it is emitted."""
    fn = reread_final_rows(fn)
    # jax.lax.scan stacks what a loop collects, and runs its body as one program already
    fn = batch_accumulations(fn, NameGen.avoiding(fn), stack=not backend.functional)
    if not backend.functional:
        fn = copy_recorded_rows(fn, NameGen.avoiding(fn))
        # lifted first, the forward sweep records rows that the backward one can reread
        fn = lift_rows(fn, default_table(), NameGen.avoiding(fn), known_arrays(fn))
        fn = tapes_to_lists(fn, NameGen.avoiding(fn))
        fn = lift_rows(fn, default_table(), NameGen.avoiding(fn), known_arrays(fn))
        fn = reread_lists(fn, NameGen.avoiding(fn), known_arrays(fn))
        fn = share_carry_lists(verify(simplify(fn)), NameGen.avoiding(fn))
    fn = verify(simplify(fn))
    # last: simplify would take two records made alike (two ``[]``) for one
    return fn if backend.functional else verify(preallocate_rows(fn))


class Generated:
    """A compiled derivative: its source text and the callables defined by it."""

    def __init__(self, source, funcs, info):
        self.source, self.funcs, self.info = source, funcs, info


def _compile(fns, names, spec, kind, backend):
    table = default_table()
    texts, namespace, lines = [], {}, {}
    names = list(names)
    for k, (f, name) in enumerate(zip(fns, names)):
        text, ns = emit(f, table, backend, name, known_arrays(f))
        n = 1
        while names[k] in ns:  # the user has a function of that name, which this one calls
            n += 1
            names[k] = f"{name}_{n}"
            text, ns = emit(f, table, backend, names[k], known_arrays(f))
        # each text's lines from the user's, numbered in the joined source
        offset = sum(t.count("\n") + 1 for t in texts)
        lines.update({offset + k: loc for k, loc in ns.pop(USER_LINES, {}).items()})
        for key, v in ns.items():
            assert namespace.get(key, v) is v, f"namespace clash on {key}"
        namespace.update(ns)
        texts.append(text)
    namespace[USER_LINES] = lines
    source = "\n\n".join(texts)
    fn = origin(spec)
    filename = f"<s2s {kind} of {fn.__module__}.{fn.__qualname__}>"
    return source, compile_source(source, filename, namespace, names)


@functools.lru_cache(maxsize=None)
@guarded
def build(kind, spec, wrt, backend_name="numpy", max_steps=None):
    """Generate and compile one executable derivative of ``spec`` (``max_steps``: the
    bound of data-dependent while loops that the jax backend's reverse mode records)."""
    gen = _build(kind, spec, wrt, backend_name, max_steps)
    if gen is None:
        return gen
    backend = backends.get(backend_name)
    if backend.functional:  # the user's numpy arrays become the backend's
        gen.funcs = tuple(_taking_backend_arrays(f, backend) for f in gen.funcs)
    return _guarded(gen, (kind, spec, wrt, backend_name, max_steps))


def _taking_backend_arrays(f, backend):
    @functools.wraps(f)
    def call(*args, **kwargs):
        return backend.run(f, args, kwargs)
    return call


def _batched_pullback(b, nres):
    """The pullback ``b`` applied to every output cotangent direction at once (each row of
    a Jacobian): it is linear in its cotangent, so its batched forward mode with respect to
    the cotangent (seeded with the identity) is its value on every unit cotangent. The
    pullback's own results are dropped and with them what only they needed; it still
    takes a cotangent, whose value the derivative of a linear map does not depend on:
    callers pass any array of the output's shape. None where the function has several
    outputs or some rule has no batched form."""
    if nres != 1:
        return None
    try:
        fwd = forward(b, default_table(), b.params[-1:], batched=True)
    except Unbatchable:
        return None
    ngrads = len(b.body.results)
    return verify(simplify(replace(fwd, body=Block(fwd.body.stmts, fwd.body.results[ngrads:]),
                                   returns_tuple=ngrads > 1)))


def _build(kind, spec, wrt, backend_name, max_steps=None):
    backend = backends.get(backend_name, max_steps)
    ir = ir_of(spec)
    base = ir.name if spec[0] == "primal" else spec_name(spec)
    nres = len(ir.body.results)
    if kind == "jvp":
        fwd = verify(simplify(forward(ir, default_table(), wrt)))
        source, funcs = _compile([fwd], [f"{base}_jvp"], spec, kind, backend)
        return Generated(source, funcs, {"nresults": nres})
    if kind in ("jvp_batched", "jacfwd"):  # None where some rule has no batched form
        if kind == "jacfwd" and nres != 1:
            return None
        try:
            fwd = forward(ir, default_table(), wrt, batched=True)
        except Unbatchable:
            return None
        if kind == "jacfwd":  # the tangents alone (the output's shape is theirs, but the last)
            fwd = replace(fwd, body=Block(fwd.body.stmts, fwd.body.results[nres:]),
                          returns_tuple=False)
        source, funcs = _compile([verify(simplify(fwd))], [f"{base}_{kind}"], spec, kind,
                                 backend)
        return Generated(source, funcs, {"nresults": nres})
    if kind in ("hvp", "hvp_batched"):  # hvp_batched: None where some rule has no batched form
        adj = rev.drop_marker(adjoint(ir, wrt, "grad"))
        try:
            fwd = forward(adj, default_table(), wrt, batched=kind == "hvp_batched")
        except Unbatchable:
            return None
        nout = len(adj.body.results)
        hv = replace(fwd, body=Block(fwd.body.stmts, fwd.body.results[nout + nres:]),
                     returns_tuple=len(wrt) > 1)
        name = f"{base}_hessian" if kind == "hvp_batched" else f"{base}_hvp"
        source, funcs = _compile([_finish(verify(simplify(hv)), backend)], [name], spec, kind,
                                 backend)
        return Generated(source, funcs, {"nresults": nres})
    if kind in ("grad", "value_and_grad"):
        adj = rev.drop_marker(adjoint(ir, wrt, "grad"))
        if kind == "grad":  # the gradients alone, as s2s.grad returns them
            results = adj.body.results[1:]
            adj = replace(adj, body=Block(adj.body.stmts, results),
                          returns_tuple=len(results) > 1)
        source, funcs = _compile([_finish(adj, backend)], [f"{base}_{kind}"], spec, kind,
                                 backend)
        # where the output is not certain to be a scalar, s2s.grad checks it with
        # value_and_grad's code, once per argument signature
        return Generated(source, funcs, {"nresults": nres, "scalar": scalar_output(ir)})
    adj = adjoint(ir, wrt, kind)
    f, b, residuals = rev.split_sweeps(adj, nres, nres)
    if kind == "vjp_batched":
        b = _batched_pullback(b, nres)
        if b is None:
            return None
    source, funcs = _compile([_finish(f, backend), _finish(b, backend)],
                             [f"{base}_fwd", f"{base}_bwd"], spec, kind, backend)
    return Generated(source, funcs, {"nresults": nres, "nresiduals": len(residuals)})
