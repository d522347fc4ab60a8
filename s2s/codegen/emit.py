"""IR -> Python source text, for one backend.

Out of SSA: values get Python names (``names.py``), phi values become plain assignments
only where two joined values could not share a name, single-use temporaries are folded
back into the expression that reads them, and functional updates (``setitem``,
``add_at``, ``append``) are written in place when the value updated is owned by the
generated code, dead afterwards, and not aliased by anything still live; otherwise on a
copy. The text is produced by ``ast.unparse``, which adds only the parentheses that
precedence requires.
"""
from __future__ import annotations

import ast
import keyword
import operator
from dataclasses import replace

import numpy as np

from .. import runtime
from ..backends.jax import LOOP_SITES
from ..errors import USER_LINES
from ..analysis.aliasing import _is_view, _ranks
from ..analysis.liveness import analyse as liveness
from ..analysis.aliasing import ARRAY_VIEWS
from ..analysis.unionfind import UnionFind, union_joins
from ..ir.nodes import (UNDEF, Assign, Block, Const, For, Global, If, Slice, Var, While, atoms_in,
                        block_free_vars, regions, stmt_uses, walk_stmts)
from ..frontend.lower import NameGen
from ..ir.rewrite import map_regions
from .names import assign_names, is_temp

BINOPS = {"add": ast.Add, "sub": ast.Sub, "mul": ast.Mult, "truediv": ast.Div, "pow": ast.Pow,
          "matmul": ast.MatMult, "floordiv": ast.FloorDiv, "mod": ast.Mod,
          "bitand": ast.BitAnd, "bitor": ast.BitOr, "bitxor": ast.BitXor}
UNARY = {"neg": ast.USub, "pos": ast.UAdd, "not": ast.Not, "invert": ast.Invert}
CMP = {"lt": ast.Lt, "le": ast.LtE, "gt": ast.Gt, "ge": ast.GtE, "eq": ast.Eq, "ne": ast.NotEq,
       "is": ast.Is, "is_not": ast.IsNot, "in": ast.In, "not_in": ast.NotIn}
# the operators a backend may spell as a function (jax: Python's truth of a traced value)
PYTHON_OPERATORS = {"not", "and", "or", "in", "not_in"}
CALLEE_FIRST = {"call"}
HELPER_PRIMS = {"unbroadcast", "tree_add_at", "tree_add", "zeros_like"}
# operations whose result may share memory with (or be) an input; an element taken out of
# a container is one of the container's objects
VIEWS = {"getitem", "np.reshape", "np.transpose", "np.ravel", "np.squeeze", "np.expand_dims",
         "np.asarray", "unpack", "unbroadcast", "reshape_like", "untranspose", "unreduce",
         "unreduce_extremum", "pos", "call", "np.broadcast_to", "float", "stop_gradient",
         "broadcast_like", "bexpand", "breshape", "btranspose", "batch_broadcast_like"} \
    | ARRAY_VIEWS
# values popped from a tape are the values pushed: never updated in place (see CONTAINS)
NOT_FRESH = VIEWS | {"tape.pop"}
# operations whose arguments become elements of the (fresh) container they build
CONTAINS = {"tuple": slice(0, None), "list": slice(0, None), "append": slice(1, 2),
            "tape.push": slice(1, None)}
INPLACE = {"setitem", "add_at", "append", "tree_add_at"}
NOT_EXPRESSIONS = INPLACE | {"tape.new", "tape.push", "tape.pop", "unpack"}
# the lengths and shapes of arrays: Python values, under a jax trace too
SHAPES = {"len", "np.shape", "np.ndim", "np.size"}
MAX_FOLDED = 6  # operations one folded expression may hold
LOOP_SUMS = {"matmul_vjp_lhs_sum", "matmul_vjp_rhs_sum", "unbroadcast_sum"}
# names backends' code calls
MODULE_ROOTS = ("np", "math", "scipy", "jnp", "jax", "lax", "cond", "while_loop", "while_scan",
                "scan")


class Emitter:
    def __init__(self, fn, table, backend, reserved=()):
        self.fn = fn
        self.table = table
        self.backend = backend
        self.namespace = {}
        self.lv = liveness(fn)
        self.defs = {o: s for s in walk_stmts(fn.body) if isinstance(s, Assign) for o in s.outs}
        self.int_like = self._int_like()
        # an update that copies makes a fresh array, which later updates may then write
        # in place: decide again, taking the updates that could not write in place as
        # copies (they stay copies, so the assumption holds)
        updates = {id(s) for s in walk_stmts(fn.body)
                   if isinstance(s, Assign) and s.prim in INPLACE}
        copies = frozenset()
        for _ in range(3):
            self.aliases, self.owned = self._aliasing(copies)
            free = self._decide_inplace()
            self.inplace = free - copies
            if updates - free == copies:
                break
            copies = updates - free
        forced = [(s.args[0].name, s.outs[0]) for s in walk_stmts(fn.body)
                  if isinstance(s, Assign) and id(s) in self.inplace]
        self.reserved = set(reserved) | self._global_names() | set(MODULE_ROOTS) | \
            set(backend.own) | set(runtime.HELPERS) | set(table.namespace)
        self.forced = forced
        self.names = assign_names(fn, self.lv, self.reserved, forced)
        self.uses = self._count_uses()

    # -- analyses -----------------------------------------------------------------------
    def _global_names(self):
        names = set()
        for s in walk_stmts(self.fn.body):
            atoms = []
            if isinstance(s, Assign):
                atoms = list(s.args) + [v for _, v in s.kwargs]
            elif isinstance(s, (For, While)):
                atoms = list(s.inits) + ([s.iter] if isinstance(s, For) else [])
            for a in atoms:
                if isinstance(a, Global):
                    names.add(a.name.split(".")[0])
        return names

    def _int_like(self):
        ints = set()
        for s in walk_stmts(self.fn.body):
            if isinstance(s, For):
                it = self.defs.get(s.iter.name) if isinstance(s.iter, Var) else None
                if it is not None and it.prim in ("range", "reversed"):
                    ints.add(s.index)
            if isinstance(s, Assign) and s.prim in ("len",):
                ints.update(s.outs)
        return ints

    def _aliasing(self, copies=frozenset()):
        """(aliases, owned): the classes of names that may share an array, and the names
        whose array this function made and nobody else holds. ``copies``: updates known
        to copy their array."""
        uf = UnionFind()
        pushed = set()
        rank = _ranks(self.fn)
        lists = _lists(self.fn)
        for s in walk_stmts(self.fn.body):
            if isinstance(s, Assign):
                if s.prim == "getitem" and isinstance(s.args[0], Var) \
                        and s.args[0].name in lists:
                    pushed.update(s.outs)  # an element a list holds, as a tape's is
                elif s.prim == "getitem" and not _is_view(s, rank) or id(s) in copies:
                    pass  # one element of an array of known rank: a copy, not a view
                elif s.prim in VIEWS or s.prim in INPLACE:
                    # only the first argument can come back (all of them, for a call)
                    for a in s.args if s.prim == "call" else s.args[:1]:
                        if isinstance(a, Var):
                            for o in s.outs:
                                uf.union(a.name, o)
                # a value held by a container (or a tape) is never updated in place: the
                # container would see the change
                if s.prim in CONTAINS:
                    for a in s.args[CONTAINS[s.prim]]:
                        if isinstance(a, Var):
                            pushed.add(a.name)
                if s.prim == "tape.pop":
                    for o in s.outs:
                        pushed.add(o)
        union_joins(self.fn, uf)
        escaped = {uf.find(n) for n in pushed} | {uf.find(p) for p in self.fn.params}
        # a joined value is owned when everything joined is: branch results, a loop's
        # init and next value (the carry itself counts as owned: the largest consistent
        # answer, so that a loop updating its carry in place owns it), and what these
        # helpers hand back (their argument, owned or a constant, or a fresh array)
        owned, joins = set(), {}
        for s in walk_stmts(self.fn.body):
            if isinstance(s, Assign) and s.prim in ("unbroadcast", "broadcast_like"):
                joins[s.outs[0]] = [Var(s.outs[0]) if isinstance(s.args[0], Const)
                                    else s.args[0]]
            elif isinstance(s, Assign) and (s.prim not in NOT_FRESH or s.prim in INPLACE):
                owned.update(s.outs)
            elif isinstance(s, If):
                for k, o in enumerate(s.outs):
                    joins[o] = [s.then.results[k], s.orelse.results[k]]
            elif isinstance(s, (For, While)):
                for k, c in enumerate(s.carries):
                    joins[c] = joins[s.outs[k]] = [s.inits[k], s.body.results[k]]
        owned |= set(joins)
        while True:
            dropped = {n for n, rs in joins.items() if n in owned and not all(
                isinstance(r, Var) and (r.name in owned or r.name == n) for r in rs)}
            if not dropped:
                break
            owned -= dropped
        owned = {n for n in owned if uf.find(n) not in escaped}
        return uf, owned

    def _decide_inplace(self):
        groups = {}
        for n in self.lv.defpos:
            groups.setdefault(self.aliases.find(n), []).append(n)
        out = set()
        for s in walk_stmts(self.fn.body):
            if not (isinstance(s, Assign) and s.prim in INPLACE and isinstance(s.args[0], Var)):
                continue
            x = s.args[0].name
            if x not in self.owned or self.backend.functional and s.prim != "append":
                continue  # immutable arrays: every update makes a new one
            p = self.lv.pos[id(s)]
            ok = True
            for m in groups.get(self.aliases.find(x), []):
                if m in s.outs:
                    continue
                d, last = self.lv.interval(m)
                if d < p and last > p:
                    ok = False
                    break
                if d <= p and m != x and last == p and m in self._read_at(s):
                    ok = False  # the statement itself reads an alias of what it overwrites
                    break
            if ok:
                out.add(id(s))
        return out

    def copying_updates(self):
        """How many updates in loops copy their array at every step (weighted by depth)."""
        def count(b, depth):
            n = 0
            for s in b.stmts:
                if isinstance(s, Assign):
                    n += depth * (s.prim in ("setitem", "add_at", "tree_add_at")
                                  and id(s) not in self.inplace)
                for _, sub in regions(s):
                    n += count(sub, depth + isinstance(s, (For, While)))
            return n
        return count(self.fn.body, 0)

    def loop_init_copies(self, tried):
        """(site, ``fn`` with a copy of a loop carry's initial array made before the loop)
        for each carry the loop updates by copying at every step: if the initial array
        belongs to someone else (a parameter, a value read after the loop), one copy
        before the loop lets the updates write in place. Outer loops first."""
        if self.backend.functional:
            return
        for loop in walk_stmts(self.fn.body):
            for k, c in enumerate(getattr(loop, "carries", ())):
                site = (loop.loc, c)
                if site not in tried and self._copied_each_step(loop, c):
                    yield site, self._with_copied_init(loop, k)

    def _copied_each_step(self, loop, carry):
        init = loop.inits[loop.carries.index(carry)]
        if not isinstance(init, Var) or init.name in self.owned:
            return False
        group = self.aliases.find(carry)
        return any(isinstance(st, Assign) and st.prim in ("setitem", "add_at", "tree_add_at")
                   and isinstance(st.args[0], Var) and self.aliases.find(st.args[0].name) == group
                   and id(st) not in self.inplace for st in walk_stmts(loop.body))

    def _with_copied_init(self, loop, k):
        copy = NameGen.avoiding(self.fn).fresh(loop.carries[k])

        def block(b):
            stmts = []
            for s in b.stmts:
                if s is loop:
                    stmts.append(Assign((copy,), "np.copy", (s.inits[k],), (), s.loc))
                    s = replace(s, inits=s.inits[:k] + (Var(copy),) + s.inits[k + 1:])
                elif not isinstance(s, Assign):
                    s = map_regions(s, block)
                stmts.append(s)
            return Block(tuple(stmts), b.results)

        return replace(self.fn, body=block(self.fn.body))

    def _read_at(self, s):
        return {a.name for a in s.args[1:] if isinstance(a, Var)}

    def _count_uses(self):
        counts = {}
        for name, uses in self.lv.uses.items():
            counts[name] = len(uses)
        return counts

    # -- atoms -------------------------------------------------------------------------------
    def atom(self, a):
        if isinstance(a, Var):
            if a.name in self.inline_exprs:
                return self.inline_exprs.pop(a.name)
            return ast.Name(self.names[a.name], ast.Load())
        if isinstance(a, Const):
            return self.const(a.value)
        if isinstance(a, Global):
            return self.global_ref(a)
        if isinstance(a, Slice):
            return ast.Slice(*[None if p is None else self.atom(p) for p in (a.lower, a.upper, a.step)])
        raise TypeError(a)

    def const(self, v):
        if isinstance(v, tuple):
            return ast.Tuple([self.const(x) for x in v], ast.Load())
        if isinstance(v, float) and v < 0 or isinstance(v, int) and not isinstance(v, bool) and v < 0:
            return ast.UnaryOp(ast.USub(), ast.Constant(-v))
        return ast.Constant(v)

    def global_ref(self, g):
        parts = g.name.split(".")
        root = parts[0]
        if len(parts) > 1 and g.root is np and callable(g.obj) and not isinstance(g.obj, type):
            # a numpy function the code calls (np.meshgrid), as the backend spells it
            retargeted = self.retargeted(".".join(["np", *parts[1:]]))
            if retargeted is not None:
                return retargeted
        obj = g.root if len(parts) > 1 else g.obj
        py = self.bind_global(root, obj)
        node = ast.Name(py, ast.Load())
        for p in parts[1:]:
            node = ast.Attribute(node, p, ast.Load())
        return node

    def retargeted(self, name):
        """``name`` (``np.meshgrid``) as the backend spells it (``jnp.meshgrid``), if the
        backend's module has it; else None."""
        spelled = self.backend.spell(name)
        parts = spelled.split(".")
        obj = self.backend.module_for(parts[0])
        if spelled == name or obj is None:
            return None
        for p in parts[1:]:
            obj = getattr(obj, p, None)
        return self.dotted(name) if obj is not None else None

    def bind_global(self, name, obj):
        obj = self.backend.constant(obj)
        py, k = name, 0
        while py in self.namespace and self.namespace[py] is not obj:
            k += 1
            py = f"{name}_{k}"
        self.namespace[py] = obj
        return py

    def dotted(self, text, nargs=None, static=False):
        parts = self.backend.spell(text, nargs, static).split(".")
        root = parts[0]
        obj = self.backend.module_for(root)
        if obj is None:
            import builtins
            obj = getattr(builtins, root, None)
            if obj is None:
                obj = self.backend.helper(root) if root in runtime.HELPERS else \
                    self.table.namespace[root]
        py = self.bind_global(root, obj)
        node = ast.Name(py, ast.Load())
        for p in parts[1:]:
            node = ast.Attribute(node, p, ast.Load())
        return node

    def index(self, items):
        nodes = [self.atom(i) for i in items]
        return nodes[0] if len(nodes) == 1 else ast.Tuple(nodes, ast.Load())

    def is_basic_index(self, items):
        for i in items:
            if isinstance(i, Slice):
                continue
            if isinstance(i, Const) and (i.value is None or i.value is Ellipsis
                                         or type(i.value) is int):
                continue
            if isinstance(i, Var) and i.name in self.int_like:
                continue
            return False
        return True

    # -- expressions ------------------------------------------------------------------------
    def expr(self, s):
        """The expression a pure single-output Assign computes, or None for statements."""
        p, a = s.prim, s.args
        if p in PYTHON_OPERATORS:  # the backend's function, where it has one
            static = all(map(self.static, a))
            if self.backend.spell(p, len(a), static) != p:
                return self.call(self.dotted(p, len(a), static), a, ())
        if p in BINOPS:
            return ast.BinOp(self.atom(a[0]), BINOPS[p](), self.atom(a[1]))
        if p in UNARY:
            return ast.UnaryOp(UNARY[p](), self.atom(a[0]))
        if p in CMP:
            return ast.Compare(self.atom(a[0]), [CMP[p]()], [self.atom(a[1])])
        if p in ("and", "or"):
            return ast.BoolOp(ast.And() if p == "and" else ast.Or(), [self.atom(x) for x in a])
        if p == "getitem":
            return ast.Subscript(self.atom(a[0]), self.index(a[1:]), ast.Load())
        if p == "tuple":
            return ast.Tuple([self.atom(x) for x in a], ast.Load())
        if p == "concat":
            return ast.BinOp(self.atom(a[0]), ast.Add(), self.atom(a[1]))
        if p == "keys":
            return ast.Call(ast.Name("list", ast.Load()), [self.atom(a[0])], [])
        if p == "list":
            return ast.List([self.atom(x) for x in a], ast.Load())
        if p in CALLEE_FIRST:
            return self.call(self.atom(a[0]), a[1:], s.kwargs)
        if p == "range" and s.outs[0] in self.indexed_ranges:
            return self.call(self.dotted("jnp.arange"), a, ())
        if p == "zeros_like":
            fn = "np.zeros_like" if not self.maybe_container(a[0]) else "zeros_like"
            return self.call(self.dotted(fn), a, ())
        if p == "tree_add":
            return self.call(self.dotted("add"), a, ())

        if p in NOT_EXPRESSIONS:
            return None
        if p in runtime.HELPERS:
            return self.call(self.dotted(p), a, s.kwargs)
        rule = self.table.get(p)
        if rule is None:
            raise AssertionError(f"no way to emit {p}")
        static = all(map(self.static, (*a, *(v for _, v in s.kwargs))))
        return self.call(self.dotted(p, len(a) + len(s.kwargs), static), a, s.kwargs)

    def static(self, atom):
        """Whether ``atom`` is a Python value whatever the arguments: a constant, a length
        or shape, or a list or tuple of them, or an item of one (a backend may spell a call on such values differently)."""
        if isinstance(atom, Const):
            return True
        if isinstance(atom, Slice):
            return all(map(self.static, atoms_in(atom)))
        s = self.defs.get(atom.name) if isinstance(atom, Var) else None
        return s is not None and (s.prim in SHAPES or s.prim in ("list", "tuple", "getitem")
                                  and all(map(self.static, s.args)))

    def maybe_container(self, atom):
        return not (isinstance(atom, Var) and atom.name in self.arrays)

    def index_value(self, items):
        """An index as a value (outside brackets): ``np.s_[1:3, i]`` when it has slices."""
        if any(isinstance(i, Slice) for i in items):
            return ast.Subscript(self.dotted("np.s_"), self.index(items), ast.Load())
        return self.index(items)

    def call(self, func, args, kwargs):
        nodes = []
        for x in args:
            nodes.append(self.index_value(x.items) if isinstance(x, _IndexAtom) else self.atom(x))
        return ast.Call(func, nodes, [ast.keyword(k, self.atom(v)) for k, v in kwargs])

    # -- statements ---------------------------------------------------------------------------
    def emit_function(self, name, arrays=frozenset()):
        self.arrays = arrays
        self.local_names = set()
        self.unwritten = set()  # values nothing reads once loops are scans
        self.step_loops = {}  # {id(For): its step count}: loops over range(a while's steps)
        self.listed_tapes = set()  # tapes a while_scan pushes its recorded steps on
        self.block_names = {}
        self.tape_sources = {}  # {a copy of a tape: the tape}, for pullbacks
        self.carried_tapes = {}  # {tape: the tape of the loop each step of which records it}
        self.branch_tapes = {}  # {tape pushed in a branch of such a loop: the loop's tape}
        self.branch_records = {}  # {such a tape: names of the values a step records on it}
        self.branch_pops = {}  # {such a tape: the values the backward branch pops}
        self.loop_sites = {}  # {while body function: (file, line, col) of the user's loop}
        self.branch_stacks = {}  # {tape a scan in a branch stacks: the If}
        self.scans, self.scanned_tapes = self._scans() if self.backend.functional else ({}, set())
        self.hoisted = self._hoisted_tapes() if self.backend.functional else set()
        self.moved = set()  # ids of statements emitted before the branch that holds them
        self.inline_exprs = {}
        self.indexed_ranges = self._indexed_ranges() if self.backend.functional else set()
        self.inlinable = self._inlinable()
        for _ in range(4):  # name what is not folded, then re-check what still folds
            self.names = assign_names(self.fn, self.lv, self.reserved, self.forced,
                                      skip=self.inlinable)
            again = self._inlinable() & self.inlinable
            if again == self.inlinable:
                break
            self.inlinable = again
        args = [ast.arg(self.names[p]) for p in self.fn.params]
        defaults = [self.atom(d) for d in self.fn.defaults]
        body = [st for st in self.block(self.fn.body) if not isinstance(st, ast.Pass)]
        res = [self.atom(r) for r in self.fn.body.results]
        value = res[0] if len(res) == 1 and not self.fn.returns_tuple else ast.Tuple(res, ast.Load())
        body.append(ast.Return(value))
        fdef = ast.FunctionDef(name=name, args=ast.arguments(posonlyargs=[], args=args,
                                                             kwonlyargs=[], kw_defaults=[],
                                                             defaults=defaults),
                               body=body, decorator_list=[])
        return fdef

    def _inlinable(self):
        """Temporaries to fold into the one expression that reads them: used once, in the
        block that defines them, by a pure operation, with nothing in between rebinding or
        updating a name the folded expression reads (so evaluation order does not matter)."""
        out = set()
        reads_of = {}
        size = {}  # operations folded into each temporary's expression
        # the value an update writes into must have a name of its own
        updated = {s.args[0].name for s in walk_stmts(self.fn.body)
                   if isinstance(s, Assign) and s.prim in INPLACE and isinstance(s.args[0], Var)}

        def arg_reads(s):
            names = set()
            for a in list(s.args) + [v for _, v in s.kwargs]:
                for b in atoms_in(a):
                    if isinstance(b, Var):
                        names |= reads_of.get(b.name, {self.names[b.name]})
            return names

        def walk(b):
            stmts = list(b.stmts)
            where = {}
            for j, s in enumerate(stmts):
                for n in stmt_uses(s):  # what it reads before its regions run
                    where.setdefault(n, j)
                for r in regions(s):
                    walk(r[1])
            for r in b.results:
                for a in atoms_in(r):
                    if isinstance(a, Var):
                        where.setdefault(a.name, len(stmts))
            for i, s in enumerate(stmts):
                if not isinstance(s, Assign) or len(s.outs) != 1:
                    continue
                o = s.outs[0]
                if not is_temp(o) or self.uses.get(o, 0) != 1 or o not in where or o in updated:
                    continue
                if s.prim in NOT_EXPRESSIONS:
                    continue
                reader = stmts[where[o]] if where[o] < len(stmts) else None
                if s.prim == "rowwise" and getattr(reader, "prim", None) == "rowwise":
                    continue  # one whole-array operation a line, not rowwise(rowwise(...))
                reads = arg_reads(s)
                written = set()
                for k in range(i + 1, where[o]):
                    written |= self._writes(stmts[k])
                if reads & written:
                    continue
                ops = 1 + sum(size.get(a.name, 0) for a in s.args if isinstance(a, Var))
                if ops > MAX_FOLDED:
                    continue  # one idea a line: a long expression keeps a named part
                out.add(o)
                size[o] = ops
                reads_of[o] = reads

        walk(self.fn.body)
        return out

    def _writes(self, s):
        """Python names a statement binds or updates (regions included); an update in
        place changes every name of the object it updates."""
        names = set()
        for st in walk_stmts(Block((s,))):
            for o in getattr(st, "outs", ()):
                names.add(self.names.get(o, o))
            if id(st) in self.inplace:
                group = self.aliases.find(st.args[0].name)
                names.update(self.names.get(n, n) for n in self.lv.defpos
                             if self.aliases.find(n) == group)
            if isinstance(st, Assign) and st.prim in ("tape.push", "tape.pop"):
                names.add(self.names[st.args[0].name])
            if isinstance(st, (For, While)):
                names.update(self.names.get(c, c) for c in st.carries)
            if isinstance(st, For):
                names.add(self.names.get(st.index, st.index))
        return names

    def block(self, b):
        stmts = []
        for s in b.stmts:
            for node in self.stmt(s):
                if s.loc and not hasattr(node, "s2s_loc"):  # the user line it came from
                    node.s2s_loc = s.loc
                stmts.append(node)
        return stmts or [ast.Pass()]

    def _reads(self, node):
        return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}

    def assign_stmt(self, targets, value):
        if len(targets) == 1:
            tgt = ast.Name(targets[0], ast.Store())
        else:
            tgt = ast.Tuple([ast.Name(t, ast.Store()) for t in targets], ast.Store())
        return ast.Assign([tgt], value)

    def stmt(self, s):
        out = []
        if isinstance(s, Assign) and s.outs and s.outs[0] in self.unwritten or id(s) in self.moved:
            return out
        if isinstance(s, If):  # the pops of a hoisted tape, whichever branch runs
            pops = self._tape_ops(s, "tape.pop")
            if pops:
                self._rename_hoisted(s, pops)
            for st in pops:
                out += self.effect(st)
                self.moved.add(id(st))
        if isinstance(s, Assign):
            e = self.expr(s)
            if e is not None and not s.outs:  # a call for its effect: print(...)
                return out + [ast.Expr(e)]
            if e is not None:
                o = s.outs[0]
                if o in self.inlinable:
                    if s.loc and not hasattr(e, "s2s_loc"):  # for the line it ends up in
                        e.s2s_loc = s.loc
                    self.inline_exprs[o] = e
                    return out
                out.append(self.assign_stmt([self.names[o]], e))
                return out
            return out + self.effect(s)
        if isinstance(s, If) and self.backend.functional and s.outs:
            functional = self.functional_if(s)
            if functional is not None:
                return out + functional
        if isinstance(s, For) and id(s) in self.scans:
            return self.functional_for(s)
        if isinstance(s, While) and self.backend.functional:
            loop = self.functional_while(s)
            if loop is not None:
                return loop
        if isinstance(s, If):
            cond = self.atom(s.cond)
            then = self.branch(s.then, s.outs)
            orelse = self.branch(s.orelse, s.outs)
            for st in self._tape_ops(s, "tape.push"):  # the other branch pushes Nones
                nones = ast.Tuple([ast.Constant(None)] * (len(st.args) - 1), ast.Load()) \
                    if len(st.args) > 2 else ast.Constant(None)
                push = ast.Expr(ast.Call(ast.Attribute(self.atom(st.args[0]), "append",
                                                       ast.Load()), [nones], []))
                arm = orelse if st in s.then.stmts else then
                arm[:] = [x for x in arm if not isinstance(x, ast.Pass)] + [push]
            if _is_pass(orelse):
                orelse = []
            if _is_pass(then) and orelse:
                cond = _negate(cond)
                then, orelse = orelse, []
            out.append(ast.If(cond, then, orelse))
            return out
        if isinstance(s, For):
            it = self.atom(s.iter)
            pre = self.copies([self.names[c] for c in s.carries], s.inits)
            body = self.block(s.body)
            body = [x for x in body if not isinstance(x, ast.Pass)]
            body += self.copies([self.names[c] for c in s.carries], s.body.results)
            out += pre
            out.append(ast.For(ast.Name(self.names[s.index], ast.Store()), it, body or [ast.Pass()], []))
            out += self.copies([self.names[o] for o in s.outs], [Var(c) for c in s.carries])
            return out
        if isinstance(s, While):
            pre = self.copies([self.names[c] for c in s.carries], s.inits)
            cond_stmts = [x for x in self.block(Block(s.cond.stmts)) if not isinstance(x, ast.Pass)]
            test = self.atom(s.cond.results[0])
            body = [x for x in self.block(s.body) if not isinstance(x, ast.Pass)]
            body += self.copies([self.names[c] for c in s.carries], s.body.results)
            out += pre
            if cond_stmts:
                body = cond_stmts + [ast.If(_negate(test), [ast.Break()], [])] + body
                test = ast.Constant(True)
            out.append(ast.While(test, body or [ast.Pass()], []))
            out += self.copies([self.names[o] for o in s.outs], [Var(c) for c in s.carries])
            return out
        raise TypeError(s)

    # -- control flow as functions (the jax backend: lax.cond, lax.while_loop) ------------------
    def local_function(self, base):
        """A name for a function the emitted code defines inside itself."""
        name = self.parameter_name(base)
        self.local_names.add(name)
        return name

    def parameter_name(self, base):
        """A name for a parameter of such a function (each function has its own scope)."""
        taken = set(self.names.values()) | self.reserved | self.local_names
        name, k = base, 1
        while name in taken:
            k += 1
            name = f"{base}_{k}"
        return name

    def function_def(self, name, params, body, result):
        body = [x for x in body if not isinstance(x, ast.Pass)] + [ast.Return(result)]
        return ast.FunctionDef(name=name, args=ast.arguments(
            posonlyargs=[], args=[ast.arg(p) for p in params], kwonlyargs=[], kw_defaults=[],
            defaults=[]), body=body, decorator_list=[])

    def functional_if(self, s):
        """``a, b = cond(c, if_true, if_false, x)``: each branch a function returning the
        values the branches join (None where a branch leaves one undefined), and the stacks
        of the loops in it that are scans (``branch_stacks``). The values a
        branch reads from outside and whose names it rebinds are passed in
        (``_region_params``), so that each function sees the outer value.

        None where a branch pushes on or pops a tape that is a Python list (a loop in it
        that is not a scan): a ``lax.cond`` would trace both branches and leave its traced
        values on the list. Python's ``if`` runs it eagerly; under a trace, jax's error for
        a traced condition becomes the s2s error that says so (``JaxBackend.run``)."""
        cond = self.atom(s.cond)
        # a cotangent may come out of one arm broadcast larger than out of the other
        cotangents = tuple(k for k, o in enumerate(s.outs) if "_bar" in o)
        arms = []
        pushes = [[st for st in blk.stmts if isinstance(st, Assign) and st.prim == "tape.push"
                   and (st.args[0].name in self.branch_tapes or st.args[0].name in self.hoisted)]
                  for blk in (s.then, s.orelse)]
        recorded = [(st, self._branch_record(st)) for arm in pushes for st in arm]
        stacks = sorted(t for t, If in self.branch_stacks.items() if If is s)
        for blk, own in zip((s.then, s.orelse), pushes):
            body = self.block(Block(tuple(st for st in blk.stmts if st not in own)))
            # None: undefined, or the zero cotangent of a value this arm does not define
            res = [ast.Constant(None) if isinstance(r, Const) and (
                r.value is UNDEF or k in cotangents and r.value == 0.0) else self.atom(r)
                for k, r in enumerate(blk.results)]
            for push, _ in recorded:  # what the loop step records: zeros where not run
                res += [self.atom(v) if push in own else ast.Constant(None)
                        for v in push.args[1:]]
            res += [ast.Name(self.names[t], ast.Load()) if any(
                id(st) in self.scans and self.scans[id(st)] == t for st in blk.stmts)
                else ast.Constant(None) for t in stacks]
            arms.append((body, res[0] if len(res) == 1 else ast.Tuple(res, ast.Load())))
        scanned = any(push.args[0].name in self.branch_tapes for push, _ in recorded)
        if not scanned and any(_changes_outer_lists(body) for body, _ in arms):
            return None
        passed = self._region_params((s.then, s.orelse), [body for body, _ in arms])
        names = [self.local_function(base) for base in ("if_true", "if_false")]
        out = [self.function_def(n, passed, b, r) for n, (b, r) in zip(names, arms)]
        keywords = [ast.keyword("cotangents", self.const(cotangents))] if cotangents else []
        call = ast.Call(self.dotted("cond"), [cond] + [ast.Name(n, ast.Load()) for n in names]
                        + [ast.Name(p, ast.Load()) for p in passed], keywords)
        out.append(self.assign_stmt([self.names[o] for o in s.outs] +
                                    [n for _, names in recorded for n in names] +
                                    [self.names[t] for t in stacks], call))
        for push, names in recorded:  # Nones where the branch that pushes did not run
            if push.args[0].name in self.hoisted:
                values = [ast.Name(n, ast.Load()) for n in names]
                out.append(ast.Expr(ast.Call(ast.Attribute(
                    self.atom(push.args[0]), "append", ast.Load()),
                    [values[0] if len(values) == 1 else ast.Tuple(values, ast.Load())], [])))
        return out

    def _hoisted_tapes(self):
        """Tapes pushed once, in a branch, and popped once, in a branch (a loop that is not
        a scan records a branch's values; a forward function and its pullback each hold one
        of the two): pushed after the ``cond`` (its outputs, Nones
        where the branch that pushes did not run) and popped before the one that reads
        them, whichever branch runs, so that a ``lax.cond`` leaves no traced value of its
        own on a Python list. Tapes recorded by the steps of a scan are not hoisted."""
        ops, placed = {}, {}
        for s in walk_stmts(self.fn.body):
            if isinstance(s, Assign) and s.prim in ("tape.push", "tape.pop"):
                ops.setdefault(s.args[0].name, []).append(s.prim)
            if isinstance(s, If):
                for st in s.then.stmts + s.orelse.stmts:
                    if isinstance(st, Assign) and st.prim in ("tape.push", "tape.pop"):
                        placed.setdefault(st.args[0].name, []).append((st.prim, s))
        return {t for t, where in placed.items()
                if sorted(ops[t]) in (["tape.pop", "tape.push"], ["tape.push"], ["tape.pop"])
                and len(where) == len(ops[t])
                and all(prim != "tape.push" or s.outs for prim, s in where)
                and t not in self.branch_tapes and t not in self.scanned_tapes}

    def _rename_hoisted(self, s, pops):
        """A value popped before the branch lives from there: a name of its own where its
        name is also another value's that the branches read or bind."""
        popped = {o for st in pops for o in st.outs}
        used = [n for blk in (s.then, s.orelse) for v in block_free_vars(blk)
                if (n := self.names.get(v))] + [
            self.names.get(n) for blk in (s.then, s.orelse) for st in walk_stmts(blk)
            for n in _binds(st) if n not in popped]
        for o in sorted(popped):
            if self.names[o] in used or list(self.names[p] for p in popped).count(
                    self.names[o]) > 1:
                self.names[o] = self.local_function(self.names[o])

    def _tape_ops(self, s, prim):
        """The pushes (or pops) of hoisted tapes in the branches of ``s``."""
        return [st for blk in (s.then, s.orelse) for st in blk.stmts
                if isinstance(st, Assign) and st.prim == prim and st.args[0].name in self.hoisted]

    def _region_params(self, blocks, bodies):
        """The parameters of the functions ``blocks`` become (``bodies``: their emitted
        statements): the values they read from outside (from the IR: their free values)
        under a Python name the function binds, which would be local from its start.
        Every other value they read, they read from the enclosing scope."""
        passed = set()
        for block, body in zip(blocks, bodies):  # each function a scope of its own
            passed |= _scope_binds(body) & {  # (a tape a scan stacks is no list to read)
                self.names[v] for v in block_free_vars(block) if v in self.names
                and v not in self.inlinable and v not in self.scanned_tapes}
        return sorted(passed)

    def functional_while(self, s):
        """``a, b = while_loop(while_cond, while_body, (a, b))``; for a loop that records its
        steps on a tape, ``(a, b), tape = while_scan(while_cond, while_body, (a, b))``, the
        body returning the new carries and the values to record (bounded by ``max_steps``
        under a jax trace). None (Python's loop) when the body has effects a traced loop
        cannot hold (a tape popped elsewhere than by a scan, a list it appends to)."""
        tape = self.scans.get(id(s))
        push = next((st for st in s.body.stmts if isinstance(st, Assign)
                     and st.prim == "tape.push"), None) if tape is not None else None
        if push is None and any(isinstance(st, Assign) and st.prim in ("tape.push", "append")
                                for st in walk_stmts(s.body)):
            return None
        carries = [self.names[c] for c in s.carries]
        carry = self.parameter_name("carry")
        unpack = ast.Assign([_targets(carries, one_as_tuple=True)], ast.Name(carry, ast.Load()))
        test_body = self.block(Block(s.cond.stmts))
        test = self.atom(s.cond.results[0])
        body = self.block(Block(tuple(st for st in s.body.stmts if st is not push)))
        result = ast.Tuple([self.atom(r) for r in s.body.results], ast.Load())
        if push is not None:
            recorded = [self.atom(v) for v in push.args[1:]] + [
                ast.Name(self._block_name(t), ast.Load()) for t in self._carried_by(tape)] + [
                ast.Name(n, ast.Load()) for t in self._in_branches_of(tape)
                for n in self.branch_records[t]]  # named by the branch that records them
            result = ast.Tuple([result, recorded[0] if len(recorded) == 1 else
                                ast.Tuple(recorded, ast.Load())], ast.Load())
        for stmts, value in ((test_body, test), (body, result)):
            _check_no_rebound_reads(stmts, value, set(carries))
        names = [self.local_function(base) for base in ("while_cond", "while_body")]
        out = self.copies(carries, s.inits)
        out.append(self.function_def(names[0], [carry], [unpack] + test_body, test))
        out.append(self.function_def(names[1], [carry], [unpack] + body, result))
        init = ast.Tuple([ast.Name(c, ast.Load()) for c in carries], ast.Load())
        args = [ast.Name(n, ast.Load()) for n in names] + [init]
        outs = [self.names[o] for o in s.outs]
        if push is None:
            out.append(self.assign_stmt(outs, ast.Call(self.dotted("while_loop"), args, [])))
            return out
        self.loop_sites[names[1]] = s.loc
        bound = self._static_bound(s)
        bound = self.atom(bound) if bound is not None else \
            None if self.backend.max_steps is None else self.const(self.backend.max_steps)
        keywords = [ast.keyword("max_steps", bound)] if bound is not None else []
        call = ast.Call(self.dotted("while_scan"), args, keywords)
        steps = self._block_name(tape) if tape in self.listed_tapes or \
            tape in self.carried_tapes else self.names[tape]
        out.append(ast.Assign([ast.Tuple([_targets(outs, one_as_tuple=True),
                                          ast.Name(steps, ast.Store())], ast.Store())], call))
        if tape in self.listed_tapes:  # one block of steps each time the loop runs
            out.append(ast.Expr(ast.Call(ast.Attribute(ast.Name(self.names[tape], ast.Load()),
                                                       "append", ast.Load()),
                                         [ast.Name(steps, ast.Load())], [])))
        return out

    def _branch_record(self, push):
        """Names, in the loop body, for the values a branch pushes on a tape."""
        tape = push.args[0].name
        if tape not in self.branch_records:
            self.branch_records[tape] = [self.local_function(
                f"{self.names[v.name]}_recorded" if isinstance(v, Var) else "recorded")
                for v in push.args[1:]]
        return self.branch_records[tape]

    def _in_branches_of(self, tape):
        """The tapes a branch in the body of the loop recording ``tape`` pushes on: each
        step records their values (zeros where the branch did not run) with its own."""
        return sorted(t for t, outer in self.branch_tapes.items() if outer == tape)

    def _carried_by(self, tape):
        """The tapes whose blocks each step of the loop recording ``tape`` records too."""
        return sorted(t for t, outer in self.carried_tapes.items() if outer == tape)

    def _block_name(self, tape):
        """The name of the block of steps a while loop records on a listed tape."""
        if tape not in self.block_names:
            self.block_names[tape] = self.local_function("recorded")
        return self.block_names[tape]

    def _static_bound(self, s):
        """The most steps a loop ``while j < n and ...`` runs, j counting from 0 by 1 and n
        a constant or the length of the range a ``for`` loop that may break runs over
        (which it is lowered to), or None."""
        conds = {o: st for st in s.cond.stmts if isinstance(st, Assign) for o in st.outs}
        terms, todo = [], [s.cond.results[0]]
        while todo:
            a = todo.pop()
            st = conds.get(a.name) if isinstance(a, Var) else None
            if st is not None and st.prim == "and":
                todo.extend(st.args)
            elif st is not None:
                terms.append(st)
        for st in terms:
            j, n = st.args if st.prim == "lt" else (None, None)
            if not (isinstance(j, Var) and j.name in s.carries):
                continue
            k = s.carries.index(j.name)
            start, step = s.inits[k], s.body.results[k]
            step = self.defs.get(step.name) if isinstance(step, Var) else None
            size = self.defs.get(n.name) if isinstance(n, Var) else None
            if isinstance(start, Const) and type(start.value) is int and start.value == 0 and \
                    step is not None and step.prim == "add" and step.args == (j, Const(1)) and (
                    size is not None and size.prim == "len"
                    or isinstance(n, Const) and type(n.value) is int):
                return n
        return None

    def _scans(self):
        """The for loops to write as ``lax.scan`` ({id(For): tape}): a counted loop (over
        ``range`` or ``reversed(range)``) whose carries start defined and whose body has no
        effects but, as its last statement, the push of its values on a tape (the scan
        stacks them) or, as its first, the pop of them (a reverse scan takes them back).
        A tape is scanned only if both its loops are, at the top of the function. While
        loops join the plan too (``_while_scans``)."""
        # a branch's output: the range a loop in the branch ran over (undefined in the other)
        joined = {o: [r for r in (blk.results[k] for blk in (s.then, s.orelse))
                      if isinstance(r, Var)] for s in walk_stmts(self.fn.body)
                  if isinstance(s, If) for k, o in enumerate(s.outs)}

        def counted(s):
            it = self.defs.get(s.iter.name) if isinstance(s.iter, Var) else None
            if it is not None and it.prim == "reversed":
                inner = it.args[0]
                if isinstance(inner, Var) and len(joined.get(inner.name, ())) == 1:
                    inner = joined[inner.name][0]
                it = self.defs.get(inner.name) if isinstance(inner, Var) else None
            return it is not None and it.prim == "range"

        def tape_ops(s):
            stacked = set(self._stacked(s))
            return [st for st in walk_stmts(s.body) if isinstance(st, Assign)
                    and st.prim in ("tape.push", "tape.pop", "append") and id(st) not in stacked]

        plan, pushes, pops = {}, {}, {}
        # a loop in a branch at the top: its stack is one of the branch's outputs
        in_branch = {id(st): s for s in self.fn.body.stmts if isinstance(s, If) and s.outs
                     for st in s.then.stmts + s.orelse.stmts}
        for s in walk_stmts(self.fn.body):
            if not isinstance(s, For) or not counted(s) or any(
                    isinstance(i, Const) and i.value is UNDEF for i in s.inits):
                continue
            ops = tape_ops(s)
            if not ops:
                plan[id(s)] = None
            elif len(ops) == 1 and (s in self.fn.body.stmts or id(s) in in_branch):
                if ops[0] is s.body.stmts[-1] and ops[0].prim == "tape.push":
                    pushes[ops[0].args[0].name] = s
                elif ops[0] is s.body.stmts[0] and ops[0].prim == "tape.pop":
                    pops[ops[0].args[0].name] = s
        split = self._while_scans(plan, pushes, pops, tape_ops)
        tapes = set(pushes) & set(pops)
        for t in tapes:
            plan[id(pushes[t])] = plan[id(pops[t])] = t
            if id(pushes[t]) in in_branch:
                self.branch_stacks[t] = in_branch[id(pushes[t])]
        tapes |= split
        for s in walk_stmts(self.fn.body):  # the empty lists a scan's stacks replace
            if isinstance(s, For) and id(s) in plan:
                self.unwritten.update(s.inits[k].name for k in self._stacked(s).values())
        return plan, tapes

    def _while_scans(self, plan, pushes, pops, tape_ops):
        """Add to the plan the while loops that record their steps (a ``while_scan``: one
        push on a tape, in the body's own statements) and the loops that run a while
        loop's steps back, over ``range(steps)`` with the counter unread (a ``scan`` of
        that length, popping the tape, if any, once a step), outside branches. Such a
        pair inside a Python for loop records a block of steps each time: the blocks go on
        the tape, a list (``self.listed_tapes``); inside another such pair, each step of
        the outer loop records the inner loop's block with its own values
        (``self.carried_tapes``). Returns the tapes a forward function returns whole."""
        counts = {o for s in walk_stmts(self.fn.body) if isinstance(s, While) for o in s.outs} | \
            {o for s in walk_stmts(self.fn.body) if isinstance(s, Assign) and s.prim == "tape.pop"
             for o in s.outs} | set(self.fn.params)
        # a pullback pops a copy of the tape its forward function returned
        copies = {s.outs[0]: s.args[1].name for s in self.fn.body.stmts
                  if isinstance(s, Assign) and s.prim == "call" and len(s.args) == 2
                  and isinstance(s.args[0], Global) and s.args[0].name == "list"
                  and s.args[1] in [Var(p) for p in self.fn.params]}
        # a branch at the top: its loops are as at the top, their stacks its outputs
        arms = [blk for s in self.fn.body.stmts if isinstance(s, If) and s.outs
                for blk in (s.then, s.orelse)]
        top = {id(s) for s in self.fn.body.stmts} | {id(st) for blk in arms for st in blk.stmts}
        for s in self.fn.body.stmts:  # a count a branch's loop gives
            if isinstance(s, If) and s.outs:
                counts.update(o for k, o in enumerate(s.outs) if any(
                    isinstance(r, Var) and r.name in counts
                    for r in (s.then.results[k], s.orelse.results[k])))
        parent = {}
        placed = list(_in_loops(self.fn.body, parent))
        placed += [st for blk in arms for st in _in_loops(blk, parent)]
        branch = self._branch_tape_ops(placed, parent)
        whiles, loops, inner = {}, {}, set()  # inner: ids of the ops of nested pairs
        inner.update(id(st) for push, pop in branch.values() for st in (push[0], pop[0]))
        step_fors = {}
        for s in reversed(placed):  # inner loops first
            if isinstance(s, While):
                ops = [st for st in walk_stmts(s.body) if isinstance(st, Assign) and id(st) not in
                       inner and st.prim in ("tape.push", "tape.pop", "append")]
                if len(ops) == 1 and ops[0].prim == "tape.push" and ops[0] in s.body.stmts:
                    whiles[ops[0].args[0].name] = s
                    inner.update(id(st) for st in walk_stmts(s.body))
                continue
            if not isinstance(s, For) or not isinstance(s.iter, Var):
                continue
            it = self.defs.get(s.iter.name)
            if it is None or it.prim != "range" or len(it.args) != 1 or \
                    not isinstance(it.args[0], Var) or it.args[0].name not in counts or \
                    self.uses.get(s.iter.name) != 1 or s.index in block_free_vars(s.body) or \
                    any(isinstance(i, Const) and i.value is UNDEF for i in s.inits):
                continue
            ops = [st for st in tape_ops(s) if id(st) not in inner]
            plan.pop(id(s), None)
            if not ops and not self._stacked(s):
                plan[id(s)] = None
            elif len(ops) == 1 and ops[0].prim == "tape.pop" and ops[0] in s.body.stmts:
                tape = ops[0].args[0].name
                if tape in copies and s in self.fn.body.stmts and self.uses.get(tape) == 1:
                    plan[id(s)] = tape
                    self.tape_sources[tape] = copies[tape]
                    self.unwritten.add(tape)  # the tape is not popped: no copy to pop
                else:
                    loops[tape] = s
                    step_fors[id(s)] = s
            else:
                continue
            inner.update(id(st) for st in walk_stmts(s.body))
            self.step_loops[id(s)] = it.args[0]
            self.unwritten.add(s.iter.name)  # range(steps): a traced count makes no range

        def enclosing(s):
            while id(s) in parent:
                s = parent[id(s)]
                yield s
        for t, ((_, w), (_, loop)) in branch.items():  # the loops whose steps record t's values
            outer = [u for u in whiles if whiles[u] is w and loops.get(u) is loop]
            if outer:
                self.branch_tapes[t] = outer[0]
            else:  # their steps cannot record t: neither is a scan
                whiles = {u: v for u, v in whiles.items() if v is not w}
                loops = {u: v for u, v in loops.items() if v is not loop}
        kept = set()
        for t in sorted(set(whiles) & set(loops), key=lambda t: len(list(enclosing(whiles[t])))):
            w, loop = whiles[t], loops[t]
            outer_w, outer_loop = parent.get(id(w)), parent.get(id(loop))
            if id(w) in top and id(loop) in top:
                pushes[t], pops[t] = w, loop
                kept.add(t)
                continue
            outer = [u for u in kept if whiles[u] is outer_w and loops[u] is outer_loop]
            if outer:
                self.carried_tapes[t] = outer[0]
            elif all(isinstance(e, For) and id(e) not in self.step_loops
                     for e in (*enclosing(w), *enclosing(loop))):
                self.listed_tapes.add(t)
            else:
                continue
            plan[id(w)] = plan[id(loop)] = t
            kept.add(t)
        for t, outer in list(self.branch_tapes.items()):
            if outer in kept:
                (pop, _) = branch[t][1]
                self.branch_pops[t] = pop.outs
                self.unwritten.add(pop.outs[0])  # read from the step's record instead
            else:
                del self.branch_tapes[t]
        # a pullback's loop over a while loop's steps inside the loop over the steps of
        # the one around it, popping copies of the tapes its forward function returned:
        # the outer tape's steps carry the inner loop's blocks (see below), so each outer
        # step reads its block from its record and the inner tape is not read
        for t in sorted(loops, key=lambda t: len(list(enclosing(loops[t])))):
            loop = loops[t]
            up = plan.get(id(parent.get(id(loop))))
            if t not in kept and t in copies and self.uses.get(t) == 1 and up is not None and (
                    up in self.tape_sources or up in self.carried_tapes):
                self.carried_tapes[t] = up
                plan[id(loop)] = t
                self.unwritten.add(t)  # no copy of the tape to pop
        for s in step_fors.values():
            paired = [pops[t] for t in pops if t in pushes]  # planned by _scans
            if id(s) not in plan and s not in paired:  # Python's loop pops its tape
                del self.step_loops[id(s)]
                self.unwritten.discard(s.iter.name)
        # a forward function that returns the tape (for its pullback) of a loop at its top
        returned = {t for t, s in whiles.items() if t not in loops and t not in kept
                    and Var(t) in self.fn.body.results and self.uses.get(t) == 2}
        split = {t for t in returned if whiles[t] in self.fn.body.stmts}
        for t in split:
            plan[id(whiles[t])] = t
        # ... or of a loop in the body of such a loop (or of one carried so, and so on):
        # each step of the outer loop records the inner loop's block of steps with its own
        # values; the inner tape, returned too, stays empty (its pullback reads the blocks)
        empty = set()
        for t in sorted(returned - split, key=lambda t: len(list(enclosing(whiles[t])))):
            outer = parent.get(id(whiles[t]))
            up = [u for u in (*split, *empty) if whiles[u] is outer]
            if up:
                self.carried_tapes[t] = up[0]
                plan[id(whiles[t])] = t
                empty.add(t)
        return split | (set(self.carried_tapes) - empty) | set(self.branch_tapes)

    def _branch_tape_ops(self, placed, parent):
        """{tape: ((push, while loop), (pop, for loop))} for the tapes pushed once, in a
        branch of a while loop's body, and popped once, in a branch of a for loop's body."""
        ops = {}
        for st in walk_stmts(self.fn.body):
            if isinstance(st, Assign) and st.prim in ("tape.push", "tape.pop"):
                ops.setdefault(st.args[0].name, []).append(st)
        found = {}
        for s in placed:
            loop = parent.get(id(s))
            if not isinstance(s, If) or not isinstance(loop, (For, While)):
                continue
            for st in s.then.stmts + s.orelse.stmts:
                if isinstance(st, Assign) and st.prim in ("tape.push", "tape.pop") and \
                        isinstance(loop, While) == (st.prim == "tape.push"):
                    found.setdefault(st.args[0].name, {})[st.prim] = (st, loop)
        return {t: (f["tape.push"], f["tape.pop"]) for t, f in found.items()
                if len(f) == 2 and len(ops[t]) == 2}

    def _indexed_ranges(self):
        """Ranges read only by ``len`` and subscripts, one of them in a while loop (a ``for``
        loop that may break walks its range by a counter, which a traced loop cannot use
        to index a Python range): written as arrays."""
        out = set()
        in_whiles = {id(st) for s in walk_stmts(self.fn.body) if isinstance(s, While)
                     for st in walk_stmts(s.body)}
        for s in walk_stmts(self.fn.body):
            if not (isinstance(s, Assign) and s.prim == "range"):
                continue
            readers = [st for st in walk_stmts(self.fn.body) if s.outs[0] in stmt_uses(st)]
            if any(id(st) in in_whiles and isinstance(st, Assign) and st.prim == "getitem"
                   for st in readers) and all(
                    isinstance(st, Assign) and (st.prim == "len" or st.prim == "getitem"
                                                and st.args[0] == Var(s.outs[0]))
                    for st in readers):
                out.add(s.outs[0])
        return out

    def _summed_only(self, name):
        """Whether a list is read only by the sums over a loop (whose jax versions take
        stacked values too); a list of the user's stays a list."""
        readers = [st for st in walk_stmts(self.fn.body)
                   if name in stmt_uses(st)]
        return bool(readers) and all(isinstance(st, Assign) and st.prim in LOOP_SUMS
                                     for st in readers)

    def _stacked(self, s):
        """{id(append): carry index} of the lists a loop only appends to, once an iteration,
        starting empty (a scan stacks the values instead)."""
        out = {}
        for st in s.body.stmts:
            if isinstance(st, Assign) and st.prim == "append" and isinstance(st.args[0], Var) \
                    and st.args[0].name in s.carries:
                k = s.carries.index(st.args[0].name)
                init = s.inits[k]
                start = self.defs.get(init.name) if isinstance(init, Var) else None
                if start is not None and start.prim == "list" and not start.args and \
                        s.body.results[k] == Var(st.outs[0]) and self._summed_only(s.outs[k]):
                    out[id(st)] = k
        return out

    def functional_for(self, s):
        """``carry, tape = scan(for_body, carry, range(...))``: the body a function of
        the carries and the loop counter (and the values popped off the tape, for a loop
        that runs a recorded one backwards) returning the new carries (and the values to
        record). A loop over a while loop's steps is ``scan(for_body, carry, tape,
        length=steps, reverse=True)`` (its counter unread; ``None`` for no tape)."""
        tape = self.scans[id(s)]
        stacked = self._stacked(s)
        lists = sorted(stacked.values())
        stmts = [st for st in s.body.stmts if id(st) not in stacked]
        recorded, popped = [], []
        if tape is not None and isinstance(stmts[-1], Assign) and stmts[-1].prim == "tape.push":
            recorded = list(stmts.pop().args[1:])
        elif tape is not None:
            pop = next(st for st in stmts if isinstance(st, Assign) and st.prim == "tape.pop")
            stmts.remove(pop)
            popped = [self.names[o] for o in pop.outs] + [
                self._block_name(t) for t in self._carried_by(tape)] + [
                self.names[o] for t in self._in_branches_of(tape) for o in self.branch_pops[t]]
        keep = [k for k in range(len(s.carries)) if k not in lists]
        it = self.defs[s.iter.name]
        length = self.step_loops.get(id(s))  # a while loop's steps, run back
        reverse = it.prim == "reversed" or bool(length and popped)
        steps = None  # the range object
        if length is None:
            steps = self.atom(s.iter)
            if it.prim == "reversed":  # the range inside reversed(...), inlined there or named
                steps = steps.args[0] if _is_call_of(steps, "reversed") else self.atom(it.args[0])
        carries = [self.names[s.carries[k]] for k in keep]
        index = self.names[s.index]
        body = self.block(Block(tuple(stmts)))
        ys = []  # what the tape records, then what each list gets, each iteration
        if recorded:
            vals = [self.atom(v) for v in recorded]
            ys.append(vals[0] if len(vals) == 1 else ast.Tuple(vals, ast.Load()))
        ys += [self.atom(st.args[1]) for st in s.body.stmts if id(st) in stacked]
        ys = ast.Constant(None) if not ys else ys[0] if len(ys) == 1 else ast.Tuple(ys, ast.Load())
        result = ast.Tuple([ast.Tuple([self.atom(s.body.results[k]) for k in keep], ast.Load()),
                            ys], ast.Load())
        carry = self.parameter_name("carry")
        # a carry that is the loop variable itself (read after the loop) takes the counter,
        # not its value from the last step
        head = [ast.Assign([_targets(["_" if c == index else c for c in carries],
                                     one_as_tuple=True)], ast.Name(carry, ast.Load()))] \
            if carries else []
        param = index
        if popped and length is not None:  # each step: what the while loop recorded
            param = popped[0] if len(popped) == 1 else self.parameter_name("step")
            if len(popped) > 1:
                head.append(ast.Assign([_targets(popped)], ast.Name(param, ast.Load())))
        elif popped:  # each step: the counter and what the forward loop recorded
            param = self.parameter_name("step")
            head.append(ast.Assign([ast.Tuple([ast.Name(index, ast.Store()), _targets(popped)],
                                              ast.Store())], ast.Name(param, ast.Load())))
        _check_no_rebound_reads(body, result, {*carries, index, *popped})
        name = self.local_function("for_body")
        out = self.copies(carries, [s.inits[k] for k in keep])
        out.append(self.function_def(name, [carry, param], head + body, result))
        xs = ast.Name(self.names[self.tape_sources.get(tape, tape)], ast.Load()) if popped \
            else ast.Constant(None)
        if popped and tape in self.carried_tapes:  # read with the outer loop's step
            xs = ast.Name(self._block_name(tape), ast.Load())
        elif popped and tape in self.listed_tapes:  # the block of steps the while loop pushed
            xs = ast.Name(self._block_name(tape), ast.Load())
            out.append(self.assign_stmt([xs.id], ast.Call(ast.Attribute(
                ast.Name(self.names[tape], ast.Load()), "pop", ast.Load()), [], [])))
        if length is None:
            xs = ast.Tuple([steps, xs], ast.Load()) if popped else steps
        init = ast.Tuple([ast.Name(c, ast.Load()) for c in carries], ast.Load())
        keywords = [ast.keyword("length", self.atom(length))] if length is not None else []
        keywords += [ast.keyword("reverse", ast.Constant(True))] if reverse else []
        call = ast.Call(self.dotted("scan"), [ast.Name(name, ast.Load()), init, xs], keywords)
        outs = ast.Tuple([ast.Name(self.names[s.outs[k]], ast.Store()) for k in keep],
                         ast.Store())
        stacks = ([self.names[tape]] if tape is not None and not popped else []) + \
            [self.names[s.outs[k]] for k in lists]
        out.append(ast.Assign([ast.Tuple([outs, _targets(stacks or ["_"])], ast.Store())], call))
        return out

    def branch(self, blk, outs):
        body = [x for x in self.block(Block(blk.stmts)) if not isinstance(x, ast.Pass)]
        body += self.copies([self.names[o] for o in outs], blk.results)
        return body or [ast.Pass()]

    def copies(self, targets, values):
        pairs = []
        for t, v in zip(targets, values):
            if isinstance(v, Var) and self.names.get(v.name) == t and v.name not in self.inline_exprs:
                continue
            if isinstance(v, Const) and v.value is UNDEF:
                continue
            pairs.append((t, self.atom(v)))
        if not pairs:
            return []
        if len(pairs) == 1:
            return [self.assign_stmt([pairs[0][0]], pairs[0][1])]
        return [self.assign_stmt([t for t, _ in pairs], ast.Tuple([v for _, v in pairs], ast.Load()))]

    def effect(self, s):
        """Statements for the operations that are not pure expressions."""
        p, a = s.prim, s.args
        out = []
        if p == "unpack":
            targets = [ast.Name(self.names[o], ast.Store()) for o in s.outs]
            out.append(ast.Assign([ast.Tuple(targets, ast.Store())], self.atom(a[0])))
            return out
        if p == "tape.new":
            if s.outs[0] in self.scanned_tapes:
                return out  # the scan that fills it defines it
            out.append(self.assign_stmt([self.names[s.outs[0]]], ast.List([], ast.Load())))
            return out
        if p == "tape.push":
            vals = [self.atom(x) for x in a[1:]]
            item = vals[0] if len(vals) == 1 else ast.Tuple(vals, ast.Load())
            out.append(ast.Expr(ast.Call(ast.Attribute(self.atom(a[0]), "append", ast.Load()), [item], [])))
            return out
        if p == "tape.pop":
            targets = [self.names[o] for o in s.outs]
            out.append(self.assign_stmt(targets, ast.Call(
                ast.Attribute(self.atom(a[0]), "pop", ast.Load()), [], [])))
            return out
        target = self.names[s.outs[0]]
        inplace = id(s) in self.inplace
        x = a[0]
        src = ast.Name(target, ast.Load())
        if self.backend.functional and p in ("setitem", "add_at"):
            if p == "add_at" or isinstance(x, Var) and x.name in self.arrays:
                at = ast.Subscript(ast.Attribute(self.atom(x), "at", ast.Load()),
                                   self.index(a[2:]), ast.Load())
                update = ast.Attribute(at, "set" if p == "setitem" else "add", ast.Load())
                return [self.assign_stmt([target], ast.Call(update, [self.atom(a[1])], []))]
            return [self.assign_stmt([target], self.call(  # a list or dict
                self.dotted("setitem"), (x, _IndexAtom(a[2:]), a[1]), ()))]
        if not inplace and p != "tree_add_at":
            copy_fn = "list" if p == "append" else None
            value = self.atom(x)
            if copy_fn:
                copied = ast.Call(ast.Name("list", ast.Load()), [value], [])
            else:
                copied = ast.Call(ast.Attribute(value, "copy", ast.Load()), [], [])
            out.append(self.assign_stmt([target], copied))
        if p == "setitem":
            v = self.atom(a[1])
            idx = self.index(a[2:])
            out.append(ast.Assign([ast.Subscript(src, idx, ast.Store())], v))
        elif p == "add_at":
            g = self.atom(a[1])
            if self.is_basic_index(a[2:]):
                idx = self.index(a[2:])
                out.append(ast.AugAssign(ast.Subscript(ast.Name(target, ast.Load()), idx, ast.Store()),
                                         ast.Add(), g))
            else:
                idx = self.index_value(a[2:])
                out.append(ast.Expr(ast.Call(self.dotted("np.add.at"), [src, idx, g], [])))
        elif p == "tree_add_at":
            helper = "add_into" if inplace else "add_at"
            out.append(self.assign_stmt([target], self.call(
                self.dotted(helper), (a[0], _IndexAtom(a[2:]), a[1]), ())))
        elif p == "append":
            v = self.atom(a[1])
            out.append(ast.Expr(ast.Call(ast.Attribute(src, "append", ast.Load()), [v], [])))
        return out


def _is_call_of(node, name):
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name


def _in_loops(block, parent):
    """The statements of a block and of the loop bodies in it, recursively (not those in
    branches), noting in ``parent`` {id(statement): the loop whose body holds it}."""
    for s in block.stmts:
        yield s
        if isinstance(s, (For, While)):
            for st in s.body.stmts:
                parent[id(st)] = s
            yield from _in_loops(s.body, parent)


def _changes_outer_lists(stmts):
    """Whether statements append to or pop from a list they do not bind."""
    bound = {n.id for st in stmts for n in ast.walk(st)
             if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
               and n.func.attr in ("append", "pop") and isinstance(n.func.value, ast.Name)
               and n.func.value.id not in bound for st in stmts for n in ast.walk(st))


def _binds(s):
    """The values a statement binds (at its own level)."""
    return (*s.outs, *getattr(s, "carries", ()), *([s.index] if isinstance(s, For) else []))


def _scope_binds(stmts):
    """The names statements bind in the scope of the function that holds them (a function
    they define binds its own)."""
    names, todo = set(), list(stmts)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.FunctionDef):
            names.add(node.name)
            continue
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        todo.extend(ast.iter_child_nodes(node))
    return names


def _bare_tuples(tree):
    """``return a, b`` and ``a, b = b, a`` without the parentheses ast.unparse would add."""
    for node in ast.walk(tree):
        if isinstance(node, (ast.Return, ast.Assign)) and isinstance(node.value, ast.Tuple) \
                and len(node.value.elts) > 1:
            text = ", ".join(ast.unparse(e) for e in node.value.elts)
            node.value = ast.Name(text, ast.Load())


class _IndexAtom:
    def __init__(self, items):
        self.items = items


def _rebound_reads(stmts, result):
    """Names that statements (and the value they return) read from outside and also bind:
    inside a function they would be local from the start, so they must come in as
    parameters."""
    outer, stored = _outer_reads(stmts, result)
    return outer & stored


def _check_no_rebound_reads(stmts, result, params):
    """A loop body as a function sees the outer values only through its parameters: the
    out-of-SSA names give every other value it rebinds a name of its own."""
    rebound = _rebound_reads(stmts, result) - params
    assert not rebound, f"a loop body would read {sorted(rebound)} before rebinding them"


def _targets(names, one_as_tuple=False):
    """Assignment targets: ``a``, or ``a, b`` (``a,`` with one_as_tuple)."""
    if len(names) == 1 and not one_as_tuple:
        return ast.Name(names[0], ast.Store())
    return ast.Tuple([ast.Name(n, ast.Store()) for n in names], ast.Store())


def _outer_reads(stmts, result):
    """(names read before the statements bind them, names they bind)."""
    def names(node, ctx):
        return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ctx)}
    bound, outer = set(), set()
    for st in stmts:
        if isinstance(st, ast.Assign):
            reads = names(st.value, ast.Load) | set().union(  # x[i] = v reads x
                *(names(t, ast.Load) for t in st.targets))
            writes = set().union(*(names(t, ast.Store) for t in st.targets))
        elif isinstance(st, ast.FunctionDef):  # what it reads from outside, when called
            reads = _outer_reads(st.body[:-1], st.body[-1].value)[0] - \
                {a.arg for a in st.args.args}
            writes = {st.name}
        else:  # compound statements, conservatively: every read before every write
            reads, writes = names(st, ast.Load), names(st, ast.Store)
        outer |= reads - bound
        bound |= writes
    return outer | names(result, ast.Load) - bound, bound


def _is_pass(stmts):
    return all(isinstance(s, ast.Pass) for s in stmts)


def _negate(test):
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return test.operand
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        flip = {ast.Lt: ast.GtE, ast.GtE: ast.Lt, ast.Gt: ast.LtE, ast.LtE: ast.Gt,
                ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.Is: ast.IsNot, ast.IsNot: ast.Is}
        op = flip.get(type(test.ops[0]))
        if op is not None:
            return ast.Compare(test.left, [op()], test.comparators)
    return ast.UnaryOp(ast.Not(), test)


def _lists(fn):
    """Names that hold a list the function built (``[]`` or a ``Rows``, and the loop
    carries grown from it by appending)."""
    out = set()
    for _ in range(2):
        for s in walk_stmts(fn.body):
            if isinstance(s, Assign) and s.prim in ("list", "rows_for", "append"):
                out.update(s.outs)
            elif isinstance(s, For):
                for c, init, o in zip(s.carries, s.inits, s.outs):
                    if isinstance(init, Var) and init.name in out:
                        out.update((c, o))
    return out


def emit(fn, table, backend, name, arrays=frozenset(), reserved=()):
    """(python source of ``fn`` named ``name``, the namespace it must run in)."""
    em = Emitter(fn, table, backend, reserved)
    tried = set()
    while True:  # one copy at a time, outer loops first: it may make inner ones needless
        for site, trial in em.loop_init_copies(tried):
            tried.add(site)
            better = Emitter(trial, table, backend, reserved)
            if better.copying_updates() < em.copying_updates():
                em = better
                break
        else:
            break
    fdef = em.emit_function(name, arrays)
    if em.loop_sites:  # where the user wrote each recorded while loop, for its errors
        em.namespace[LOOP_SITES] = {(name, body): loc for body, loc in em.loop_sites.items()}
    _bare_tuples(fdef)
    module = ast.Module([fdef], [])
    ast.fix_missing_locations(module)
    text = ast.unparse(module) + "\n"
    em.namespace[USER_LINES] = _user_lines(module, text)
    return text, em.namespace


def _user_lines(module, text):
    """{line of ``text``: (file, line, col) of the user code it came from}, from the
    statements ``block`` marked, or else the first inlined expression in them (the text
    parsed again has the same statements in the same order, now with line numbers)."""
    def statements(tree):
        return [n for n in ast.walk(tree) if isinstance(n, ast.stmt)]

    lines = {}
    for old, new in zip(statements(module), statements(ast.parse(text))):
        compound = hasattr(new, "body")  # its header only: its body has its own lines
        loc = getattr(old, "s2s_loc", None) or not compound and next(
            (n.s2s_loc for n in ast.walk(old) if hasattr(n, "s2s_loc")), None)
        if loc:
            for line in range(new.lineno, (new.lineno if compound else new.end_lineno) + 1):
                lines.setdefault(line, loc)
    return lines


del keyword, operator

