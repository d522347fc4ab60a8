"""Errors s2s raises to users. Each carries file:line, the source line, a caret under the
construct, and what to do instead; none of the compiler's own exceptions reach a user.

``boundary`` marks the public entry points: an exception leaving one has s2s's own frames
removed from its traceback (as JAX does), so the printed traceback ends at the user's
call, or at the generated line that failed; a refusal also drops the exception it was
raised while handling. Set ``S2S_TRACEBACK=full`` to keep every frame."""
from __future__ import annotations

import functools
import linecache
import os
import types

_PACKAGE = os.path.dirname(os.path.abspath(__file__)) + os.sep
# the name, in generated code's globals, of {its line: (file, line, col) of the user code
# it came from}
USER_LINES = "__s2s_user_lines__"


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


class InternalError(S2SError):
    """A bug in s2s: its cause (the compiler's exception) is kept for the report."""


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


def boundary(fn):
    """``fn`` whose exceptions leave without s2s's frames in their traceback."""
    @functools.wraps(fn)
    def call(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except Exception as e:
            if os.environ.get("S2S_TRACEBACK") != "full":
                _hide_internals(e)
            raise  # a bare raise adds no frame of its own
    return call


def _hide_internals(e):
    frames = []
    tb = e.__traceback__
    while tb is not None:
        if not tb.tb_frame.f_code.co_filename.startswith(_PACKAGE):
            frames.append(tb)
        tb = tb.tb_next
    tb = None
    for t in reversed(frames):
        tb = types.TracebackType(tb, t.tb_frame, t.tb_lasti, t.tb_lineno)
    e.__traceback__ = tb
    generated = [t for t in frames if USER_LINES in t.tb_frame.f_globals]
    if generated:  # the user's line the failing generated line came from
        t = generated[-1]
        loc = t.tb_frame.f_globals[USER_LINES].get(t.tb_lineno)
        note = loc and f"generated from {loc[0]}, line {loc[1]}:\n    " + \
            linecache.getline(loc[0], loc[1]).strip()
        if note and note not in getattr(e, "__notes__", ()):
            e.add_note(note)
    if isinstance(e, S2SError) and not isinstance(e, InternalError):
        # a refusal says all there is to say: not the OSError it was raised while handling
        e.__cause__, e.__suppress_context__ = None, True
