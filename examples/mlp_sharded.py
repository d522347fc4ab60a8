"""mlp_digits.py's MLP trained data-parallel on 8 devices, with the gradient s2s writes
for jax.

The loss is mlp_digits.py's `loss_fun`, written with numpy. `s2s.grad(loss_fun,
backend="jax")` emits its gradient against jax.numpy, so the whole SGD step fits in one
`jax.jit`. Each mini-batch is split along the 'data' axis of a device mesh and the
parameters are copied to every device. XLA then has each device run the gradient on its
share of the batch and sums the shares (an all-reduce). The same code runs on a GPU or
TPU mesh. On a CPU, XLA_FLAGS=--xla_force_host_platform_device_count=8 splits the
processor into 8 XLA devices. The script sets that flag itself before it imports jax.
Run: python examples/mlp_sharded.py [--fast]   (needs jax, scikit-learn, tqdm, matplotlib)
"""
import os
import sys

if "xla_force_host_platform_device_count" not in os.environ.get("XLA_FLAGS", ""):
    # read once, when jax starts: it has to be set before `import jax`
    os.environ["XLA_FLAGS"] = (os.environ.get("XLA_FLAGS", "")
                               + " --xla_force_host_platform_device_count=8").strip()

import jax
import numpy as np
from jax.sharding import Mesh, NamedSharding, PartitionSpec

# mlp_digits.py's data, initialization, loss and accuracy (its folder is this script's)
from mlp_digits import accuracy, init_params, load_data, loss_fun

import s2s

jax.config.update("jax_enable_x64", True)   # float64, to compare with the numpy backend


def main(fast=False):
    X_train, T_train, _, X_test, y_test = load_data()
    rng = np.random.default_rng(0)
    params = init_params([64, 64, 10], rng)
    grad_fn = s2s.grad(loss_fun, backend="jax")     # wrt=0: params, a list of (W, b)
    print("s2s.source(s2s.grad(loss_fun, backend='jax')):\n")
    print(s2s.source(grad_fn))

    mesh = Mesh(np.array(jax.devices()), ("data",))
    batched = NamedSharding(mesh, PartitionSpec("data"))  # rows split across the devices
    replicated = NamedSharding(mesh, PartitionSpec())     # a whole copy on every device
    print(mesh)
    n_devices = mesh.size

    def sgd_step(params, x, t, lr):
        grads = grad_fn(params, x, t)
        return [(W - lr * dW, b - lr * db) for (W, b), (dW, db) in zip(params, grads)]

    shardings = (replicated, batched, batched)
    step = jax.jit(sgd_step, in_shardings=(*shardings, None), out_shardings=replicated)
    # the gradient as the step computes it (same shardings, same jit)
    sharded_grad = jax.jit(grad_fn, in_shardings=shardings, out_shardings=replicated)

    # One check, on the first mini-batch, before training. The batch is split 8 ways:
    # each device holds 32 / 8 rows of x.
    batch_size, step_size = 32, 0.05
    assert batch_size % n_devices == 0, "every device gets the same number of images"
    x = jax.device_put(X_train[:batch_size], batched)
    t = jax.device_put(T_train[:batch_size], batched)
    shard_rows = sorted(s.data.shape[0] for s in x.addressable_shards)
    print(f"{n_devices} devices; a batch of {batch_size} is held as rows {shard_rows}")
    assert len({s.device for s in x.addressable_shards}) == n_devices
    assert shard_rows == [batch_size // n_devices] * n_devices
    # the compiled step sums the devices' gradients: an all-reduce
    hlo = step.lower(params, x, t, 0.1).compile().as_text()
    assert n_devices == 1 or "all-reduce" in hlo
    # the sharded gradient is the single-device gradient of the numpy backend
    on_mesh = jax.device_get(sharded_grad(params, x, t))
    on_host = s2s.grad(loss_fun)(params, X_train[:batch_size], T_train[:batch_size])
    leaves_mesh, leaves_host = jax.tree.leaves(on_mesh), jax.tree.leaves(on_host)
    grad_error = max(float(np.max(np.abs(a - b) / (np.abs(b) + 1e-12)))
                     for a, b in zip(leaves_mesh, leaves_host))
    for a, b in zip(leaves_mesh, leaves_host):
        np.testing.assert_allclose(a, b, rtol=1e-6, atol=1e-12)
    print(f"sharded jax gradient vs numpy-backend gradient: max relative difference "
          f"{grad_error:.1e}")

    # SGD as in mlp_digits.py. The last, partial mini-batch of each epoch is dropped, so
    # that every batch splits evenly across the devices.
    epochs = 10 if fast else 40
    params = jax.device_put(params, replicated)
    epoch_losses = []
    for epoch in range(epochs):
        order = rng.permutation(len(X_train))
        for start in range(0, len(X_train) - batch_size + 1, batch_size):
            batch = order[start:start + batch_size]
            x = jax.device_put(X_train[batch], batched)
            t = jax.device_put(T_train[batch], batched)
            # step / batch size: a step on the mean loss, as in mlp_digits.py
            params = step(params, x, t, step_size / batch_size)
        host_params = jax.device_get(params)
        epoch_losses.append(loss_fun(host_params, X_train, T_train) / len(X_train))
        print(f"epoch {epoch + 1:2d}: loss {epoch_losses[-1]:.4f}")

    test_acc = accuracy(host_params, X_test, y_test)
    print(f"test accuracy {test_acc:.3f} ({len(y_test)} test images)")
    assert epoch_losses[-1] < epoch_losses[0]
    assert test_acc >= (0.93 if fast else 0.95), test_acc
    return {"devices": n_devices, "shard_rows": shard_rows, "grad_error": grad_error,
            "epoch_losses": epoch_losses, "test_accuracy": test_acc}


if __name__ == "__main__":
    main(fast="--fast" in sys.argv[1:])
