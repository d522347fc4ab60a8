"""Live ranges on the structured IR, for naming and in-place decisions in the emitter.

Statements get positions in program order (a region's statements inside its parent's
span). A value lives from its definition to its last use; a use inside a loop of a value
defined before the loop keeps it alive to the loop's end (the next iteration reads it
again). Ranges are half-open, ``(def, last]``: a statement may read a value and define
another that takes its name (``h = np.tanh(h)``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..ir.nodes import Assign, For, If, Var, While, atoms_in


@dataclass
class Liveness:
    pos: dict = field(default_factory=dict)      # id(stmt) -> position
    end: dict = field(default_factory=dict)      # id(stmt) -> last position inside it
    defpos: dict = field(default_factory=dict)   # name -> position of definition
    last: dict = field(default_factory=dict)     # name -> position of last use
    block_of: dict = field(default_factory=dict)  # name -> id(block) defining it
    uses: dict = field(default_factory=dict)     # name -> [(position, id(block), how)]
    spans: dict = field(default_factory=dict)    # id(block) -> (first, last) position

    def interval(self, name):
        d = self.defpos.get(name, 0)
        return d, max(self.last.get(name, d), d)

    def interferes(self, a, b):
        da, la = self.interval(a)
        db, lb = self.interval(b)
        return da < lb and db < la


def analyse(fn):
    lv = Liveness()
    counter = [0]
    loops = []  # stack of (start, stmt) while walking

    def tick():
        counter[0] += 1
        return counter[0]

    def define(name, p, blk):
        lv.defpos[name] = p
        lv.block_of[name] = blk

    def use(atom, p, blk, how):
        for b in atoms_in(atom):
            if isinstance(b, Var):
                lv.uses.setdefault(b.name, []).append((p, blk, how))
                lv.last[b.name] = max(lv.last.get(b.name, 0), p)
                pending.append((b.name, list(loops)))

    pending = []

    def block(b, params=()):
        bid = id(b)
        p0 = tick()
        for prm in params:
            define(prm, p0, bid)
        for s in b.stmts:
            p = tick()
            lv.pos[id(s)] = p
            if isinstance(s, Assign):
                for a in list(s.args) + [v for _, v in s.kwargs]:
                    use(a, p, bid, s)
                for o in s.outs:
                    define(o, p, bid)
            elif isinstance(s, If):
                use(s.cond, p, bid, s)
                block(s.then)
                block(s.orelse)
                e = tick()
                for o in s.outs:
                    define(o, e, bid)
                lv.end[id(s)] = e
            elif isinstance(s, (For, While)):
                if isinstance(s, For):
                    use(s.iter, p, bid, s)
                for a in s.inits:
                    use(a, p, bid, s)
                loops.append((p, id(s)))
                if isinstance(s, For):
                    block(s.body, (s.index, *s.carries))
                else:
                    block(s.cond, s.carries)
                    block(s.body)
                loops.pop()
                e = tick()
                lv.end[id(s)] = e
                for o in s.outs:
                    define(o, e, bid)
        e = tick()
        for r in b.results:
            use(r, e, bid, "result")
        lv.spans[bid] = (p0, e)
        return e

    for prm in fn.params:
        define(prm, 0, id(fn.body))
    block(fn.body)
    # a value read inside a loop that it was defined outside of lives to the loop's end
    for name, stack in pending:
        d = lv.defpos.get(name, 0)
        for start, sid in stack:
            if start > d:
                lv.last[name] = max(lv.last.get(name, 0), lv.end[sid])
                break
    for p in fn.params:
        lv.last[p] = max(lv.last.get(p, 0), 0)
    return lv
