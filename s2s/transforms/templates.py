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
from ..rules.core import _DefaultValue

TEMPLATE_GLOBALS = {"np": np, "math": math, **runtime.HELPERS}


class _TemplateNamespace:
    """np, math and the runtime helpers; then, for a user's rule, the names of its scope
    (the module that registered it), so its templates read like the user's code."""

    def __init__(self, scope=None):
        self.scope = scope or {}
        self.globals = {**self.scope, **TEMPLATE_GLOBALS}

    def lookup(self, name):
        if name in TEMPLATE_GLOBALS:
            return True, TEMPLATE_GLOBALS[name]
        if name in self.scope:
            return True, self.scope[name]
        import builtins
        if hasattr(builtins, name):
            return True, getattr(builtins, name)
        return False, None


class _Parsed:
    def __init__(self, tree, scope=None):
        self.tree = tree
        self.filename = "<rule>"
        self.namespace = _TemplateNamespace(scope)


class _Ctx:
    def __init__(self, tree, loc, scope=None):
        self.parsed = _Parsed(tree, scope)
        self.filename = loc[0] if loc else "<rule>"
        self.namespace = self.parsed.namespace
        self.stack = []


class TemplateLowerer(Lowerer):
    returns_tuple = False  # a template may call (and so inline) a user's function
    fixed_loc = ()         # everything a template lowers to is at the rule's call

    def loc(self, node):
        return self.fixed_loc


@functools.lru_cache(maxsize=None)
def _parse(text):
    return gast.parse(text).body[0].value


@functools.lru_cache(maxsize=None)
def template_names(template):
    """The names a template reads."""
    return frozenset(n.id for n in gast.walk(_parse(template)) if isinstance(n, gast.Name))


def instantiate(template, env, table, names, loc, hint="%t", scope=None):
    """Lower ``template`` with ``env`` (name -> atom or _DefaultValue).

    Returns (statements, atom). Keyword arguments bound to a parameter's default value are
    dropped, so ``unreduce(g, x, axis=axis)`` reads ``unreduce(g, x)`` when no axis was given.
    """
    tree = _parse(template)
    tree = _without_defaults(tree, env)
    from ..ir.nodes import Const
    low = TemplateLowerer(table, names)
    low.ctx = _Ctx(tree, loc, scope)
    low.fixed_loc = loc
    low.env = {k: (Const(v.value) if isinstance(v, _DefaultValue) else v) for k, v in env.items()}
    atom = low.expr(tree, hint=hint)
    return low.stmts, atom


def _without_defaults(tree, env):
    defaults = frozenset(k for k, v in env.items() if isinstance(v, _DefaultValue))
    nones = frozenset(k for k in defaults if env[k].value is None)
    return _drop_default_kwargs(tree, defaults, nones) if defaults else tree


@functools.lru_cache(maxsize=None)
def _drop_default_kwargs(tree, defaults, nones):
    """Drop keyword arguments bound to a parameter's default, and trailing positional ones
    whose default is None (``np.transpose(t, None)`` is ``np.transpose(t)``)."""
    import copy
    tree = copy.deepcopy(tree)
    for node in gast.walk(tree):
        if isinstance(node, gast.Call):
            node.keywords = [k for k in node.keywords
                             if not (isinstance(k.value, gast.Name) and k.value.id in defaults)]
            while not node.keywords and node.args and isinstance(node.args[-1], gast.Name) \
                    and node.args[-1].id in nones:
                node.args.pop()
    return tree


__all__ = ["instantiate", "instantiate_linear", "template_names", "ZERO"]


class _Zero:
    """Marks a tangent known to be zero inside a template being simplified."""


ZERO = _Zero()


def _is_zero(node):
    return isinstance(node, gast.Name) and node.id == "__zero__"


def _mentions(node, names):
    return any(isinstance(n, gast.Name) and n.id in names for n in gast.walk(node))


class _DropZeros(gast.NodeTransformer):
    """Simplifies a template that is linear in its tangents when some tangents are zero:
    products and linear calls of a zero are zero, zero terms of sums disappear, and a zero
    where a value is still needed (``np.where(c, x_dot, 0)``) becomes ``0.0``."""

    def __init__(self, tangents):
        self.tangents = tangents  # names of the non-zero tangents

    def visit_BinOp(self, node):
        self.generic_visit(node)
        left, right = _is_zero(node.left), _is_zero(node.right)
        if isinstance(node.op, (gast.Add, gast.Sub)):
            if left and right:
                return _zero_node()
            if right:
                return node.left
            if left:
                return node.right if isinstance(node.op, gast.Add) else \
                    gast.UnaryOp(gast.USub(), node.right)
            return node
        if left or right:
            return _zero_node()
        return node

    def visit_UnaryOp(self, node):
        self.generic_visit(node)
        return _zero_node() if _is_zero(node.operand) else node

    def visit_Call(self, node):
        self.generic_visit(node)
        args = list(node.args) + [k.value for k in node.keywords]
        if any(_is_zero(a) for a in args):
            if not any(_mentions(a, self.tangents) for a in args):
                return _zero_node()  # linear in its tangents, and all of them are zero
            node.args = [_zero_const() if _is_zero(a) else a for a in node.args]
            for k in node.keywords:
                if _is_zero(k.value):
                    k.value = _zero_const()
        return node

    def visit_IfExp(self, node):
        self.generic_visit(node)
        if _is_zero(node.body) and _is_zero(node.orelse):
            return _zero_node()
        if _is_zero(node.body):
            node.body = _zero_const()
        if _is_zero(node.orelse):
            node.orelse = _zero_const()
        return node


def _zero_node():
    return gast.Name("__zero__", gast.Load(), None, None)


def _zero_const():
    return gast.Constant(value=0.0, kind=None)


def instantiate_linear(template, env, table, names, loc, hint="%t", scope=None):
    """Instantiate a template linear in its tangents (``*_dot`` names), where a tangent
    bound to ``ZERO`` is zero. Returns (statements, atom), or ([], None) when the whole
    result is zero."""
    import copy
    tree = copy.deepcopy(_parse(template))
    zeros = {k for k, v in env.items() if v is ZERO}

    class _Sub(gast.NodeTransformer):
        def visit_Name(self, node):
            return _zero_node() if node.id in zeros else node

    tree = _Sub().visit(tree)
    live = {k for k, v in env.items() if k.endswith("_dot") and v is not ZERO}
    tree = _DropZeros(live).visit(tree)
    if _is_zero(tree):
        return [], None
    tree = _without_defaults(tree, env)
    from ..ir.nodes import Const
    low = TemplateLowerer(table, names)
    low.ctx = _Ctx(tree, loc, scope)
    low.fixed_loc = loc
    low.env = {k: (Const(v.value) if isinstance(v, _DefaultValue) else v)
               for k, v in env.items() if v is not ZERO}
    atom = low.expr(tree, hint=hint)
    return low.stmts, atom
