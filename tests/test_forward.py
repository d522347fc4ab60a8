"""Forward mode and higher derivatives through s2s, against jax and central differences.

1. ``s2s.jvp`` on every catalogue case (tests/cases/*.py, see tests/catalogue.py): random
   tangents for the case's ``wrt`` arguments (same pytree structure and dtype as the
   argument; ``None`` for the other arguments), primal output and tangent compared with
   ``jax.jvp`` of the same source on jax.numpy (float64, ``ref="jax"``) or with central
   differences of the directional derivative (``ref="fd"``); the tangent has the dtype of
   the function's own output (float32 for the float32 cases whose output is float32).
2. The dot-product identity on every case: ``<v, J u>`` (``s2s.jvp``) equals
   ``<J^T v, u>`` (the ``s2s.vjp`` pullback of a random cotangent ``v``).
3. Hessians of a representative set of scalar catalogue cases (loops, branches, calls,
   in-place writes, reductions, linalg) with respect to one array or float parameter:
   ``s2s.hessian`` against ``jax.hessian`` (or central differences of ``s2s.grad`` where
   the case has ``ref="fd"``), and ``s2s.hvp`` against jvp-of-grad in jax (or a central
   difference of ``s2s.grad`` along ``v``).
4. ``s2s.jacfwd`` / ``jacrev`` / ``jacobian`` on vector-valued functions
   (tests/fixtures/vector_funcs.py) against ``jax.jacfwd`` (or central differences for
   functions jax cannot trace) and each other; shape ``out.shape + in.shape``.
5. Third derivatives ``grad(grad(grad(f)))`` of scalar functions of a scalar (one with a
   loop, one with a branch) against jax (orders 1 and 2 are checked on the way).

``s2s.jvp``, ``vjp``, ``hvp`` and ``hessian`` take positional arguments only, so a case's
keyword arguments are bound to their parameters (defaults filled in) and passed
positionally, with a ``None`` tangent.

All jax references are computed in float64 under ``jax.jit``, in batches of cases (one
compilation per batch, see ``JitBatch``) to keep the file fast.
"""
from __future__ import annotations

import copy
import functools
import inspect
import types

import numpy as np
import pytest

import s2s
from .catalogue import (assert_tree_close, enable_jax_x64, get_case, has_float32, jaxify,
                        load_cases, reference_tolerance, structure, to_float64, tree_leaves,
                        tree_map)
from .fixtures import vector_funcs as V

jax = enable_jax_x64()

CASES = load_cases()
IDS = [c.id for c in CASES]


# -- helpers ----------------------------------------------------------------------------------
def positional(fn, args, kwargs):
    """``args`` and ``kwargs`` as one positional tuple for ``fn`` (defaults filled in only
    when there are keyword arguments to place)."""
    if not kwargs:
        return tuple(args)
    sig = inspect.signature(fn)
    assert all(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
               for p in sig.parameters.values()), f"{fn.__name__}: cannot bind positionally"
    bound = sig.bind(*args, **kwargs)
    bound.apply_defaults()
    return tuple(bound.args)


def is_float_leaf(x):
    if isinstance(x, bool):
        return False
    if isinstance(x, float):
        return True
    return isinstance(x, (np.ndarray, np.generic)) and np.issubdtype(np.asarray(x).dtype,
                                                                       np.floating)


def random_like(tree, rng):
    """A random tree with the structure of ``tree``: a normal sample for every float leaf
    (same shape and dtype; a Python float for a Python float), None for other leaves."""
    def leaf(x):
        if not is_float_leaf(x):
            return None
        if isinstance(x, float):
            return float(rng.standard_normal())
        if isinstance(x, np.ndarray):
            return rng.standard_normal(x.shape).astype(x.dtype)
        return x.dtype.type(rng.standard_normal())      # numpy scalar
    return tree_map(leaf, tree)


def case_rng(case, salt):
    return np.random.default_rng(case.seed + salt)


def make_tangents(case, args, kwargs=None):
    """One tangent per positional argument (``positional(case.fn, args, kwargs)``):
    random for the case's wrt arguments, None elsewhere."""
    idx, _ = case.wrt_indices
    rng = case_rng(case, 1)
    return [random_like(a, rng) if i in idx else None
            for i, a in enumerate(positional(case.fn, args, kwargs))]


def float_leaves(tree):
    return [(p, v) for p, v in tree_leaves(tree) if v is not None and is_float_leaf(v)]


def tree_axpy(x, u, t):
    """``x + t * u`` leafwise, in float64 (leaves with a None tangent unchanged)."""
    if isinstance(x, dict):
        return {k: tree_axpy(x[k], u[k], t) for k in x}
    if isinstance(x, (list, tuple)):
        return type(x)(tree_axpy(a, b, t) for a, b in zip(x, u))
    if u is None:
        return x
    if isinstance(x, float):
        return float(x) + t * float(u)
    return np.asarray(x, dtype=np.float64) + t * np.asarray(u, dtype=np.float64)


def max_abs(tree):
    vals = [float(np.max(np.abs(np.asarray(v, dtype=np.float64))))
            for _, v in float_leaves(tree) if np.size(v)]
    return max(vals, default=0.0)


def richardson(d, h):
    """Richardson-extrapolated central difference from ``d(h)`` = (g(h) - g(-h)) / 2h."""
    return (4 * d(h / 2) - d(h)) / 3


def of_wrt(fn, args, kwargs, idx):
    """``fn`` as a function of the arguments at ``idx`` only (the others closed over)."""
    def g(*wrt_args):
        full = list(args)
        for i, a in zip(idx, wrt_args):
            full[i] = a
        return fn(*full, **kwargs)
    return g


def as_float64_array(x):
    return np.asarray(x, dtype=np.float64)


def expected_tangent_dtype(value):
    v = np.asarray(value)
    return v.dtype if np.issubdtype(v.dtype, np.floating) else np.dtype(np.float64)


# -- batched, jitted jax references ------------------------------------------------------------
class JitBatch:
    """jax references computed under ``jax.jit`` in batches: compiling one function for a
    chunk of ~25 cases costs much less than 25 compilations. ``make(key)`` returns
    ``(fn, inputs)``; ``get(key)`` is ``fn(*inputs)`` as numpy trees. If a chunk fails to
    trace or compile, its members are computed one by one, so an error belongs to its own
    case only."""

    def __init__(self, keys, make, chunk=25):
        self.keys, self.make, self.chunk = list(keys), make, chunk
        self.results: dict = {}

    def get(self, key):
        if key not in self.results:
            i = self.keys.index(key) // self.chunk * self.chunk
            self._run(self.keys[i:i + self.chunk])
        ok, value = self.results[key]
        if not ok:
            raise value
        return value

    def _run(self, keys):
        built = {}
        for k in keys:
            try:
                built[k] = self.make(k)
            except Exception as e:              # reported by get(k)
                self.results[k] = (False, e)
        try:
            fns = [built[k][0] for k in built]
            outs = jax.jit(lambda ins: [f(*a) for f, a in zip(fns, ins)])(
                [built[k][1] for k in built])
            for k, out in zip(built, outs):
                self.results[k] = (True, _to_numpy(out))
        except Exception:
            for k, (fn, inputs) in built.items():
                try:
                    self.results[k] = (True, _to_numpy(jax.jit(fn)(*inputs)))
                except Exception as e:
                    self.results[k] = (False, e)


def _to_numpy(tree):
    return jax.tree_util.tree_map(np.asarray, tree)


# -- references for the catalogue cases --------------------------------------------------------
def case_inputs(case):
    """(args, kwargs, positional tangents) of a case, rebuilt deterministically."""
    args, kwargs = case.args, case.kwargs
    return args, kwargs, make_tangents(case, args, kwargs)


def _make_jax_jvp(case_id):
    """``jax.jvp`` of the jax-rebuilt case with respect to its wrt arguments, float64."""
    case = get_case(case_id)
    args, kwargs, tangents = case_inputs(case)
    idx, _ = case.wrt_indices
    args64, kwargs64 = to_float64(tuple(args)), to_float64(kwargs)
    for i in idx:
        assert len(float_leaves(args64[i])) == len(tree_leaves(args64[i])), \
            f"{case.id}: non-float leaf in a differentiated argument (test needs float0)"
    g = of_wrt(jaxify(case.fn), args64, kwargs64, idx)
    prim = tuple(args64[i] for i in idx)
    tans = tuple(to_float64(tangents[i]) for i in idx)
    return (lambda p, t: jax.jvp(g, p, t)), (prim, tans)


JAX_JVP = JitBatch([c.id for c in CASES if c.ref == "jax"], _make_jax_jvp)


def fd_jvp(case, args, kwargs, tangents, rel_step=1e-4):
    """(f(x), d/dt f(x + t u) at 0) by Richardson-extrapolated central differences in
    float64; the step moves no coordinate by more than the catalogue's own central
    differences do (``rel_step * max(1, |x_i|)``)."""
    idx, _ = case.wrt_indices
    args64, kwargs64 = to_float64(tuple(args)), to_float64(kwargs)
    umax = max(max_abs(tangents[i]) for i in idx)

    def f_at(t):
        a = list(copy.deepcopy(args64))
        for i in idx:
            a[i] = tree_axpy(args64[i], tangents[i], t)
        return float(np.asarray(case.fn(*a, **copy.deepcopy(kwargs64))))

    value = case.fn(*copy.deepcopy(args64), **copy.deepcopy(kwargs64))
    if umax == 0.0:
        return value, 0.0
    h = rel_step / umax
    return value, richardson(lambda s: (f_at(s) - f_at(-s)) / (2 * s), h)


# == 1. jvp against jax.jvp / central differences ===============================================
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_jvp_matches_reference(case):
    args, kwargs, tangents = case_inputs(case)
    out, tan = s2s.jvp(case.fn, positional(case.fn, args, kwargs), tangents)
    if case.ref == "jax":
        ref_out, ref_tan = JAX_JVP.get(case.id)
    else:
        ref_out, ref_tan = fd_jvp(case, args, kwargs, tangents)
    rtol, atol = reference_tolerance(case, ref_out)
    assert_tree_close(out, ref_out, rtol, atol, what=f"jvp primal output of {case.name}")
    assert_tree_close(tan, ref_tan, rtol, atol,
                      what=f"jvp tangent of {case.name} vs {case.ref}")


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_jvp_tangent_dtype(case):
    """The output tangent has the dtype of the function's own output (float32 for the
    float32 cases whose output is float32, as jax does)."""
    args, kwargs = case.args, case.kwargs
    tangents = make_tangents(case, args, kwargs)
    _, tan = s2s.jvp(case.fn, positional(case.fn, args, kwargs), tangents)
    want = expected_tangent_dtype(case.fn(*case.args, **case.kwargs))
    got = np.asarray(tan).dtype
    assert got == want, f"tangent dtype {got}, the function's output is {want}"


# == 2. dot-product identity <v, J u> = <J^T v, u> ================================================
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_dot_product_identity(case):
    args, kwargs = case.args, case.kwargs
    pos = positional(case.fn, args, kwargs)
    tangents = make_tangents(case, args, kwargs)
    idx, single = case.wrt_indices
    out, ju = s2s.jvp(case.fn, pos, tangents)
    out2, pullback = s2s.vjp(case.fn, *pos, wrt=case.wrt)
    assert np.shape(out2) == np.shape(out)
    rng = case_rng(case, 2)
    dtype = expected_tangent_dtype(out)
    v = dtype.type(rng.standard_normal())
    cts = pullback(v)
    cts = (cts,) if single else tuple(cts)
    assert len(cts) == len(idx)
    lhs = float(np.sum(as_float64_array(v) * as_float64_array(ju)))
    rhs, scale = 0.0, abs(lhs)
    for k, ct in zip(idx, cts):
        u = dict(float_leaves(tangents[k]))
        c = dict(tree_leaves(ct))
        assert set(u) <= set(c), \
            f"cotangent of argument {k} has the structure {structure(ct)}, " \
            f"the argument {structure(args[k])}"
        for path, uu in u.items():
            cc = as_float64_array(c[path])
            uu = as_float64_array(uu)
            assert np.shape(cc) == np.shape(uu), \
                f"cotangent of argument {k} at {path}: shape {np.shape(cc)} != {np.shape(uu)}"
            rhs += float(np.sum(cc * uu))
            scale += float(np.sum(np.abs(cc * uu)))
    # float32 anywhere in the inputs means float32 rounding inside, whatever the output
    rtol = 1e-4 if has_float32(args) or dtype == np.float32 else 1e-9
    assert abs(lhs - rhs) <= rtol * scale + 1e-12, \
        f"<v, J u> = {lhs!r} (jvp) but <J^T v, u> = {rhs!r} (vjp); scale {scale:.3g}"


# == 3. Hessians and Hessian-vector products =======================================================
# Scalar catalogue cases with one array or float parameter differentiated. For the cases
# marked in HESSIAN_WRT the catalogue differentiates several parameters; the Hessian is
# taken with respect to the one named here.
HESSIAN_CASES = [
    # arithmetic, keyword arguments
    "arith::powers",
    "arith::fan_out_reuse",
    "arith::keyword_flags[1]",
    # loops and branches
    "control::for_over_array",
    "control::while_counter",
    "control::reversed_range",
    "control::loop_index_used_after",
    "control::conditional_expression_in_loop",
    "control::list_setitem",
    "control::loop_count_param_maybe_empty",
    "control::rnn",
    "control::if_else_on_data[1]",          # fd
    "control::early_return_in_loop",        # fd
    "control::while_break",                 # fd
    "control::newton_sqrt_while",           # fd, float parameter
    # calls
    "calls::call_local",
    "calls::call_in_loop",
    "calls::call_other_module_attr",
    "calls::call_other_module_tuple_result",
    "calls::call_keyword_only",
    "calls::call_with_control_flow[1]",     # fd
    "calls::call_callee_inplace",           # fd
    "closures::global_int_range",
    # in-place writes (all fd)
    "inplace::setitem_recurrence",
    "inplace::setitem_zeros_like",
    "inplace::setitem_nested_loops",
    "inplace::setitem_slice",
    # reductions, shapes, ufuncs
    "reductions::max_keepdims_logsumexp",
    "reductions::softmax_cross_entropy",
    "reductions::prod_axis",
    "reductions::mean_keepdims_center",
    "methods::method_prod",
    "shapes::slices_2d",
    "shapes::integer_array_index",
    "ufuncs::trig",
    "ufuncs::softplus_sigmoid",
    # linalg
    "linalg::norm_vector",
    "linalg::norm_axis",
    "linalg::quadratic_form",
    "linalg::least_squares",
    # scalars, float32
    "mathmod::math_constants",
    "dtypes::f32_python_scalar_constants",
]

HESSIAN_WRT = {
    "control::rnn": 1,                  # W
    "linalg::quadratic_form": 0,        # x: H = A + A^T
    "linalg::least_squares": 1,         # w: H = A^T A
}

# Cases of the selection that are mathematically unsuitable for a Hessian check at their
# sample point (id -> reason). Nothing else may be listed here.
HESSIAN_SKIP: dict = {}


def hessian_setup(case_id):
    if case_id in HESSIAN_SKIP:
        pytest.skip(HESSIAN_SKIP[case_id])
    case = get_case(case_id)
    wrt = HESSIAN_WRT.get(case_id, case.wrt)
    assert not isinstance(wrt, (tuple, list)), f"{case_id}: pick one parameter in HESSIAN_WRT"
    params = list(inspect.signature(case.fn).parameters)
    k = params.index(wrt) if isinstance(wrt, str) else wrt % len(params)
    args, kwargs = case.args, case.kwargs
    pos = positional(case.fn, args, kwargs)
    x = pos[k]
    assert is_float_leaf(x), f"{case_id}: parameter {k} is not a float or float array"
    v = random_like(x, case_rng(case, 3))
    return types.SimpleNamespace(case=case, wrt=wrt, k=k, pos=pos, args=args, kwargs=kwargs,
                                 x=x, v=v)


_HESSIAN_REFS: dict = {}


def _make_jax_hessian(case_id):
    """(jax.hessian, jvp of jax.grad along v) of the jax-rebuilt case, one jitted function."""
    hs = hessian_setup(case_id)
    args64, kwargs64 = to_float64(tuple(hs.args)), to_float64(hs.kwargs)
    g = of_wrt(jaxify(hs.case.fn), args64, kwargs64, (hs.k,))

    def both(x, v):
        return jax.hessian(g)(x), jax.jvp(jax.grad(g), (x,), (v,))[1]
    return both, (to_float64(hs.x), to_float64(hs.v))


JAX_HESSIAN = JitBatch([i for i in HESSIAN_CASES
                        if i not in HESSIAN_SKIP and get_case(i).ref == "jax"],
                       _make_jax_hessian)


def hessian_reference(case_id):
    """(Hessian, H v, f, grad scale) of the case in float64: jax (one jitted function for
    both) or central differences of ``s2s.grad``."""
    if case_id in _HESSIAN_REFS:
        return _HESSIAN_REFS[case_id]
    hs = hessian_setup(case_id)
    case, wrt, k = hs.case, hs.wrt, hs.k
    args64, kwargs64 = to_float64(tuple(hs.args)), to_float64(hs.kwargs)
    x64, v64 = to_float64(hs.x), to_float64(hs.v)
    value = case.fn(*copy.deepcopy(args64), **copy.deepcopy(kwargs64))
    if case.ref == "jax":
        H, Hv = JAX_HESSIAN.get(case_id)
        ref = (H, Hv, value, 1.0)
    else:
        pos64 = positional(case.fn, args64, kwargs64)
        grad = s2s.grad(case.fn, wrt=wrt)

        def grad_at(xx):
            a = list(copy.deepcopy(pos64))
            a[k] = xx
            return as_float64_array(grad(*a))

        xa = as_float64_array(x64)
        g0 = grad_at(x64)
        cols = []
        for j in np.ndindex(xa.shape):
            h = 1e-4 * max(1.0, abs(xa[j]))

            def shifted(s, j=j):
                if isinstance(x64, float):
                    return grad_at(x64 + s)
                xx = xa.copy()
                xx[j] += s
                return grad_at(xx)
            cols.append(richardson(lambda s: (shifted(s) - shifted(-s)) / (2 * s), h))
        H = np.stack(cols, axis=-1).reshape(xa.shape + xa.shape) if xa.ndim else cols[0]
        va = as_float64_array(v64)
        hv = 1e-4 / max(float(np.max(np.abs(va))), 1e-300)
        Hv = richardson(lambda s: (grad_at(tree_axpy(x64, v64, s))
                                   - grad_at(tree_axpy(x64, v64, -s))) / (2 * s), hv)
        ref = (H, Hv, value, max(1.0, float(np.max(np.abs(g0)))))
    _HESSIAN_REFS[case_id] = ref
    return ref


def hessian_tolerance(case, value, gscale):
    rtol, atol = reference_tolerance(case)
    if case.ref == "fd":     # central differences of a computed gradient
        atol = max(atol, 1e-8 * max(1.0, abs(float(value)), gscale))
    return rtol, atol


@pytest.mark.parametrize("case_id", HESSIAN_CASES)
def test_hessian(case_id):
    hs = hessian_setup(case_id)
    case, shape = hs.case, np.shape(hs.x)
    got = s2s.hessian(case.fn, wrt=hs.wrt)(*hs.pos)
    assert np.shape(got) == shape + shape, \
        f"Hessian shape {np.shape(got)}, expected {shape + shape}"
    H, _, value, gscale = hessian_reference(case_id)
    rtol, atol = hessian_tolerance(case, value, gscale)
    assert_tree_close(got, H, rtol, atol, what=f"Hessian of {case.name} vs {case.ref}")


@pytest.mark.parametrize("case_id", HESSIAN_CASES)
def test_hvp(case_id):
    hs = hessian_setup(case_id)
    case = hs.case
    got = s2s.hvp(case.fn, wrt=hs.wrt)(*hs.pos, hs.v)
    assert np.shape(got) == np.shape(hs.x)
    _, Hv, value, gscale = hessian_reference(case_id)
    rtol, atol = hessian_tolerance(case, value, gscale)
    ref = "jvp of grad" if case.ref == "jax" else "fd"
    assert_tree_close(got, Hv, rtol, atol,
                      what=f"Hessian-vector product of {case.name} vs {ref}")


# == 4. Jacobians of vector-valued functions =======================================================
_JRNG = np.random.default_rng(20240611)


def _r(*shape):
    return _JRNG.standard_normal(shape)


# (id, function, args, wrt, reference)
JAC_SPECS = [(f"matvec_x_{m}x{n}", V.matvec, (_r(m, n), _r(n)), 1, "jax")
             for m, n in [(1, 1), (1, 4), (4, 1), (3, 3), (2, 5), (5, 2)]]
JAC_SPECS += [
    ("matvec_A_3x2", V.matvec, (_r(3, 2), _r(2)), 0, "jax"),
    ("matvec_both_2x3", V.matvec, (_r(2, 3), _r(3)), (0, 1), "jax"),
    ("elementwise_sin_4", V.elementwise_sin, (_r(4),), 0, "jax"),
    ("elementwise_sin_2x3", V.elementwise_sin, (_r(2, 3),), 0, "jax"),
    ("elementwise_exp_tanh_5", V.elementwise_exp_tanh, (_r(5),), 0, "jax"),
    ("softmax_4", V.softmax, (_r(4),), 0, "jax"),
    ("scalar_to_vector", V.scalar_to_vector, (0.7,), 0, "jax"),
    ("outer_with_sin_3", V.outer_with_sin, (_r(3),), 0, "jax"),
    ("matrix_layer_4x3", V.matrix_layer, (_r(4, 3),), 0, "jax"),
    ("cumulative_loop_4", V.cumulative_loop, (_r(4),), 0, "jax"),
    ("two_inputs", V.two_inputs, (_r(3), _r(2)), (0, 1), "jax"),
    ("inplace_recurrence_3", V.inplace_recurrence, (_r(3),), 0, "fd"),
    ("branch_on_sum_pos", V.branch_on_sum, (np.array([0.5, 1.0, -0.2]),), 0, "fd"),
    ("branch_on_sum_neg", V.branch_on_sum, (np.array([-0.5, 0.3, -0.9]),), 0, "fd"),
]
JAC_IDS = [s[0] for s in JAC_SPECS]
JAC_BY_ID = {s[0]: s for s in JAC_SPECS}


@functools.cache
def _jax_fixture_globals():
    import jax.numpy as jnp
    g = dict(vars(V))
    g["np"] = jnp
    g["math"] = types.SimpleNamespace(log=jnp.log, sqrt=jnp.sqrt, exp=jnp.exp, sin=jnp.sin,
                                      cos=jnp.cos, tanh=jnp.tanh)
    return g


def jax_fixture(fn):
    """A fixture function rebuilt against jax.numpy (and jax versions of math's functions)."""
    return types.FunctionType(fn.__code__, _jax_fixture_globals(), fn.__name__,
                              fn.__defaults__, fn.__closure__)


def fd_jacobian(fn, args, wrt):
    single = not isinstance(wrt, (tuple, list))
    idx = (wrt,) if single else tuple(wrt)
    args = to_float64(tuple(args))
    out = []
    for k in idx:
        x = args[k]
        xa = as_float64_array(x)
        cols = []
        for j in np.ndindex(xa.shape):
            h = 1e-4 * max(1.0, abs(xa[j]))

            def f_at(s, j=j, k=k, x=x, xa=xa):
                a = list(copy.deepcopy(args))
                if isinstance(x, float):
                    a[k] = x + s
                else:
                    a[k] = xa.copy()
                    a[k][j] += s
                return as_float64_array(fn(*a))
            cols.append(richardson(lambda s: (f_at(s) - f_at(-s)) / (2 * s), h))
        value = as_float64_array(fn(*args))
        J = np.stack(cols, axis=-1).reshape(value.shape + xa.shape)
        out.append(J)
    return out[0] if single else tuple(out)


_JAC_REFS: dict = {}


def jacobian_reference(spec_id):
    if spec_id not in _JAC_REFS:
        _, fn, args, wrt, ref = JAC_BY_ID[spec_id]
        if ref == "jax":
            J = jax.jit(jax.jacfwd(jax_fixture(fn), argnums=wrt))(*args)
            J = tuple(np.asarray(j) for j in J) if isinstance(wrt, tuple) else np.asarray(J)
        else:
            J = fd_jacobian(fn, args, wrt)
        _JAC_REFS[spec_id] = J
    return _JAC_REFS[spec_id]


def expected_jacobian_shapes(fn, args, wrt):
    out_shape = np.shape(fn(*args))
    idx = (wrt,) if not isinstance(wrt, tuple) else wrt
    return [out_shape + np.shape(args[k]) for k in idx]


JAC_METHODS = {"jacfwd": s2s.jacfwd, "jacrev": s2s.jacrev, "jacobian": s2s.jacobian}


@pytest.mark.parametrize("method", list(JAC_METHODS))
@pytest.mark.parametrize("spec_id", JAC_IDS)
def test_jacobian_matches_reference(spec_id, method):
    _, fn, args, wrt, ref = JAC_BY_ID[spec_id]
    got = JAC_METHODS[method](fn, wrt)(*args)
    got_t = got if isinstance(wrt, tuple) else (got,)
    shapes = expected_jacobian_shapes(fn, args, wrt)
    assert isinstance(got_t, tuple) and len(got_t) == len(shapes)
    for g, shape in zip(got_t, shapes):
        assert np.shape(g) == shape, f"{method}: shape {np.shape(g)}, expected {shape}"
    expected = jacobian_reference(spec_id)
    rtol, atol = (1e-6, 1e-9) if ref == "jax" else (1e-6, 1e-8)
    assert_tree_close(got, expected, rtol, atol, what=f"{method} of {fn.__name__} vs {ref}")


@pytest.mark.parametrize("spec_id", JAC_IDS)
def test_jacobians_agree(spec_id):
    """jacfwd, jacrev and jacobian agree with one another (to rounding)."""
    _, fn, args, wrt, _ = JAC_BY_ID[spec_id]
    fwd = s2s.jacfwd(fn, wrt)(*args)
    rev = s2s.jacrev(fn, wrt)(*args)
    both = s2s.jacobian(fn, wrt)(*args)
    assert_tree_close(rev, fwd, 1e-10, 1e-12, what=f"jacrev vs jacfwd of {fn.__name__}")
    assert_tree_close(both, fwd, 1e-10, 1e-12, what=f"jacobian vs jacfwd of {fn.__name__}")


def test_matvec_jacobian_is_A():
    A, x = _r(3, 5), _r(5)
    for method, jac in JAC_METHODS.items():
        np.testing.assert_allclose(jac(V.matvec, wrt=1)(A, x), A, rtol=1e-12, atol=1e-14,
                                   err_msg=method)


# == 5. third derivatives of scalar functions of a scalar ==========================================
# (id, function, point, jit the jax reference) -- Python branches on the value cannot be
# jitted; jax.grad follows them eagerly.
THIRD_SPECS = [
    ("poly_sin", V.poly_sin, 0.8, True),
    ("poly_sin_negative", V.poly_sin, -1.3, True),
    ("math_log_sqrt", V.math_log_sqrt, 1.7, True),
    ("loop_scalar", V.loop_scalar, 0.6, True),
    ("branch_scalar_high", V.branch_scalar, 1.2, False),
    ("branch_scalar_low", V.branch_scalar, -0.4, False),
]


@pytest.mark.parametrize("fn, x, jit", [s[1:] for s in THIRD_SPECS],
                         ids=[s[0] for s in THIRD_SPECS])
def test_third_derivative(fn, x, jit):
    jf = jax_fixture(fn)
    derivs = [jax.grad(jf)]
    derivs.append(jax.grad(derivs[-1]))
    derivs.append(jax.grad(derivs[-1]))
    wrap = jax.jit if jit else (lambda f: f)
    expected = wrap(lambda x: tuple(d(x) for d in derivs))(x)
    g = fn
    for order in (1, 2, 3):
        g = s2s.grad(g)
        got = g(x)
        assert np.ndim(got) == 0, f"order {order}: derivative has shape {np.shape(got)}"
        want = float(expected[order - 1])
        assert np.isclose(float(got), want, rtol=1e-6, atol=1e-9), \
            f"order {order} derivative of {fn.__name__} at {x}: got {float(got)!r}, " \
            f"jax {want!r}"
