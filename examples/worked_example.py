"""The course's worked example, step by step: L(w1, w2) = w2 log w1 + sqrt(w2 log w1).

The notes evaluate L through the trace

    v1 = log w1,   v2 = w2 v1,   v3 = sqrt(v2),   L = v2 + v3

and differentiate it twice. Forward mode carries a tangent dv/dw along the trace, one
sweep per input (seed dw = (1, 0) for dL/dw1, then (0, 1) for dL/dw2). Reverse mode runs
the trace once, then carries the adjoint v_bar = dL/dv back from L_bar = 1: one backward
sweep gives both partial derivatives.

This script prints the source s2s generates for both modes next to the notes' tables,
evaluated at (w1, w2) = (2, 3), and checks s2s's numbers against the hand derivation

    dL/dw1 = w2 / w1 (1 + 1 / (2 sqrt(w2 log w1))),
    dL/dw2 = log w1  (1 + 1 / (2 sqrt(w2 log w1))).

In the generated code t1, t2, t3 are the notes' v1, v2, v3, and t2_bar is v2_bar.
Run: python examples/worked_example.py   (nothing here is slow; --fast is accepted)
"""
import math
import sys

import numpy as np

import s2s


def L(w1, w2):
    return w2 * np.log(w1) + np.sqrt(w2 * np.log(w1))


def show(title, rows):
    """A table of the notes: step number, formula, value at (w1, w2) = (2, 3)."""
    print(f"\n{title}\n  step")
    width = max(len(formula) for _, formula, _ in rows)
    for step, formula, value in rows:
        print(f"  {step:>4}  {formula:<{width}}  = {value: .6f}")


def main(fast=False, outdir=None):
    w1, w2 = 2.0, 3.0

    # The primal trace, by hand.
    v1 = math.log(w1)
    v2 = w2 * v1
    v3 = math.sqrt(v2)
    show("Primal trace", [(1, "w1", w1), ("", "w2", w2), (2, "v1 = log w1", v1),
                          (3, "v2 = w2 v1", v2), (4, "v3 = sqrt(v2)", v3),
                          (5, "L  = v2 + v3", v2 + v3)])

    print("\nForward mode: s2s.source(L, mode='forward', wrt=('w1', 'w2'))\n")
    print(s2s.source(L, mode="forward", wrt=("w1", "w2")))
    forward = []
    for seed in [(1.0, 0.0), (0.0, 1.0)]:
        dw1, dw2 = seed
        # the notes' forward table: each tangent from its parents' tangents
        dv1 = dw1 / w1
        dv2 = w2 * dv1 + v1 * dw2
        dv3 = dv2 / (2 * math.sqrt(v2))
        dL = dv2 + dv3
        show(f"Tangents for the seed (dw1, dw2) = {seed}",
             [(1, "dw1", dw1), ("", "dw2", dw2), (2, "dv1 = dw1 / w1", dv1),
              (3, "dv2 = w2 dv1 + v1 dw2", dv2), (4, "dv3 = dv2 / (2 sqrt(v2))", dv3),
              (5, "dL  = dv2 + dv3", dL)])
        value, tangent = s2s.jvp(L, (w1, w2), seed)   # one forward sweep
        print(f"  s2s.jvp: L = {value:.6f}, dL = {tangent:.6f}")
        np.testing.assert_allclose(tangent, dL, rtol=1e-12)
        forward.append(tangent)

    print("\nReverse mode: s2s.source(s2s.grad(L, wrt=('w1', 'w2')))\n")
    grad_L = s2s.grad(L, wrt=("w1", "w2"))
    print(s2s.source(grad_L))
    # The notes' reverse table: each adjoint from its children's adjoints.
    L_bar = 1.0
    v3_bar = L_bar * 1.0
    v2_bar = v3_bar / (2 * math.sqrt(v2)) + L_bar * 1.0   # v2 feeds v3 and L
    v1_bar = v2_bar * w2
    w1_bar = v1_bar / w1
    w2_bar = v2_bar * v1
    show("Adjoints, backward from L_bar = 1",
         [(1, "L_bar  = 1", L_bar), (2, "v3_bar = L_bar", v3_bar),
          (3, "v2_bar = v3_bar / (2 sqrt(v2)) + L_bar", v2_bar),
          (4, "v1_bar = v2_bar w2", v1_bar), (5, "w1_bar = v1_bar / w1", w1_bar),
          ("", "w2_bar = v2_bar v1", w2_bar)])
    reverse = grad_L(w1, w2)                           # both partials in one sweep
    print(f"  s2s.grad: (dL/dw1, dL/dw2) = ({reverse[0]:.6f}, {reverse[1]:.6f})")

    # The closed forms of the notes; all three routes must agree with them.
    dv = 1 + 1 / (2 * math.sqrt(w2 * math.log(w1)))
    by_hand = (w2 / w1 * dv, math.log(w1) * dv)
    print(f"\nBy hand: dL/dw1 = {by_hand[0]:.6f}, dL/dw2 = {by_hand[1]:.6f}")
    np.testing.assert_allclose((w1_bar, w2_bar), by_hand, rtol=1e-12)
    np.testing.assert_allclose(reverse, by_hand, rtol=1e-12)
    np.testing.assert_allclose(forward, by_hand, rtol=1e-12)
    abs_err, _ = s2s.check_grad(L, w1, w2, wrt=(0, 1))
    print(f"Central differences agree to {abs_err:.1e}")
    return {"w": (w1, w2), "L": v2 + v3, "trace": (v1, v2, v3),
            "adjoints": (v3_bar, v2_bar, v1_bar), "forward": tuple(forward),
            "reverse": tuple(reverse), "by_hand": by_hand}


if __name__ == "__main__":
    main(fast="--fast" in sys.argv[1:])
