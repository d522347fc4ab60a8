"""Helpers of the shape, indexing and statistics rules (``s2s/rules/shape.py``,
``reductions.py``).

Each adjoint helper is linear in its cotangent ``g`` and returns a new array (never a
view of ``g`` or of an input: generated code may update what a helper returns in place).
"""
from __future__ import annotations

import itertools
import math

import numpy as np
import numpy as onp  # plain numpy (static index tables), also where np is jax.numpy

from ..errors import MissingRuleError
from . import _axes, _known_true, add_into, unbroadcast, unreduce, unreduce_extremum

__all__ = [
    # statistics
    "var_vjp", "average_vjp", "average_weights_vjp", "average_weights_jvp",
    "average_vjp_jvp", "average_weights_vjp_jvp", "unptp", "zero_where_nan",
    "unnanmean", "unmedian",
    # cumulative sums and products
    "uncumsum", "uncumprod", "cumprod_jvp", "uncumprod_jvp",
    # shapes, padding, splitting and joining
    "unroll", "untile", "unrepeat", "unpad", "pad_tangent", "unpad_value", "undiag",
    "undiagonal", "unsplit", "unhsplit", "unhstack", "unvstack", "undstack",
    "uncolumn_stack", "unappend_arr", "unappend_values", "append_tangent",
    # gathers, permutations, selections
    "untake", "untake_along_axis", "unsort", "sort_like", "unpartition", "partition_like",
    "unselect", "unselect_default",
]


def _fresh(a):
    """``a`` as an array that shares memory with nothing else."""
    return np.array(a, copy=True)


# -- statistics ------------------------------------------------------------------------------
def _count(shape, axis):
    """How many entries a reduction over ``axis`` takes together."""
    return math.prod(shape[a] for a in _axes(axis, len(shape)))


def var_vjp(g, x, axis=None, ddof=0, keepdims=False):
    """Cotangent of ``np.var(x, axis, ddof=ddof)``: ``g * 2 (x - mean) / (n - ddof)``.

    Linear in g and in x (``np.std``'s adjoint is this one with ``g / (2 * std)``)."""
    x = np.asarray(x)
    centred = x - np.mean(x, axis=axis, keepdims=True)
    scale = 2.0 / (_count(x.shape, axis) - ddof)
    return unreduce(g, x, axis=axis, keepdims=keepdims) * centred * scale


def _full_weights(a, weights, axis):
    """The weights of ``np.average(a, axis, weights)`` broadcast to ``a``'s shape (numpy
    accepts 1-D weights along ``axis``)."""
    a_shape, w = np.shape(a), np.asarray(weights)
    if w.shape == a_shape:
        return w
    if axis is None or w.ndim != 1:
        raise ValueError("weights of np.average must have the shape of a, or be 1-D along "
                         "an axis given as an int")
    shape = [1] * len(a_shape)
    shape[axis % len(a_shape)] = w.shape[0]
    return np.broadcast_to(w.reshape(shape), a_shape)


def _weights_back(t, weights, axis):
    """A quantity of ``a``'s shape summed down to the shape of the weights."""
    w_shape = np.shape(weights)
    if np.shape(t) == w_shape:
        return t
    ax = axis % np.ndim(t)
    return np.sum(t, axis=tuple(i for i in range(np.ndim(t)) if i != ax))


def _average_parts(a, weights, axis):
    """(a, full weights, their sum over axis kept, the average kept) of a weighted mean."""
    a = np.asarray(a)
    w = _full_weights(a, weights, axis)
    total = np.sum(w, axis=axis, keepdims=True)
    avg = np.sum(a * w, axis=axis, keepdims=True) / total
    return a, w, total, avg


def _tangent_like(t, a, axis):
    """A tangent of the weights (maybe the scalar 0.0) at ``a``'s full shape."""
    if np.ndim(t) == 0:
        return np.broadcast_to(t, np.shape(a))
    return _full_weights(a, t, axis)


def average_vjp(g, a, weights=None, axis=None, keepdims=False):
    """Cotangent of ``a`` in ``np.average(a, axis, weights)``: ``g w / sum(w)``."""
    if weights is None:
        return unreduce(g, a, axis=axis, keepdims=keepdims) / _count(np.shape(a), axis)
    a, w, total, _ = _average_parts(a, weights, axis)
    return unreduce(g, a, axis=axis, keepdims=keepdims) * (w / total)


def average_weights_vjp(g, a, weights, axis=None, keepdims=False):
    """Cotangent of the weights in ``np.average(a, axis, weights)``:
    ``g (a - average) / sum(w)``, summed to the weights' shape."""
    a, w, total, avg = _average_parts(a, weights, axis)
    full = unreduce(g, a, axis=axis, keepdims=keepdims) * ((a - avg) / total)
    return _weights_back(full, weights, axis)


def average_weights_jvp(a, weights, weights_dot, axis=None, keepdims=False):
    """The change of ``np.average(a, axis, weights)`` along a tangent of the weights."""
    a, w, total, avg = _average_parts(a, weights, axis)
    wd = _tangent_like(weights_dot, a, axis)
    out = np.sum((a - avg) * wd, axis=axis, keepdims=True) / total
    return out if keepdims else np.reshape(out, np.shape(np.sum(a, axis=axis)))


def average_vjp_jvp(g, a, weights, weights_dot, axis=None, keepdims=False):
    """The change of ``average_vjp(g, a, weights)`` along a tangent of the weights."""
    a, w, total, _ = _average_parts(a, weights, axis)
    wd = _tangent_like(weights_dot, a, axis)
    total_dot = np.sum(wd, axis=axis, keepdims=True)
    return unreduce(g, a, axis=axis, keepdims=keepdims) * (wd - w * (total_dot / total)) / total


def average_weights_vjp_jvp(g, a, weights, a_dot, weights_dot, axis=None, keepdims=False):
    """The change of ``average_weights_vjp(g, a, weights)`` along tangents of a and the
    weights (a zero tangent may come as the scalar 0.0)."""
    a, w, total, avg = _average_parts(a, weights, axis)
    G = unreduce(g, a, axis=axis, keepdims=keepdims)
    ad = np.broadcast_to(a_dot, a.shape)
    wd = _tangent_like(weights_dot, a, axis)
    total_dot = np.sum(wd, axis=axis, keepdims=True)
    avg_dot = (np.sum(ad * w + a * wd, axis=axis, keepdims=True) - avg * total_dot) / total
    full = G * ((ad - avg_dot) - (a - avg) * (total_dot / total)) / total
    return _weights_back(full, weights, axis)


def unptp(g, x, axis=None, keepdims=False):
    """Cotangent of ``np.ptp(x, axis)`` (max - min; ties share, as for max and min)."""
    hi = np.max(x, axis=axis, keepdims=keepdims)
    lo = np.min(x, axis=axis, keepdims=keepdims)
    return (unreduce_extremum(g, x, hi, axis=axis, keepdims=keepdims)
            - unreduce_extremum(g, x, lo, axis=axis, keepdims=keepdims))


def zero_where_nan(t, x):
    """``t`` with zeros where ``x`` is NaN (the entries np.nansum and np.nanmean skip)."""
    return np.where(np.isnan(x), 0.0, t)


def unnanmean(g, x, axis=None, keepdims=False):
    """Cotangent of ``np.nanmean(x, axis)``: g shared among the entries that are not NaN."""
    counted = ~np.isnan(x)
    n = np.sum(counted, axis=axis, keepdims=True)
    return np.where(counted, unreduce(g, x, axis=axis, keepdims=keepdims) / n, 0.0)


def unmedian(g, x, axis=None, keepdims=False):
    """Cotangent of ``np.median(x, axis)``: g to the middle entry of each sorted lane, or
    half of it to each of the two middle ones (ties: the stable sort's order)."""
    x = np.asarray(x)
    if axis is None:
        return np.reshape(unmedian(np.reshape(g, ()), np.ravel(x), 0), x.shape)
    if np.ndim(axis) != 0:
        raise MissingRuleError("s2s has no derivative of np.median over several axes",
                               hint="reshape the axes into one, or median over one axis")
    ax = axis % x.ndim
    G = unreduce(g, x, axis=ax, keepdims=keepdims)
    n = x.shape[ax]
    share = onp.zeros(n)
    share[(n - 1) // 2] += 0.5
    share[n // 2] += 0.5
    shape = [1] * x.ndim
    shape[ax] = n
    in_order = G * share.reshape(shape).astype(np.result_type(G, x))  # of the sorted lanes
    return _unpermute(in_order, _stable_argsort(x, ax), ax)


# -- cumulative sums and products ------------------------------------------------------------
def _reverse_cumsum(a, axis):
    return np.flip(np.cumsum(np.flip(a, axis), axis), axis)


def uncumsum(g, x, axis=None):
    """Cotangent of ``np.cumsum(x, axis)``: the cumulative sum of g from the end."""
    g = np.asarray(g)
    if axis is None:  # np.cumsum flattens x
        return np.reshape(_reverse_cumsum(np.ravel(g), 0), np.shape(x))
    return _reverse_cumsum(g, axis)


def uncumprod(g, x, axis=None):
    """Cotangent of ``y = np.cumprod(x, axis)``: ``x_bar[k] = sum_{i>=k} g[i] y[i] / x[k]``.

    Where a lane holds a zero, the quotient is replaced by the products it stands for,
    ``prod_{j<k} x[j] * S[k]`` with ``S[k] = g[k] + x[k+1] S[k+1]`` (one step per entry of
    the lane), so zeros in x give exact cotangents."""
    x, g = np.asarray(x), np.asarray(g)
    if axis is None:
        return np.reshape(uncumprod(np.ravel(g), np.ravel(x), 0), x.shape)
    ax = axis % x.ndim
    xm, gm = np.moveaxis(x, ax, -1), np.moveaxis(g, ax, -1)
    y = np.cumprod(xm, axis=-1)
    if _known_true(np.all(xm != 0)):
        out = _reverse_cumsum(gm * y, -1) / xm
    else:
        ones = np.ones(xm.shape[:-1] + (1,), dtype=y.dtype)
        before = np.concatenate([ones, y[..., :-1]], axis=-1)  # prod_{j<k} x[j]
        n, lanes = xm.shape[-1], np.broadcast_shapes(gm.shape, xm.shape)[:-1]
        s = [np.broadcast_to(gm[..., n - 1], lanes)]  # S[k], from the last k down
        for k in reversed(range(n - 1)):
            s.append(gm[..., k] + xm[..., k + 1] * s[-1])
        out = before * np.stack(s[::-1], axis=-1)
    return np.moveaxis(out, -1, ax)


def cumprod_jvp(t, x, axis=None):
    """The tangent of ``y = np.cumprod(x, axis)`` along t: ``y * cumsum(t / x)``, or where x
    holds a zero, the product rule step by step, ``y_dot[i] = y_dot[i-1] x[i] + y[i-1] t[i]``."""
    x, t = np.asarray(x), np.asarray(t)
    if axis is None:
        x, t, axis = np.ravel(x), np.ravel(t), 0
    if _known_true(np.all(x != 0)):
        return np.cumprod(x, axis=axis) * np.cumsum(t / x, axis=axis)
    xm, tm = np.moveaxis(x, axis, -1), np.moveaxis(t, axis, -1)
    y = np.cumprod(xm, axis=-1)
    out = [np.broadcast_to(tm[..., 0], np.broadcast_shapes(xm.shape, tm.shape)[:-1])]
    for i in range(1, xm.shape[-1]):
        out.append(out[-1] * xm[..., i] + y[..., i - 1] * tm[..., i])
    return np.moveaxis(np.stack(out, axis=-1), -1, axis)


def uncumprod_jvp(g, x, t, axis=None):
    """The change of ``uncumprod(g, x)`` along a tangent t of x (entries of x nonzero)."""
    x = np.asarray(x)
    if _known_true(np.any(x == 0)):
        raise MissingRuleError("s2s has no second derivative of np.cumprod where an entry is 0",
                               hint="keep the entries away from 0, or use one derivative")
    ratio = t / x
    grown = np.cumsum(ratio if axis is not None else np.ravel(ratio), axis=axis)
    g = np.reshape(g, np.shape(grown))
    return uncumprod(g * grown, x, axis=axis) - uncumprod(g, x, axis=axis) * ratio


# -- shapes ----------------------------------------------------------------------------------
def unroll(g, shift, axis=None):
    """Cotangent of ``np.roll(x, shift, axis)``: g rolled back."""
    back = tuple(-s for s in shift) if isinstance(shift, (tuple, list)) else -shift
    return np.roll(g, back, axis=axis)


def untile(g, x, reps):
    """Cotangent of ``np.tile(x, reps)``: the tiles of g summed."""
    shape = np.shape(x)
    reps = tuple(int(r) for r in onp.ravel(reps))
    d = max(len(shape), len(reps))
    s = (1,) * (d - len(shape)) + tuple(shape)
    r = (1,) * (d - len(reps)) + reps
    tiles = np.reshape(g, [n for pair in zip(r, s) for n in pair])
    return np.reshape(np.sum(tiles, axis=tuple(range(0, 2 * d, 2))), shape)


def unrepeat(g, x, repeats, axis=None):
    """Cotangent of ``np.repeat(x, repeats, axis)``: the copies of each entry summed."""
    shape = np.shape(x)
    g = np.asarray(g)
    if axis is None:
        n, ax, lanes = math.prod(shape), 0, (math.prod(shape),)
    else:
        ax = axis % len(shape)
        n, lanes = shape[ax], shape
    if onp.size(repeats) == 1:
        r = int(onp.ravel(repeats)[0])
        parts = np.reshape(g, lanes[:ax] + (n, r) + lanes[ax + 1:])
        out = np.sum(parts, axis=ax + 1)
    else:
        owner = onp.repeat(onp.arange(n), repeats)
        moved = np.zeros((n,) + lanes[:ax] + lanes[ax + 1:], dtype=g.dtype)
        out = np.moveaxis(add_into(moved, owner, np.moveaxis(g, ax, 0)), 0, ax)
    return np.reshape(out, shape)


PAD_MODES = ("constant", "edge", "reflect", "symmetric", "wrap")


def unpad(g, x, pad_width, mode="constant"):
    """Cotangent of ``np.pad(x, pad_width, mode)``: for ``constant``, the middle of g; for
    ``edge``, ``reflect``, ``symmetric`` and ``wrap``, every padded entry's g added to the
    entry it copies."""
    shape = np.shape(x)
    widths = onp.broadcast_to(onp.asarray(pad_width, dtype=int), (len(shape), 2))
    if mode in ("constant", "empty"):
        return _fresh(g[tuple(slice(int(b), int(b) + n) for (b, _), n in zip(widths, shape))])
    if mode not in PAD_MODES:
        raise MissingRuleError(f"s2s has no derivative of np.pad with mode={mode!r}",
                               hint="use mode 'constant', 'edge', 'reflect', 'symmetric' "
                                    "or 'wrap'")
    size = math.prod(shape)
    source = onp.pad(onp.arange(size).reshape(shape), widths, mode=mode)  # whose copy each is
    out = add_into(np.zeros(size, dtype=np.result_type(g)), source.ravel(), np.ravel(g))
    return np.reshape(out, shape)


def pad_tangent(t, pad_width, mode="constant"):
    """The tangent of ``np.pad(x, pad_width, mode)`` along t (the modes that copy entries)."""
    if mode not in PAD_MODES + ("empty",):
        raise MissingRuleError(f"s2s has no derivative of np.pad with mode={mode!r}",
                               hint="use mode 'constant', 'edge', 'reflect', 'symmetric' "
                                    "or 'wrap'")
    return np.pad(t, pad_width, mode="constant" if mode == "empty" else mode)


def unpad_value(g, x, pad_width, value=0):
    """Cotangent of the scalar ``constant_values`` in ``np.pad(x, pad_width)``: g summed
    over the padding."""
    if np.ndim(value) != 0:
        raise MissingRuleError("s2s has a derivative of np.pad's constant_values only for "
                               "one scalar value", hint="pad with one value, or make "
                               "constant_values a constant")
    return np.sum(g) - np.sum(unpad(g, x, pad_width))


def undiag(g, v, k=0):
    """Cotangent of ``np.diag(v, k)``: the k-th diagonal of g when v is a vector; g on the
    k-th diagonal of a matrix of v's shape when v is a matrix."""
    if np.ndim(v) == 1:
        return _fresh(np.diagonal(g, k))
    return undiagonal(g, v, k)


def undiagonal(g, x, offset=0, axis1=0, axis2=1):
    """Cotangent of ``np.diagonal(x, offset, axis1, axis2)``: g written on that diagonal
    of zeros of x's shape (np.diagonal puts the diagonal last)."""
    x_shape = np.shape(x)
    nd = len(x_shape)
    a1, a2 = axis1 % nd, axis2 % nd
    n = np.shape(g)[-1]
    if n == 0:
        return np.zeros(x_shape, dtype=np.result_type(g, float))
    rows, cols = onp.indices((x_shape[a1], x_shape[a2]))
    i = rows - max(-offset, 0)  # position (rows, cols) of the diagonal holds g[..., i]
    on = (cols - rows == offset) & (i < n)
    out = np.where(on, np.asarray(g)[..., onp.where(on, i, 0)], 0.0)  # other axes, rows, cols
    return np.moveaxis(out, (-2, -1), (a1, a2))


def unsplit(g, x, indices_or_sections, axis=0):
    """Cotangent of ``np.split(x, indices_or_sections, axis)`` (and of np.array_split):
    the pieces' cotangents joined (a piece's may come as a scalar, broadcast here)."""
    shape = np.shape(x)
    ax = axis % len(shape)
    lengths = [len(p) for p in onp.array_split(onp.arange(shape[ax]), indices_or_sections)]
    pieces = [np.broadcast_to(p, shape[:ax] + (n,) + shape[ax + 1:])
              for p, n in zip(g, lengths)]
    return np.concatenate(pieces, axis=ax)


def unhsplit(g, x, indices_or_sections):
    """Cotangent of ``np.hsplit(x, indices_or_sections)``."""
    return unsplit(g, x, indices_or_sections, axis=1 if np.ndim(x) > 1 else 0)


def _unjoin(g, pieces, axis):
    """Split g along ``axis`` into pieces of the given (promoted) shapes' lengths."""
    bounds = list(itertools.accumulate(p[axis] for p in pieces))[:-1]
    return np.split(g, bounds, axis=axis)


def _unstacked(g, arrays, promote, axis):
    shapes = [np.shape(a) for a in arrays]
    parts = _unjoin(g, [np.shape(promote(onp.empty(s))) for s in shapes], axis)
    return tuple(_fresh(np.reshape(p, s)) for p, s in zip(parts, shapes))


def unhstack(g, arrays):
    """Cotangents of the pieces of ``np.hstack(arrays)``."""
    return _unstacked(g, arrays, np.atleast_1d, 1 if np.ndim(g) > 1 else 0)


def unvstack(g, arrays):
    """Cotangents of the pieces of ``np.vstack(arrays)``."""
    return _unstacked(g, arrays, np.atleast_2d, 0)


def undstack(g, arrays):
    """Cotangents of the pieces of ``np.dstack(arrays)``."""
    return _unstacked(g, arrays, np.atleast_3d, 2)


def uncolumn_stack(g, arrays):
    """Cotangents of the pieces of ``np.column_stack(arrays)`` (vectors become columns)."""
    def column(a):
        return a.reshape(-1, 1) if a.ndim < 2 else a
    return _unstacked(g, arrays, column, 1)


def unappend_arr(g, arr, axis=None):
    """Cotangent of ``arr`` in ``np.append(arr, values, axis)``."""
    if axis is None:
        n = int(np.size(arr))
        return np.reshape(_fresh(np.ravel(g)[:n]), np.shape(arr))
    n = np.shape(arr)[axis]
    return _fresh(np.take(g, np.arange(n), axis=axis))


def unappend_values(g, arr, values, axis=None):
    """Cotangent of ``values`` in ``np.append(arr, values, axis)``."""
    if axis is None:
        n = int(np.size(arr))
        return np.reshape(_fresh(np.ravel(g)[n:]), np.shape(values))
    n = np.shape(arr)[axis]
    return _fresh(np.take(g, np.arange(n, np.shape(g)[axis]), axis=axis))


def append_tangent(arr_dot, values_dot, arr, values, axis=None):
    """The tangent of ``np.append(arr, values, axis)`` (a zero tangent may come as the
    scalar 0.0)."""
    return np.append(np.broadcast_to(arr_dot, np.shape(arr)),
                     np.broadcast_to(values_dot, np.shape(values)), axis=axis)


# -- gathers and permutations ----------------------------------------------------------------
def _wrapped(indices, n, mode):
    if mode == "wrap":
        return np.mod(indices, n)
    if mode == "clip":
        return np.clip(indices, 0, n - 1)
    return indices


def untake(g, x, indices, axis=None, mode="raise"):
    """Cotangent of ``np.take(x, indices, axis)``: g added back at the indices (a repeated
    index collects every g that came from it)."""
    shape = np.shape(x)
    g = np.asarray(g)
    if axis is None:
        n = math.prod(shape)
        out = np.zeros(n, dtype=np.result_type(g, float))
        return np.reshape(add_into(out, _wrapped(np.asarray(indices), n, mode), g), shape)
    ax = axis % len(shape)
    idx = _wrapped(np.asarray(indices), shape[ax], mode)
    out = np.zeros(shape, dtype=np.result_type(g, float))
    # g's axes: x's axes before ax, then idx's axes, then x's axes after ax
    lead = (slice(None),) * ax
    return add_into(out, lead + (idx,), g)


def _along_axis_index(indices, axis, ndim):
    """The full fancy index numpy's take_along_axis uses."""
    idx = []
    for d in range(ndim):
        if d == axis:
            idx.append(indices)
        else:
            shape = [1] * ndim
            shape[d] = indices.shape[d]
            idx.append(np.arange(indices.shape[d]).reshape(shape))
    return tuple(idx)


def untake_along_axis(g, x, indices, axis):
    """Cotangent of ``np.take_along_axis(x, indices, axis)``."""
    shape = np.shape(x)
    indices = np.asarray(indices)
    if axis is None:
        out = np.zeros(math.prod(shape), dtype=np.result_type(g, float))
        return np.reshape(add_into(out, indices, g), shape)
    ax = axis % len(shape)
    idx = np.broadcast_to(indices, np.broadcast_shapes(
        indices.shape, shape[:ax] + (indices.shape[ax],) + shape[ax + 1:]))
    out = np.zeros(shape, dtype=np.result_type(g, float))
    return add_into(out, _along_axis_index(idx, ax, len(shape)), g)


def _stable_argsort(x, axis):
    """``np.argsort(x, axis)`` keeping equal entries in their order (jax.numpy's argsort
    always does, and takes no ``kind``)."""
    if np is onp:
        return np.argsort(x, axis=axis, kind="stable")
    return np.argsort(x, axis=axis)


def _sort_order(x, axis):
    if axis is None:
        return _stable_argsort(np.ravel(x), -1)
    return _stable_argsort(x, axis)


def _unpermute(g, order, axis):
    """The ``y`` with ``np.take_along_axis(y, order, axis) == g`` (order: a permutation of
    each lane; axis None: of the flattened array), so the cotangent of that gather."""
    if axis is None:
        return np.ravel(g)[np.argsort(order)]
    return np.take_along_axis(np.asarray(g), np.argsort(order, axis=axis), axis=axis)


def sort_like(t, x, axis=-1):
    """``t`` permuted as ``np.sort(x, axis)`` permutes x (the tangent of the sort)."""
    order = _sort_order(x, axis)
    if axis is None:
        return np.ravel(t)[order]
    return np.take_along_axis(np.asarray(t), order, axis=axis)


def unsort(g, x, axis=-1):
    """Cotangent of ``np.sort(x, axis)``: g scattered back to where each entry came from."""
    return np.reshape(_unpermute(g, _sort_order(x, axis), axis), np.shape(x))


def unpartition(g, x, kth, axis=-1):
    """Cotangent of ``np.partition(x, kth, axis)``: g scattered back through the
    permutation ``np.argpartition`` finds (the one np.partition applies)."""
    order = np.argpartition(x, kth, axis=axis)
    return np.reshape(_unpermute(g, order, axis), np.shape(x))


def partition_like(t, x, kth, axis=-1):
    """``t`` permuted as ``np.partition(x, kth, axis)`` permutes x (its tangent)."""
    order = np.argpartition(x, kth, axis=axis)
    if axis is None:
        return np.ravel(t)[order]
    return np.take_along_axis(np.asarray(t), order, axis=axis)


def _first_true(condlist):
    """Which condition ``np.select`` takes at each position (len(condlist): none)."""
    conds = np.broadcast_arrays(*[np.asarray(c, dtype=bool) for c in condlist])
    stacked = np.stack(list(conds) + [np.ones(conds[0].shape, dtype=bool)])
    return np.argmax(stacked, axis=0)


def unselect(g, condlist, choicelist):
    """Cotangents of the choices of ``np.select(condlist, choicelist, default)``: g where
    a choice is the one taken (the first condition that holds), summed to its shape."""
    taken = _first_true(condlist)
    return tuple(unbroadcast(np.where(taken == k, g, 0.0), c) for k, c in enumerate(choicelist))


def unselect_default(g, condlist, default):
    """Cotangent of ``default`` in ``np.select(condlist, choicelist, default)``."""
    return unbroadcast(np.where(_first_true(condlist) == len(condlist), g, 0.0), default)
