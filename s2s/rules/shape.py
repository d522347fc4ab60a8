"""Shape operations, construction of arrays and containers, and array methods.

``getitem``, ``setitem``, ``tuple``, ``list`` and ``unpack`` are structural: the reverse
transform writes their adjoints itself (an indexed accumulation, a tuple of cotangents).
"""
import numpy as np

from .. import runtime
from .core import ZERO, _parse_sig, canonical_name
from .domains import Arr, Case, Seq, Src, loop

# Where each rule is tested (s2s.rules.domains); a rule not named here is tested on
# the default domain.
DOMAINS = {
    # -- shapes and construction
    "np.reshape": [Case(Arr(3, 4), (4, 3)), Case(Arr(3, 4), -1), Case(Arr(3, 4), (2, -1, 3))],
    "np.ravel": [Case(Arr(3, 4)), Case(Arr(2, 3, 4))],
    "np.squeeze": [Case(Arr(3, 1, 4)), Case(Arr(3, 1, 4), axis=1), Case(Arr(1, 3, 1), axis=(0, 2))],
    "np.expand_dims": [Case(Arr(3, 4), 1), Case(Arr(3, 4), 0), Case(Arr(3, 4), (0, 3))],
    "np.transpose": [Case(Arr(3, 4)), Case(Arr(2, 3, 4), (1, 0, 2)),
                     Case(Arr(2, 3, 4), axes=(2, 0, 1))],
    "np.concatenate": [Case(Seq(Arr(2, 4), Arr(3, 4))), Case(Seq(Arr(3, 2), Arr(3, 4)), axis=1),
                       Case(Seq(Arr(3), Arr(2), Arr(4)))],
    "np.stack": [Case(Seq(Arr(3, 4), Arr(3, 4))), Case(Seq(Arr(3, 4), Arr(3, 4)), axis=1),
                 Case(Seq(Arr(3), Arr(3), Arr(3)), axis=-1)],
    "np.array": [Case(Arr(3, 4)), Case(Seq(Arr(), Arr())), Case(Seq(Arr(3), Arr(3)))],
    "np.asarray": [Case(Arr(3, 4)), Case(Arr())],
    "float": [Case(Arr(), jax="x")],
    "np.copy": [Case(Arr(3, 4))],
    "np.full_like": [Case(Arr(3, 4), Arr()), Case(Arr(3), 2.0, expr="{call} * x")],
    "len": [Case(Arr(3))],
    "range": loop("""
        s = 0.0
        for i in range(3):
            s = s + x * i
        return s""", Arr(3)),
    "int": [Case(Arr(lo=1.1, hi=1.9), jax=False)],
    "bool": [Case(Arr(lo=0.5, hi=1.5), jax=False)],
    "isinstance": [Case(Arr(), expr="isinstance(x, float) * x", jax="x")],
    "enumerate": loop("""
        s = 0.0
        for i, v in enumerate(x):
            s = s + i * v
        return s""", Arr(3)),
    "zip": loop("""
        s = 0.0
        for a, b in zip(x, y):
            s = s + a * b
        return s""", Arr(3), Arr(3)),
    "reversed": loop("""
        s = 0.0
        for i in reversed(range(3)):
            s = s * x[i] + i
        return s""", Arr(3)),
    "np.shape": [Case(Arr(3, 4), expr="np.shape(x)[0] * x")],
    "np.ndim": [Case(Arr(3, 4))], "np.size": [Case(Arr(3, 4))],
    "np.zeros": [Case(Arr(3), expr="np.zeros(3) + x")],
    "np.ones": [Case(Arr(3), expr="np.ones(3) * x")],
    "np.empty": [Case(Arr(3), expr="np.size(np.empty(3)) * x")],
    "np.zeros_like": [Case(Arr(3), expr="np.zeros_like(x) + x")],
    "np.ones_like": [Case(Arr(3), expr="np.ones_like(x) * x")],
    "np.empty_like": [Case(Arr(3), expr="np.size(np.empty_like(x)) * x")],
    "np.full": [Case(Arr(3), expr="np.full(3, 2.0) * x")],
    "np.eye": [Case(Arr(3), expr="np.eye(3) @ x")],
    "np.identity": [Case(Arr(3), expr="np.identity(3) @ x")],
    "np.arange": [Case(Arr(3), expr="np.arange(3) * x")],
    "np.linspace": [Case(Arr(3), expr="np.linspace(0.0, 1.0, 3) * x")],
    "np.result_type": [Case(Arr(3), expr="np.ones(3, np.result_type(x)) * x")],
    # -- rearranging entries
    "np.roll": [Case(Arr(5), 2), Case(Arr(3, 4), -1, axis=1), Case(Arr(3, 4), 5),
                Case(Arr(3, 4), (1, 2), axis=(0, 1))],
    "np.tile": [Case(Arr(3), 2), Case(Arr(2, 3), (2, 1)), Case(Arr(3), (2, 2)),
                Case(Arr(2, 1, 3), (2, 2))],
    "np.repeat": [Case(Arr(3), 2), Case(Arr(2, 3), 2, axis=1), Case(Arr(2, 3), 3),
                  Case(Arr(3, 2), Src("np.array([1, 0, 3])"), axis=0,
                     jax="np.repeat(a, np.array([1, 0, 3]), axis=0, total_repeat_length=4)"),
                Case(Arr(3), Src("np.array([2, 1, 2])"),
                     jax="np.repeat(a, np.array([2, 1, 2]), total_repeat_length=5)")],
    "np.flip": [Case(Arr(4)), Case(Arr(3, 4), 0), Case(Arr(2, 3, 4), axis=(0, 2))],
    "np.fliplr": [Case(Arr(3, 4))], "np.flipud": [Case(Arr(3, 4)), Case(Arr(4))],
    "np.rot90": [Case(Arr(3, 4)), Case(Arr(3, 4), 2), Case(Arr(3, 4), k=3),
                 Case(Arr(2, 3, 4), 1, axes=(1, 2))],
    "np.swapaxes": [Case(Arr(3, 4), 0, 1), Case(Arr(2, 3, 4), -1, 0)],
    "np.moveaxis": [Case(Arr(2, 3, 4), 0, -1), Case(Arr(2, 3, 4), (0, 1), (2, 0))],
    "np.broadcast_to": [Case(Arr(4), (3, 4)), Case(Arr(3, 1), (2, 3, 4)), Case(Arr(), (3,))],
    "np.atleast_1d": [Case(Arr()), Case(Arr(3))],
    "np.atleast_2d": [Case(Arr()), Case(Arr(3)), Case(Arr(3, 4))],
    "np.atleast_3d": [Case(Arr(3)), Case(Arr(3, 4))],
    "np.sort": [Case(Arr(5, distinct=True)), Case(Arr(3, 4, distinct=True), axis=0),
                Case(Arr(3, 4, distinct=True)), Case(Arr(3, 4, distinct=True), axis=None)],
    # np.partition's order outside kth is its own (jax's differs): compare order-free uses
    "np.partition": [Case(Arr(5, distinct=True), expr="np.partition(x, 2)[2] * np.sum(np.partition(x, 2)[:2] ** 2)"),
                     Case(Arr(3, 4, distinct=True),
                          expr="np.sum(np.partition(x, 1, axis=0)[:2] ** 2, axis=0)")],
    # -- diagonals and triangles
    "np.diag": [Case(Arr(3)), Case(Arr(3), 1), Case(Arr(3), k=-2), Case(Arr(3, 3)),
                Case(Arr(3, 4), 1), Case(Arr(4, 3), k=-1)],
    "np.diagonal": [Case(Arr(3, 3)), Case(Arr(3, 4), 1), Case(Arr(4, 3), offset=-1),
                    Case(Arr(2, 3, 4), 0, 1, 2), Case(Arr(3, 2, 3), axis1=0, axis2=2)],
    "np.triu": [Case(Arr(3, 3)), Case(Arr(3, 4), 1), Case(Arr(2, 3, 3), k=-1)],
    "np.tril": [Case(Arr(3, 3)), Case(Arr(3, 4), -1), Case(Arr(2, 3, 3), k=1)],
    # -- padding
    "np.pad": [Case(Arr(4), 2), Case(Arr(4), (1, 2)), Case(Arr(2, 3), ((1, 0), (2, 1))),
               Case(Arr(4), 1, constant_values=Arr()), Case(Arr(2, 3), 1, constant_values=1.5),
               Case(Arr(5), 2, mode="edge"), Case(Arr(5), (2, 3), mode="reflect"),
               Case(Arr(5), 3, mode="symmetric"), Case(Arr(2, 3), ((1, 2), (3, 1)), mode="wrap"),
               Case(Arr(3, 4), ((0, 1), (2, 2)), "reflect")],
    # -- gathers
    "np.take": [Case(Arr(5), Src("np.array([0, 3, 3, 1])")),
                Case(Arr(3, 4), Src("np.array([2, 0, 2])"), axis=1),
                Case(Arr(3, 4), Src("np.array([[0, 11], [5, 5]])")),
                Case(Arr(3, 4), Src("np.array([1, 1])"), axis=0),
                Case(Arr(4), Src("np.array([5, -1, 2])"), mode="wrap"),
                Case(Arr(4), Src("np.array([7, 0])"), mode="clip")],
    "np.take_along_axis": [
        Case(Arr(3, 4), Src("np.array([[0, 3], [1, 1], [2, 0]])"), axis=1),
        Case(Arr(3, 4), Src("np.array([[0, 2, 2, 1]])"), axis=0),
        Case(Arr(5), Src("np.array([4, 4, 0])"), axis=0),
        Case(Arr(3, 4, distinct=True), expr="np.take_along_axis(x, np.argsort(x, axis=1), axis=1)")],
    "np.select": [
        Case(Arr(4), Arr(4), expr="np.select([x > 1.0, y > 1.0], [x * y, y], 0.0)"),
        Case(Arr(3, 4), Arr(4), Arr(), expr="np.select([x < 0.8, x > 1.2], [x, y], z)"),
        Case(Arr(3, 4), Arr(), expr="np.select([x < 1.0], [y], default=x)")],
    # -- splitting and joining
    "np.split": [Case(Arr(6), body="a, b, c = np.split(x, 3)\nreturn a * b + c"),
                 Case(Arr(4, 3), body="parts = np.split(x, [1, 3], axis=0)\n"
                                      "return parts[0] * parts[2] + np.sum(parts[1], axis=0)"),
                 Case(Arr(3, 4), body="a, b = np.split(x, 2, axis=1)\nreturn a ** 2 - b")],
    "np.array_split": [Case(Arr(5), body="a, b = np.array_split(x, 2)\nreturn np.sum(a) * b"),
                       Case(Arr(3, 4), body="a, b, c = np.array_split(x, 3, axis=1)\n"
                                            "return np.sum(a * b) + c")],
    "np.hsplit": [Case(Arr(3, 4), body="a, b = np.hsplit(x, 2)\nreturn a * b"),
                  Case(Arr(6), body="a, b = np.hsplit(x, [2])\nreturn np.sum(a) * b")],
    "np.vsplit": [Case(Arr(4, 3), body="a, b = np.vsplit(x, 2)\nreturn a * b")],
    "np.dsplit": [Case(Arr(2, 3, 4), body="a, b = np.dsplit(x, [1])\nreturn a * np.sum(b)")],
    "np.hstack": [Case(Seq(Arr(3), Arr(2))), Case(Seq(Arr(3, 2), Arr(3, 1), Arr(3, 3))),
                  Case(Seq(Arr(), Arr(2)))],
    "np.vstack": [Case(Seq(Arr(3), Arr(3))), Case(Seq(Arr(2, 3), Arr(3), Arr(1, 3)))],
    "np.dstack": [Case(Seq(Arr(3), Arr(3))), Case(Seq(Arr(2, 3), Arr(2, 3, 2)))],
    "np.column_stack": [Case(Seq(Arr(3), Arr(3))), Case(Seq(Arr(3), Arr(3, 2)))],
    "np.append": [Case(Arr(3), Arr(2)), Case(Arr(2, 3), Arr(2, 2), axis=1),
                  Case(Arr(2, 3), Arr(1, 3), axis=0), Case(Arr(2, 2), Arr(3)),
                  Case(Arr(3), 1.0), Case(Arr(3), Arr(), expr="np.append(1.0, x) * y")],
    # -- helpers of these rules (jvp rules, for forward-over-reverse)
    "unsetitem": [Case(Arr(5), Arr(2, diff=False), Src("np.array([1, 3])")),
                  Case(Arr(4), Arr(diff=False), Src("np.array([0, 2, 2])")),
                  Case(Arr(3, 4), Arr(3, diff=False), Src("slice(None)"), Src("np.array([1, 1, 0])"))],
    "unroll": [Case(Arr(5), 2), Case(Arr(3, 4), (1, -1), axis=(0, 1))],
    "untile": [Case(Arr(6), Arr(3, diff=False), 2), Case(Arr(4, 3), Arr(2, 3, diff=False), (2, 1))],
    "unrepeat": [Case(Arr(6), Arr(3, diff=False), 2),
                 Case(Arr(4, 2), Arr(3, 2, diff=False), [1, 0, 3], axis=0)],
    "unpad": [Case(Arr(7), Arr(4, diff=False), (1, 2)), Case(Arr(9), Arr(5, diff=False), 2, "reflect")],
    "unpad_value": [Case(Arr(6), Arr(4, diff=False), 1)],
    "undiag": [Case(Arr(3, 3), Arr(3, diff=False)), Case(Arr(2), Arr(3, 4, diff=False), 1)],
    "undiagonal": [Case(Arr(3), Arr(3, 4, diff=False)), Case(Arr(2, 3), Arr(2, 3, 4, diff=False), 0, 1, 2)],
    "unsplit": [Case(Seq(Arr(2, 3), Arr(1, 3)), Arr(3, 3, diff=False), [2]),
                Case(Seq(Arr(3, 2), Arr(3, 2)), Arr(3, 4, diff=False), 2, axis=1)],
    "unhsplit": [Case(Seq(Arr(3, 1), Arr(3, 3)), Arr(3, 4, diff=False), [1])],
    "unhstack": [Case(Arr(3, 5), Seq(Arr(3, 2, diff=False), Arr(3, 3, diff=False)))],
    "unvstack": [Case(Arr(2, 3), Seq(Arr(3, diff=False), Arr(3, diff=False)))],
    "undstack": [Case(Arr(1, 3, 2), Seq(Arr(3, diff=False), Arr(3, diff=False)))],
    "uncolumn_stack": [Case(Arr(3, 3), Seq(Arr(3, diff=False), Arr(3, 2, diff=False)))],
    "unappend_arr": [Case(Arr(5), Arr(3, diff=False)), Case(Arr(2, 5), Arr(2, 3, diff=False), axis=1)],
    "unappend_values": [Case(Arr(5), Arr(3, diff=False), Arr(2, diff=False)),
                        Case(Arr(2, 5), Arr(2, 3, diff=False), Arr(2, 2, diff=False), axis=1)],
    "untake": [Case(Arr(4), Arr(5, diff=False), [0, 3, 3, 1]),
               Case(Arr(3, 3), Arr(3, 4, diff=False), [2, 0, 2], axis=1)],
    "untake_along_axis": [Case(Arr(3, 2), Arr(3, 4, diff=False), Src("np.array([[0, 3], [1, 1], [2, 0]])"), 1)],
    "unsort": [Case(Arr(5), Arr(5, distinct=True, diff=False)),
               Case(Arr(3, 4), Arr(3, 4, distinct=True, diff=False), axis=0)],
    "unpartition": [Case(Arr(5), Arr(5, distinct=True, diff=False), 2)],
    "unselect": [Case(Arr(4), Src("[np.arange(4) < 1, np.arange(4) > 2]"), Seq(Arr(4, diff=False), Arr(diff=False)),
                      expr="{call}[0] * 2.0 + {call}[1]")],
    "unselect_default": [Case(Arr(4), Src("[np.arange(4) < 1]"), Arr(diff=False))],
    # x only inside stop_gradient: its derivative is zero by definition ("frozen")
    "stop_gradient": [Case(Arr(3), Arr(3), expr="stop_gradient(x) * y", frozen=("x",),
                           jax=True),
                      Case(Arr(4), Arr(3, 4), expr="y @ s2s.stop_gradient(np.sin(x))",
                           frozen=("x",), jax="y @ stop_gradient(np.sin(x))")],
}


def linear(table, fn, sig, *, name=None, **vjps):
    """A linear rule whose tangent is ``fn`` applied to the tangent of its first parameter,
    its optional parameters passed by keyword (so those left at their defaults are not
    written out) and ``out`` never."""
    params, defaults, _ = _parse_sig(sig)
    optional = {k for k, _ in defaults}
    args = [f"{params[0]}_dot"] + [f"{p}={p}" if p in optional else p for p in params[1:]
                                   if p != "out"]
    jvp = f"{name or canonical_name(fn)}({', '.join(args)})"
    return table.defvjp(fn, sig, name=name, shape="linear", jvp=jvp, **vjps)


def register(table):
    table.defvjp(np.reshape, "a, newshape", shape="linear", jvp="np.reshape(a_dot, newshape)",
                 a="reshape_like(g, a)")
    table.defvjp(np.ravel, "a", shape="linear", jvp="np.ravel(a_dot)", a="reshape_like(g, a)")
    table.defvjp(np.squeeze, "a, axis=None", shape="linear", jvp="np.squeeze(a_dot, axis=axis)",
                 a="reshape_like(g, a)")
    table.defvjp(np.expand_dims, "a, axis", shape="linear", jvp="np.expand_dims(a_dot, axis)",
                 a="reshape_like(g, a)")
    table.defvjp(np.transpose, "a, axes=None", shape="linear",
                 jvp="np.transpose(a_dot, axes)", a="untranspose(g, axes=axes)")
    table.defvjp(np.concatenate, "arrays, axis=0", shape="linear",
                 jvp="np.concatenate(arrays_dot, axis=axis)",
                 arrays="unconcatenate(g, arrays, axis=axis)")
    table.defvjp(np.stack, "arrays, axis=0", shape="linear", jvp="np.stack(arrays_dot, axis=axis)",
                 arrays="unstack(g, arrays, axis=axis)")
    table.defvjp(np.array, "object, dtype=None", shape="linear", jvp="np.array(object_dot)",
                 object="g")
    table.defvjp(np.asarray, "a, dtype=None", shape="linear", jvp="np.asarray(a_dot)", a="g")
    table.defvjp(float, "x", shape="linear", jvp="float(x_dot)", x="g")
    table.defvjp(np.copy, "a", shape="linear", jvp="np.copy(a_dot)", a="g")
    table.defvjp(lambda x, v, *index: runtime.setitem(x, index[0] if len(index) == 1 else index, v),
                 "x, v, *index", name="setitem")  # structural
    table.defvjp(lambda x, *index: x[index[0] if len(index) == 1 else index], "x, *index",
                 name="getitem")  # structural
    table.defvjp(lambda *items: items, "*items", name="tuple")  # structural
    table.defvjp(lambda *items: list(items), "*items", name="list")  # structural
    table.defvjp(lambda x, n: tuple(x), "x, n", name="unpack")  # structural
    table.defvjp(lambda xs, v: [*xs, v], "xs, v", name="append")  # structural
    table.defvjp(lambda d: list(d), "d", name="keys", shape="nondifferentiable")
    table.defvjp(lambda a, b: a + b, "a, b", name="concat")  # structural: [..] + [..]
    table.defvjp(runtime.stop_gradient, "x", name="stop_gradient", shape="nondifferentiable")
    table.nondifferentiable(len, range, int, bool, isinstance, enumerate, zip, reversed,
                            np.shape, np.ndim, np.size, np.zeros, np.ones, np.empty,
                            np.zeros_like, np.ones_like, np.empty_like, np.full, np.eye,
                            np.identity, np.arange, np.linspace, np.result_type)
    table.defvjp(np.full_like, "a, fill_value", jvp="np.full_like(a, fill_value_dot)",
                 fill_value="np.sum(g)", a=ZERO)
    # -- rearranging entries (linear: the adjoint is the transpose, often the inverse)
    linear(table, np.roll, "a, shift, axis=None", a="unroll(g, shift, axis=axis)")
    linear(table, np.tile, "A, reps", A="untile(g, A, reps)")
    linear(table, np.repeat, "a, repeats, axis=None", a="unrepeat(g, a, repeats, axis=axis)")
    linear(table, np.flip, "m, axis=None", m="np.flip(g, axis=axis)")
    linear(table, np.fliplr, "m", m="np.fliplr(g)")
    linear(table, np.flipud, "m", m="np.flipud(g)")
    table.defvjp(np.rot90, "m, k=1, axes=(0, 1)", shape="linear",
                 jvp="np.rot90(m_dot, k=k, axes=axes)", m="np.rot90(g, k=-k, axes=axes)")
    linear(table, np.swapaxes, "a, axis1, axis2", a="np.swapaxes(g, axis1, axis2)")
    linear(table, np.moveaxis, "a, source, destination", a="np.moveaxis(g, destination, source)")
    linear(table, np.broadcast_to, "array, shape", array="unbroadcast(g, array)")
    for fn in (np.atleast_1d, np.atleast_2d, np.atleast_3d):  # one array (several: a list)
        linear(table, fn, "ary", ary="reshape_like(g, ary)")
    table.defvjp(np.sort, "a, axis=-1, kind=None, order=None", shape="linear",
                 jvp="sort_like(a_dot, a, axis=axis)", a="unsort(g, a, axis=axis)")
    table.defvjp(np.partition, "a, kth, axis=-1, kind='introselect', order=None", shape="linear",
                 jvp="partition_like(a_dot, a, kth, axis=axis)",
                 a="unpartition(g, a, kth, axis=axis)")
    # -- diagonals and triangles
    linear(table, np.diag, "v, k=0", v="undiag(g, v, k=k)")
    linear(table, np.diagonal, "a, offset=0, axis1=0, axis2=1",
           a="undiagonal(g, a, offset=offset, axis1=axis1, axis2=axis2)")
    linear(table, np.triu, "m, k=0", m="np.triu(g, k=k)")
    linear(table, np.tril, "m, k=0", m="np.tril(g, k=k)")
    # -- padding: the tangent of the padding value reaches the padded entries only
    table.defvjp(np.pad, "array, pad_width, mode='constant', constant_values=0",
                 jvp="pad_tangent(array_dot, pad_width, mode=mode)"
                     " + np.pad(np.zeros_like(array), pad_width, constant_values=constant_values_dot)",
                 array="unpad(g, array, pad_width, mode=mode)",
                 constant_values="unpad_value(g, array, pad_width, constant_values)")
    # -- gathers: their adjoints add g back, so a repeated index collects every share
    linear(table, np.take, "a, indices, axis=None, out=None, mode='raise'",
           a="untake(g, a, indices, axis=axis, mode=mode)")
    linear(table, np.take_along_axis, "arr, indices, axis=-1",
           arr="untake_along_axis(g, arr, indices, axis)")
    table.defvjp(np.select, "condlist, choicelist, default=0", cotangent="reducing",
                 jvp="np.select(condlist, choicelist_dot, default_dot)",
                 choicelist="unselect(g, condlist, choicelist)",
                 default="unselect_default(g, condlist, default)")
    # -- splitting (a list out: its cotangent is a tuple) and joining
    for fn in (np.split, np.array_split):
        linear(table, fn, "ary, indices_or_sections, axis=0",
               ary="unsplit(g, ary, indices_or_sections, axis=axis)")
    linear(table, np.hsplit, "ary, indices_or_sections", ary="unhsplit(g, ary, indices_or_sections)")
    linear(table, np.vsplit, "ary, indices_or_sections", ary="unsplit(g, ary, indices_or_sections)")
    linear(table, np.dsplit, "ary, indices_or_sections",
           ary="unsplit(g, ary, indices_or_sections, axis=2)")
    linear(table, np.hstack, "tup", tup="unhstack(g, tup)")
    linear(table, np.vstack, "tup", tup="unvstack(g, tup)")
    linear(table, np.dstack, "tup", tup="undstack(g, tup)")
    linear(table, np.column_stack, "tup", tup="uncolumn_stack(g, tup)")
    table.defvjp(np.append, "arr, values, axis=None", shape="linear",
                 jvp="append_tangent(arr_dot, values_dot, arr, values, axis=axis)",
                 arr="unappend_arr(g, arr, axis=axis)",
                 values="unappend_values(g, arr, values, axis=axis)")
    # -- their helpers: linear in the cotangent
    r = runtime
    # the adjoint of a write at an index array (the forward transform writes its tangent
    # itself; the rule makes forward-over-reverse see that it carries one)
    table.defvjp(r.unsetitem, "g, v, *index", name="unsetitem", shape="linear",
                 jvp="unsetitem(g_dot, v, index)")
    for name, sig in (("unroll", "g, shift, axis=None"), ("untile", "g, x, reps"),
                      ("unrepeat", "g, x, repeats, axis=None"),
                      ("unpad", "g, x, pad_width, mode='constant'"),
                      ("unpad_value", "g, x, pad_width, value=0"), ("undiag", "g, v, k=0"),
                      ("undiagonal", "g, x, offset=0, axis1=0, axis2=1"),
                      ("unsplit", "g, x, indices_or_sections, axis=0"),
                      ("unhsplit", "g, x, indices_or_sections"), ("unhstack", "g, arrays"),
                      ("unvstack", "g, arrays"), ("undstack", "g, arrays"),
                      ("uncolumn_stack", "g, arrays"),
                      ("unappend_arr", "g, arr, axis=None"),
                      ("unappend_values", "g, arr, values, axis=None"),
                      ("untake", "g, x, indices, axis=None, mode='raise'"),
                      ("untake_along_axis", "g, x, indices, axis"), ("unsort", "g, x, axis=-1"),
                      ("unpartition", "g, x, kth, axis=-1"),
                      ("unselect", "g, condlist, choicelist"),
                      ("unselect_default", "g, condlist, default")):
        linear(table, getattr(r, name), sig, name=name)
    for attr, name in {
        "sum": "np.sum", "mean": "np.mean", "prod": "np.prod", "max": "np.max",
        "min": "np.min", "reshape": "np.reshape", "ravel": "np.ravel", "flatten": "np.ravel",
        "squeeze": "np.squeeze", "transpose": "np.transpose", "T": "np.transpose",
        "dot": "np.dot", "shape": "np.shape", "ndim": "np.ndim", "size": "np.size",
        "copy": "np.copy", "argmax": "np.argmax", "argmin": "np.argmin", "any": "np.any",
        "all": "np.all", "clip": "np.clip",
        # (x.sort() and x.partition() sort in place and return None: not supported, use
        # np.sort(x) and np.partition(x, kth), which return new arrays)
        "var": "np.var", "std": "np.std", "cumsum": "np.cumsum", "cumprod": "np.cumprod",
        "swapaxes": "np.swapaxes", "repeat": "np.repeat", "take": "np.take",
        "diagonal": "np.diagonal", "trace": "np.trace", "argsort": "np.argsort",
    }.items():
        table.method(attr, name)
    table.domains(DOMAINS)
