"""Quickstart: the course's worked example L(w1, w2) = w2 log w1 + sqrt(w2 log w1).

Prints the reverse-mode source s2s generates for dL/dw1 and dL/dw2, evaluates it at
(w1, w2) = (2, 3), and checks it against the hand derivation and central differences.
Run: python examples/quickstart.py
"""
import math

import numpy as np

import s2s


@s2s.differentiate(wrt=("w1", "w2"))
def loss(w1, w2):
    return w2 * np.log(w1) + np.sqrt(w2 * np.log(w1))


def main():
    print("Generated reverse-mode source (s2s.source(loss.grad)):\n")
    print(s2s.source(loss.grad))

    w1, w2 = 2.0, 3.0
    dw1, dw2 = loss.grad(w1, w2)
    # by hand: with v = w2 log w1, dL/dv = 1 + 1 / (2 sqrt v)
    dv = 1 + 1 / (2 * math.sqrt(w2 * math.log(w1)))
    by_hand = (dv * w2 / w1, dv * math.log(w1))
    print(f"L({w1}, {w2})  = {loss(w1, w2):.10f}")
    print(f"dL/dw1 = {dw1:.10f}   by hand {by_hand[0]:.10f}")
    print(f"dL/dw2 = {dw2:.10f}   by hand {by_hand[1]:.10f}")
    assert np.allclose((dw1, dw2), by_hand, rtol=1e-12)
    abs_err, rel_err = s2s.check_grad(loss, w1, w2, wrt=(0, 1))
    print(f"central differences agree: max abs error {abs_err:.1e}, max rel error {rel_err:.1e}")


if __name__ == "__main__":
    main()
