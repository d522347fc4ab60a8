"""The benchmark scripts still run (quick mode): timings are measured, never asserted."""
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.mark.parametrize("script", ["bench_grad.py", "bench_second.py", "bench_memory.py",
                                    "bench_transform.py"])
def test_benchmark_runs(script):
    done = subprocess.run([sys.executable, str(BENCH / script), "--quick", "--no-jax"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Summary" in done.stdout


def test_jax_benchmark_runs():
    pytest.importorskip("jax")
    done = subprocess.run([sys.executable, str(BENCH / "bench_jax.py"), "--quick"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Summary" in done.stdout
