"""Dicts and lists of objects known while lowering.

A dict built in the function with constant keys (a literal, ``dict(...)``, ``**kwargs``)
is a Python dict of atoms: ``d["W"]`` reads an atom and ``d["b"] = v`` rebinds one, so
no dict reaches the IR. A loop over such a dict, or over a list of objects or functions
(``for layer in layers``), is unrolled: one copy of the body per item.
"""
from __future__ import annotations

import gast

from ..ir.nodes import Const, Global
from .objects import StaticSeq, constant, user_instance


class Containers:
    """The part of ``Lowerer`` for dicts and lists known while lowering."""

    def dict_key(self, t):
        """The key of ``d[key]`` when d is a dict built in the function, else None."""
        if not (isinstance(t.value, gast.Name) and isinstance(self.env.get(t.value.id), dict)):
            return None
        key = self.expr(t.slice)
        if not isinstance(key, Const):
            raise self.error("a dict key computed when the function runs", t.slice,
                             "use constant keys (strings), or a list indexed by position")
        return key.value

    def dict_read(self, d, key, node):
        if key not in d:
            raise self.error(f"the dict has no key {key!r}", node)
        return d[key]

    def expr_Dict(self, node, hint):
        out = {}
        for k, v in zip(node.keys, node.values):
            value = self.expr(v)
            if k is None:  # {**other, ...}
                if not isinstance(value, dict):
                    raise self.error("** of a value that is not a dict built in the function",
                                     v, "write its items out")
                out.update(value)
                continue
            key = self.expr(k)
            if not isinstance(key, Const):
                raise self.error("a dict key computed when the function runs", k,
                                 "use constant keys (strings), or a list indexed by position")
            out[key.value] = value
        return out

    def static_items(self, it):
        """The items of a list of objects or functions a loop runs over (``layers``,
        ``enumerate(layers)``), else None."""
        counted = self.builtin_call(it, enumerate) and len(it.args) == 1
        node = it.args[0] if counted else it
        view = None
        if isinstance(node, gast.Call) and isinstance(node.func, gast.Attribute) \
                and node.func.attr in ("items", "keys", "values") and not node.args:
            view, node = node.func.attr, node.func.value
        if not isinstance(node, (gast.Name, gast.Attribute)):
            return None
        held = []
        self.sub_block(lambda: held.append(self.expr(node)), self.env)
        if isinstance(held[0], Global) and isinstance(held[0].obj, (list, tuple)) \
                and view is None and any(user_instance(v) for v in held[0].obj):
            name = held[0].name  # a module-level list of objects (layers)
            held[0] = StaticSeq([constant(v, f"{name}_{k}")
                                 for k, v in enumerate(held[0].obj)])
        if isinstance(held[0], dict):  # a dict built in the function: its items, in order
            d = held[0]
            items = [Const(k) for k in d] if view in (None, "keys") else list(d.values()) \
                if view == "values" else [(Const(k), v) for k, v in d.items()]
        elif isinstance(held[0], StaticSeq) and view is None:
            items = held[0].items
        else:
            return None
        return [(Const(k), v) for k, v in enumerate(items)] if counted else list(items)

    def unrolled(self, s, items, stop_flags):
        """A loop over a list of objects or functions, one copy of the body per item."""
        if stop_flags:
            raise self.error("a break or return in a loop over objects or functions", s,
                             "compute a flag in the loop and test it after the loop")
        for item in items:
            self.bind(s.target, item, s)
            for x in s.body:
                self.stmt(x)
