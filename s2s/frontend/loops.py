"""``for`` and ``while`` loops, for the lowering.

A loop's carries are the names its body assigns (Python keeps them after the loop). Every
``for`` iterates over a ``range`` by index (``for x in xs`` reads ``x = xs[i]``), so the
adjoint can run the same indices backwards; ``enumerate``, ``zip`` (``zip(*pairs)`` of
known items too), ``reversed`` and dict views nest freely. A ``for`` with a ``break`` or a
``return`` runs as a ``while`` over the index.
"""
from __future__ import annotations

import gast

from ..ir.nodes import UNDEF, Block, Const, For, Var, While


class Loops:
    """The loop-related part of ``Lowerer`` (see the module docstring)."""

    def loop_carries(self, body_nodes, extra=()):
        assigned = set(extra)
        for node in body_nodes:
            for n in _walk_scope(node):
                if isinstance(n, gast.Name) and isinstance(n.ctx, gast.Store):
                    assigned.add(n.id)
                elif isinstance(n, gast.Call) and isinstance(n.func, gast.Attribute) \
                        and n.func.attr == "append" and isinstance(n.func.value, gast.Name):
                    assigned.add(n.func.value.id)
                elif isinstance(n, (gast.Subscript, gast.Attribute)) \
                        and isinstance(n.ctx, gast.Store) and isinstance(n.value, gast.Name):
                    assigned.add(n.value.id)
                elif isinstance(n, gast.AugAssign):
                    t = n.target
                    if isinstance(t, gast.Subscript) and isinstance(t.value, gast.Name):
                        assigned.add(t.value.id)
        return sorted(k for k in assigned if not k.startswith("\0"))

    def no_else(self, s):
        if s.orelse:
            raise self.error("a loop with an else clause is not supported", s,
                             "set a flag in the loop and test it after the loop")

    def stmt_For(self, s):
        self.no_else(s)
        stop_flags = getattr(s, "s2s_stop_flags", [])
        items = self.static_items(s.iter)
        if items is not None:
            return self.unrolled(s, items, stop_flags)
        seq, n, item_of = self.iteration(s.iter)
        targets = [t.id for t in gast.walk(s.target) if isinstance(t, gast.Name)]
        carried = self.loop_carries(s.body, extra=targets)  # Python keeps them after the loop
        if stop_flags:
            return self.for_as_while(s, seq, n, item_of, carried, stop_flags)
        rng = self.emit("range", (n,), node=s.iter, name="%r") \
            if n is not None else seq
        named = isinstance(s.target, gast.Name) and n is None
        index = self.names.fresh(s.target.id if named else "%i" if n is not None else "i")
        params = tuple(self.names.fresh(k) for k in carried)
        inits = tuple(self.env.get(k, Const(UNDEF)) for k in carried)

        def body():
            for k, p in zip(carried, params):
                self.env[k] = Var(p)
            self.bind(s.target, item_of(Var(index), s), s)
            for x in s.body:
                self.stmt(x)

        b_stmts, b_env = self.sub_block(body, self.env)
        self.no_function_values([b_env[k] for k in carried] + list(inits), s,
                                "defined in a loop")
        outs = tuple(self.names.fresh(k) for k in carried)
        self.stmts.append(For(index, rng, params, inits,
                              Block(tuple(b_stmts), tuple(b_env[k] for k in carried)), outs,
                              self.loc(s)))
        for k, o in zip(carried, outs):
            self.env[k] = Var(o)

    def iteration(self, it):
        """(sequence atom, length atom or None, item builder) for a for-loop's iterable.

        ``range(...)`` iterated directly gives (r, None, i -> i): the loop runs over r's
        values. Anything else is read by index: (seq, n, i -> item at position i), with
        ``enumerate``, ``zip`` and ``reversed`` nesting freely."""
        if self.builtin_call(it, range):
            r = self.emit("range", [self.expr(a) for a in it.args], node=it, name="%r")
            return r, None, lambda i, s: i
        n, item = self.indexed(it)
        return None, n, item

    def builtin_call(self, node, fn):
        if not (isinstance(node, gast.Call) and isinstance(node.func, gast.Name)
                and not node.keywords and node.func.id not in self.env):
            return False
        ok, obj = self.lookup(node.func.id)
        return ok and obj is fn

    def indexed(self, it):
        """(length atom, item builder) of an iterable read by position."""
        if self.builtin_call(it, enumerate) and len(it.args) == 1:
            n, inner = self.indexed(it.args[0])
            return n, lambda i, s: self.emit("tuple", (i, inner(i, s)), node=s)
        if self.builtin_call(it, zip) and it.args:
            parts = []
            for a in it.args:  # zip(*pairs) zips the items of pairs, when they are known
                if isinstance(a, gast.Starred):
                    parts += [self.indexed_value(v, a) for v in self.spread(self.expr(a.value), a)]
                else:
                    parts.append(self.indexed(a))
            n = parts[0][0]
            for other, _ in parts[1:]:
                n = self.emit("min", (n, other), node=it, name="%n")
            return n, lambda i, s: self.emit("tuple", tuple(f(i, s) for _, f in parts), node=s)
        if self.builtin_call(it, reversed) and len(it.args) == 1:
            n, inner = self.indexed(it.args[0])

            def backwards(i, s):
                last = self.emit("sub", (n, Const(1)), node=s)
                return inner(self.emit("sub", (last, i), node=s), s)
            return n, backwards
        if isinstance(it, gast.Call) and isinstance(it.func, gast.Attribute) and not it.args \
                and it.func.attr in ("items", "keys", "values") and not it.keywords:
            _, n, item = self.dict_iteration(it)
            return n, item
        return self.indexed_value(self.expr(it), it)

    def indexed_value(self, seq, node):
        n = self.emit("len", (seq,), node=node, name="%n")
        return n, lambda i, s: self.emit("getitem", (seq, i), node=s)

    def dict_iteration(self, it):
        """``for k, v in d.items()`` (and ``keys``, ``values``) runs over ``list(d)``."""
        d = self.expr(it.func.value)
        keys = self.emit("keys", (d,), node=it, name="%keys")
        n = self.emit("len", (keys,), node=it, name="%n")
        kind = it.func.attr

        def item(i, s):
            k = self.emit("getitem", (keys, i), node=s)
            if kind == "keys":
                return k
            v = self.emit("getitem", (d, k), node=s)
            return v if kind == "values" else self.emit("tuple", (k, v), node=s)

        return keys, n, item

    def for_as_while(self, s, seq, n, item_of, carried, stop_flags):
        """A ``for`` with a ``break`` (or ``return``) runs as a ``while`` over the index."""
        if n is None:  # a range: index it
            n = self.emit("len", (seq,), node=s.iter, name="%n")
            item = lambda i, node: self.emit("getitem", (seq, i), node=node)  # noqa: E731
        else:
            item = item_of
        counter = self.free_user_name("i")
        self.env[counter] = Const(0)
        carried = sorted(set(carried) | {counter})
        self.while_loop(carried, lambda: self.while_test(self.env[counter], n, stop_flags, s),
                        lambda: self.for_body(s, item, counter), s)
        del self.env[counter]

    def free_user_name(self, base):
        """A variable name the user's function does not use (for compiler-made loops)."""
        used = {n.id for n in gast.walk(self.ctx.parsed.tree) if isinstance(n, gast.Name)}
        for name in [base, "j", "k", "idx"] + [f"{base}{k}" for k in range(2, 100)]:
            if name not in used and name not in self.env:
                return name
        raise AssertionError("no free name")

    def while_test(self, i, n, flags, s):
        test = self.emit("lt", (i, n), node=s)
        for f in flags:
            go = self.emit("not", (self.read(f, s),), node=s)
            test = self.emit("and", (test, go), node=s)
        return test

    def for_body(self, s, item, counter):
        i = self.env[counter]
        self.bind(s.target, item(i, s), s)
        self.env[counter] = self.emit("add", (i, Const(1)), node=s, name=counter)
        for x in s.body:
            self.stmt(x)

    def stmt_While(self, s):
        self.no_else(s)
        stop_flags = getattr(s, "s2s_stop_flags", [])
        carried = self.loop_carries(s.body)

        def test():
            c = self.expr(s.test)
            for f in stop_flags:
                go = self.emit("not", (self.read(f, s),), node=s)
                c = self.emit("and", (go, c), node=s)
            return c

        self.while_loop(carried, test, lambda: [self.stmt(x) for x in s.body], s)

    def while_loop(self, carried, test_fn, body_fn, s):
        params = tuple(self.names.fresh(k) for k in carried)
        inits = tuple(self.env.get(k, Const(UNDEF)) for k in carried)
        env = dict(self.env)
        for k, p in zip(carried, params):
            env[k] = Var(p)
        holder = {}
        c_stmts, _ = self.sub_block(lambda: holder.setdefault("c", test_fn()), env)
        b_stmts, b_env = self.sub_block(body_fn, env)
        self.no_function_values([b_env[k] for k in carried] + list(inits), s,
                                "defined in a loop")
        outs = tuple(self.names.fresh(k) for k in carried)
        self.stmts.append(While(params, inits, Block(tuple(c_stmts), (holder["c"],)),
                                Block(tuple(b_stmts), tuple(b_env[k] for k in carried)),
                                outs, self.loc(s)))
        for k, o in zip(carried, outs):
            self.env[k] = Var(o)


def _walk_scope(node):
    """``gast.walk`` of the names a statement binds in its own scope: not inside a
    comprehension, a lambda or a nested function (they have their own)."""
    todo = [node]
    while todo:
        n = todo.pop()
        yield n
        if isinstance(n, gast.FunctionDef):
            yield gast.Name(n.name, gast.Store(), None, None)
            continue
        if isinstance(n, (gast.Lambda, gast.ListComp, gast.SetComp, gast.DictComp,
                          gast.GeneratorExp)):
            continue
        todo.extend(gast.iter_child_nodes(n))
