"""The core install is numpy and gast: s2s imports and differentiates with none of the
optional packages (scipy, jax, matplotlib) importable, as after README's first command."""
import subprocess
import sys
import textwrap


def test_grad_without_the_optional_packages(tmp_path):
    script = textwrap.dedent("""\
        import sys
        for name in ("scipy", "jax", "matplotlib", "sklearn"):
            sys.modules[name] = None  # an import of it raises ImportError
        import numpy as np
        import s2s

        def loss(w1, w2):
            return w2 * np.log(w1) + np.sqrt(w2 * np.log(w1))

        dw1, dw2 = s2s.grad(loss, wrt=(0, 1))(2.0, 3.0)
        h = 1e-6
        assert abs(dw1 - (loss(2.0 + h, 3.0) - loss(2.0 - h, 3.0)) / (2 * h)) < 1e-6
        assert abs(dw2 - (loss(2.0, 3.0 + h) - loss(2.0, 3.0 - h)) / (2 * h)) < 1e-6
        """)
    (tmp_path / "user.py").write_text(script)  # s2s reads the function's source
    done = subprocess.run([sys.executable, str(tmp_path / "user.py")], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
