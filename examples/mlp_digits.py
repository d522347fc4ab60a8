"""The course's MLP, trained with mini-batch SGD on scikit-learn's digits (8x8 images, 10
classes; bundled with scikit-learn, nothing is downloaded).

`predict` and `loss_fun` are the course's code, with numpy for jax.numpy. The gradient of
the loss with respect to `params`, a list of (W, b) tuples, comes from s2s.grad and has
the same structure, so the SGD step is one line. The notes' recipe for SGD: shuffle the
training set, walk through it in mini-batches, repeat once per epoch.
Run: python examples/mlp_digits.py [--fast]   (needs scikit-learn, tqdm, matplotlib)
"""
import itertools
import sys
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from tqdm import tqdm

import s2s

FIGURES = Path(__file__).resolve().parent / "figures"


def predict(params, inputs):
    outputs = inputs
    for W, b in params:
        outputs = np.tanh(np.dot(outputs, W) + b)
    return outputs


def loss_fun(params, inputs, targets):
    preds = predict(params, inputs)
    return np.sum((preds - targets) ** 2)


def accuracy(params, inputs, labels):
    return float(np.mean(np.argmax(predict(params, inputs), axis=1) == labels))


def load_data(seed=0):
    X, labels = load_digits(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(
        X, labels, test_size=0.25, random_state=seed, stratify=labels)
    # standardize with the training set's statistics (some border pixels are always 0)
    mean, std = X_train.mean(axis=0), X_train.std(axis=0)
    std[std == 0] = 1.0
    X_train, X_test = (X_train - mean) / std, (X_test - mean) / std
    # tanh outputs live in (-1, 1): +1 for the true class, -1 for the other nine
    T_train = np.where(np.eye(10)[y_train] > 0, 1.0, -1.0)
    return X_train, T_train, y_train, X_test, y_test


def init_params(sizes, rng):
    return [(rng.standard_normal((m, n)) / np.sqrt(m), np.zeros(n))
            for m, n in itertools.pairwise(sizes)]


def main(fast=False, outdir=FIGURES):
    X_train, T_train, y_train, X_test, y_test = load_data()
    rng = np.random.default_rng(0)
    params = init_params([64, 64, 10], rng)
    grad_loss = s2s.grad(loss_fun)              # wrt=0: params
    print("s2s.source(s2s.grad(loss_fun)):\n")
    print(s2s.source(grad_loss))

    epochs, batch_size, step = (10 if fast else 40), 32, 0.05
    batch_losses, epoch_losses = [], []
    bar = tqdm(range(epochs), desc="SGD", unit="epoch")
    for _ in bar:
        order = rng.permutation(len(X_train))   # reshuffle every epoch
        for start in range(0, len(X_train), batch_size):
            batch = order[start:start + batch_size]
            x, t = X_train[batch], T_train[batch]
            grads = grad_loss(params, x, t)
            # loss_fun sums over the batch; dividing by its size makes the step one on
            # the mean loss, so the step size does not depend on the batch size
            lr = step / len(batch)
            params = [(W - lr * dW, b - lr * db) for (W, b), (dW, db) in zip(params, grads)]
            batch_losses.append(loss_fun(params, x, t) / len(batch))
        epoch_losses.append(loss_fun(params, X_train, T_train) / len(X_train))
        bar.set_postfix(loss=f"{epoch_losses[-1]:.3f}")

    train_acc, test_acc = accuracy(params, X_train, y_train), accuracy(params, X_test, y_test)
    print(f"train accuracy {train_acc:.3f}, test accuracy {test_acc:.3f} "
          f"({len(y_test)} test images)")
    assert test_acc >= 0.95, test_acc

    fig = Figure(figsize=(6, 4), layout="constrained")
    ax = fig.subplots()
    steps_per_epoch = len(batch_losses) / epochs
    ax.plot(np.arange(len(batch_losses)) / steps_per_epoch, batch_losses, lw=0.5, alpha=0.5,
            label="mini-batch (after its step)")
    ax.plot(np.arange(1, epochs + 1), epoch_losses, "o-", label="whole training set")
    ax.set(yscale="log", xlabel="epoch", ylabel="squared error per image",
           title=f"MLP on digits, SGD: test accuracy {test_acc:.1%}")
    ax.legend()
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    fig.savefig(outdir / "mlp_digits_loss.png", dpi=120)
    print(f"saved {outdir / 'mlp_digits_loss.png'}")
    return {"test_accuracy": test_acc, "train_accuracy": train_acc,
            "epoch_losses": epoch_losses, "params": params}


if __name__ == "__main__":
    main(fast="--fast" in sys.argv[1:])
