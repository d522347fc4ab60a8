"""One deterministic text form of the IR, for logs, error messages and tests.

>>> from s2s.ir.nodes import *
>>> body = Block((Assign(("t",), "np.log", (Var("x"),)),), (Var("t"),))
>>> print(format_function(Function("f", ("x",), body)))
def f(x):
  t = np.log(x)
  return t
"""
from __future__ import annotations

from .nodes import Assign, Const, For, Global, If, Slice, Var, While


def format_atom(a):
    if isinstance(a, Var):
        return a.name
    if isinstance(a, Global):
        return "@" + a.name
    if isinstance(a, Slice):
        parts = ["" if p is None else format_atom(p) for p in (a.lower, a.upper, a.step)]
        return ":".join(parts).rstrip(":") or ":"
    if isinstance(a, Const):
        return repr(a.value)
    return repr(a)


def _args(stmt):
    items = [format_atom(a) for a in stmt.args]
    items += [f"{k}={format_atom(v)}" for k, v in stmt.kwargs]
    return ", ".join(items)


def format_block(block, indent=1):
    pad = "  " * indent
    lines = []
    for s in block.stmts:
        if isinstance(s, Assign):
            lhs = ", ".join(s.outs)
            rhs = f"{s.prim}({_args(s)})"
            lines.append(f"{pad}{lhs} = {rhs}" if s.outs else pad + rhs)
        elif isinstance(s, If):
            lines.append(f"{pad}if {format_atom(s.cond)} -> ({', '.join(s.outs)}):")
            lines += format_block(s.then, indent + 1)
            lines.append(f"{pad}else:")
            lines += format_block(s.orelse, indent + 1)
        elif isinstance(s, For):
            carries = ", ".join(f"{c} = {format_atom(i)}" for c, i in zip(s.carries, s.inits))
            lines.append(f"{pad}for {s.index} in {format_atom(s.iter)} carry ({carries})"
                         f" -> ({', '.join(s.outs)}):")
            lines += format_block(s.body, indent + 1)
        elif isinstance(s, While):
            carries = ", ".join(f"{c} = {format_atom(i)}" for c, i in zip(s.carries, s.inits))
            lines.append(f"{pad}while carry ({carries}) -> ({', '.join(s.outs)}):")
            lines += format_block(s.cond, indent + 1)
            lines.append(f"{pad}do:")
            lines += format_block(s.body, indent + 1)
    if block.results:
        lines.append(f"{pad}yield {', '.join(format_atom(r) for r in block.results)}")
    return lines


def format_function(fn):
    lines = [f"def {fn.name}({', '.join(fn.params)}):"]
    body = format_block(fn.body)
    body[-1:] = [body[-1].replace("yield ", "return ", 1)] if fn.body.results else body[-1:]
    return "\n".join(lines + body)
