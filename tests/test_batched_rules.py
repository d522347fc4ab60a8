"""Every rule's batched forward form, checked automatically (as tests/test_rules.py checks
the plain ones, on the same generated per-rule functions and domains).

For each rule case and each differentiated float parameter, the batched sweep (every
direction at once, seeded with the identity inside the generated code) must equal one
plain forward sweep per unit direction, column by column. The plain sweeps are checked
against central differences and jax by tests/test_rules.py. The helpers that generated
adjoint code calls are included: their batched forms are what batched Jacobians by
reverse mode and batched Hessians run. A rule that docs/rules.md lists as batched
(``s2s.rules.listing``) must take the batched path.

The parameters whose sweep has no batched form (jacfwd then takes one sweep per
direction, which tests/test_rules.py checks) are left out when the tests are collected:
every test here compares something.
"""
from __future__ import annotations

import inspect

import numpy as np
import pytest

from s2s.api import spec_of
from s2s.pipeline import build
from s2s.rules import listing

from .test_rules import CASES, MOD, modes

LISTED_BATCHED = {r.name for r in listing.rows() if r.batched}
FWD_CASES = [c for c in CASES if "fwd" in modes(c) and c.error is None]


def _float(x):
    return isinstance(x, float) or isinstance(x, np.ndarray) and x.dtype.kind == "f"


def _leaves(tree):
    if isinstance(tree, (tuple, list)):
        return [leaf for t in tree for leaf in _leaves(t)]
    return [tree]


def _tolerance(*arrays):
    """Rounding of the least precise dtype: the per-direction sweep meets a float64 unit
    vector, the batched one a seed of the parameter's dtype."""
    eps = max(float(np.finfo(np.result_type(a, np.float16)).eps) for a in arrays)
    return max(1e-12, 50 * eps) if eps > 1e-15 else 1e-12


def _batched_params(case):
    """The names of the case's differentiated float parameters whose sweep has a batched
    form (those of the others take one sweep per direction)."""
    f = getattr(MOD, case.fname)
    params = list(inspect.signature(f).parameters)
    args = case.sample()
    return tuple(params[i] for i in case.diff_indices
                 if _float(args[i]) and case.names[i] not in case.frozen
                 and build("jvp_batched", spec_of(f), (params[i],)) is not None)


BATCHED = [pytest.param(c, name, id=f"{c.id}-{name}")
           for c in FWD_CASES for name in _batched_params(c)]


def test_listed_rules_take_the_batched_path():
    """A rule docs/rules.md lists as batched has a batched sweep wrt every differentiated
    float parameter of a case that is its call alone."""
    batched = {(c.id, name) for c, name in (p.values for p in BATCHED)}
    missing = []
    for c in FWD_CASES:
        if c.rule not in LISTED_BATCHED or not c.own_call:
            continue
        args = c.sample()
        for i in c.diff_indices:
            if _float(args[i]) and c.names[i] not in c.frozen and (c.id, c.names[i]) not in batched:
                missing.append(f"{c.id} wrt {c.names[i]}")
    assert not missing, "listed as batched, but their sweep is not:\n" + "\n".join(missing)


@pytest.mark.parametrize("case, name", BATCHED)
def test_batched_rule(case, name):
    f = getattr(MOD, case.fname)
    args = case.sample()
    x = args[list(inspect.signature(f).parameters).index(name)]
    batched = build("jvp_batched", spec_of(f), (name,))
    plain = build("jvp", spec_of(f), (name,))
    nres = plain.info["nresults"]
    out = batched.funcs[0](*args)
    values, tangents = _leaves(out[:nres]), _leaves(out[nres:])
    n = int(np.size(x))
    basis = np.eye(n).reshape((n,) + np.shape(x)) if np.ndim(x) else [1.0]
    for j, e in enumerate(basis):
        want = _leaves(plain.funcs[0](*args, e)[nres:])
        for v, t, w in zip(values, tangents, want):
            got = np.broadcast_to(t, np.shape(v) + (n,))[..., j]
            tol = _tolerance(v, t, w, x)
            np.testing.assert_allclose(got, np.broadcast_to(w, np.shape(v)), rtol=tol,
                                       atol=tol, err_msg=f"direction {j} of {name}")
