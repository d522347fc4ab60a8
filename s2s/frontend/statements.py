"""The statements around the math, for the lowering: ``print`` / ``np.random.seed``
statements, ``assert`` and ``raise`` (kept for their effect: an Assign with no result,
run in the forward sweep with the primal values), f-strings, the walrus operator and
starred unpacking."""
from __future__ import annotations

import gast
import numpy as np

from ..errors import UnsupportedSyntaxError
from ..ir.nodes import Assign, Const, Global, Slice, Var
from . import effects
from .calls import _dotted
from .objects import StaticSeq

EFFECT_FUNCTIONS = {print, np.random.seed}


class Statements:
    """The statement-related part of ``Lowerer`` (see the module docstring)."""

    def effect_call(self, call):
        """``print(...)`` and ``np.random.seed(...)`` as statements: calls kept for their
        effect, run in the forward sweep with the primal values."""
        dotted = _dotted(call.func)  # print, np.random.seed: a global name, not a value
        callee = self.expr(call.func) if dotted and dotted.split(".")[0] not in self.env \
            else None
        if not (isinstance(callee, Global) and callee.obj in EFFECT_FUNCTIONS):
            return False
        if callee.obj is print and len(call.args) == 1 and isinstance(call.args[0], gast.JoinedStr) \
                and not isinstance(self.probe(call.args[0]), Const):
            template, values = self.template(call.args[0])
            kwargs = [(k.arg, self.expr(k.value)) for k in call.keywords]
            self.effect(Global.of("print_formatted", effects.print_formatted),
                        (Const(template), *values), kwargs, call)
            return True
        args, kwargs = self.call_args(call)
        self.effect(callee, args, kwargs, call)
        return True

    def probe(self, node):
        """The value of an expression that emits nothing (a constant f-string), else None."""
        held = []
        try:
            stmts, _ = self.sub_block(lambda: held.append(self.expr(node)), self.env)
        except UnsupportedSyntaxError:
            return None
        return held[0] if not stmts else None

    def template(self, node):
        """(str.format template, value atoms) of an f-string."""
        parts, values = [], []
        for v in node.values:
            if isinstance(v, gast.FormattedValue):
                spec = self.expr(v.format_spec).value if v.format_spec is not None else ""
                conv = {115: "!s", 114: "!r", 97: "!a"}.get(v.conversion, "")
                parts.append("{" + conv + (":" + spec if spec else "") + "}")
                values.append(self.expr(v.value))
            else:
                parts.append(self.expr(v).value.replace("{", "{{").replace("}", "}}"))
        return "".join(parts), values

    def effect(self, callee, args, kwargs, node):
        self.no_function_values(list(args) + [v for _, v in kwargs], node, "used as a value")
        self.stmts.append(Assign((), "call", (callee, *args), tuple(kwargs), self.loc(node)))

    def stmt_Assert(self, s):
        test = self.expr(s.test)
        message = (self.expr(s.msg),) if s.msg is not None else ()
        self.effect(Global.of("assert_", effects.assert_), (test, *message), (), s)

    def stmt_Raise(self, s):
        if s.exc is None or s.cause is not None:
            raise self.error("a bare raise or raise ... from ... is not supported", s,
                             "raise a new exception: raise ValueError('...')")
        self.effect(Global.of("raise_", effects.raise_), (self.expr(s.exc),), (), s)

    def expr_JoinedStr(self, node, hint):
        parts = []
        for v in node.values:
            if isinstance(v, gast.FormattedValue):
                value = self.expr(v.value)
                spec = self.expr(v.format_spec) if v.format_spec is not None else Const("")
                if not isinstance(value, Const):
                    raise self.error("an f-string of a value computed in the function, "
                                     "other than printed, is not supported", v,
                                     "print it (print(f'...')), or build the message from "
                                     "constants")
                conv = {115: str, 114: repr, 97: ascii}.get(v.conversion, lambda x: x)
                parts.append(format(conv(value.value), spec.value))
            else:
                parts.append(self.expr(v).value)
        return Const("".join(parts))

    def expr_NamedExpr(self, node, hint):
        value = self.expr(node.value, hint=node.target.id)
        self.env[node.target.id] = self.named(value, node.target.id)
        return self.env[node.target.id]

    def bind_starred(self, target, value, s):
        """``first, *rest, last = xs``: the items by position, the starred name by slice
        (a list, as in Python, when the items are known)."""
        k = next(i for i, e in enumerate(target.elts) if isinstance(e, gast.Starred))
        after = len(target.elts) - k - 1
        if any(isinstance(e, gast.Starred) for e in target.elts[k + 1:]):
            raise self.error("two starred names in one assignment", target)
        items = self.sequences.get(value.name) if isinstance(value, Var) else None
        if isinstance(value, StaticSeq):
            items = value.items
        for i, e in enumerate(target.elts):
            if isinstance(e, gast.Starred):
                if items is not None:
                    part = self.emit("list", items[k:len(items) - after], node=s, name=e.value.id)
                else:
                    stop = Const(-after) if after else None
                    part = self.emit("getitem", (value, Slice(Const(k), stop)), node=s,
                                     name=e.value.id)
                self.bind(e.value, part, s)
                continue
            pos = i if i < k else i - len(target.elts)
            if items is not None:
                self.bind(e, items[pos], s)
            else:
                hint = e.id if isinstance(e, gast.Name) else "%t"
                self.bind(e, self.emit("getitem", (value, Const(pos)), node=s, name=hint), s)
