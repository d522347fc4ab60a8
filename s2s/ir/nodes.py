"""The s2s IR: SSA with structured control flow.

Invariants (checked by ``verify``):

* single assignment: every value name is defined exactly once in a function;
* a use is dominated by its definition: values defined inside a region are visible
  only inside it, and a region hands values out only through its ``outs``;
* ``If`` and loops are regions that name their phi values (``outs``) and loop
  carries explicitly, in the shape of ``lax.cond``/``lax.while_loop`` and MLIR's
  ``scf.if``/``scf.for``.

Value names are ``base`` or ``base.k``: the part before the dot is the user's name (or a
compiler name such as ``t``), so the emitter can derive readable Python names from it.
All nodes are frozen: passes build new IR, never mutate it.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class Const:
    value: object  # int, float, bool, complex, str, None, Ellipsis, or a tuple of those


class _Undef:
    """The value of a phi on a path where it is never read (a branch-local value that the
    backward sweep reads only under the same condition). Emitted as no assignment."""

    def __repr__(self):
        return "undef"


UNDEF = _Undef()


@dataclass(frozen=True)
class Global:
    """A name resolved in the defining module (a constant, a module, a callable)."""
    name: str  # as the user wrote it, possibly dotted: ``A``, ``np.pi``
    obj: object = field(compare=False, hash=False)
    key: int = 0  # id(obj): two globals are the same atom only if they are the same object
    root: object = field(default=None, compare=False, hash=False)  # object of the first part

    @staticmethod
    def of(name, obj, root=None):
        return Global(name, obj, id(obj), obj if root is None else root)


@dataclass(frozen=True)
class Slice:
    """``lower:upper:step`` inside a subscript; parts are atoms or None."""
    lower: object = None
    upper: object = None
    step: object = None


Atom = Var | Const | Global | Slice


@dataclass(frozen=True)
class Assign:
    """``outs = prim(*args, **kwargs)``.

    ``prim`` is a canonical primitive name (``add``, ``np.log``, ``getitem``, ...) or
    ``call``, whose first argument is the callee atom. A statement with no outs is kept
    only for its effect (``tape.push``).
    """
    outs: tuple[str, ...]
    prim: str
    args: tuple = ()
    kwargs: tuple[tuple[str, object], ...] = ()
    loc: tuple = ()  # (filename, line, col) of the user code it came from


@dataclass(frozen=True)
class Block:
    stmts: tuple = ()
    results: tuple = ()


@dataclass(frozen=True)
class If:
    cond: object
    then: Block
    orelse: Block
    outs: tuple[str, ...] = ()
    loc: tuple = ()  # (filename, line, col) of the user code it came from


@dataclass(frozen=True)
class For:
    """``for index in iter`` over a ``range`` (or ``reversed(range)``) value.

    ``carries`` are the names bound at the start of each iteration, starting from
    ``inits``; the body's results are the next iteration's carries; ``outs`` are the
    carries after the last iteration (equal to ``inits`` if the loop never runs).
    """
    index: str
    iter: object
    carries: tuple[str, ...]
    inits: tuple
    body: Block
    outs: tuple[str, ...]
    loc: tuple = ()  # (filename, line, col) of the user code it came from


@dataclass(frozen=True)
class While:
    """``while cond(carries): carries = body(carries)``; ``cond.results == (c,)``."""
    carries: tuple[str, ...]
    inits: tuple
    cond: Block
    body: Block
    outs: tuple[str, ...]
    loc: tuple = ()  # (filename, line, col) of the user code it came from


Stmt = Assign | If | For | While


@dataclass(frozen=True)
class Function:
    name: str
    params: tuple[str, ...]
    body: Block  # results: the returned values (one, or several for a tuple return)
    defaults: tuple = ()  # atoms for the last len(defaults) params
    filename: str = "<s2s>"
    firstline: int = 1
    returns_tuple: bool = False


def atoms_in(atom):
    """The atoms an atom reads (a Slice reads its parts)."""
    if isinstance(atom, Slice):
        return [a for a in (atom.lower, atom.upper, atom.step) if a is not None]
    return [atom]


def stmt_uses(stmt):
    """Var names read by ``stmt`` at its own level (not inside its regions)."""
    atoms = []
    if isinstance(stmt, Assign):
        atoms = list(stmt.args) + [a for _, a in stmt.kwargs]
    elif isinstance(stmt, If):
        atoms = [stmt.cond]
    elif isinstance(stmt, For):
        atoms = [stmt.iter, *stmt.inits]
    elif isinstance(stmt, While):
        atoms = list(stmt.inits)
    names = []
    for a in atoms:
        for b in atoms_in(a):
            if isinstance(b, Var):
                names.append(b.name)
    return names


def stmt_defs(stmt):
    """Names a statement defines in its enclosing region."""
    return tuple(stmt.outs)


def regions(stmt):
    """(params, block) pairs of a statement's nested regions."""
    if isinstance(stmt, If):
        return [((), stmt.then), ((), stmt.orelse)]
    if isinstance(stmt, For):
        return [((stmt.index, *stmt.carries), stmt.body)]
    if isinstance(stmt, While):
        return [(stmt.carries, stmt.cond), (stmt.carries, stmt.body)]
    return []


def block_free_vars(block, bound=frozenset()):
    """Var names a block reads that it does not define (sorted, deterministic)."""
    free = set()

    def walk(blk, bound):
        bound = set(bound)
        for s in blk.stmts:
            for n in stmt_uses(s):
                if n not in bound:
                    free.add(n)
            for params, sub in regions(s):
                walk(sub, bound | set(params))
            bound.update(stmt_defs(s))
        for r in blk.results:
            for b in atoms_in(r):
                if isinstance(b, Var) and b.name not in bound:
                    free.add(b.name)

    walk(block, bound)
    return sorted(free)


def defined_names(fn):
    """Every value name a function defines: parameters, outs, loop carries and indices."""
    names = set(fn.params)
    for s in walk_stmts(fn.body):
        names.update(s.outs)
        if isinstance(s, (For, While)):
            names.update(s.carries)
        if isinstance(s, For):
            names.add(s.index)
    return names


def block_uses(block):
    """Every read of a Var name in a block, regions and results included (with repeats)."""
    for s in block.stmts:
        yield from stmt_uses(s)
        for _, sub in regions(s):
            yield from block_uses(sub)
    for r in block.results:
        for a in atoms_in(r):
            if isinstance(a, Var):
                yield a.name


def walk_stmts(block):
    """Every statement of a block, depth first, regions included."""
    for s in block.stmts:
        yield s
        for _, sub in regions(s):
            yield from walk_stmts(sub)
