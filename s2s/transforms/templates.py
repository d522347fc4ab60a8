"""Instantiates a rule's expression template into IR statements.

A template such as ``"g * np.cos(x)"`` is parsed once and lowered by the front end's
expression lowering, with its names bound to atoms of the function being differentiated,
so a rule's math reaches the generated source as written."""
from __future__ import annotations

import functools
import math

import gast
import numpy as np

from .. import runtime
from ..frontend.lower import Lowerer
from ..frontend.parse import Namespace
from ..rules.core import _DefaultValue

TEMPLATE_GLOBALS = {"np": np, "math": math, **runtime.HELPERS}


class _TemplateNamespace(dict):
    globals = TEMPLATE_GLOBALS

    def lookup(self, name):
        if name in TEMPLATE_GLOBALS:
            return True, TEMPLATE_GLOBALS[name]
        import builtins
        if hasattr(builtins, name):
            return True, getattr(builtins, name)
        return False, None


class _Parsed:
    def __init__(self, tree):
        self.tree = tree
        self.filename = "<rule>"
        self.namespace = _TemplateNamespace()


class _Ctx:
    def __init__(self, tree, loc):
        self.parsed = _Parsed(tree)
        self.filename = loc[0] if loc else "<rule>"
        self.namespace = self.parsed.namespace
        self.stack = []
        self.fixed_loc = loc


class TemplateLowerer(Lowerer):
    def loc(self, node):
        return self.ctx.fixed_loc


@functools.lru_cache(maxsize=None)
def _parse(text):
    return gast.parse(text).body[0].value


def instantiate(template, env, table, names, loc, hint="%t"):
    """Lower ``template`` with ``env`` (name -> atom or _DefaultValue).

    Returns (statements, atom). Keyword arguments bound to a parameter's default value are
    dropped, so ``unreduce(g, x, axis=axis)`` reads ``unreduce(g, x)`` when no axis was given.
    """
    tree = _parse(template)
    defaults = {k for k, v in env.items() if isinstance(v, _DefaultValue)}
    if defaults:
        tree = _drop_default_kwargs(tree, frozenset(defaults))
    from ..ir.nodes import Const
    low = TemplateLowerer(table, names)
    low.ctx = _Ctx(tree, loc)
    low.env = {k: (Const(v.value) if isinstance(v, _DefaultValue) else v) for k, v in env.items()}
    atom = low.expr(tree, hint=hint)
    return low.stmts, atom


@functools.lru_cache(maxsize=None)
def _drop_default_kwargs(tree, defaults):
    import copy
    tree = copy.deepcopy(tree)
    for node in gast.walk(tree):
        if isinstance(node, gast.Call):
            node.keywords = [k for k in node.keywords
                             if not (isinstance(k.value, gast.Name) and k.value.id in defaults)]
    return tree


__all__ = ["instantiate", "Namespace"]
