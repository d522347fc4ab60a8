"""Errors s2s raises to users. Each carries file:line, the source line, a caret under the
construct, and what to do instead; none of the compiler's own exceptions reach a user."""
from __future__ import annotations

import linecache


class S2SError(Exception):
    """Base class of every error s2s raises on purpose."""

    def __init__(self, message, loc=None, hint=None):
        self.message, self.loc, self.hint = message, loc, hint
        super().__init__(self._render())

    def _render(self):
        parts = []
        if self.loc:
            filename, line, col = (tuple(self.loc) + (0, 0))[:3]
            parts.append(f"{filename}:{line}: {self.message}")
            text = linecache.getline(filename, line).rstrip("\n")
            if text:
                parts.append("    " + text)
                parts.append("    " + " " * (col or 0) + "^")
        else:
            parts.append(self.message)
        if self.hint:
            parts.append(f"hint: {self.hint}")
        return "\n".join(parts)


class UnsupportedSyntaxError(S2SError):
    """The function uses Python that s2s does not differentiate."""


class MissingRuleError(S2SError):
    """A call with no derivative rule and no source to differentiate."""


class NonScalarOutputError(S2SError):
    """``grad`` of a function whose output is not a scalar."""


class WrtError(S2SError):
    """``wrt`` names no parameter of the function, or names one twice."""


class ShapeError(S2SError):
    """A cotangent or tangent whose shape does not match its value."""


class GradientCheckError(S2SError):
    """``check_grad`` found a derivative that disagrees with central differences."""
