"""Substitution of atoms through statements and regions (returns new IR)."""
from __future__ import annotations

from .nodes import Assign, Block, For, If, Slice, Var, While


def subst_atom(a, m):
    if isinstance(a, Var):
        return m.get(a.name, a)
    if isinstance(a, Slice):
        return Slice(*[None if p is None else subst_atom(p, m) for p in (a.lower, a.upper, a.step)])
    return a


def subst_block(b, m):
    return Block(tuple(subst_stmt(s, m) for s in b.stmts), tuple(subst_atom(a, m) for a in b.results))


def subst_stmt(s, m):
    if not m:
        return s
    if isinstance(s, Assign):
        return Assign(s.outs, s.prim, tuple(subst_atom(a, m) for a in s.args),
                      tuple((k, subst_atom(v, m)) for k, v in s.kwargs), s.loc)
    if isinstance(s, If):
        return If(subst_atom(s.cond, m), subst_block(s.then, m), subst_block(s.orelse, m),
                  s.outs, s.loc)
    if isinstance(s, For):
        return For(s.index, subst_atom(s.iter, m), s.carries,
                   tuple(subst_atom(a, m) for a in s.inits), subst_block(s.body, m), s.outs, s.loc)
    if isinstance(s, While):
        return While(s.carries, tuple(subst_atom(a, m) for a in s.inits), subst_block(s.cond, m),
                     subst_block(s.body, m), s.outs, s.loc)
    raise TypeError(s)


def rename(stmts, names):
    """Rename uses of values (name -> name)."""
    m = {k: Var(v) for k, v in names.items()}
    return [subst_stmt(s, m) for s in stmts]


def map_regions(s, block):
    """``s`` with ``block`` applied to each of its regions (a branch's arms, a loop's body
    and condition)."""
    if isinstance(s, If):
        return If(s.cond, block(s.then), block(s.orelse), s.outs, s.loc)
    if isinstance(s, For):
        return For(s.index, s.iter, s.carries, s.inits, block(s.body), s.outs, s.loc)
    if isinstance(s, While):
        return While(s.carries, s.inits, block(s.cond), block(s.body), s.outs, s.loc)
    return s
