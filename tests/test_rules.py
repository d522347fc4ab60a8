"""Every rule of the rule table, checked automatically in both modes.

At collection time the rule list is read from ``s2s.rules.default_table()``; for every rule
(but the structural ones, ``STRUCTURAL``) and every case of the domain the rule declares
next to its definition (``s2s.rules.domains``; for a rule that declares none, the default
domain: float inputs in (0.5, 1.5), every positional parameter an array of shape (3,)), a
tiny function calling the primitive is written into a
generated module in a temporary directory (``tests/rule_fixtures/generate.py``). Then:

``test_reverse``  s2s.grad of the output weighted to a scalar, and the s2s.vjp pullback of
                  the weighting, equal Richardson-extrapolated central differences;
``test_forward``  s2s.jvp along a random tangent equals central differences along it;
``test_dot``      <v, J u> (from s2s.jvp) equals <J^T v, u> (from the s2s.vjp pullback);
``test_jax``      s2s.grad equals jax.grad of the same function on jax.numpy (float64);
``test_jax_backend``  jax.jit(s2s.grad(f, backend="jax")) equals s2s.grad(f) (numpy), and
``test_jax_backend_forward``  jax.jit of s2s.jvp(f, backend="jax") equals s2s.jvp(f): the
                  derivative emitted against jax.numpy runs under jit and agrees (float64).
                  The cases that cannot are listed, each with its reason, in
                  ``JAX_BACKEND_PENDING`` (and ``JAX_FORWARD_PENDING``), and must fail
                  with an s2s error (``test_traced_float_is_an_s2s_error`` reads one).

Non-differentiable rules are checked through a differentiable use of their result
(``np.floor(x) * x`` has gradient ``floor(x)``). The helpers that generated adjoint code
calls (``s2s.runtime.HELPERS``) have jvp rules only, for forward-over-reverse: they get
``test_forward`` (and the reverse tests too if a helper ever gets vjp templates).

A new rule is tested without writing a test; if the default domain does not suit it, its
tests fail and ask it to declare one.
"""
from __future__ import annotations

import atexit
import functools
import re
import shutil
import tempfile

import numpy as np
import pytest

import s2s
from s2s.rules import default_table
from s2s.runtime import HELPERS

from .catalogue import assert_tree_close, central_difference, enable_jax_x64
from s2s.rules.domains import Arr, Case

from .rule_fixtures import generate as gen

# Rules the reverse transform writes itself (indexing, containers): no call to test.
STRUCTURAL = {"getitem", "setitem", "tuple", "list", "unpack", "append", "concat", "keys"}

FD_RTOL = 1e-5          # against central differences
JAX_RTOL = 1e-6         # against jax.grad
DOT_RTOL = 1e-9         # <v, J u> against <J^T v, u>
BACKEND_RTOL = 1e-6     # backend="jax" under jax.jit against the numpy backend

# Cases (a case id, or a rule name for all its cases) whose derivative cannot run under
# jax.jit(s2s.grad(f, backend="jax")), with the reason. Their test must fail with an s2s
# error (xfail(strict=True, raises=S2SError)): when one passes, take it off the list.
_SAID = "jax cannot either, and an s2s error says so (tests/test_jax_backend.py and " \
        "test_traced_float_is_an_s2s_error test the message)"
JAX_BACKEND_PENDING = {
    "int": f"int(x) needs the concrete value of a traced argument: {_SAID}",
    "isinstance": f"isinstance(x, float) of a traced argument, whose Python type a trace does "
                  f"not keep: {_SAID}",
}
# forward mode (s2s.jvp(..., backend="jax") under jax.jit): the same, and float(x), whose
# value jvp returns (grad of a scalar output leaves its value out, and needs no float)
JAX_FORWARD_PENDING = {
    **JAX_BACKEND_PENDING,
    "float": f"float(x) needs the concrete value of a traced argument: {_SAID}",
}


# -- the cases, from the table ----------------------------------------------------------------
def is_helper(name, rule):
    """A helper generated adjoint code calls (``add`` is also the ``+`` operator: not one)."""
    return name in HELPERS and rule.impl is HELPERS[name]


def default_case(rule):
    """float inputs in (0.5, 1.5), every positional parameter an array of shape (3,)."""
    n = 1 if rule.varargs else len(rule.params) - len(rule.defaults)
    return Case(*[Arr(3) for _ in range(max(n, 1))])


def collect():
    table = default_table()
    cases = []
    for name, rule in table.rules.items():
        if name in STRUCTURAL or name in table.namespace:
            continue  # structural, or registered by another test (tests/test_custom.py)
        entries = rule.domain or [default_case(rule)]
        for i, c in enumerate(entries):
            cases.append(gen.bind(c, rule, i, is_default=not rule.domain))
    return table, cases


TABLE, CASES = collect()
_DIR = tempfile.mkdtemp(prefix="s2s_rule_cases_")
atexit.register(shutil.rmtree, _DIR, ignore_errors=True)
MOD = gen.build_modules(CASES, _DIR)


def modes(case):
    rule = TABLE[case.rule]
    out = ["fwd"]
    if not is_helper(case.rule, rule) or rule.vjp or not rule.differentiable:
        out += ["rev", "dot"]
    if case.jax_source is not None and (case.jax is not None or not is_helper(case.rule, rule)):
        out.append("jax")
    out.append("jaxforward")
    if "rev" in out:
        out.append("jaxbackend")
    return out


def pending_reason(case, pending):
    """Why ``case`` is in ``pending`` (by case id or rule), or None."""
    return (pending or {}).get(case.id, (pending or {}).get(case.rule))


def cases_for(mode, pending=None):
    """Parametrize over the cases of ``mode``; those in ``pending`` are expected to fail
    with an s2s error, strictly."""
    params = []
    for c in CASES:
        if mode not in modes(c):
            continue
        reason = pending_reason(c, pending)
        marks = [pytest.mark.xfail(strict=True, reason=reason, raises=s2s.S2SError)] \
            if reason else []
        params.append(pytest.param(c, marks=marks, id=c.id))
    return pytest.mark.parametrize("case", params)


# -- numerical helpers -------------------------------------------------------------------------
def leaves(tree):
    if isinstance(tree, (tuple, list)):
        return [leaf for t in tree for leaf in leaves(t)]
    return [tree]


def inner(a, b):
    return sum(float(np.sum(np.asarray(x, dtype=np.float64) * np.asarray(y, dtype=np.float64)))
               for x, y in zip(leaves(a), leaves(b)))


def like(rng, value):
    """A random tangent/cotangent with the structure and shape of ``value``."""
    if isinstance(value, tuple):
        return tuple(like(rng, v) for v in value)
    if np.ndim(value) == 0 and not isinstance(value, np.ndarray):
        return float(rng.standard_normal())
    return rng.standard_normal(np.shape(value))


def directional(f, args, idx, us, rel_step=1e-4):
    """d/dt f(args + t u) at 0 by Richardson-extrapolated central differences."""
    scale = max([1.0] + [float(np.max(np.abs(args[i]))) for i in idx])
    h = rel_step * scale

    def at(t):
        a = list(args)
        for i, u in zip(idx, us):
            a[i] = args[i] + t * u
        return f(*a)

    def d(h):
        plus, minus = at(h), at(-h)
        if isinstance(plus, tuple):
            return tuple((np.asarray(p, float) - np.asarray(m, float)) / (2 * h)
                         for p, m in zip(plus, minus))
        return (np.asarray(plus, float) - np.asarray(minus, float)) / (2 * h)

    d1, d2 = d(h), d(h / 2)
    if isinstance(d1, tuple):
        return tuple((4 * b - a) / 3 for a, b in zip(d1, d2))
    return (4 * d2 - d1) / 3


def fd_gradient(case, fs, args):
    """Central differences of scalar ``fs`` in the differentiated parameters (zero for
    frozen ones)."""
    idx = [i for i in case.diff_indices if case.names[i] not in case.frozen]
    fd = central_difference(fs, args, tuple(idx)) if idx else ()
    out, k = [], 0
    for i in case.diff_indices:
        if case.names[i] in case.frozen:
            out.append(0.0 * np.asarray(args[i]) if np.ndim(args[i]) else 0.0)
        else:
            out.append(fd[k])
            k += 1
    return tuple(out)


def fail(case, what, err):
    """Fail with what was tried; for a rule without a domain entry, ask for one."""
    source = case.source.rstrip()
    if case.is_default:
        pytest.fail(
            f"rule {case.rule!r} declares no domain (domain=[Case(...)], s2s.rules.domains), so it was tried "
            f"on the default domain (float inputs in (0.5, 1.5), every positional parameter an "
            f"array of shape (3,)), and {what} failed: {err}\nDeclare a domain for "
            f"{case.rule!r} (valid input shapes and ranges); if it still fails, the rule is "
            f"wrong.\n{source}", pytrace=False)
    pytest.fail(f"{case.id} {what}: {err}\n{source}", pytrace=False)


def run(case, what, thunk):
    if case.error is not None:
        fail(case, "calling the function in numpy", case.error)
    try:
        return thunk()
    except AssertionError as e:
        fail(case, what, e)
    except Exception as e:  # noqa: BLE001 - reported with the case
        fail(case, what, f"{type(e).__name__}: {e}")


def atol_for(value):
    return 1e-9 * max(1.0, float(np.max(np.abs(np.asarray(value, dtype=np.float64)))))


# -- the tests ------------------------------------------------------------------------------------
@cases_for("rev")
def test_reverse(case):
    """s2s.grad(fs) and the s2s.vjp pullback of the weighting, against central differences."""
    f, fs = getattr(MOD, case.fname, None), getattr(MOD, case.fsname, None)
    args = case.sample()
    idx = case.diff_indices
    ref = run(case, "central differences", lambda: fd_gradient(case, fs, args))
    atol = atol_for(fs(*args))

    def check_grad():
        g = s2s.grad(fs, wrt=idx)(*args)
        assert_tree_close(tuple(g), ref, FD_RTOL, atol, what="s2s.grad")

    def check_vjp():
        out, pullback = s2s.vjp(f, *args, wrt=idx)
        assert_tree_close(out, f(*args), 1e-12, 1e-12, what="vjp value")
        w = getattr(MOD, f"W_{case.slug}", 1.0)
        assert_tree_close(tuple(pullback(w)), ref, FD_RTOL, atol, what="s2s.vjp pullback")

    run(case, "reverse mode (s2s.grad)", check_grad)
    run(case, "reverse mode (s2s.vjp)", check_vjp)


@cases_for("fwd")
def test_forward(case):
    """s2s.jvp along a random tangent, against central differences along it."""
    f = getattr(MOD, case.fname, None)
    args = case.sample()
    idx = case.diff_indices
    rng = np.random.default_rng(case.seed + 1)
    us = [like(rng, args[i]) for i in idx]
    moving = [(i, u) for i, u in zip(idx, us) if case.names[i] not in case.frozen]
    ref = run(case, "central differences", lambda: directional(
        f, args, [i for i, _ in moving], [u for _, u in moving]))

    def check():
        tangents = [None] * len(args)
        for i, u in zip(idx, us):
            tangents[i] = u
        out, t = s2s.jvp(f, args, tangents)
        assert_tree_close(out, f(*args), 1e-12, 1e-12, what="jvp value")
        if isinstance(ref, tuple):
            assert_tree_close(tuple(t), ref, FD_RTOL, atol_for(max(map(np.max, map(np.abs, out)))),
                              what="s2s.jvp tangent")
        else:
            assert_tree_close(t, ref, FD_RTOL, atol_for(out), what="s2s.jvp tangent")

    run(case, "forward mode (s2s.jvp)", check)


@cases_for("dot")
def test_dot(case):
    """<v, J u> from s2s.jvp equals <J^T v, u> from the s2s.vjp pullback."""
    f = getattr(MOD, case.fname, None)
    args = case.sample()
    idx = case.diff_indices

    def check():
        rng = np.random.default_rng(case.seed + 2)
        us = [like(rng, args[i]) for i in idx]
        tangents = [None] * len(args)
        for i, u in zip(idx, us):
            tangents[i] = u
        out, ju = s2s.jvp(f, args, tangents)
        v = like(rng, out)
        _, pullback = s2s.vjp(f, *args, wrt=idx)
        jtv = pullback(v)
        lhs, rhs = inner(v, ju), inner(jtv, us)
        scale = (np.sqrt(inner(v, v) * inner(ju, ju))
                 + sum(np.sqrt(inner(a, a) * inner(b, b)) for a, b in zip(jtv, us)))
        assert abs(lhs - rhs) <= DOT_RTOL * max(scale, 1e-300), \
            f"<v, J u> = {lhs!r} but <J^T v, u> = {rhs!r}"

    run(case, "dot-product identity (jvp vs vjp)", check)


@functools.lru_cache(maxsize=None)
def jax_references():
    """jax.grad of every case's jax.numpy version, {case id: gradient tuple or error text}.

    All the gradients are compiled together as one jitted function: one XLA compilation
    instead of one per case (a case that jax cannot trace records its error)."""
    jax = enable_jax_x64()
    jm = gen.import_jax_module()
    grads, wargs, out = {}, {}, {}
    for case in CASES:
        if "jax" not in modes(case):
            continue
        args, idx = case.sample(), case.diff_indices
        fsj = getattr(jm, case.fsname, None)

        def of_wrt(*w, args=args, idx=idx, fsj=fsj):
            full = list(args)
            for i, a in zip(idx, w):
                full[i] = a
            return fsj(*full)

        grads[case.id] = jax.grad(of_wrt, argnums=tuple(range(len(idx))))
        wargs[case.id] = tuple(args[i] for i in idx)

    def all_grads(ws):
        values = {}
        for k, w in ws.items():
            try:
                values[k] = grads[k](*w)
            except Exception as e:  # noqa: BLE001 - reported by the case's test
                out[k] = f"{type(e).__name__}: {e}"
        return values

    # LLVM optimisation buys nothing for one run of tiny kernels and halves compile time
    compiled = jax.jit(all_grads).lower(wargs).compile(
        compiler_options={"xla_backend_optimization_level": 0})
    for k, g in compiled(wargs).items():
        out[k] = tuple(np.asarray(x) if np.ndim(a) else float(x) for x, a in zip(g, wargs[k]))
    return out


@cases_for("jax")
def test_jax(case):
    """s2s.grad equals jax.grad of the same function on jax.numpy, in float64."""
    fs = getattr(MOD, case.fsname, None)
    args = case.sample()

    def reference():
        ref = jax_references()[case.id]
        if isinstance(ref, str):
            raise RuntimeError(ref)
        return ref

    ref = run(case, "jax.grad of the jax.numpy version", reference)

    def check():
        g = s2s.grad(fs, wrt=case.diff_indices)(*args)
        assert_tree_close(tuple(g), ref, JAX_RTOL, 1e-12, what="s2s.grad vs jax.grad")

    run(case, "reverse mode against jax", check)


# -- the table is covered -----------------------------------------------------------------------
def test_every_rule_is_tested():
    """Every rule but the structural ones has cases in forward mode, and in reverse mode
    unless it is a helper without vjp templates."""
    missing = []
    for name, rule in TABLE.rules.items():
        if name in STRUCTURAL or name in TABLE.namespace:
            continue
        mine = [c for c in CASES if c.rule == name]
        need = {"fwd"} if is_helper(name, rule) and rule.differentiable and not rule.vjp \
            else {"fwd", "rev", "dot"}
        got = set().union(*(modes(c) for c in mine)) if mine else set()
        if not need <= got:
            missing.append(f"{name}: {sorted(need - got)}")
    assert not missing, "rules without tests in some mode:\n" + "\n".join(missing)


# -- the jax backend -------------------------------------------------------------------------------
@functools.lru_cache(maxsize=None)
def jax_backend_results():
    """Every case's s2s.grad(..., backend="jax") and s2s.jvp(..., backend="jax") under
    jax.jit: ``{("grad" | "jvp", case id): result, or the exception}``.

    The cases are jitted together, about a hundred to a function (XLA's compile time
    grows faster than the program: one function for all of them takes twice as long,
    one per case ten times); a case that cannot be traced records its error. Every
    argument is traced, as in jax.jit(s2s.grad(f))(*args)."""
    jax = enable_jax_x64()
    calls, inputs, out = {}, {}, {}
    for case in CASES:
        if case.error is not None:
            continue
        args = case.sample()
        if "jaxbackend" in modes(case):
            try:
                calls["grad", case.id] = s2s.grad(getattr(MOD, case.fsname),
                                                  wrt=case.diff_indices, backend="jax")
                inputs["grad", case.id] = tuple(args)
            except Exception as e:  # noqa: BLE001 - reported by the case's test
                out["grad", case.id] = e
        if "jaxforward" in modes(case):
            calls["jvp", case.id] = functools.partial(s2s.jvp, getattr(MOD, case.fname),
                                                      backend="jax")
            inputs["jvp", case.id] = (tuple(args), forward_tangents(case, args))

    def results(xs):
        values = {}
        for key, x in xs.items():
            try:
                values[key] = calls[key](*x)
            except Exception as e:  # noqa: BLE001 - reported by the case's test
                out[key] = e
        return values

    keys = list(inputs)
    for start in range(0, len(keys), 100):
        xs = {k: inputs[k] for k in keys[start:start + 100]}
        try:
            values = _jit_once(jax, results, xs)(xs)
        except Exception as e:  # noqa: BLE001 - XLA failed: every case of the batch fails
            values = {}
            out.update((k, RuntimeError(f"the batch failed in XLA: {type(e).__name__}: {e}"))
                       for k in xs)
        for key, value in values.items():
            out[key] = jax.tree.map(np.asarray, value)
    return out


def _jit_once(jax, f, xs):
    """``jax.jit(f)`` compiled for ``xs``, without the XLA passes that buy nothing for
    one run of tiny kernels (where this jaxlib knows the options)."""
    lowered = jax.jit(f).lower(xs)
    try:
        return lowered.compile(compiler_options={
            "xla_backend_optimization_level": 0, "xla_llvm_disable_expensive_passes": True,
            "xla_cpu_use_fusion_emitters": False})
    except Exception:  # noqa: BLE001 - an option this jaxlib does not have
        return lowered.compile()


def forward_tangents(case, args):
    """The tangents test_forward uses: random for the differentiated parameters."""
    rng = np.random.default_rng(case.seed + 1)
    tangents = [None] * len(args)
    for i in case.diff_indices:
        tangents[i] = like(rng, args[i])
    return tuple(tangents)


def backend_result(kind, case):
    result = jax_backend_results().get((kind, case.id),
                                       RuntimeError("not run (see the other error)"))
    if isinstance(result, Exception):
        raise result
    return result


@cases_for("jaxbackend", JAX_BACKEND_PENDING)
def test_jax_backend(case):
    """jax.jit(s2s.grad(f, backend="jax")) equals s2s.grad(f) on the numpy backend."""
    fs = getattr(MOD, case.fsname, None)
    args = case.sample()
    if pending_reason(case, JAX_BACKEND_PENDING):
        backend_result("grad", case)  # the s2s error the xfail expects
    got = run(case, 'jax.jit(s2s.grad(f, backend="jax"))', lambda: backend_result("grad", case))

    def check():
        ref = s2s.grad(fs, wrt=case.diff_indices)(*args)
        assert_tree_close(tuple(got), tuple(ref), BACKEND_RTOL, 1e-12,
                          what='backend="jax" vs numpy')

    run(case, 'reverse mode, backend="jax" against numpy', check)


@cases_for("jaxforward", JAX_FORWARD_PENDING)
def test_jax_backend_forward(case):
    """jax.jit of s2s.jvp(f, backend="jax") equals s2s.jvp(f) on the numpy backend."""
    f = getattr(MOD, case.fname, None)
    args = case.sample()
    if pending_reason(case, JAX_FORWARD_PENDING):
        backend_result("jvp", case)  # the s2s error the xfail expects
    got = run(case, 'jax.jit(s2s.jvp(f, backend="jax"))', lambda: backend_result("jvp", case))

    def check():
        ref = s2s.jvp(f, args, forward_tangents(case, args))
        assert_tree_close(tuple(got), tuple(ref), BACKEND_RTOL, 1e-12,
                          what='backend="jax" vs numpy (value, tangent)')

    run(case, 'forward mode, backend="jax" against numpy', check)


def test_traced_float_is_an_s2s_error():
    """float() of a traced argument (JAX_FORWARD_PENDING) is an s2s error at the generated
    line that says what to do, as int() and isinstance() are (tests/test_jax_backend.py)."""
    jax = enable_jax_x64()
    case = next(c for c in CASES if c.rule == "float")
    f, args = getattr(MOD, case.fname), case.sample()
    tangents = forward_tangents(case, args)
    assert_tree_close(tuple(s2s.jvp(f, args, tangents, backend="jax")),
                      tuple(s2s.jvp(f, args, tangents)), 1e-12, 1e-12, what="outside jit")
    with pytest.raises(s2s.S2SError) as e:
        jax.jit(lambda *a: s2s.jvp(f, a, tangents, backend="jax"))(*args)
    message = str(e.value)
    # at the line of the generated file (compiled from the cache directory, s2s/compile.py)
    assert re.match(rf"\S*{case.fname}_jvp-[0-9a-f]+\.py:\d+: ", message), message
    assert "Python needs a concrete value here, but jax traces it" in message
    assert "float(" in message and "hint: make the argument it comes from static" in message
