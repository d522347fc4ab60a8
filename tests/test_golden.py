"""Golden files pin the generated reverse-mode source of every catalogue function.

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


def golden_path(case):
    return GOLDEN / Path(case.path).stem / f"{case.name}.reverse.py"


def test_golden_files_match_generated_source():
    out = io.StringIO()
    with redirect_stdout(out):
        status = cli.golden("check", GOLDEN)
    assert status == 0, out.getvalue()[-4000:]


def test_every_catalogue_function_has_a_golden_file():
    missing = sorted({f"s2s golden new {c.path}::{c.name} --wrt {_wrt(c.wrt)}"
                      for c in load_cases() if not golden_path(c).exists()})
    assert not missing, "create with:\n" + "\n".join(missing)


def _wrt(wrt):
    items = wrt if isinstance(wrt, (tuple, list)) else (wrt,)
    return ",".join(str(w) for w in items)
