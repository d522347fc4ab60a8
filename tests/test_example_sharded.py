"""examples/mlp_sharded.py, run with --fast in a subprocess, and its printed numbers
checked. It needs a process of its own: XLA reads
XLA_FLAGS=--xla_force_host_platform_device_count=8 only when jax starts, and jax has
already started in this one (other tests import it), with one CPU device."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "examples" / "mlp_sharded.py"


@pytest.fixture(scope="module")
def output():
    for package in ("jax", "sklearn", "matplotlib", "tqdm"):
        pytest.importorskip(package)
    env = dict(os.environ)
    env.pop("XLA_FLAGS", None)       # the script has to set the flag itself
    env["JAX_PLATFORMS"] = "cpu"     # 8 CPU devices, even on a machine with a GPU
    run = subprocess.run([sys.executable, str(SCRIPT), "--fast"], check=False, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-4000:]
    return run.stdout


def number(pattern, text):
    match = re.search(pattern, text)
    assert match, f"no match for {pattern!r} in:\n{text[-2000:]}"
    return match.group(1)


def test_prints_the_generated_jax_source(output):
    # the gradient comes from s2s's jax backend, not from jax.grad
    assert "def loss_fun_grad(params, inputs, targets):" in output
    assert "jnp.tanh(jnp.dot(outputs, W) + b)" in output


def test_batch_split_across_eight_devices(output):
    assert "Mesh('data': 8" in output
    assert int(number(r"(\d+) devices;", output)) == 8
    # 32 images, 4 on each device
    assert number(r"held as rows (\[[\d, ]+\])", output) == str([4] * 8)


def test_sharded_gradient_is_the_numpy_gradient(output):
    # the script asserts rtol 1e-6 itself; float64 on both sides gives far better
    error = float(number(r"max relative difference (\S+)", output))
    assert error < 1e-9


def test_training(output):
    losses = [float(v) for v in re.findall(r"epoch +\d+: loss (\S+)", output)]
    assert len(losses) == 10                   # --fast: 10 epochs
    assert losses[-1] < 0.5 * losses[0]
    # 10 epochs of SGD reach about 96% (40 epochs, the full run: about 97%)
    assert float(number(r"test accuracy (\S+)", output)) >= 0.93
