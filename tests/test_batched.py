"""Batched forward mode (all input directions in one sweep, a trailing axis on the
tangents, seeded inside the generated code with the identity) against one forward sweep
per direction, over the catalogue's cases with a float array parameter to differentiate
(the first such ``wrt`` parameter; keyword arguments bound to their parameters). Which
cases fall back to one sweep per direction is pinned in ``JACFWD_LOOP``, as
tests/test_jacobians.py pins the reverse-mode ones."""
import numpy as np
import pytest

import s2s
from s2s.api import spec_of
from s2s.pipeline import build

from .catalogue import load_cases


def _first_array_wrt(case):
    """(name, position, positional arguments) of the case's first float array ``wrt``
    parameter, or None."""
    params = list(s2s.api.ir_of(spec_of(case.fn)).params)
    values = list(s2s.api._bind(case.fn, tuple(case.args), case.kwargs).values())
    wrt = case.wrt if isinstance(case.wrt, (tuple, list)) else (case.wrt,)
    for w in wrt:
        name = params[w] if isinstance(w, int) else w
        x = values[params.index(name)]
        if isinstance(x, np.ndarray) and x.dtype.kind == "f":
            return name, params.index(name), values
    return None


ARRAY_CASES = [c for c in load_cases() if c.dtype is None and _first_array_wrt(c) is not None]

# Cases whose Jacobian by forward mode takes one sweep per direction, with the rule that
# has no batched form. Nothing else may fall back.
JACFWD_LOOP = {
    "shapes::ellipsis_index": "x[..., 0]: an ellipsis would take in the batch axis",
    "distributions::mixture_component": "np.linalg.solve in a multivariate normal density: "
                                        "solve_transposed has no batched form",
}


def _batched(case):
    name, _, _ = _first_array_wrt(case)
    return build("jvp_batched", spec_of(case.fn), (name,))


def test_jacfwd_takes_the_batched_path():
    loops = {c.id for c in ARRAY_CASES if _batched(c) is None}
    print(f"\njacfwd: {len(ARRAY_CASES) - len(loops)} of {len(ARRAY_CASES)} catalogue cases batched")
    assert loops == set(JACFWD_LOOP)


BATCHED_CASES = [c for c in ARRAY_CASES if c.id not in JACFWD_LOOP]


@pytest.mark.parametrize("case", BATCHED_CASES, ids=[c.id for c in BATCHED_CASES])
def test_batched_sweep_equals_one_sweep_per_direction(case):
    name, k, values = _first_array_wrt(case)
    batched = _batched(case)
    single = build("jvp", spec_of(case.fn), (name,))
    x = values[k]
    n = x.size
    seed = np.eye(n).reshape(x.shape + (n,))
    value, tangents = batched.funcs[0](*values)
    tangents = np.broadcast_to(tangents, np.shape(value) + (n,))
    for j in range(n):
        _, want = single.funcs[0](*values, seed[..., j])
        np.testing.assert_allclose(tangents[..., j], np.broadcast_to(want, np.shape(value)),
                                   rtol=1e-12, atol=1e-12)
