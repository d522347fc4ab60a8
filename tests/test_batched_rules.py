"""Every rule's batched forward form, checked automatically (as tests/test_rules.py checks
the plain ones, on the same generated per-rule functions and domains).

For each rule case and each differentiated float parameter, the batched sweep (every
direction at once, seeded with the identity inside the generated code) must equal one
plain forward sweep per unit direction, column by column. The plain sweeps are checked
against central differences and jax by tests/test_rules.py. The helpers that generated
adjoint code calls are included: their batched forms are what batched Jacobians by
reverse mode and batched Hessians run. A rule that docs/rules.md lists as batched
(``s2s.rules.listing``) must take the batched path.
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


@pytest.mark.parametrize("case", FWD_CASES, ids=[c.id for c in FWD_CASES])
def test_batched_rule(case):
    f = getattr(MOD, case.fname)
    params = list(inspect.signature(f).parameters)
    args = case.sample()
    considered = 0
    for i in case.diff_indices:
        x = args[i]
        if not _float(x) or case.names[i] in case.frozen:
            continue
        considered += 1
        name = params[i]
        batched = build("jvp_batched", spec_of(f), (name,))
        if batched is None:
            assert case.rule not in LISTED_BATCHED or case.expr is not None, \
                f"{case.rule} is listed as batched, but its sweep wrt {name} is not"
            continue
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
    if not considered:
        pytest.skip("no float parameter to differentiate")
