"""Every case of the catalogue (tests/cases/*.py, see tests/catalogue.py) through s2s.

For each case:
  (a) ``s2s.grad(fn, wrt)(*args)`` equals the reference gradient (jax.grad of the same
      source on jax.numpy, or central differences for ``ref="fd"``), with the structure of
      the differentiated arguments (same container types, dict keys and shapes);
  (b) the IR interpreter on ``primal_ir(fn)`` computes ``fn``;
  (c) the gradient call does not mutate the user's inputs;
  (d) the gradient has the input's dtype (float32 in, float32 out);
  (e) the generated source is a deterministic string (also across processes with another
      hash seed) with no machine-random names;
  (f) the gradient raises no floating-point error the function itself does not raise;
and ``value_and_grad``'s value is the function's value, and the ``vjp`` pullback is the
reference gradient times the cotangent; plus a self-check of the catalogue itself, independent of s2s: the reference is
well-defined there (jax agrees with central differences; central differences are stable,
i.e. no branch boundary or kink within the step).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import s2s
from .catalogue import (REPO_ROOT, assert_tree_close, central_difference, deepcopy_tree,
                        has_float32, load_cases, random_looking_names, reference_grad,
                        reference_tolerance, structure, to_float64, tree_leaves, tree_map,
                        trees_identical)
from .test_forward import positional

CASES = load_cases()
IDS = [c.id for c in CASES]


@pytest.fixture(params=CASES, ids=IDS)
def case(request, _other_process):
    return request.param


_REFERENCES: dict = {}


def reference(case):
    """(reference gradient in float64, f(args) in float64), computed once per case."""
    if case.id not in _REFERENCES:
        args, kwargs = case.args, case.kwargs
        value = case.fn(*to_float64(args), **to_float64(kwargs))
        _REFERENCES[case.id] = (reference_grad(case, args, kwargs), value)
    return _REFERENCES[case.id]


def s2s_grad(case, args=None, kwargs=None):
    args = case.args if args is None else args
    kwargs = case.kwargs if kwargs is None else kwargs
    return s2s.grad(case.fn, wrt=case.wrt)(*args, **kwargs)


def expected_structure(case, args):
    """The gradient's expected skeleton: that of the differentiated argument(s)."""
    idx, single = case.wrt_indices
    return args[idx[0]] if single else tuple(args[i] for i in idx)


# -- the catalogue itself ---------------------------------------------------------------------
def test_catalogue_size_and_coverage():
    assert len(CASES) >= 60
    modules = {c.module for c in CASES}
    for m in ("arith", "ufuncs", "reductions", "shapes", "control", "calls", "inplace",
              "pytrees", "methods", "closures", "linalg", "mathmod", "dtypes"):
        assert m in modules, f"no cases in tests/cases/{m}.py"
    assert all(c.path.startswith("tests/cases/") for c in CASES)


def test_args_are_deterministic():
    for c in CASES:
        assert trees_identical(c.args, c.args), c.id


def test_reference_selfcheck(case):
    """The case is a valid test: its reference is well-defined at its inputs."""
    args, kwargs = case.args, case.kwargs
    value = case.fn(*to_float64(args), **to_float64(kwargs))
    assert np.ndim(value) == 0, f"{case.id} must return a scalar"
    idx, single = case.wrt_indices
    wrt = idx[0] if single else idx
    fd = central_difference(case.fn, args, wrt, kwargs)
    scale = max(1.0, abs(float(value)))
    if case.ref == "jax":
        ref, _ = reference(case)
        assert_tree_close(ref, fd, rtol=1e-6, atol=1e-8 * scale, what="jax vs central differences")
    else:
        # stable under a 10x smaller step: no branch switch or kink near the inputs
        fd2 = central_difference(case.fn, args, wrt, kwargs, rel_step=1e-5)
        assert_tree_close(fd2, fd, rtol=1e-5, atol=1e-7 * scale, what="fd(h/10) vs fd(h)")


# -- (a) gradient vs reference ----------------------------------------------------------------
def test_grad_matches_reference(case):
    args, kwargs = case.args, case.kwargs
    got = s2s_grad(case, args, kwargs)
    expected, value = reference(case)
    skeleton = expected_structure(case, args)
    assert structure(got) == structure(skeleton), \
        f"gradient structure {structure(got)} != argument structure {structure(skeleton)}"
    rtol, atol = reference_tolerance(case, value)
    assert_tree_close(got, expected, rtol=rtol, atol=atol,
                      what=f"d{case.name}/d{case.wrt} vs {case.ref}")


def test_vjp_pullback_matches_reference(case):
    """The pullback of s2s.vjp (its own forward and backward sweeps, not grad's function)
    at a cotangent of 0.7 is 0.7 times the reference gradient."""
    pos = positional(case.fn, case.args, case.kwargs)
    out, pullback = s2s.vjp(case.fn, *pos, wrt=case.wrt)
    expected, value = reference(case)
    assert_tree_close(out, value, *reference_tolerance(case, value), what="vjp value")
    got = pullback(0.7)
    idx, single = case.wrt_indices
    got = got if single else tuple(got)
    unscaled = tree_map(lambda g: None if g is None else np.asarray(g, dtype=np.float64) / 0.7, got)
    assert_tree_close(unscaled, tree_map(lambda g: None if g is None else np.asarray(g), expected),
                      *reference_tolerance(case, value), what=f"pullback of {case.name} / 0.7 vs {case.ref}")


def test_value_and_grad_value(case):
    args, kwargs = case.args, case.kwargs
    value, _ = s2s.value_and_grad(case.fn, wrt=case.wrt)(*args, **kwargs)
    expected = case.fn(*case.args, **case.kwargs)
    rtol = 1e-5 if has_float32(args) else 1e-12
    np.testing.assert_allclose(np.asarray(value, dtype=np.float64),
                               np.asarray(expected, dtype=np.float64), rtol=rtol, atol=1e-12)


# -- (b) the IR interpreter computes the function ---------------------------------------------
def test_interpreter_matches_function(case):
    from s2s.api import primal_ir
    from s2s.ir.interp import evaluate
    from s2s.rules import default_table
    got = evaluate(primal_ir(case.fn), default_table(), *case.args, **case.kwargs)
    expected = case.fn(*case.args, **case.kwargs)
    assert np.shape(got) == np.shape(expected)
    rtol = 1e-5 if has_float32(case.args) else 1e-12
    np.testing.assert_allclose(np.asarray(got, dtype=np.float64),
                               np.asarray(expected, dtype=np.float64), rtol=rtol, atol=1e-12)


# -- (c) inputs are not mutated ---------------------------------------------------------------
def test_inputs_not_mutated(case):
    args, kwargs = case.args, case.kwargs
    before_args, before_kwargs = deepcopy_tree(args), deepcopy_tree(kwargs)
    s2s_grad(case, args, kwargs)
    assert trees_identical(args, before_args), "the gradient call mutated an argument"
    assert trees_identical(kwargs, before_kwargs), "the gradient call mutated a keyword argument"


# -- (d) dtype of the gradient ----------------------------------------------------------------
def test_gradient_dtype(case):
    args = case.args
    got = s2s_grad(case, args)
    idx, single = case.wrt_indices
    grads = (got,) if single else got
    for k, g in zip(idx, grads):
        inputs = dict(tree_leaves(args[k]))
        assert [p for p, _ in tree_leaves(g)] == list(inputs), \
            f"gradient wrt argument {k} has the structure {structure(g)}, " \
            f"not that of the argument, {structure(args[k])}"
        for path, leaf in tree_leaves(g):
            x = inputs.get(path)
            where = f"gradient wrt argument {k} at {path}"
            if isinstance(x, (np.ndarray, np.floating)) and np.issubdtype(x.dtype, np.floating):
                assert isinstance(leaf, (np.ndarray, np.generic)), \
                    f"{where}: {type(leaf).__name__}, expected an ndarray of {x.dtype}"
                assert np.asarray(leaf).dtype == x.dtype, \
                    f"{where}: dtype {np.asarray(leaf).dtype}, input dtype {x.dtype}"
            elif isinstance(x, float):
                assert np.ndim(leaf) == 0 and np.asarray(leaf).dtype == np.float64, \
                    f"{where}: {leaf!r}, expected a float64 scalar for a Python float input"


# -- (e) deterministic, readable source ---------------------------------------------------------
def test_source_has_no_random_names(case):
    """(Determinism is test_source_stable_across_processes: here the source is cached.)"""
    src = s2s.source(s2s.grad(case.fn, wrt=case.wrt))
    assert isinstance(src, str) and src.strip()
    bad = random_looking_names(src)
    assert not bad, f"machine-random names in the generated source: {bad}"


_SUBPROCESS = textwrap.dedent("""
    import json, sys
    sys.path.append({root!r})
    import s2s
    from tests.catalogue import load_cases
    out = {{}}
    for c in load_cases():
        try:
            out[c.id] = s2s.source(s2s.grad(c.fn, wrt=c.wrt))
        except Exception as e:
            out[c.id] = None
    print(json.dumps(out))
""")


@pytest.fixture(scope="session")
def _other_process():
    """A fresh interpreter, with another hash seed, generating every case's source; started
    with the first case so that it runs alongside the other tests."""
    env = dict(os.environ, PYTHONHASHSEED="12345")
    if os.environ.get("PYTHONHASHSEED") == "12345":
        env["PYTHONHASHSEED"] = "54321"
    proc = subprocess.Popen([sys.executable, "-c", _SUBPROCESS.format(root=str(REPO_ROOT))],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=REPO_ROOT, env=env)
    yield proc
    if proc.poll() is None:
        proc.kill()
        proc.communicate()


@pytest.fixture(scope="session")
def sources_in_other_process(_other_process):
    """Every case's generated source (None where generation failed) from the other process."""
    out, err = _other_process.communicate(timeout=600)
    assert _other_process.returncode == 0, err[-3000:]
    return json.loads(out.strip().splitlines()[-1])


def test_source_stable_across_processes(case, sources_in_other_process):
    here = s2s.source(s2s.grad(case.fn, wrt=case.wrt))
    there = sources_in_other_process.get(case.id)
    assert there is not None, "generating the source failed in the other process"
    if here != there:
        import difflib
        diff = "\n".join(difflib.unified_diff(there.splitlines(), here.splitlines(),
                                              "other process", "this process", lineterm=""))
        pytest.fail(f"generated source differs between processes:\n{diff}")


# -- (f) no floating-point warnings the function itself does not have ---------------------------
def test_no_floating_point_errors(case):
    """If ``fn`` evaluates without floating-point warnings (overflow, invalid, divide),
    so must its gradient: the adjoint code must not compute unneeded ``log(x)`` of
    negative ``x``, ``ans / x`` at ``x == 0``, ..."""
    args, kwargs = case.args, case.kwargs
    with np.errstate(all="raise"):
        try:
            case.fn(*deepcopy_tree(args), **deepcopy_tree(kwargs))
        except FloatingPointError as e:
            pytest.fail(f"catalogue error: {case.id} itself raises {e}")
        s2s_grad(case, args, kwargs)
