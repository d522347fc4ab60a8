"""Comprehensions, ``sum`` of a generator, ``map`` and ``functools.reduce`` as the loops
they stand for, written as Python statements (gast) that the lowering then lowers as if
the user had written them.

Every new node gets the line and column of the construct it replaces, so errors and
generated code point at the user's comprehension.

>>> import gast
>>> comp = gast.parse("[x * w for x in xs if x > 0]").body[0].value
>>> print(gast.unparse(gast.Module(comprehension_loop(comp, "ys", "list"), [])).strip())
ys = []
for x in xs:
    if x > 0:
        ys.append(x * w)
"""
from __future__ import annotations

import gast

COMPREHENSIONS = (gast.ListComp, gast.GeneratorExp, gast.SetComp, gast.DictComp)


def _name(id_, store=False):
    return gast.Name(id_, gast.Store() if store else gast.Load(), None, None)


def _assign(name, value):
    return gast.Assign(targets=[_name(name, store=True)], value=value, type_comment=None)


def _call(func, args):
    return gast.Call(func=func, args=list(args), keywords=[])


def _located(nodes, like):
    """``nodes`` with the location of ``like`` wherever they have none."""
    for root in nodes:
        for n in gast.walk(root):
            if "lineno" in getattr(n, "_attributes", ()) and getattr(n, "lineno", None) is None:
                gast.copy_location(n, like)
    return nodes


def _nest(generators, innermost):
    """``for``/``if`` statements of a comprehension's generators around ``innermost``."""
    body = innermost
    for gen in reversed(generators):
        for cond in reversed(gen.ifs):
            body = [gast.If(test=cond, body=body, orelse=[])]
        body = [gast.For(target=gen.target, iter=gen.iter, body=body, orelse=[],
                         type_comment=None)]
    return body


def comprehension_loop(node, acc, kind, start=None):
    """Statements computing comprehension ``node`` into the variable ``acc``: ``kind`` is
    ``"list"`` (appended to a list), ``"dict"`` (items set in a dict) or ``"sum"`` (added up
    from ``start``, 0 by default, as the builtin ``sum`` of a generator does)."""
    if kind == "sum":
        init = start if start is not None else gast.Constant(value=0, kind=None)
        step = _assign(acc, gast.BinOp(left=_name(acc), op=gast.Add(), right=node.elt))
    elif kind == "dict":
        init = gast.Dict(keys=[], values=[])
        target = gast.Subscript(value=_name(acc), slice=node.key, ctx=gast.Store())
        step = gast.Assign(targets=[target], value=node.value, type_comment=None)
    else:
        init = gast.List(elts=[], ctx=gast.Load())
        step = gast.Expr(value=_call(gast.Attribute(value=_name(acc), attr="append",
                                                    ctx=gast.Load()), [node.elt]))
    return _located([_assign(acc, init)] + _nest(node.generators, [step]), node)


def map_loop(fn, seqs, acc, item_names, like):
    """``acc = list(map(fn, *seqs))`` as a loop; ``fn`` and ``seqs`` are names."""
    it = _name(seqs[0]) if len(seqs) == 1 else _call(_name("zip"), map(_name, seqs))
    target = _name(item_names[0], store=True) if len(seqs) == 1 else \
        gast.Tuple(elts=[_name(n, store=True) for n in item_names], ctx=gast.Store())
    elt = _call(_name(fn), map(_name, item_names))
    comp = gast.ListComp(elt=elt, generators=[gast.comprehension(target=target, iter=it,
                                                                 ifs=[], is_async=0)])
    return comprehension_loop(_located([comp], like)[0], acc, "list")


def sum_loop(seq, acc, item, like):
    """``acc = sum(seq)``, from 0 as the builtin adds, as a loop; ``seq`` is a name."""
    comp = gast.GeneratorExp(elt=_name(item), generators=[gast.comprehension(
        target=_name(item, store=True), iter=_name(seq), ifs=[], is_async=0)])
    return comprehension_loop(_located([comp], like)[0], acc, "sum")


def reduce_loop(fn, seq, acc, item, like, has_init):
    """``acc = functools.reduce(fn, seq[, acc])`` as a loop; ``fn``, ``seq`` are names and
    ``acc`` already holds the initial value when ``has_init``."""
    it = _name(seq)
    stmts = []
    if not has_init:  # the first item starts the fold, the rest are folded in
        stmts.append(_assign(acc, gast.Subscript(value=_name(seq),
                                                 slice=gast.Constant(value=0, kind=None),
                                                 ctx=gast.Load())))
        it = gast.Subscript(value=_name(seq), slice=gast.Slice(
            lower=gast.Constant(value=1, kind=None), upper=None, step=None), ctx=gast.Load())
    stmts.append(gast.For(target=_name(item, store=True), iter=it,
                          body=[_assign(acc, _call(_name(fn), [_name(acc), _name(item)]))],
                          orelse=[], type_comment=None))
    return _located(stmts, like)


def bound_names(target):
    """Names a comprehension or loop target binds."""
    return [n.id for n in gast.walk(target) if isinstance(n, gast.Name)]
