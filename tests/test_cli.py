"""The ``s2s`` command (SPEC §5): every command has help, every exit status is tested, and
golden files work from any directory. Each runs ``python -m s2s`` in a fresh interpreter,
as a user or CI would."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
CASE = "tests/cases/arith.py::add_sub_mul_div"


def s2s(*argv, cwd=ROOT):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "s2s", *argv], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=300)


def test_alone_prints_help_and_fails_as_a_usage_error():
    done = s2s()
    assert done.returncode == 2
    assert "usage: s2s" in done.stderr and "show" in done.stderr and "golden" in done.stderr


def test_version():
    done = s2s("--version")
    assert done.returncode == 0 and done.stdout.startswith("s2s ")


@pytest.mark.parametrize("command", [[], ["show"], ["golden"], ["golden", "check"],
                                     ["golden", "update"], ["golden", "new"], ["rules"]])
def test_every_command_has_help(command):
    done = s2s(*command, "--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"usage: {' '.join(['s2s'] + command)}"), done.stdout


def test_golden_alone_prints_its_help():
    done = s2s("golden")
    assert done.returncode == 2 and "usage: s2s golden" in done.stderr


def test_unknown_command_and_bad_option_are_usage_errors():
    assert s2s("frobnicate").returncode == 2
    assert s2s("show", CASE, "--mode", "sideways").returncode == 2
    done = s2s("golden", "new", "--dir", "somewhere")  # no target: it names itself
    assert done.returncode == 2 and "usage: s2s golden new" in done.stderr, done.stderr


def test_show_prints_source_and_refusals_exit_1():
    done = s2s("show", CASE, "--mode", "forward", "--wrt", "0,1")
    assert done.returncode == 0 and "def add_sub_mul_div_jvp(x, y, x_dot, y_dot):" in done.stdout
    done = s2s("show", "tests/cases/arith.py::no_such_function")
    assert done.returncode == 1 and "has no function" in done.stderr
    done = s2s("show", "tests/fixtures/bad_funcs.py::uses_try")
    assert done.returncode == 1 and "try/except is not supported" in done.stderr


def test_show_standalone_runs_on_its_own(tmp_path):
    done = s2s("show", CASE, "--wrt", "0,1", "--standalone")
    assert done.returncode == 0, done.stderr
    (tmp_path / "pinned.py").write_text(done.stdout)
    run = subprocess.run([sys.executable, "-c", "import pinned; print(*pinned."
                          "add_sub_mul_div_grad(1.5, 0.5))"], capture_output=True, text=True,
                         cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert run.returncode == 0, run.stderr
    import s2s as s2s_module
    from tests.cases.arith import add_sub_mul_div
    expected = s2s_module.grad(add_sub_mul_div, (0, 1))(1.5, 0.5)
    np.testing.assert_allclose([float(v) for v in run.stdout.split()], expected, rtol=1e-15)


def test_golden_check_fails_on_a_missing_or_empty_directory(tmp_path):
    done = s2s("golden", "check", str(tmp_path / "nonexistent_dir"))
    assert done.returncode == 1 and "no such directory" in done.stderr
    done = s2s("golden", "check", str(tmp_path))
    assert done.returncode == 1 and "no golden files" in done.stderr


def test_golden_new_check_update_from_any_directory(tmp_path):
    golden = tmp_path / "g"
    done = s2s("golden", "new", "--dir", str(golden), CASE, "--mode", "reverse", "--wrt", "0,1")
    assert done.returncode == 0, done.stderr
    out = golden / "arith" / "add_sub_mul_div.reverse.py"
    assert done.stdout == f"wrote {out}\n"
    header = out.read_text().splitlines()[0]
    # the target is relative to the golden file, so a check works from anywhere
    target = header.split()[3].split("::")[0]
    assert (out.parent / target).resolve() == ROOT / "tests" / "cases" / "arith.py"
    for cwd in (ROOT, tmp_path, golden / "arith"):
        done = s2s("golden", "check", str(golden.resolve()), cwd=cwd)
        assert done.returncode == 0 and "1 golden files, all match" in done.stdout, done.stderr

    out.write_text(out.read_text().replace("x_bar", "x_adjoint"))
    done = s2s("golden", "check", str(golden))
    assert done.returncode == 1 and "x_adjoint" in done.stdout and "1 differ" in done.stdout
    assert s2s("golden", "update", str(golden)).returncode == 0
    assert s2s("golden", "check", str(golden)).returncode == 0


def test_golden_check_fails_on_a_file_without_a_header_or_a_broken_target(tmp_path):
    (tmp_path / "plain.py").write_text("x = 1\n")
    done = s2s("golden", "check", str(tmp_path))
    assert done.returncode == 1 and "not a golden file" in done.stderr
    (tmp_path / "plain.py").write_text("# s2s show ../missing.py::f --mode reverse\n")
    done = s2s("golden", "check", str(tmp_path))
    assert done.returncode == 1 and "no such file" in done.stderr


def test_golden_headers_of_the_earlier_form_are_rewritten_by_update(tmp_path):
    golden = tmp_path / "g" / "arith"
    golden.mkdir(parents=True)
    source = (ROOT / "golden" / "arith" / "add_sub_mul_div.reverse.py").read_text()
    old = source.replace("../../tests/cases/", "tests/cases/")
    (golden / "add_sub_mul_div.reverse.py").write_text(old)
    assert s2s("golden", "check", str(tmp_path / "g")).returncode == 1  # from the repo root
    assert s2s("golden", "update", str(tmp_path / "g")).returncode == 0
    new = (golden / "add_sub_mul_div.reverse.py").read_text()
    header = new.splitlines()[0].split()[3]
    assert (golden / header.split("::")[0]).resolve() == ROOT / "tests" / "cases" / "arith.py"
    assert new.splitlines()[1:] == source.splitlines()[1:]


def test_rules_lists_functions():
    done = s2s("rules")
    assert done.returncode == 0 and "np.sin" in done.stdout
    assert "| `np.sin` |" in s2s("rules", "--markdown").stdout


def test_console_script_is_installed():
    exe = shutil.which("s2s")  # pip install -e . installs it (README)
    assert exe is not None
    done = subprocess.run([exe, "--version"], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == 0 and done.stdout.startswith("s2s ")
