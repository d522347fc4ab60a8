"""Python names for SSA values: the naming scheme of generated code, written down.

* a value keeps its user's name: SSA ``h``, ``h.1``, ``h.2`` are all emitted ``h`` when
  their live ranges do not overlap (``h = np.tanh(W @ h + b)``), else ``h_1``, ``h_2``;
* adjoints are ``<name>_bar`` (``w1_bar``), tangents ``<name>_dot``;
* compiler temporaries (SSA names starting with ``%``) are ``t``, ``t_1``, ...; most are
  folded back into the expression that reads them and never get a name;
* values joined at a branch or loop boundary (phi values, loop carries) share one name
  when their ranges allow, so branches and loops need no copies;
* names of the namespace the code runs in (``np``, ``math``, helpers, the user's globals)
  are never reused for values; a value nobody reads is ``_``.
Names are chosen in program order with counters, never at random, so the same input
gives the same text.
"""
from __future__ import annotations

import keyword
import re

from ..analysis.unionfind import UnionFind, joins
from ..ir.nodes import Assign, walk_stmts


DERIVED = ("_bar", "_dot", "_all")  # adjoint, tangent, list of x over iterations


def base_of(name):
    """``h.2`` -> ``h``; ``out^1_bar^2_dot`` (the tangent of a version of out_bar) ->
    ``out_bar_dot``: the version marks go, the derivations stay."""
    return re.sub(r"\^\d+", "", name.split(".")[0].lstrip("%"))


def primal_of(name, known=()):
    """For a derived value's SSA name (``x_bar``, ``x_all``), the SSA name of x: the
    stem itself if that is a value (``%t^4_bar_all`` -> ``%t^4_bar``), else the stem with
    its version mark restored (``h^4_all`` -> ``h.4``)."""
    base = name.split(".")[0]
    if not base.endswith(DERIVED):
        return None
    stem = base[:-4]
    if stem in known or "^" not in stem:
        return stem
    head, _, version = stem.rpartition("^")
    return f"{head}.{version}"


def is_temp(name):
    return name.startswith("%")


def phi_groups(fn):
    """Lists of names that a branch or loop boundary joins (first: the joined value), and
    values popped from a tape with the values pushed (same value, same name if possible)."""
    groups = []
    pushed = {}
    for s in walk_stmts(fn.body):
        if isinstance(s, Assign) and s.prim == "tape.push":
            pushed.setdefault(s.args[0].name, []).append([a.name for a in s.args[1:]])
    for s in walk_stmts(fn.body):
        if isinstance(s, Assign) and s.prim == "tape.pop":
            for names in pushed.get(s.args[0].name, []):
                if len(names) == len(s.outs):
                    groups.extend([p, o] for p, o in zip(names, s.outs))
    return joins(fn) + groups


def assign_names(fn, lv, reserved, forced=(), skip=frozenset()):
    """SSA name -> Python name. ``forced``: pairs that must share a name (in-place ops);
    ``skip``: temporaries folded into expressions, which need no name."""
    uf = UnionFind()
    members = {}

    all_names = set(lv.defpos)
    for n in all_names:
        members[n] = {n}
        uf.find(n)

    def can_merge(a, b):
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            return True
        return not any(lv.interferes(x, y) for x in members[ra] for y in members[rb])

    def merge(a, b):
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            return
        uf.union(ra, rb)
        members[ra] = members[ra] | members.pop(rb)

    for a, b in forced:
        if a in all_names and b in all_names:
            merge(a, b)
    params = set(fn.params)
    for g in phi_groups(fn):
        head = g[0]
        for other in g[1:]:
            param_roots = {uf.find(p) for p in params}
            if uf.find(head) in param_roots and uf.find(other) in param_roots:
                continue
            # a parameter keeps its own name: do not let ``h = x`` rename the loop's ``h``
            for a, b in ((head, other), (other, head)):
                if uf.find(a) in param_roots and any(base_of(m) != base_of(a)
                                                     for m in members[uf.find(b)]
                                                     if not is_temp(m)):
                    break
            else:
                if can_merge(head, other):
                    merge(head, other)
                continue
            continue
    # name the classes in program order
    classes = {}
    for n in all_names:
        classes.setdefault(uf.find(n), set()).add(n)
    order = sorted(classes, key=lambda r: (min(lv.defpos.get(n, 0) for n in classes[r]),
                                           sorted(classes[r])[0]))
    taken = {}  # python name -> list of class roots holding it
    out = {}
    reserved = set(reserved)

    user_names = {base_of(n) for n in all_names if not is_temp(n)}

    def free(pyname, root):
        if pyname in reserved or keyword.iskeyword(pyname):
            return False
        if all(is_temp(n) for n in classes[root]):
            # a temporary never shares a name: ``t2 = t2 + t3`` would read as an equation
            return pyname not in user_names and not taken.get(pyname)
        return not any(any(lv.interferes(x, y) for x in classes[root] for y in classes[other])
                       for other in taken.get(pyname, []))

    def waits(root):
        """A list of x's values is named after x, so it waits until x has a name."""
        first = sorted(classes[root])[0]
        p = primal_of(first, all_names)
        return first.split(".")[0].endswith(DERIVED) and p in all_names and p not in out

    deferred = [r for r in order if waits(r)]
    order = [r for r in order if r not in deferred] + deferred
    param_names = set()  # two parameters may share a base (x and x.1 in a pullback)
    for root in order:
        names = classes[root]
        if names <= skip:
            for n in names:
                out[n] = "<inlined>"
            continue
        fixed = [n for n in names if n in params]
        if fixed and not is_temp(fixed[0]) and base_of(fixed[0]) not in param_names:
            py = base_of(fixed[0])
            param_names.add(py)
        else:
            used = [n for n in names if n in lv.last and lv.last[n] > lv.defpos.get(n, 0)]
            if not used and not any(n in lv.uses for n in names):
                for n in names:
                    out[n] = "_"
                continue
            user = sorted((n for n in names if not is_temp(n)),
                          key=lambda n: (lv.defpos.get(n, 0), n))
            first = user[0] if user else sorted(names)[0]
            base = base_of(first)
            primal = primal_of(first, all_names)
            if primal is not None and out.get(primal, "_") not in ("_", "<inlined>"):
                base = out[primal] + first.split(".")[0][-4:]
            elif primal is not None and is_temp(first):
                base = "t"  # the adjoint of a folded temporary is just another temporary
            temp = is_temp(first) and base == "t"
            py, k = (base + "1", 1) if temp else (base, 0)
            while not free(py, root):
                k += 1
                py = f"{base}{k}" if is_temp(first) else f"{base}_{k}"
        taken.setdefault(py, []).append(root)
        for n in names:
            out[n] = py
    return out
