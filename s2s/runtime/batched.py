"""Runtime helpers of batched forward mode (``s2s.transforms.forward``, ``batched=True``):
every direction in one sweep, for Jacobians (jacfwd; jacrev, as batched forward mode over
a pullback) and Hessians (over an adjoint). The seed (``batch_identity``), the batched
tangents of products, and batched forms of the helpers that generated adjoint code calls.

A batched argument ``t`` carries a trailing axis of directions, one column per direction;
every other argument is a plain value. Each helper computes, column by column, what its
plain form computes, and never reduces, reshapes or transposes over the direction axis.
Written functionally (no writes into arrays) so that the jax backend runs them as they
are.

Each returns a new array, never its argument or a view of it, since generated code may
update the result in place (the emitter treats these helpers as making fresh arrays);
``bvalue`` alone returns a view, of a value that templates only read.
"""
from __future__ import annotations

import itertools

import numpy as np

from ..errors import MissingRuleError
from . import (_axes, _reduced_shape, _refuse_zero_entries,
               _vector_norm, dot_vjp_lhs, matmul_vjp_lhs, matmul_vjp_rhs, norm_vjp, unprod,
               unreduce, unsetitem)

__all__ = ["bsum_to_shape", "bunbroadcast", "bunreduce", "bunreduce_extremum",
           "bmatmul_vjp_lhs", "bmatmul_vjp_rhs", "bmatmul_vjp_lhs_dy", "bmatmul_vjp_rhs_dx",
           "bdot_vjp_lhs", "bdot_vjp_rhs", "bdot_vjp_lhs_dy", "bdot_vjp_rhs_dx",
           "breshape_like", "buntranspose", "bunsetitem", "bunconcatenate", "bunstack",
           "bstack", "bconcatenate", "bbroadcast_like", "bexpand_dims", "bsqueeze",
           "bdot_left", "bdot_right", "bouter_left", "bouter_right", "bnorm_vjp", "bnorm_hvp",
           "bunprod", "bunprod_jvp", "batch_identity", "bmatmul_right_identity",
           "bmatmul_left_identity", "bmatmul_vjp_rhs_identity", "bmatmul_x", "bmatmul_y",
           "bvalue"]


# -- values and products in the forward sweep ------------------------------------------------
def bvalue(v):
    """A value made to meet batched tangents elementwise: with a trailing axis of length 1,
    a scalar as it is (math's functions take it then)."""
    if isinstance(v, (float, int)) or np.ndim(v) == 0:
        return v
    return np.asarray(v)[..., None]


def _front(t, nd):
    """The directions of ``t`` first, ahead of at least ``nd`` other axes (matmul
    broadcasts the leading axes of its operands against each other)."""
    t = np.moveaxis(t, -1, 0)
    pad = nd - (t.ndim - 1)
    return np.reshape(t, t.shape[:1] + (1,) * pad + t.shape[1:]) if pad > 0 else t


def bmatmul_x(t, y):
    """The tangent part ``x_dot @ y`` with x_dot's directions last, for operands of any rank."""
    if np.ndim(t) == 2:  # x is a vector: its directions are the rows of a matrix
        return np.swapaxes(np.matmul(np.moveaxis(t, -1, 0), y), -1, -2) if np.ndim(y) > 1 \
            else np.matmul(np.moveaxis(t, -1, 0), y)
    return np.moveaxis(np.matmul(_front(t, np.ndim(y)), y), 0, -1)


def bmatmul_y(x, t):
    """The tangent part ``x @ y_dot`` with y_dot's directions last, for operands of any rank."""
    if np.ndim(t) == 2:  # y is a vector: its directions are the columns of a matrix
        return np.matmul(x, t)
    return np.moveaxis(np.matmul(x, _front(t, np.ndim(x))), 0, -1)


# -- the seed: one direction per element ------------------------------------------------------
def batch_identity(x):
    """Tangents of ``x`` in every direction, one per element: the identity, shaped
    ``x.shape + (x.size,)``."""
    n = int(np.size(x))
    dtype = getattr(x, "dtype", None)  # a Python float's tangents are float64 (not float32)
    dtype = dtype if dtype is not None and dtype.kind == "f" else np.float64
    return np.reshape(np.eye(n, dtype=dtype), np.shape(x) + (n,))


def _fresh(a, like):
    """A new array holding ``a`` in the dtype its product with ``like`` would have."""
    # the common case first (numpy's native dtypes are shared instances: ``is`` decides
    # most comparisons for less than ``==``)
    if type(a) is np.ndarray and type(like) is np.ndarray \
            and (a.dtype is like.dtype or a.dtype == like.dtype) and a.dtype.kind == "f":
        return a.copy()
    return np.array(a, dtype=np.result_type(a, like, np.float32))


def bmatmul_right_identity(x, y):
    """``x @ y_dot`` for every direction of y: ``x`` itself when y is a vector (the
    product with the j-th unit vector is x's j-th column)."""
    if (y.ndim if type(y) is np.ndarray else np.ndim(y)) == 1:  # np.ndim costs more here
        return _fresh(x, y)
    return bmatmul_y(x, batch_identity(y))


def bmatmul_left_identity(x, y):
    """``x_dot @ y`` for every direction of x: y's (last two axes') transpose when x is a
    vector (the product of the i-th unit vector with y is y's i-th row)."""
    if np.ndim(x) == 1:
        return _fresh(np.swapaxes(y, -1, -2) if np.ndim(y) > 1 else y, x)
    return bmatmul_x(batch_identity(x), y)


def bmatmul_vjp_rhs_identity(g, x, y):
    """``matmul_vjp_rhs(g, x, y)`` for every direction of g: x's transpose for a matrix x
    and a vector y, kept in x's memory order (a Jacobian's rows are then x's rows). A g
    smaller than ``x @ y`` (a scalar standing for all its entries) takes the general way."""
    if np.ndim(x) == 2 and np.ndim(y) == 1 and np.ndim(g) == 1 and len(g) == len(x):
        return _fresh(x, y).T
    return bmatmul_vjp_rhs(batch_identity(g), x, y)


def _value_shape(t):
    return np.shape(t)[:-1]


def bsum_to_shape(t, shape):
    """``sum_to_shape`` of each column: broadcast dimensions summed away, a smaller ``t``
    broadcast up to ``shape``."""
    t = np.asarray(t)
    shape = tuple(shape)
    if _value_shape(t) == shape:
        return t.copy()
    extra = t.ndim - 1 - len(shape)
    if extra > 0:
        t = t.sum(axis=tuple(range(extra)))
    lead = len(shape) - (t.ndim - 1)
    axes = tuple(i for i in range(t.ndim - 1) if shape[lead + i] == 1 and t.shape[i] != 1)
    if axes:
        t = t.sum(axis=axes, keepdims=True)
    if _value_shape(t) == shape:
        return t
    return np.broadcast_to(t, shape + t.shape[-1:]).copy()


def bunbroadcast(t, x):
    """``unbroadcast`` of each column: summed down to the shape of ``x``."""
    return bsum_to_shape(t, np.shape(x))


def _unreduced(t, shape, axis, keepdims):
    """Columns of a reduction's cotangent with its reduced axes restored (as length 1)."""
    out = _reduced_shape(shape, axis, keepdims)
    if _value_shape(t) != out:
        t = bsum_to_shape(t, out)
    if not keepdims:
        t = np.reshape(t, _reduced_shape(shape, axis, True) + np.shape(t)[-1:])
    return t


def bunreduce(t, x, axis=None, keepdims=False):
    """``unreduce`` of each column: broadcast back to the shape of ``x``."""
    shape = np.shape(x)
    t = _unreduced(t, shape, axis, keepdims)
    return np.broadcast_to(t, shape + np.shape(t)[-1:]).copy()


def bunreduce_extremum(t, x, m, axis=None, keepdims=False):
    """``unreduce_extremum`` of each column: shared among the positions attaining ``m``."""
    shape = np.shape(x)
    t = _unreduced(t, shape, axis, keepdims)
    if not keepdims:
        m = np.reshape(m, _reduced_shape(shape, axis, True))
    hit = x == m
    share = hit / hit.sum(axis=axis, keepdims=True)
    return share[..., None] * t


# matmul of operands of at most two dimensions, as einsum subscripts over (x, y) and their
# product, so that a batch index can be given to any one of the three
_MATMUL = {(2, 2): ("ik", "kj", "ij"), (2, 1): ("ik", "k", "i"), (1, 2): ("k", "kj", "j"),
           (1, 1): ("k", "k", "")}


def _matmul_cotangent(side, g, x, y, batched):
    """The cotangent of ``x`` (side "lhs") or ``y`` ("rhs") in ``x @ y`` for the cotangent
    ``g``, where the argument named by ``batched`` carries the direction axis."""
    xs, ys, out = _MATMUL[np.ndim(x) - (batched == "x"), np.ndim(y) - (batched == "y")]
    want = _value_shape(g) if batched == "g" else np.shape(g)
    if len(want) != len(out):  # a cotangent smaller than the product (a sum's, broadcast)
        sub = {"ij": (np.shape(x)[0], np.shape(y)[-1]), "i": np.shape(x)[:1],
               "j": np.shape(y)[-1:], "": ()}[out]
        g = bsum_to_shape(g, sub) if batched == "g" else np.broadcast_to(g, sub)
    subs = {"g": out, "x": xs, "y": ys}
    subs[batched] += "b"
    other = "y" if side == "lhs" else "x"
    return _contract(subs["g"], g, subs[other], y if side == "lhs" else x,
                     (xs if side == "lhs" else ys) + "b")


def _contract(sa, a, sb, b, target):
    """``np.einsum(f"{sa},{sb}->{target}", a, b)`` for operands sharing only summed
    indices, as one BLAS product (einsum would not use BLAS without searching for a path)."""
    common = [c for c in sa if c in sb]
    r = np.tensordot(a, b, axes=([sa.index(c) for c in common], [sb.index(c) for c in common]))
    order = [c for c in sa + sb if c not in common]
    return np.transpose(r, [order.index(c) for c in target])


def _fits(x, y, batched):
    return (np.ndim(x) - (batched == "x"), np.ndim(y) - (batched == "y")) in _MATMUL


def _by_column(helper, args, k):
    """A helper with no vectorized form here, applied to one column of ``args[k]`` at a
    time (operands of more than two dimensions: matmul's own batch dimensions)."""
    f = {"lhs": matmul_vjp_lhs, "rhs": matmul_vjp_rhs}[helper]
    t = np.asarray(args[k])
    cols = [f(*args[:k], t[..., j], *args[k + 1:]) for j in range(t.shape[-1])]
    return np.stack(cols, axis=-1)


def bmatmul_vjp_lhs(t, x, y):
    """``matmul_vjp_lhs`` of each column of the cotangent ``t``."""
    if type(t) is np.ndarray and type(y) is np.ndarray and np.ndim(x) == 2 and y.ndim == 1 \
            and t.shape == np.shape(x)[:1] + t.shape[-1:]:  # the common case first: W @ h
        return t[:, None, :] * y[None, :, None]
    if not _fits(x, y, "g"):
        return _by_column("lhs", (t, x, y), 0)
    return _matmul_cotangent("lhs", t, x, y, "g")


def bmatmul_vjp_rhs(t, x, y):
    """``matmul_vjp_rhs`` of each column of the cotangent ``t``."""
    if type(t) is np.ndarray and type(x) is np.ndarray and x.ndim == 2 and np.ndim(y) == 1 \
            and t.shape == x.shape[:1] + t.shape[-1:]:  # the common case first: A @ x
        return x.T @ t
    if not _fits(x, y, "g"):
        return _by_column("rhs", (t, x, y), 0)
    return _matmul_cotangent("rhs", t, x, y, "g")


def bmatmul_vjp_lhs_dy(g, x, t):
    """``matmul_vjp_lhs(g, x, y)`` for each column ``t`` of directions of ``y``."""
    if not _fits(x, t, "y"):
        return _by_column("lhs", (g, x, t), 2)
    return _matmul_cotangent("lhs", g, x, t, "y")


def bmatmul_vjp_rhs_dx(g, t, y):
    """``matmul_vjp_rhs(g, x, y)`` for each column ``t`` of directions of ``x``."""
    if not _fits(t, y, "x"):
        return _by_column("rhs", (g, t, y), 1)
    return _matmul_cotangent("rhs", g, t, y, "x")


def _dot_operand(y):
    """np.dot is matmul for a right operand of up to two dimensions (dot_vjp_lhs)."""
    if np.ndim(y) > 2:
        dot_vjp_lhs(0.0, np.zeros(1), y)  # raises s2s's error for it


def bdot_vjp_lhs(t, x, y):
    """``dot_vjp_lhs`` of each column of the cotangent ``t``."""
    _dot_operand(y)
    return bmatmul_vjp_lhs(t, x, y)


def bdot_vjp_rhs(t, x, y):
    """``dot_vjp_rhs`` of each column of the cotangent ``t``."""
    _dot_operand(y)
    return bmatmul_vjp_rhs(t, x, y)


def bdot_vjp_lhs_dy(g, x, t):
    """``dot_vjp_lhs(g, x, y)`` for each column ``t`` of directions of ``y``."""
    _dot_operand(np.asarray(t)[..., 0])
    return bmatmul_vjp_lhs_dy(g, x, t)


def bdot_vjp_rhs_dx(g, t, y):
    """``dot_vjp_rhs(g, x, y)`` for each column ``t`` of directions of ``x``."""
    _dot_operand(y)
    return bmatmul_vjp_rhs_dx(g, t, y)


def breshape_like(t, x):
    """``reshape_like`` of each column."""
    return np.reshape(t, np.shape(x) + np.shape(t)[-1:]).copy()


def buntranspose(t, axes=None):
    """``untranspose`` of each column."""
    nd = np.ndim(t) - 1
    if axes is None:
        return np.transpose(t, tuple(reversed(range(nd))) + (nd,)).copy()
    axes = [a % nd for a in axes]
    return np.transpose(t, tuple(sorted(range(nd), key=axes.__getitem__)) + (nd,)).copy()


def bunsetitem(t, v, *index):
    """``unsetitem`` of each column: what reached each written position of the last write."""
    picked = t[index[0] if len(index) == 1 else index]
    last = unsetitem(np.ones(_value_shape(t)), np.zeros(_value_shape(picked)), *index)
    return bunbroadcast(picked * np.asarray(last)[..., None], v)


def bunconcatenate(t, arrays, axis=0):
    """``unconcatenate`` of each column."""
    axis %= np.ndim(arrays[0])
    bounds = list(itertools.accumulate(np.shape(a)[axis] for a in arrays))[:-1]
    return tuple(p.copy() for p in np.split(t, bounds, axis=axis))


def bunstack(t, arrays, axis=0):
    """``unstack`` of each column."""
    return tuple(p.copy() for p in np.moveaxis(t, axis % (np.ndim(t) - 1), 0))


def bstack(ts, axis=0):
    """``np.stack`` of batched tangents (a negative axis counts from the value's last)."""
    return np.stack(ts, axis=axis % np.ndim(ts[0]))


def bconcatenate(ts, axis=0):
    """``np.concatenate`` of batched tangents."""
    return np.concatenate(ts, axis=axis % (np.ndim(ts[0]) - 1))


def bbroadcast_like(t, x):
    """``broadcast_like`` of each column: made as large as ``x``."""
    return np.broadcast_to(t, np.shape(x) + np.shape(t)[-1:]).copy()


def _value_axes(axis, nd):
    return tuple(a % nd for a in (axis if isinstance(axis, (tuple, list)) else (axis,)))


def bexpand_dims(t, axis):
    """``np.expand_dims`` of each column."""
    nd = np.ndim(t) - 1 + len(_value_axes(axis, 1))
    return np.expand_dims(t, _value_axes(axis, nd)).copy()


def bsqueeze(t, axis=None):
    """``np.squeeze`` of each column (never of the direction axis, even of length 1)."""
    shape = _value_shape(t)
    axes = tuple(i for i, n in enumerate(shape) if n == 1) if axis is None else \
        _value_axes(axis, len(shape))
    return np.squeeze(t, axis=axes).copy()


# -- tangents of products, norms and products of entries, for the forward sweep -----------
def _columns(f, args, k):
    """``f`` applied to one column of ``args[k]`` at a time, stacked as columns."""
    t = np.asarray(args[k])
    return np.stack([f(*args[:k], t[..., j], *args[k + 1:]) for j in range(t.shape[-1])],
                    axis=-1)


def bdot_left(t, y):
    """The tangent part ``np.dot(x_dot, y)`` with x_dot's directions last."""
    if np.ndim(y) == 0:
        return t * y
    if np.ndim(t) == 1:  # x is a scalar
        return np.asarray(y)[..., None] * t
    if np.ndim(y) > 2:  # np.dot is not matmul there
        return _columns(np.dot, (t, y), 0)
    return bmatmul_x(t, y)


def bdot_right(x, t):
    """The tangent part ``np.dot(x, y_dot)`` with y_dot's directions last."""
    if np.ndim(x) == 0:
        return x * t
    if np.ndim(t) == 1:  # y is a scalar
        return np.asarray(x)[..., None] * t
    if np.ndim(t) > 3:
        return _columns(np.dot, (x, t), 1)
    return bmatmul_y(x, t)


def bouter_left(t, y):
    """The tangent part ``np.outer(x_dot, y)`` with x_dot's directions last."""
    t = np.reshape(t, (-1, np.shape(t)[-1]))
    return t[:, None, :] * np.ravel(y)[None, :, None]


def bouter_right(x, t):
    """The tangent part ``np.outer(x, y_dot)`` with y_dot's directions last."""
    t = np.reshape(t, (-1, np.shape(t)[-1]))
    return np.ravel(x)[:, None, None] * t[None, :, :]


def bnorm_vjp(t, x, n, ord=None, axis=None, keepdims=False):
    """``norm_vjp`` of each column of the cotangent ``t`` (it scales the unreduced g)."""
    scale = norm_vjp(1.0, x, n, ord=ord, axis=axis, keepdims=keepdims)
    return bunreduce(t, x, axis=axis, keepdims=keepdims) * np.asarray(scale)[..., None]


def bnorm_hvp(g, x, n, t, ord=None, axis=None, keepdims=False):
    """``norm_hvp`` for each column ``t`` of directions of ``x``."""
    if ord not in (None, "fro", 2) or ord == 2 and not _vector_norm(x, axis):
        raise MissingRuleError(f"s2s has no second derivative of the norm ord={ord!r}",
                               hint="use ord=None or 'fro' (or 2 for vectors) for second "
                                    "derivatives")
    g = np.asarray(unreduce(g, x, axis=axis, keepdims=keepdims))[..., None]
    n = np.asarray(unreduce(n, x, axis=axis, keepdims=keepdims))[..., None]
    xs = np.asarray(x)[..., None]
    dn = np.sum(xs * t, axis=_axes(axis, np.ndim(x)), keepdims=True) / n
    return g * (t / n - xs * dn / n ** 2)


def bunprod(t, x, axis=None, keepdims=False):
    """``unprod`` of each column of the cotangent ``t``."""
    others = unprod(1.0, x, axis=axis, keepdims=keepdims)
    return bunreduce(t, x, axis=axis, keepdims=keepdims) * np.asarray(others)[..., None]


def bunprod_jvp(g, x, t, axis=None, keepdims=False):
    """``unprod_jvp`` for each column ``t`` of directions of ``x``."""
    x = np.asarray(x)
    _refuse_zero_entries(x)
    ratio = t / x[..., None]
    return np.asarray(unprod(g, x, axis=axis, keepdims=keepdims))[..., None] * (
        np.sum(ratio, axis=_axes(axis, x.ndim), keepdims=True) - ratio)
