"""Batched forward mode (all input directions in one sweep, a trailing axis on the
tangents, seeded inside the generated code with the identity) against one forward sweep
per direction, over the whole catalogue."""
import numpy as np
import pytest

import s2s
from s2s.api import spec_of
from s2s.pipeline import build

from .catalogue import load_cases

CASES = [c for c in load_cases() if c.dtype is None]


def _first_array_wrt(case):
    wrt = case.wrt if isinstance(case.wrt, (tuple, list)) else (case.wrt,)
    params = list(s2s.api.ir_of(spec_of(case.fn)).params)
    for w in wrt:
        name = params[w] if isinstance(w, int) else w
        x = dict(zip(params, case.args)).get(name)
        if isinstance(x, np.ndarray) and x.dtype.kind == "f":
            return name, params.index(name)
    return None, None


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_batched_sweep_equals_one_sweep_per_direction(case):
    if case.kwargs:
        pytest.skip("keyword arguments: covered through jacfwd in test_forward")
    name, k = _first_array_wrt(case)
    if name is None:
        pytest.skip("no float array parameter to differentiate")
    batched = build("jvp_batched", spec_of(case.fn), (name,))
    if batched is None:
        pytest.skip("a rule on the tangent path has no batched form (one sweep per direction)")
    single = build("jvp", spec_of(case.fn), (name,))
    args = list(case.args)
    values = list(s2s.api._bind(case.fn, tuple(args), {}).values())
    x = args[k]
    n = x.size
    seed = np.eye(n).reshape(x.shape + (n,))
    value, tangents = batched.funcs[0](*values)
    tangents = np.broadcast_to(tangents, np.shape(value) + (n,))
    for j in range(n):
        _, want = single.funcs[0](*values, seed[..., j])
        np.testing.assert_allclose(tangents[..., j], np.broadcast_to(want, np.shape(value)),
                                   rtol=1e-12, atol=1e-12)
