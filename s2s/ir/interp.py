"""A reference evaluator for the IR: the IR of ``f`` must compute ``f``.

Deliberately naive (a dict environment, one statement at a time) so that it can serve as
an independent check of the front end."""
from __future__ import annotations

from ..runtime import HELPERS
from .nodes import Assign, Const, For, Global, If, Slice, Var, While


def evaluate(fn, table, *args, **kwargs):
    env = {}
    params = list(fn.params)
    defaults = dict(zip(params[len(params) - len(fn.defaults):], fn.defaults))
    values = list(args)
    for i, p in enumerate(params):
        base = p.split(".")[0]
        if i < len(values):
            env[p] = values[i]
        elif base in kwargs:
            env[p] = kwargs[base]
        else:
            env[p] = _atom(defaults[p], env)
    out = _block(fn.body, env, table)
    return tuple(out) if fn.returns_tuple else out[0]


def _atom(a, env):
    if isinstance(a, Var):
        return env[a.name]
    if isinstance(a, Const):
        return a.value
    if isinstance(a, Global):
        return a.obj
    if isinstance(a, Slice):
        return slice(*[None if p is None else _atom(p, env) for p in (a.lower, a.upper, a.step)])
    raise TypeError(a)


def _block(block, env, table):
    for s in block.stmts:
        if isinstance(s, Assign):
            args = [_atom(a, env) for a in s.args]
            kwargs = {k: _atom(v, env) for k, v in s.kwargs}
            if s.prim == "call":
                value = args[0](*args[1:], **kwargs)
            elif s.prim in table:
                value = table[s.prim].impl(*args, **kwargs)
            else:
                value = HELPERS[s.prim](*args, **kwargs)
            if not s.outs:  # run for its effect
                pass
            elif len(s.outs) == 1:
                env[s.outs[0]] = value
            else:
                for o, v in zip(s.outs, value):
                    env[o] = v
        elif isinstance(s, If):
            branch = s.then if _atom(s.cond, env) else s.orelse
            for o, v in zip(s.outs, _block(branch, env, table)):
                env[o] = v
        elif isinstance(s, For):
            carry = [_atom(a, env) for a in s.inits]
            for i in _atom(s.iter, env):
                env[s.index] = i
                env.update(zip(s.carries, carry))
                carry = _block(s.body, env, table)
            env.update(zip(s.outs, carry))
        elif isinstance(s, While):
            carry = [_atom(a, env) for a in s.inits]
            while True:
                env.update(zip(s.carries, carry))
                if not _block(s.cond, env, table)[0]:
                    break
                carry = _block(s.body, env, table)
            env.update(zip(s.outs, carry))
    return [_atom(r, env) for r in block.results]
