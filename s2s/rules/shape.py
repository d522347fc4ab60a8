"""Shape operations, construction of arrays and containers, and array methods.

``getitem``, ``setitem``, ``tuple``, ``list`` and ``unpack`` are structural: the reverse
transform writes their adjoints itself (an indexed accumulation, a tuple of cotangents).
"""
import numpy as np

from .. import runtime
from .core import ZERO
from .domains import Arr, Case, Seq, loop

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
    # x only inside stop_gradient: its derivative is zero by definition ("frozen")
    "stop_gradient": [Case(Arr(3), Arr(3), expr="stop_gradient(x) * y", frozen=("x",),
                           jax=True),
                      Case(Arr(4), Arr(3, 4), expr="y @ s2s.stop_gradient(np.sin(x))",
                           frozen=("x",), jax="y @ stop_gradient(np.sin(x))")],
}


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
    for attr, name in {
        "sum": "np.sum", "mean": "np.mean", "prod": "np.prod", "max": "np.max",
        "min": "np.min", "reshape": "np.reshape", "ravel": "np.ravel", "flatten": "np.ravel",
        "squeeze": "np.squeeze", "transpose": "np.transpose", "T": "np.transpose",
        "dot": "np.dot", "shape": "np.shape", "ndim": "np.ndim", "size": "np.size",
        "copy": "np.copy", "argmax": "np.argmax", "argmin": "np.argmin", "any": "np.any",
        "all": "np.all", "clip": "np.clip",
    }.items():
        table.method(attr, name)
    table.domains(DOMAINS)
