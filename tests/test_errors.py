"""One test per error kind: each error names file:line, shows the line with a caret, and
says what to do instead; no compiler-internal exception reaches the user."""
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

import s2s

from .fixtures import bad_funcs as B

FILE = "bad_funcs.py"


def check(exc, code, hint_word):
    text = str(exc.value)
    lines = text.splitlines()
    assert FILE in lines[0] and ":" in lines[0], text        # file:line: message
    assert any(code in line for line in lines), text        # the source line
    caret = [line for line in lines if line.strip() == "^"]
    assert caret, text                                      # a caret under the construct
    src = next(line for line in lines if code in line)
    assert len(caret[0]) - 1 >= len(src) - len(src.lstrip()), text  # caret under the code
    assert "hint:" in text and hint_word in text, text       # what to do instead


@pytest.mark.parametrize("fn, code, hint", [
    (B.uses_try, "try:", "try"),
    (B.uses_with, "with open", "with"),
    (B.uses_global, "global TABLE", "parameter"),
    (B.returns_lambda, "def returns_lambda", "call it directly"),
    (B.uses_dictcomp, "{k: x * k for k", "list comprehension"),
    (B.uses_yield, "yield x", "return"),
    (B.recursive, "recursive(x * 2", "loop"),
    (B.discards_a_value, "np.sin(x)", "assign"),
    (B.write_through_alias, "z[0] = x[0] * 2.0", "copy"),
    (B.write_through_view, "row[:] = x ** 2", "copy"),
    (B.augassign_on_alias, "w += b", "new value"),
    (B.sets_attribute, "x.data = 3", "attributes"),
    (B.dict_in_loop, "for k in range(3)", "list"),
    (B.nested_def_in_branch, "if x > 0", "define it once"),
])
def test_unsupported_syntax(fn, code, hint):
    with pytest.raises(s2s.UnsupportedSyntaxError) as exc:
        s2s.grad(fn)
    check(exc, code, hint)


def test_missing_rule_names_the_function_and_line():
    with pytest.raises(s2s.MissingRuleError) as exc:
        s2s.grad(B.no_rule)
    assert "i0" in str(exc.value)
    check(exc, "np.i0(x)", "rule")


def test_non_scalar_output_to_grad():
    with pytest.raises(s2s.NonScalarOutputError) as exc:
        s2s.grad(B.vector_output)(np.ones(3))
    assert "vjp" in str(exc.value) and FILE in str(exc.value)


@pytest.mark.parametrize("wrt", ["z", 5, -3, ("x", "x"), 1.5])
def test_wrong_wrt(wrt):
    with pytest.raises(s2s.WrtError) as exc:
        s2s.grad(B.fine, wrt=wrt)
    assert FILE in str(exc.value)


def test_cotangent_shape_mismatch():
    _, pullback = s2s.vjp(B.vector_output, np.ones(3))
    with pytest.raises(s2s.ShapeError):
        pullback(np.ones(4))


def test_errors_are_s2s_errors():
    for cls in (s2s.UnsupportedSyntaxError, s2s.MissingRuleError, s2s.NonScalarOutputError,
                s2s.WrtError, s2s.ShapeError, s2s.GradientCheckError):
        assert issubclass(cls, s2s.S2SError)


def test_missing_derivative_found_at_run_time_is_an_s2s_error():
    with pytest.raises(s2s.MissingRuleError) as exc:
        s2s.hessian(B.matrix_norm_ord_1)(np.ones((2, 2)))  # its gradient exists
    assert "hint:" in str(exc.value) and "fro" in str(exc.value)


# -- what Python's default traceback printer shows (a fresh interpreter each) -----------------
ROOT = Path(__file__).resolve().parent.parent


def run_script(tmp_path, text):
    """stderr of ``text`` run as a script, with generated files cached under tmp_path."""
    script = tmp_path / "user.py"
    script.write_text(textwrap.dedent(text))
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(tmp_path / "cache"))
    env.pop("S2S_TRACEBACK", None)
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 1
    return done.stderr.splitlines()


def test_refusal_traceback_ends_at_the_users_call(tmp_path):
    lines = run_script(tmp_path, """\
        import numpy as np
        import s2s

        def f(x):
            try:
                return np.sin(x)
            except ValueError:
                return x

        s2s.grad(f)(1.0)
        """)
    # before: 33 lines, 12 of them s2s's frames; now the user's call and the message
    assert lines[:3] == ["Traceback (most recent call last):",
                         f'  File "{tmp_path / "user.py"}", line 10, in <module>',
                         "    s2s.grad(f)(1.0)"]
    assert lines[-4:] == [
        f"s2s.errors.UnsupportedSyntaxError: {tmp_path / 'user.py'}:5: try/except is not "
        "supported", "        try:", "        ^",
        "hint: move the try/except outside the differentiated function"]
    assert len(lines) <= 8, "\n".join(lines)


def test_refusal_of_a_function_without_a_file_has_no_chained_oserror(tmp_path):
    lines = run_script(tmp_path, """\
        import s2s
        namespace = {}
        exec("def h(x):\\n    return x * x\\n", namespace)
        s2s.grad(namespace["h"])(1.0)
        """)
    text = "\n".join(lines)
    assert "OSError" not in text and "above exception" not in text, text
    assert lines[1].endswith("line 4, in <module>") and "cannot read the source" in text
    assert len(lines) <= 6, text  # before: 43 lines


def test_an_error_in_generated_code_shows_the_generated_line(tmp_path):
    lines = run_script(tmp_path, """\
        import numpy as np
        import s2s

        def loss(W, x):
            h = np.tanh(W)
            return np.sum(h @ x)

        s2s.grad(loss)(np.ones((2, 3)), np.ones(4))
        """)
    text = "\n".join(lines)
    frame = next(k for k, line in enumerate(lines) if "in loss_grad" in line)
    filename, line = re.match(r'  File "(.*)", line (\d+), in loss_grad', lines[frame]).groups()
    assert Path(filename).parent == tmp_path / "cache" / "s2s"
    generated = Path(filename).read_text().splitlines()[int(line) - 1]
    assert lines[frame + 1] == generated, text  # the default printer read the file
    # then the error, and the user's line that generated line came from (a note)
    assert lines[-3].startswith("ValueError"), text
    assert lines[-2:] == [f"generated from {tmp_path / 'user.py'}, line 6:",
                          "    return np.sum(h @ x)"], text
    assert "s2s/api.py" not in text and "s2s/runtime" not in text, text


def test_generated_files_fall_back_to_a_temporary_directory(tmp_path, monkeypatch):
    from s2s import compile as c
    blocked = tmp_path / "file"
    blocked.write_text("")  # a cache "directory" under a file cannot be made
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    monkeypatch.setattr(c.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    text = "def f_grad(x):\n    return 2 * x\n"
    path = c.source_file(text, "f_grad")
    assert path.parent.parent == tmp_path / "tmp" and path.read_text() == text
    assert c.source_file(text, "f_grad") == path  # reused, named by the text's hash
    (f,) = c.compile_source(text, "<s2s grad of f>", {}, ["f_grad"])
    assert f(3.0) == 6.0 and f.__code__.co_filename == str(path)
