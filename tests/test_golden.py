"""Golden files pin the generated source of every catalogue function: reverse mode and
forward mode for all, forward-over-reverse HVP for those with a scalar output.

``s2s golden check golden`` must be clean; a change to generated code is made on purpose
with ``s2s golden update golden`` and its diff read before committing. A catalogue
function without a golden file fails here with the command that creates it.
"""
import io
from contextlib import redirect_stdout
from pathlib import Path

from s2s import cli

from .catalogue import REPO_ROOT, load_cases

GOLDEN = REPO_ROOT / "golden"


def golden_path(case, mode="reverse"):
    return GOLDEN / Path(case.path).stem / f"{case.name}.{mode}.py"


def test_golden_files_match_generated_source():
    out = io.StringIO()
    with redirect_stdout(out):
        status = cli.golden("check", GOLDEN)
    assert status == 0, out.getvalue()[-4000:]


def test_every_catalogue_function_has_golden_files():
    missing = sorted({f"s2s golden new {c.path}::{c.name} --mode {mode} --wrt {_wrt(c.wrt)}"
                      for c in load_cases() for mode in ("reverse", "forward")
                      if not golden_path(c, mode).exists()})
    assert not missing, "create with:\n" + "\n".join(missing)


def _wrt(wrt):
    items = wrt if isinstance(wrt, (tuple, list)) else (wrt,)
    return ",".join(str(w) for w in items)
