"""What the generated code calls for ``assert`` and ``raise`` in a differentiated function.

They run in the forward sweep, with the primal values, where the original statement ran;
the derivative has none (a statement with no result is kept for its effect).
"""
import re


def assert_(condition, message=None):
    """``assert condition, message``."""
    if not condition:
        raise AssertionError(message) if message is not None else AssertionError


def raise_(error):
    """``raise error``."""
    raise error


def print_formatted(template, *values, **kwargs):
    """``print(f"...")`` of values known only when the function runs: ``template`` is the
    f-string with its fields made ``str.format`` fields."""
    try:
        text = template.format(*values)
    except (TypeError, ValueError):  # a traced value (jax.jit) has no numeric format
        text = re.sub(r"{[^{}]*}", "{}", template).format(*values)
    print(text, **kwargs)
