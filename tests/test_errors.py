"""One test per error kind: each error names file:line, shows the line with a caret, and
says what to do instead; no compiler-internal exception reaches the user."""
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
