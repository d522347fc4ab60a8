"""Activation functions and vanishing gradients.

Backpropagating through an element-wise non-linearity phi multiplies the adjoint by
phi'(s), once per layer. The sigmoid's derivative is at most 1/4, so with many layers
the gradient reaching the first layers shrinks geometrically (it vanishes); ReLU's
derivative is 0 or 1 and lets it through. The notes' experiment: a network with 5
hidden layers, weights uniform in [-0.5, 0.5], cross-entropy on a few examples; the norm
of the gradient for each layer's weights, with sigmoid and with ReLU. Here also leaky
ReLU, ELU, GELU (tanh approximation) and SiLU, all written with plain numpy and
differentiated by s2s, which also draws each phi' for the first panel.
Run: python examples/activations.py [--fast]
"""
import itertools
import sys
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

import s2s

HERE = Path(__file__).resolve().parent
FIGURES = HERE / "figures"
README_IMAGE = HERE.parent / "docs" / "images" / "vanishing_gradients.png"
KINDS = ["sigmoid", "relu", "leaky_relu", "elu", "gelu", "silu"]


def sigmoid(s):
    return 1 / (1 + np.exp(-s))


def relu(s):
    return np.maximum(s, 0)


def leaky_relu(s, alpha=0.01):
    return np.where(s > 0, s, alpha * s)


def elu(s, alpha=1.0):
    # np.where evaluates both branches: the minimum keeps exp from overflowing (and its
    # derivative from being inf * 0 = nan) where the other branch is picked
    return np.where(s > 0, s, alpha * (np.exp(np.minimum(s, 0)) - 1))


def gelu(s):
    return 0.5 * s * (1 + np.tanh(np.sqrt(2 / np.pi) * (s + 0.044715 * s ** 3)))


def silu(s):
    return s * sigmoid(s)


def activation(s, kind):
    if kind == "sigmoid":
        return sigmoid(s)
    if kind == "relu":
        return relu(s)
    if kind == "leaky_relu":
        return leaky_relu(s)
    if kind == "elu":
        return elu(s)
    if kind == "gelu":
        return gelu(s)
    return silu(s)


def summed_activation(s, kind):
    """Its gradient is phi'(s) element-wise: each output depends on one input."""
    return np.sum(activation(s, kind))


def cross_entropy(weights, x, onehot, kind):
    h = x
    for W in weights[:-1]:
        h = activation(h @ W, kind)
    logits = h @ weights[-1]
    shifted = logits - np.max(logits, axis=1, keepdims=True)   # a stable log-softmax
    log_p = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    return -np.mean(np.sum(onehot * log_p, axis=1))


def make_problem(rng, sizes=(32, 64, 64, 64, 64, 64, 10), batch=8):
    """The notes' set-up: 5 hidden layers, weights uniform in [-0.5, 0.5], a few examples."""
    weights = [rng.uniform(-0.5, 0.5, (m, n)) for m, n in itertools.pairwise(sizes)]
    x = rng.standard_normal((batch, sizes[0]))
    onehot = np.eye(sizes[-1])[rng.integers(0, sizes[-1], batch)]
    return weights, x, onehot


def main(fast=False, outdir=FIGURES, readme_image=None):
    grad_ce = s2s.grad(cross_entropy)            # wrt=0: the list of weight matrices
    print("s2s.source(s2s.grad(cross_entropy)), the backward loop over layers:\n")
    print(s2s.source(grad_ce))

    # Derivatives of the activations themselves, and a check against their closed forms.
    dphi = s2s.grad(summed_activation)
    s = np.linspace(-4, 4, 400)   # even: skips the kink at 0
    derivatives = {kind: dphi(s, kind) for kind in KINDS}
    sig = sigmoid(s)
    np.testing.assert_allclose(derivatives["sigmoid"], sig * (1 - sig), rtol=1e-12)
    np.testing.assert_allclose(derivatives["silu"], sig + s * sig * (1 - sig), rtol=1e-12)
    np.testing.assert_allclose(derivatives["elu"], np.where(s > 0, 1.0, np.exp(s)))
    print(f"max sigmoid'(s) = {derivatives['sigmoid'].max():.4f} (1/4 at s = 0)")
    # At the kink np.maximum's derivative splits the tie, as jax.numpy's does;
    # np.where(s > 0, s, 0) gives PyTorch's 0 instead.
    print(f"relu'(0) = {dphi(np.zeros(1), 'relu')[0]}, leaky_relu'(0) = "
          f"{dphi(np.zeros(1), 'leaky_relu')[0]}")

    # Gradient norm per layer, averaged over random networks and batches.
    rng = np.random.default_rng(0)
    draws = 3 if fast else 20
    norms = {kind: np.zeros(6) for kind in KINDS}
    for _ in range(draws):
        problem = make_problem(rng)
        for kind in KINDS:
            grads = grad_ce(*problem, kind)
            norms[kind] += [np.linalg.norm(g) / draws for g in grads]
    print(f"\n|dL/dW_k| per layer (k = 1 is next to the input), mean of {draws} draws")
    for kind in KINDS:
        print(f"  {kind:<10}" + "".join(f"{v:10.2e}" for v in norms[kind]))
    # The sigmoid network's first layer gets a small fraction of what its last gets;
    # ReLU's layers all get gradients of one size.
    ratio = {kind: norms[kind][0] / norms[kind][-1] for kind in KINDS}
    assert ratio["sigmoid"] < 0.1 and 0.3 < ratio["relu"] < 3, ratio

    fig = Figure(figsize=(10, 4), layout="constrained")
    ax1, ax2 = fig.subplots(1, 2)
    for kind in KINDS:
        style = {"lw": 3, "alpha": 0.6} if kind == "relu" else {}   # leaky ReLU hides it
        ax1.plot(s, derivatives[kind], label=kind, **style)
        ax2.semilogy(np.arange(1, 7), norms[kind], "o-", label=kind, **style)
    ax1.set(xlabel="s", ylabel="phi'(s)", title="Derivatives of the activations (s2s.grad)")
    ax2.set(xlabel="layer (1 = input side, 6 = output)", ylabel="gradient norm",
            title="Gradient norm per layer, 5 hidden layers")
    ax1.legend(fontsize=8)
    ax2.legend(fontsize=8)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    for path in [outdir / "activations.png"] + ([Path(readme_image)] if readme_image else []):
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, dpi=100)
        print(f"saved {path}")
    return {"norms": {k: v.tolist() for k, v in norms.items()}, "ratio_first_last": ratio,
            "s": s, "derivatives": derivatives}


if __name__ == "__main__":
    fast = "--fast" in sys.argv[1:]
    main(fast=fast, readme_image=None if fast else README_IMAGE)
