"""With ``S2S_REQUIRE_TEST_EXTRAS=1`` (CI sets it, .ci/run), a package of the ``test`` extras
(pyproject.toml) that cannot be imported stops the run before it starts: the tests that need
it would otherwise skip, and a broken install would pass unnoticed."""
import importlib.util
import os
import re
import tomllib
from pathlib import Path

import pytest

IMPORT_NAMES = {"scikit-learn": "sklearn"}  # distribution name -> module name, where they differ


def required_modules():
    pyproject = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    names = pyproject["project"]["optional-dependencies"]["test"]
    dists = [re.split(r"[<>=!~ \[;]", n, maxsplit=1)[0] for n in names]
    return [IMPORT_NAMES.get(d, d.replace("-", "_")) for d in dists]


def pytest_configure(config):
    if os.environ.get("S2S_REQUIRE_TEST_EXTRAS") != "1":
        return
    missing = [m for m in required_modules() if importlib.util.find_spec(m) is None]
    if missing:
        raise pytest.UsageError(
            f"S2S_REQUIRE_TEST_EXTRAS=1 and the test extras {', '.join(missing)} cannot be "
            f"imported: install them with  pip install -e \".[test]\"")
