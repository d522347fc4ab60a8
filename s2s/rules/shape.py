"""Shape operations, construction of arrays and containers, and array methods.

``getitem``, ``setitem``, ``tuple``, ``list`` and ``unpack`` are structural: the reverse
transform writes their adjoints itself (an indexed accumulation, a tuple of cotangents).
"""
import numpy as np

from .. import runtime
from .core import ZERO


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
