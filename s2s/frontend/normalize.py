"""Removes ``break``, ``continue`` and early ``return`` from a function's AST.

After this pass a function has exactly one ``return``, as its last statement, and loops
contain no jumps, so the lowering to structured SSA only meets structured control flow.

The algorithm pushes continuations into branches: in ``if c: return a`` followed by
``rest``, the rest moves into the ``else`` branch, so the common cases read as the user
wrote them. Where a branch only *may* jump, a flag records the jump (``broke``,
``skipped``, ``returned``) and the rest of the block runs under ``if not flag:``; loops
with a ``break`` or a ``return`` carry the flag, and the lowering adds ``not flag`` to
their condition. Flags nobody reads are removed later by dead-code elimination.

>>> import gast
>>> src = "def f(x):\\n    if x > 0:\\n        return x\\n    y = -x\\n    return y\\n"
>>> print(gast.unparse(normalize(gast.parse(src).body[0])).strip())
def f(x):
    result = None
    returned = False
    if x > 0:
        result = x
        returned = True
    else:
        y = -x
        result = y
        returned = True
    return result
"""
from __future__ import annotations

import functools

import gast

from ..errors import UnsupportedSyntaxError

JUMPS = (gast.Break, gast.Continue, gast.Return)


def _names_in(tree):
    return {n.id for n in gast.walk(tree) if isinstance(n, gast.Name)}


def _has(stmts, kinds, into_loops):
    for s in stmts:
        for node in _walk_stmt(s, into_loops):
            if isinstance(node, kinds):
                return True
    return False


def _walk_stmt(s, into_loops):
    yield s
    if isinstance(s, gast.If):
        for c in s.body + s.orelse:
            yield from _walk_stmt(c, into_loops)
    elif isinstance(s, (gast.For, gast.While)) and into_loops:
        for c in s.body + s.orelse:
            yield from _walk_stmt(c, into_loops)


def _always_jumps(stmts):
    for s in stmts:
        if isinstance(s, JUMPS):
            return True
        if isinstance(s, gast.If) and _always_jumps(s.body) and _always_jumps(s.orelse):
            return True
    return False


def _assign(name, value, like):
    node = gast.Assign(targets=[gast.Name(name, gast.Store(), None, None)], value=value,
                       type_comment=None)
    return gast.copy_location(node, like)


def _const(v):
    return gast.Constant(value=v, kind=None)


def _load(name):
    return gast.Name(name, gast.Load(), None, None)


class _Rewriter:
    def __init__(self, fn, filename):
        self.filename = filename
        self.used = _names_in(fn)
        self.result = None
        self.returned = None
        self.counter = 0

    def fresh(self, base):
        name, k = base, 1
        while name in self.used:
            k += 1
            name = f"{base}{k}"
        self.used.add(name)
        return name

    def matches(self, stmts):
        """``match`` statements as ``if``/``else`` chains comparing the subject with each
        case's values (literal, dotted-name, ``|`` and capture patterns, with guards)."""
        out = []
        for s in stmts:
            for field in ("body", "orelse"):
                if isinstance(s, (gast.If, gast.For, gast.While)):
                    setattr(s, field, self.matches(getattr(s, field)))
            if not isinstance(s, gast.Match):
                out.append(s)
                continue
            subject = s.subject
            if not isinstance(subject, gast.Name):
                name = self.fresh("subject")
                out.append(_assign(name, subject, s))
                subject = _load(name)
            out += self._cases(s.cases, subject, s)
        return out

    def _cases(self, cases, subject, like):
        if not cases:
            return []
        case = cases[0]
        test, capture = _pattern(case.pattern, subject, self.filename)
        if capture and test is not None and case.guard is not None:
            raise UnsupportedSyntaxError("a case pattern with 'as' and a guard is not supported",
                                         _where(self.filename, case.pattern),
                                         "bind the name in the case body instead")
        body = self.matches(case.body)
        pre = []
        if capture:
            bind = [_assign(capture, subject, case.pattern)]
            if test is None:
                pre = bind
            else:
                body = bind + body
        if case.guard is not None:
            test = case.guard if test is None else gast.BoolOp(gast.And(), [test, case.guard])
        if test is None:  # irrefutable: the cases after it never run
            return pre + body
        rest = self._cases(cases[1:], subject, like)
        return pre + [gast.copy_location(gast.If(test=test, body=body, orelse=rest),
                                         case.pattern)]

    def else_clauses(self, stmts):
        """Loops without ``else``: the else clause runs after the loop, under ``if not
        broke:`` when the loop may break."""
        out = []
        for s in stmts:
            if isinstance(s, (gast.If, gast.For, gast.While)):
                s.body = self.else_clauses(s.body)
                s.orelse = self.else_clauses(s.orelse)
            if isinstance(s, (gast.For, gast.While)) and s.orelse:
                orelse, s.orelse = s.orelse, []
                if _has(s.body, gast.Break, into_loops=False):
                    flag = self.fresh("broke")
                    s.s2s_break_flag = flag  # the loop's own break flag (see loop)
                    test = gast.UnaryOp(gast.Not(), _load(flag))
                    out += [_assign(flag, _const(False), s), s,
                            gast.copy_location(gast.If(test=test, body=orelse, orelse=[]), s)]
                else:
                    out += [s] + orelse
                continue
            out.append(s)
        return out

    def block(self, stmts, loop):
        """Rewrite a statement list; ``loop`` holds the flags of the innermost loop."""
        out = []
        for k, s in enumerate(stmts):
            rest = stmts[k + 1:]
            if isinstance(s, gast.Return):
                value = s.value if s.value is not None else _const(None)
                out.append(_assign(self.result, value, s))
                out.append(_assign(self.returned, _const(True), s))
                return out
            if isinstance(s, gast.Break):
                out.append(_assign(loop["break"], _const(True), s))
                return out
            if isinstance(s, gast.Continue):
                if loop.get("continue"):
                    out.append(_assign(loop["continue"], _const(True), s))
                return out
            if isinstance(s, gast.If) and self._jumps_here(s):
                a, b = s.body, s.orelse
                ja, jb = _always_jumps(a), _always_jumps(b)
                if ja and not jb:
                    b = b + rest
                elif jb and not ja:
                    a = a + rest
                node = gast.If(test=s.test, body=self.block(a, loop) or [gast.Pass()],
                               orelse=self.block(b, loop))
                out.append(gast.copy_location(node, s))
                if (ja or jb) or not rest:
                    return out
                out.append(self._guard(rest, loop, [s], s))
                return out
            if isinstance(s, (gast.For, gast.While)):
                out.append(self.loop(s))
                if rest and self.returned and _has([s], gast.Return, into_loops=True):
                    out.append(self._guard(rest, loop, [s], s, only_return=True))
                    return out
                continue
            if isinstance(s, gast.If):
                node = gast.If(test=s.test, body=self.block(s.body, loop) or [gast.Pass()],
                               orelse=self.block(s.orelse, loop))
                out.append(gast.copy_location(node, s))
                continue
            out.append(s)
        return out

    def _jumps_here(self, s):
        return _has([s], (gast.Break, gast.Continue), into_loops=False) or \
            _has([s], gast.Return, into_loops=True)

    def _guard(self, rest, loop, jumped, like, only_return=False):
        flags = []
        if self.returned and _has(jumped, gast.Return, into_loops=True):
            flags.append(self.returned)
        if loop is not None and not only_return:
            if _has(jumped, gast.Break, into_loops=False):
                flags.append(loop["break"])
            if _has(jumped, gast.Continue, into_loops=False):
                flags.append(loop["continue"])
        test = _load(flags[0]) if len(flags) == 1 else gast.BoolOp(gast.Or(), [_load(f) for f in flags])
        test = gast.UnaryOp(gast.Not(), test)
        node = gast.If(test=test, body=self.block(rest, loop) or [gast.Pass()], orelse=[])
        return gast.copy_location(node, like)

    def loop(self, s):
        if s.orelse:
            return s  # the lowering reports it, with its line
        flags = {}
        has_break = _has(s.body, gast.Break, into_loops=False)
        has_return = self.returned is not None and _has(s.body, gast.Return, into_loops=True)
        preset = getattr(s, "s2s_break_flag", None)
        if has_break:
            flags["break"] = preset or self.fresh("broke")
        if _has(s.body, gast.Continue, into_loops=False):
            flags["continue"] = self.fresh("skipped")
        body = self.block(s.body, flags)
        if "continue" in flags:
            body = [_assign(flags["continue"], _const(False), s)] + body
        stop = ([flags["break"]] if has_break else []) + ([self.returned] if has_return else [])
        new = gast.For(target=s.target, iter=s.iter, body=body, orelse=[], type_comment=None) \
            if isinstance(s, gast.For) else gast.While(test=s.test, body=body, orelse=[])
        gast.copy_location(new, s)
        new.s2s_stop_flags = stop  # read by the lowering: loop while none of them is set
        if has_break and not preset:
            return _Seq([_assign(flags["break"], _const(False), s), new])
        return new


def _where(filename, node):
    return (filename, getattr(node, "lineno", 0), getattr(node, "col_offset", 0))


def _pattern(p, subject, filename):
    """(test expression or None when it always matches, name it binds or None)."""
    if isinstance(p, gast.MatchValue):
        return gast.Compare(left=subject, ops=[gast.Eq()], comparators=[p.value]), None
    if isinstance(p, gast.MatchSingleton):
        return gast.Compare(left=subject, ops=[gast.Is()],
                            comparators=[_const(p.value)]), None
    if isinstance(p, gast.MatchOr):
        tests = [_pattern(q, subject, filename) for q in p.patterns]
        if any(t is None or n is not None for t, n in tests):
            raise _unsupported_pattern(p, filename)
        return gast.BoolOp(gast.Or(), [t for t, _ in tests]), None
    if isinstance(p, gast.MatchAs):
        if p.pattern is None:
            return None, p.name  # a capture (or _, which binds nothing)
        test, inner = _pattern(p.pattern, subject, filename)
        if inner is not None:
            raise _unsupported_pattern(p, filename)
        return test, p.name
    raise _unsupported_pattern(p, filename)


def _unsupported_pattern(p, filename):
    what = {"MatchSequence": "a sequence pattern", "MatchMapping": "a mapping pattern",
            "MatchClass": "a class pattern", "MatchStar": "a starred pattern"}.get(
        type(p).__name__, "this pattern")
    return UnsupportedSyntaxError(f"{what} in a case is not supported", _where(filename, p),
                                  "match values (case 'tanh' | 'relu':), or use if/elif with "
                                  "isinstance and indexing")


class _Seq(list):
    """Several statements standing where one was."""


def _flatten(stmts):
    out = []
    for s in stmts:
        if isinstance(s, _Seq):  # its loop's body may hold a _Seq too
            out.extend(_flatten(s))
            continue
        out.append(s)
        for field in ("body", "orelse"):
            if isinstance(s, (gast.If, gast.For, gast.While)):
                setattr(s, field, _flatten(getattr(s, field)))
    return out


@functools.lru_cache(maxsize=None)
def normalize(fn: gast.FunctionDef, filename: str = "<s2s>") -> gast.FunctionDef:
    """A copy of ``fn`` with one final ``return`` and no jumps inside loops (made once per
    tree: the lowering reads it and never changes it)."""
    import copy
    fn = copy.deepcopy(fn)
    body = fn.body
    if body and isinstance(body[0], gast.Expr) and isinstance(body[0].value, gast.Constant) \
            and isinstance(body[0].value.value, str):
        body = body[1:]  # docstring
    rw = _Rewriter(fn, filename)
    body = rw.else_clauses(rw.matches(body))
    returns = [n for s in body for n in _walk_stmt(s, True) if isinstance(n, gast.Return)]
    jumps_in_loops = any(isinstance(n, (gast.Break, gast.Continue))
                         for s in body for n in _walk_stmt(s, True))
    simple_tail = len(returns) == 1 and body and body[-1] is returns[0]
    if simple_tail and not jumps_in_loops:
        fn.body = body
        return fn
    if simple_tail:
        tail = body[-1]
        new_body = rw.block(body[:-1], None) + [tail]
    else:
        rw.result = rw.fresh("result")
        rw.returned = rw.fresh("returned")
        first = body[0] if body else fn
        head = [_assign(rw.result, _const(None), first), _assign(rw.returned, _const(False), first)]
        new_body = head + rw.block(body, None)
        new_body.append(gast.copy_location(gast.Return(value=_load(rw.result)), fn))
    fn.body = _flatten(new_body)
    return fn
