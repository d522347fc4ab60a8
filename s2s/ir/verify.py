"""Checks the invariants of ``nodes``: single assignment, defined-before-use with region
scoping, and region arities. Raises AssertionError naming the first violation; used in
tests and after every pass in debug mode."""
from __future__ import annotations

from .nodes import Assign, For, If, Var, While, atoms_in, regions, stmt_defs, stmt_uses


def verify(fn):
    defined = set()

    def define(name):
        assert name not in defined, f"single-assignment: {name} defined twice in {fn.name}"
        defined.add(name)

    def check_use(name, scope):
        assert name in scope, f"{name} used before definition in {fn.name}"

    def block(blk, scope):
        scope = set(scope)
        for s in blk.stmts:
            for n in stmt_uses(s):
                check_use(n, scope)
            if isinstance(s, If):
                assert len(s.then.results) == len(s.orelse.results) == len(s.outs), \
                    f"if arity in {fn.name}: {s.outs}"
            if isinstance(s, (For, While)):
                assert len(s.carries) == len(s.inits) == len(s.body.results) == len(s.outs), \
                    f"loop arity in {fn.name}: {s.outs}"
            if isinstance(s, While):
                assert len(s.cond.results) == 1, "while condition yields one value"
            params_seen = set()
            for params, sub in regions(s):
                for p in params:
                    if p not in params_seen:  # While shares its carries between regions
                        define(p)
                        params_seen.add(p)
                block(sub, scope | set(params))
            for n in stmt_defs(s):
                define(n)
                scope.add(n)
            assert isinstance(s, (Assign, If, For, While)), f"unknown statement {s!r}"
        for r in blk.results:
            for a in atoms_in(r):
                if isinstance(a, Var):
                    check_use(a.name, scope)

    for p in fn.params:
        define(p)
    block(fn.body, set(fn.params))
    return fn
