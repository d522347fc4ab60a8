"""Helpers of the shape, indexing and statistics rules (``s2s/rules/shape.py``,
``reductions.py``).

Each adjoint helper is linear in its cotangent ``g`` and returns a new array (never a
view of ``g`` or of an input: generated code may update what a helper returns in place).
"""
from __future__ import annotations

import numpy as np

from ..errors import MissingRuleError
from . import _axes, unbroadcast, unreduce, unreduce_extremum

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
    return int(np.prod([shape[a] for a in _axes(axis, len(shape))], dtype=int))


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
    order = np.argsort(x, axis=ax, kind="stable")
    share = np.zeros(n)
    share[(n - 1) // 2] += 0.5
    share[n // 2] += 0.5
    shape = [1] * x.ndim
    shape[ax] = n
    out = np.zeros(x.shape, dtype=np.result_type(G, x))
    np.put_along_axis(out, order, G * share.reshape(shape), axis=ax)
    return out


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
    if np.all(xm != 0):
        out = _reverse_cumsum(gm * y, -1) / xm
    else:
        ones = np.ones(xm.shape[:-1] + (1,), dtype=y.dtype)
        before = np.concatenate([ones, y[..., :-1]], axis=-1)  # prod_{j<k} x[j]
        s = np.zeros(np.broadcast_shapes(gm.shape, xm.shape), dtype=np.result_type(gm, xm))
        acc = 0.0
        for k in reversed(range(xm.shape[-1])):
            acc = gm[..., k] + (xm[..., k + 1] * acc if k + 1 < xm.shape[-1] else 0.0)
            s[..., k] = acc
        out = before * s
    return np.moveaxis(out, -1, ax)


def cumprod_jvp(t, x, axis=None):
    """The tangent of ``y = np.cumprod(x, axis)`` along t: ``y * cumsum(t / x)``, or where x
    holds a zero, the product rule step by step, ``y_dot[i] = y_dot[i-1] x[i] + y[i-1] t[i]``."""
    x, t = np.asarray(x), np.asarray(t)
    if axis is None:
        x, t, axis = np.ravel(x), np.ravel(t), 0
    if np.all(x != 0):
        return np.cumprod(x, axis=axis) * np.cumsum(t / x, axis=axis)
    xm, tm = np.moveaxis(x, axis, -1), np.moveaxis(t, axis, -1)
    y = np.cumprod(xm, axis=-1)
    out = np.zeros(np.broadcast_shapes(xm.shape, tm.shape), dtype=np.result_type(xm, tm))
    out[..., 0] = tm[..., 0]
    for i in range(1, xm.shape[-1]):
        out[..., i] = out[..., i - 1] * xm[..., i] + y[..., i - 1] * tm[..., i]
    return np.moveaxis(out, -1, axis)


def uncumprod_jvp(g, x, t, axis=None):
    """The change of ``uncumprod(g, x)`` along a tangent t of x (entries of x nonzero)."""
    x = np.asarray(x)
    if not np.all(x):
        raise MissingRuleError("s2s has no second derivative of np.cumprod where an entry is 0",
                               hint="keep the entries away from 0, or use one derivative")
    ratio = t / x
    grown = np.cumsum(ratio if axis is not None else np.ravel(ratio), axis=axis)
    g = np.reshape(g, np.shape(grown))
    return uncumprod(g * grown, x, axis=axis) - uncumprod(g, x, axis=axis) * ratio


# -- shapes ----------------------------------------------------------------------------------
def unroll(g, shift, axis=None):
    """Cotangent of ``np.roll(x, shift, axis)``: g rolled back."""
    return np.roll(g, np.negative(shift), axis=axis)


def untile(g, x, reps):
    """Cotangent of ``np.tile(x, reps)``: the tiles of g summed."""
    shape = np.shape(x)
    reps = (int(reps),) if np.ndim(reps) == 0 else tuple(reps)
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
        n, ax, lanes = int(np.prod(shape, dtype=int)), 0, (int(np.prod(shape, dtype=int)),)
    else:
        ax = axis % len(shape)
        n, lanes = shape[ax], shape
    if np.ndim(repeats) == 0 or np.size(repeats) == 1:
        r = int(np.ravel(repeats)[0])
        parts = np.reshape(g, lanes[:ax] + (n, r) + lanes[ax + 1:])
        out = np.sum(parts, axis=ax + 1)
    else:
        owner = np.repeat(np.arange(n), repeats)
        moved = np.zeros((n,) + lanes[:ax] + lanes[ax + 1:], dtype=g.dtype)
        np.add.at(moved, owner, np.moveaxis(g, ax, 0))
        out = np.moveaxis(moved, 0, ax)
    return np.reshape(out, shape)


PAD_MODES = ("constant", "edge", "reflect", "symmetric", "wrap")


def unpad(g, x, pad_width, mode="constant"):
    """Cotangent of ``np.pad(x, pad_width, mode)``: for ``constant``, the middle of g; for
    ``edge``, ``reflect``, ``symmetric`` and ``wrap``, every padded entry's g added to the
    entry it copies."""
    shape = np.shape(x)
    widths = np.broadcast_to(np.asarray(pad_width, dtype=int), (len(shape), 2))
    if mode in ("constant", "empty"):
        return _fresh(g[tuple(slice(b, b + n) for (b, _), n in zip(widths, shape))])
    if mode not in PAD_MODES:
        raise MissingRuleError(f"s2s has no derivative of np.pad with mode={mode!r}",
                               hint="use mode 'constant', 'edge', 'reflect', 'symmetric' "
                                    "or 'wrap'")
    source = np.pad(np.arange(int(np.prod(shape, dtype=int))).reshape(shape), widths, mode=mode)
    out = np.bincount(source.ravel(), weights=np.ravel(g), minlength=source.size)
    return np.reshape(out[:int(np.prod(shape, dtype=int))], shape).astype(np.result_type(g))


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
    out = np.zeros(x_shape, dtype=np.result_type(g, float))
    moved = np.moveaxis(out, (a1, a2), (-2, -1))  # a view: writes reach out
    n = np.shape(g)[-1]
    rows = np.arange(n) + max(-offset, 0)
    cols = np.arange(n) + max(offset, 0)
    moved[..., rows, cols] = g
    return out


def unsplit(g, x, indices_or_sections, axis=0):
    """Cotangent of ``np.split(x, indices_or_sections, axis)`` (and of np.array_split):
    the pieces' cotangents joined (a piece's may come as a scalar, broadcast here)."""
    shape = np.shape(x)
    ax = axis % len(shape)
    lengths = [len(p) for p in np.array_split(np.arange(shape[ax]), indices_or_sections)]
    pieces = [np.broadcast_to(p, shape[:ax] + (n,) + shape[ax + 1:])
              for p, n in zip(g, lengths)]
    return np.concatenate(pieces, axis=ax)


def unhsplit(g, x, indices_or_sections):
    """Cotangent of ``np.hsplit(x, indices_or_sections)``."""
    return unsplit(g, x, indices_or_sections, axis=1 if np.ndim(x) > 1 else 0)


def _unjoin(g, pieces, axis):
    """Split g along ``axis`` into pieces of the given (promoted) shapes' lengths."""
    bounds = np.cumsum([p[axis] for p in pieces])[:-1]
    return np.split(g, bounds, axis=axis)


def _unstacked(g, arrays, promote, axis):
    shapes = [np.shape(a) for a in arrays]
    parts = _unjoin(g, [np.shape(promote(np.empty(s))) for s in shapes], axis)
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
        n = int(np.prod(shape, dtype=int))
        out = np.zeros(n, dtype=np.result_type(g, float))
        np.add.at(out, _wrapped(np.asarray(indices), n, mode), g)
        return np.reshape(out, shape)
    ax = axis % len(shape)
    idx = _wrapped(np.asarray(indices), shape[ax], mode)
    out = np.zeros(shape, dtype=np.result_type(g, float))
    # g's axes: x's axes before ax, then idx's axes, then x's axes after ax
    lead = (slice(None),) * ax
    np.add.at(out, lead + (idx,), g)
    return out


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
        out = np.zeros(int(np.prod(shape, dtype=int)), dtype=np.result_type(g, float))
        np.add.at(out, indices, g)
        return np.reshape(out, shape)
    ax = axis % len(shape)
    idx = np.broadcast_to(indices, np.broadcast_shapes(
        indices.shape, shape[:ax] + (indices.shape[ax],) + shape[ax + 1:]))
    out = np.zeros(shape, dtype=np.result_type(g, float))
    np.add.at(out, _along_axis_index(idx, ax, len(shape)), g)
    return out


def _sort_order(x, axis):
    if axis is None:
        return np.argsort(np.ravel(x), kind="stable")
    return np.argsort(x, axis=axis, kind="stable")


def sort_like(t, x, axis=-1):
    """``t`` permuted as ``np.sort(x, axis)`` permutes x (the tangent of the sort)."""
    order = _sort_order(x, axis)
    if axis is None:
        return np.ravel(t)[order]
    return np.take_along_axis(np.asarray(t), order, axis=axis)


def unsort(g, x, axis=-1):
    """Cotangent of ``np.sort(x, axis)``: g scattered back to where each entry came from."""
    order = _sort_order(x, axis)
    out = np.zeros(np.shape(x), dtype=np.result_type(g, float))
    if axis is None:
        out.reshape(-1)[order] = np.ravel(g)
        return out
    np.put_along_axis(out, order, g, axis=axis)
    return out


def unpartition(g, x, kth, axis=-1):
    """Cotangent of ``np.partition(x, kth, axis)``: g scattered back through the
    permutation ``np.argpartition`` finds (the one np.partition applies)."""
    order = np.argpartition(x, kth, axis=axis)
    out = np.zeros(np.shape(x), dtype=np.result_type(g, float))
    if axis is None:
        out.reshape(-1)[order] = np.ravel(g)
        return out
    np.put_along_axis(out, order, g, axis=axis)
    return out


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
