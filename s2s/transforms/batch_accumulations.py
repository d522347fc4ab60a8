"""Batches a loop's accumulation of matmul cotangents into one product after the loop.

The adjoint of ``y = W @ h_t`` inside a loop adds ``outer(g_t, h_t)`` to ``W_bar`` on
every iteration: T small products and T additions. Their sum is one matrix product of
the stacked factors, ``G.T @ H``. When a loop carry is only ever updated as
``acc = acc + matmul_vjp_lhs(g, W, h)`` (or ``matmul_vjp_rhs(g, x, W)``) with ``W``
defined outside the loop, this pass collects the per-iteration factors in lists instead
and adds their batched product to the carry's initial value after the loop.

Before (one iteration of the backward loop)::

    W_bar = W_bar + matmul_vjp_lhs(t2, W, h)

After::

    t2_all.append(t2)             # in the loop
    h_all.append(h)
    t2_rows = stack_rows(t2_all)  # after it: one array, where the values share a shape
    h_rows = stack_rows(h_all)
    W_bar = W_bar + matmul_vjp_lhs_sum(t2_rows, W, h_rows)
"""
from __future__ import annotations

from dataclasses import replace

from ..ir.nodes import Assign, Block, For, Var, block_uses
from ..ir.rewrite import map_regions

# cotangent helper -> (its sum over iterations, the argument that must be loop-invariant)
PAIRS = {"matmul_vjp_lhs": ("matmul_vjp_lhs_sum", 1), "matmul_vjp_rhs": ("matmul_vjp_rhs_sum", 2),
         "unbroadcast": ("unbroadcast_sum", 1)}


def batch_accumulations(fn, names, stack=True):
    """``names``: a NameGen for fresh names; ``stack``: whether the collected lists are
    stacked into arrays after the loop (a jax scan stacks them itself). Returns the new
    Function."""
    return replace(fn, body=_block(fn.body, names, stack))


def _block(b, names, stack):
    stmts = []
    zeros = {o for s in b.stmts if isinstance(s, Assign) and s.prim == "zeros_like" for o in s.outs}
    for s in b.stmts:
        s = map_regions(s, lambda sub: _block(sub, names, stack))
        if isinstance(s, For):
            stmts.extend(_loop(s, names, zeros, stack))
        else:
            stmts.append(s)
    return Block(tuple(stmts), b.results)


def _uses(block, name):
    return sum(1 for n in block_uses(block) if n == name)


def _loop(loop, names, zeros, stack):
    body = loop.body
    defs = {o: s for s in body.stmts if isinstance(s, Assign) for o in s.outs}
    inside = set(defs) | set(loop.carries) | {loop.index}
    plan = []
    for k, (c, r) in enumerate(zip(loop.carries, body.results)):
        add = defs.get(r.name) if isinstance(r, Var) else None
        if add is None or add.prim != "add" or _uses(body, c) != 1:
            continue
        terms = [a for a in add.args if not (isinstance(a, Var) and a.name == c)]
        if len(terms) != 1 or len(add.args) != 2 or not isinstance(terms[0], Var):
            continue
        term = defs.get(terms[0].name)
        if term is None or term.prim not in PAIRS or _uses(body, terms[0].name) != 1 \
                or _uses(body, r.name) != 1:
            continue
        fixed = PAIRS[term.prim][1]
        w = term.args[fixed]
        per_step = [a for j, a in enumerate(term.args) if j != fixed]
        if isinstance(w, Var) and w.name in inside:
            continue
        if not all(isinstance(a, Var) for a in per_step):
            continue
        plan.append((k, add, term, fixed))
    if not plan:
        return [loop]
    drop = {id(add) for _, add, _, _ in plan} | {id(term) for _, _, term, _ in plan}
    stmts = [s for s in body.stmts if id(s) not in drop]
    carries, inits, results, outs = [], [], [], []
    keep = [k for k in range(len(loop.carries)) if k not in {p[0] for p in plan}]
    for k in keep:
        carries.append(loop.carries[k])
        inits.append(loop.inits[k])
        results.append(body.results[k])
        outs.append(loop.outs[k])
    before, after = [], []
    collected = {}  # per-iteration value -> the list carry (out) collecting it

    def collect(a, loc):
        if a.name not in collected:
            base = a.name.replace(".", "^") + "_all"
            init, param, grown, out = (names.fresh(base) for _ in range(4))
            before.append(Assign((init,), "list", (), (), loc))
            stmts.append(Assign((grown,), "append", (Var(param), a), (), loc))
            carries.append(param)
            inits.append(Var(init))
            results.append(Var(grown))
            outs.append(out)
            collected[a.name] = Var(out)
            if stack:
                base = a.name.split(".")[0]
                rows = names.fresh("%t" if base.startswith("%") else base + "_rows")
                after.append(Assign((rows,), "stack_rows", (Var(out),), (), loc))
                collected[a.name] = Var(rows)
        return collected[a.name]

    for k, add, term, fixed in plan:
        lists = [collect(a, term.loc) for j, a in enumerate(term.args) if j != fixed]
        helper = PAIRS[term.prim][0]
        batched = [lists[0], term.args[fixed]] if len(lists) == 1 else \
            [lists[0], term.args[1], lists[1]] if fixed == 1 else \
            [lists[0], lists[1], term.args[2]]
        init = loop.inits[k]
        if isinstance(init, Var) and init.name in zeros:  # 0 + total is total
            after.append(Assign((loop.outs[k],), helper, tuple(batched), (), term.loc))
            continue
        total = names.fresh("%t")
        after.append(Assign((total,), helper, tuple(batched), (), term.loc))
        after.append(Assign((loop.outs[k],), "add", (init, Var(total)), (), add.loc))
    new = For(loop.index, loop.iter, tuple(carries), tuple(inits),
              Block(tuple(stmts), tuple(results)), tuple(outs), loop.loc)
    return before + [new] + after
