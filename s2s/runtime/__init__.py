"""Helpers that generated derivative code calls by name.

This module holds the general ones; ``arrays`` (shapes, indexing, statistics) and ``linalg``
hold those of their rule families. Every public function of the package is a helper.

Each is small, pure (``add_at`` writes only into an adjoint buffer that the generated code
owns), and works on numpy arrays, Python scalars and nested lists/tuples/dicts of them.

The jax backend runs the same code with ``np`` bound to ``jax.numpy``
(``s2s.backends.jax.helpers``), under ``jax.jit``. So the helpers write no array in place
(but ``add_at``, ``add_into``, ``setitem`` and ``unsetitem``, which the jax backend
replaces: ``s2s/backends/jax_helpers.py``), compute shapes, axes and index tables in Python
or plain numpy (``onp``; ``np.`` of constants is traced under jit), and test array values
only through ``_known_true`` (a faster formula, or a refusal, where the value is known).
"""
from __future__ import annotations

import itertools

import numpy as np

from ..errors import MissingRuleError, ShapeError

_SCALARS = (int, float, complex, bool, np.number, np.bool_)


def _known_true(condition):
    """``bool(condition)``; False for a value whose truth is not known yet (a jax value
    being traced by jax.jit). The helpers test values only to pick a faster formula or to
    refuse a point where a derivative does not exist; under a trace they take the general
    formula and skip the check."""
    try:
        return bool(condition)
    except TypeError:  # jax's TracerBoolConversionError
        return False


def stop_gradient(x):
    """The value of x, with a zero derivative (s2s writes no adjoint through it)."""
    return x


def zeros_like(x):
    """Zeros of x's shape and dtype; for containers, the same structure of zeros."""
    if isinstance(x, (list, tuple)):
        zeros = (zeros_like(v) for v in x)  # a namedtuple (np.linalg's results): a tuple
        return tuple(zeros) if hasattr(x, "_fields") else type(x)(zeros)
    if isinstance(x, dict):
        return {k: zeros_like(v) for k, v in x.items()}
    if isinstance(x, (bool, int)):
        return 0.0
    if isinstance(x, float):
        return 0.0
    return np.zeros_like(x)


def add(a, b):
    """a + b, elementwise through containers."""
    if isinstance(a, (list, tuple)):
        items = [add(u, v) for u, v in zip(a, b)]
        return type(a)(*items) if hasattr(a, "_fields") else type(a)(items)  # a NamedTuple
    if isinstance(a, dict):
        return {k: add(a[k], b[k]) for k in a}
    return a + b


def unbroadcast(g, x):
    """Sum ``g`` down to the shape of ``x`` (the adjoint of broadcasting)."""
    shape = x.shape if isinstance(x, np.ndarray) else np.shape(x)
    if (g.shape if isinstance(g, np.ndarray) else np.shape(g)) == shape:
        return g
    g = sum_to_shape(g, shape)
    if isinstance(x, _SCALARS) and not isinstance(x, np.ndarray):
        return g[()]
    return g


def sum_to_shape(g, shape):
    """``g`` made exactly ``shape``: broadcast dimensions summed away, and a ``g`` smaller
    than ``shape`` (a scalar cotangent of a sum) broadcast up to it."""
    g = np.asarray(g)
    if g.shape == shape:
        return g
    if type(g) is np.ndarray and g.ndim == 2 and g.dtype == _F64:  # numpy's (not jax's)
        summed = _sum_matrix(g, shape)
        if summed is not None:
            return summed
    extra = g.ndim - len(shape)
    if extra == 1 and g.shape[1:] == shape:  # a leading broadcast axis (a bias)
        return g.sum(axis=0)
    if extra > 0:
        g = g.sum(axis=tuple(range(extra)))
    lead = len(shape) - g.ndim
    axes = tuple(i for i in range(g.ndim) if shape[lead + i] == 1 and g.shape[i] != 1)
    if axes:
        g = g.sum(axis=axes, keepdims=True)
    return g if g.shape == shape else g + np.zeros(shape, dtype=g.dtype)


_F64 = np.dtype(np.float64)
_ONES = {}


def _ones(n):
    """A read-only float64 vector of n ones, kept for the next call."""
    v = _ONES.get(n)
    if v is None:
        if len(_ONES) > 64:
            _ONES.clear()
        v = _ONES[n] = np.ones(n)
        v.flags.writeable = False
    return v


def _sum_matrix(g, shape):
    """A float64 matrix summed over its rows or its columns to ``shape`` as a product with
    a vector of ones: numpy's reductions over short rows cost several times more (4 us
    against 1 us for 64 x 10). None for any other reduction."""
    n, k = g.shape
    if shape == (k,) or shape == (1, k):  # over the rows (a bias's cotangent)
        return _ones(n).dot(g).reshape(shape)
    if shape == (n, 1):  # over the columns, kept (a softmax's normalizer)
        return g.dot(_ones(k)).reshape(shape)
    return None


def _axes(axis, ndim):
    if axis is None:
        return tuple(range(ndim))
    axes = tuple(axis) if isinstance(axis, (tuple, list)) else (axis,)
    return tuple(sorted(a % ndim for a in axes))


def _reduced_shape(shape, axis, keepdims):
    axes = _axes(axis, len(shape))
    if keepdims:
        return tuple(1 if i in axes else n for i, n in enumerate(shape))
    return tuple(n for i, n in enumerate(shape) if i not in axes)


def unreduce(g, x, axis=None, keepdims=False):
    """Broadcast the cotangent of a reduction over ``axis`` back to the shape of ``x``."""
    shape = np.shape(x)
    if axis is None and np.ndim(g) == 0:
        return np.full(shape, g)
    out = _reduced_shape(shape, axis, keepdims)
    if np.shape(g) != out:
        g = sum_to_shape(g, out)
    if not keepdims:
        g = np.reshape(g, _reduced_shape(shape, axis, True))
    return np.broadcast_to(g, shape)


def unreduce_extremum(g, x, m, axis=None, keepdims=False):
    """Cotangent of max/min (``m``): shared equally among the positions that attain it, as
    JAX does."""
    if keepdims and type(g) is np.ndarray and type(m) is np.ndarray:  # quickly
        if g.shape != m.shape:
            g = sum_to_shape(g, m.shape)
    else:
        shape = np.shape(x)
        out = _reduced_shape(shape, axis, keepdims)
        if np.shape(g) != out:
            g = sum_to_shape(g, out)
        if not keepdims:
            kept = _reduced_shape(shape, axis, True)
            g = np.reshape(g, kept)
            m = np.reshape(m, kept)
    hit = x == m
    if type(hit) is np.ndarray and hit.ndim == 2 and x.dtype == _F64 and np.ndim(m) == 2:
        # ties counted as sum_to_shape sums (quicker than a reduction over short rows)
        share = hit.astype(_F64)
        return share * (g / sum_to_shape(share, m.shape))  # not *=: g may be complex
    return hit * (g / hit.sum(axis=axis, keepdims=True))


def unprod(g, x, axis=None, keepdims=False):
    """Cotangent of ``np.prod(x, axis)``: g times the product of the *other* entries,
    computed without dividing by x, so zeros in x are exact."""
    x = np.asarray(x)
    g = unreduce(g, x, axis=axis, keepdims=keepdims)
    if axis is None:
        flat = x.reshape(-1)
        return g * _exclusive_products(flat, 0).reshape(x.shape)
    axes = _axes(axis, x.ndim)  # several axes: move them last and flatten them together
    moved = np.moveaxis(x, axes, range(x.ndim - len(axes), x.ndim))
    flat = moved.reshape(moved.shape[:x.ndim - len(axes)] + (-1,))
    others = _exclusive_products(flat, -1).reshape(moved.shape)
    return g * np.moveaxis(others, range(x.ndim - len(axes), x.ndim), axes)


def _refuse_zero_entries(x):
    """The second derivative of np.prod below divides by x's entries."""
    if _known_true(np.any(x == 0)):
        raise MissingRuleError("s2s has no second derivative of np.prod where an entry is 0",
                               hint="keep the entries away from 0, or use one derivative")


def unprod_jvp(g, x, t, axis=None, keepdims=False):
    """The change of ``unprod(g, x)`` along a tangent t of x (entries of x nonzero)."""
    x = np.asarray(x)
    _refuse_zero_entries(x)
    axes = _axes(axis, x.ndim)
    ratio = t / x
    return unprod(g, x, axis=axis, keepdims=keepdims) * (
        np.sum(ratio, axis=axes, keepdims=True) - ratio)


def _exclusive_products(a, axis):
    """Product of all entries but one along ``axis``, for each entry (no division)."""
    a = np.moveaxis(a, axis, -1)
    ones = np.ones(a.shape[:-1] + (1,), dtype=a.dtype)
    before = np.cumprod(np.concatenate([ones, a[..., :-1]], axis=-1), axis=-1)
    after = np.cumprod(np.concatenate([ones, a[..., :0:-1]], axis=-1), axis=-1)[..., ::-1]
    return np.moveaxis(before * after, -1, axis)


def unsetitem(g, v, *index):
    """Cotangent of ``v`` in ``x[index] = v``: what reached each written position, where a
    position written twice (a repeated integer index) keeps only the last write."""
    index = index[0] if len(index) == 1 else index
    gv = g[index]
    if _basic(index):  # no position written twice; a copy, as the caller zeroes g[index]
        return unbroadcast(gv.copy() if type(gv) is np.ndarray else gv, v)
    order = np.full(np.shape(g), -1)
    count = int(np.prod(np.shape(gv)))
    order[index] = np.arange(count).reshape(np.shape(gv))
    last = order[index] == np.arange(count).reshape(np.shape(gv))
    return unbroadcast(np.where(last, gv, 0.0), v)


def clip_inside(x, lo, hi):
    """Where ``np.clip(x, lo, hi)`` passes x through (bounds of None do not clip)."""
    inside = np.ones(np.shape(x), dtype=bool)
    if lo is not None:
        inside = inside & (x >= lo)
    if hi is not None:
        inside = inside & (x <= hi)
    return inside


def clip_below(x, lo):
    """Where ``np.clip`` returns its lower bound."""
    return np.zeros(np.shape(x), dtype=bool) if lo is None else x < lo


def clip_above(x, hi):
    """Where ``np.clip`` returns its upper bound."""
    return np.zeros(np.shape(x), dtype=bool) if hi is None else x > hi


def _vector_norm(x, axis):
    """Whether ``np.linalg.norm(x, axis=axis)`` is a vector norm (else a matrix norm)."""
    if axis is None:
        return np.ndim(x) == 1
    return not isinstance(axis, (tuple, list)) or len(axis) == 1


def norm_vjp(g, x, n, ord=None, axis=None, keepdims=False):
    """Cotangent of ``n = np.linalg.norm(x, ord, axis)`` for vector p-norms (p = 1, 2,
    inf, -inf or any p), the Frobenius norm of a matrix, and the other matrix norms
    (``matrix_norm_vjp``)."""
    g = unreduce(g, x, axis=axis, keepdims=keepdims)
    n = unreduce(n, x, axis=axis, keepdims=keepdims)
    vector = _vector_norm(x, axis)
    if ord is None or ord == "fro" or ord == 2 and vector:
        return g * x / n
    if not vector:  # nuc, 2, -2, 1, -1, inf, -inf (or a MissingRuleError)
        return matrix_norm_vjp(g, x, ord, axis)  # noqa: F405 - from .linalg, below
    if ord == np.inf or ord == -np.inf:
        a = np.abs(x)
        hit = a == n
        return g * np.sign(x) * hit / np.sum(hit, axis=axis, keepdims=True)
    if ord == 1:
        return g * np.sign(x)
    return g * np.sign(x) * np.abs(x) ** (ord - 1) / n ** (ord - 1)


def norm_hvp(g, x, n, t, ord=None, axis=None, keepdims=False):
    """The change of ``norm_vjp(g, x, n)`` along the tangent t of x (for ord None/2/'fro');
    with n's own change, it makes the norm twice differentiable."""
    matrix = not _vector_norm(x, axis)
    if ord not in (None, "fro", 2) or ord == 2 and matrix:
        raise MissingRuleError(f"s2s has no second derivative of the norm ord={ord!r}",
                               hint="use ord=None or 'fro' (or 2 for vectors) for second "
                                    "derivatives")
    g = unreduce(g, x, axis=axis, keepdims=keepdims)
    n = unreduce(n, x, axis=axis, keepdims=keepdims)
    dn = np.sum(x * t, axis=axis, keepdims=True) / n if axis is not None or keepdims else \
        np.sum(x * t) / n
    return g * (t / n - x * dn / n ** 2)


def inner_vjp_lhs(g, x, y):
    """Cotangent of ``x`` in ``np.inner(x, y)`` (contracts the last axes)."""
    if np.ndim(x) == 0 or np.ndim(y) == 0:
        return unbroadcast(g * y, x)
    ny = np.ndim(y) - 1
    return np.tensordot(g, y, axes=(list(range(np.ndim(g) - ny, np.ndim(g))), list(range(ny))))


def inner_vjp_rhs(g, x, y):
    """Cotangent of ``y`` in ``np.inner(x, y)``."""
    if np.ndim(x) == 0 or np.ndim(y) == 0:
        return unbroadcast(g * x, y)
    nx = np.ndim(x) - 1
    return np.tensordot(g, x, axes=(list(range(nx)), list(range(nx))))


def _matmul_shape(x, y):
    xs, ys = np.shape(x), np.shape(y)
    if len(xs) == 0 or len(ys) == 0:
        return np.broadcast_shapes(xs, ys)
    if len(xs) == 1 and len(ys) == 1:
        return ()
    if len(ys) == 1:
        return xs[:-1]
    if len(xs) == 1:
        return ys[:-2] + ys[-1:]
    return np.broadcast_shapes(xs[:-2], ys[:-2]) + (xs[-2], ys[-1])


def matmul_vjp_lhs(g, x, y):
    """Cotangent of ``x`` in ``x @ y``."""
    if type(g) is np.ndarray and type(x) is np.ndarray and type(y) is np.ndarray:
        if x.ndim == 2:  # the common cases first (.dot: as in matmul_vjp_rhs)
            if y.ndim == 2 and g.shape == (x.shape[0], y.shape[1]):
                return g.dot(y.T)
            if y.ndim == 1 and g.shape == x.shape[:1]:
                return np.outer(g, y)
        elif x.ndim == 1 and y.ndim == 2 and g.shape == y.shape[1:]:
            return y.dot(g)
    elif type(g) is float and g == 0.0:  # the zero cotangent of a value a path never made
        return zeros_like(x)
    x_nd, y_nd = np.ndim(x), np.ndim(y)
    if x_nd == 0 or y_nd == 0:
        return unbroadcast(g * y, x)
    out = _matmul_shape(x, y)
    if np.shape(g) != out:
        g = sum_to_shape(g, out)
    if y_nd == 1:
        r = np.multiply.outer(g, y) if x_nd > 1 else g * y
    else:
        r = np.matmul(g if x_nd > 1 else np.expand_dims(g, -2), np.swapaxes(y, -1, -2))
        if x_nd == 1:
            r = np.squeeze(r, -2)
    return unbroadcast(r, x)


def matmul_vjp_rhs(g, x, y):
    """Cotangent of ``y`` in ``x @ y``."""
    if type(g) is np.ndarray and type(x) is np.ndarray and type(y) is np.ndarray:
        # the common cases first; ndarray.dot is matmul for these ranks, and quicker to
        # call (np.dot and @ dispatch through more layers)
        if x.ndim == 2:
            if y.ndim == 1 and g.shape == x.shape[:1]:
                return g.dot(x)
            if y.ndim == 2 and g.shape == (x.shape[0], y.shape[1]):
                return x.T.dot(g)
        elif x.ndim == 1 and y.ndim == 2 and g.shape == y.shape[1:]:
            return np.outer(x, g)
    elif type(g) is float and g == 0.0:  # the zero cotangent of a value a path never made
        return zeros_like(y)
    x_nd, y_nd = np.ndim(x), np.ndim(y)
    if x_nd == 0 or y_nd == 0:
        return unbroadcast(g * x, y)
    out = _matmul_shape(x, y)
    if np.shape(g) != out:
        g = sum_to_shape(g, out)
    if x_nd == 1:
        r = np.multiply.outer(x, g) if y_nd > 1 else x * g
    else:
        gm = g if y_nd > 1 else np.expand_dims(g, -1)
        r = np.matmul(np.swapaxes(x, -1, -2), gm)
        if y_nd == 1:
            r = np.squeeze(r, -1)
    return unbroadcast(r, y)


def stack_rows(xs):
    """The values a loop collected, as one array with a row per iteration where they are
    floating-point values of one shape, else the list itself (Python integers do not
    overflow; numpy's do)."""
    if type(xs) is Rows:
        xs = xs.stacked()
    if type(xs) is not list or not xs:
        return xs
    try:
        rows = np.array(xs)
    except ValueError:  # rows of different shapes
        return xs
    return rows if rows.dtype.kind in "fc" else xs


def _stacked(*values):
    return all(type(v) is np.ndarray for v in values)


def _forwards(gs, ys):
    """Two stacks of per-step factors read backwards (``rows[::-1]`` of ``Rows`` filled
    from the end), turned round: a sum over the steps does not depend on their order,
    and BLAS would copy an array of negative strides."""
    if gs.strides[0] < 0 and ys.strides[0] < 0:
        return gs[::-1], ys[::-1]
    return gs, ys


def matmul_vjp_lhs_sum(gs, x, ys):
    """The sum over a loop of ``matmul_vjp_lhs(g, x, y)``, as one product of the stacked
    per-iteration factors (``stack_rows``)."""
    if _stacked(gs, ys, x) and x.ndim == 2 and gs.ndim == ys.ndim and gs.ndim in (2, 3):
        gs, ys = _forwards(gs, ys)
        if gs.ndim == 2 and gs.shape[1:] == x.shape[:1]:  # sum of outer(g, y)
            return unbroadcast(gs.T.dot(ys), x)
        if gs.shape[1:] == (x.shape[0], ys.shape[2]):  # sum of g @ y.T
            return unbroadcast(np.tensordot(gs, ys, axes=([0, 2], [0, 2])), x)
    return sum((matmul_vjp_lhs(g, x, y) for g, y in zip(gs, ys)), zeros_like(x))


def matmul_vjp_rhs_sum(gs, xs, y):
    """The sum over a loop of ``matmul_vjp_rhs(g, x, y)``, as one product."""
    if _stacked(gs, xs, y) and y.ndim == 2 and gs.ndim == xs.ndim and gs.ndim in (2, 3):
        gs, xs = _forwards(gs, xs)
        if gs.ndim == 2 and gs.shape[1:] == y.shape[1:]:  # sum of outer(x, g)
            return unbroadcast(xs.T.dot(gs), y)
        if gs.shape[1:] == (xs.shape[1], y.shape[1]):  # sum of x.T @ g
            return unbroadcast(np.tensordot(xs, gs, axes=([0, 1], [0, 1])), y)
    return sum((matmul_vjp_rhs(g, x, y) for g, x in zip(gs, xs)), zeros_like(y))


def unbroadcast_sum(gs, x):
    """The sum over a loop of ``unbroadcast(g, x)``."""
    if type(gs) is np.ndarray:
        if not len(gs):
            return zeros_like(x)
        if gs.strides[0] < 0:  # read backwards (see _forwards)
            gs = gs[::-1]
        summed = _ones(len(gs)).dot(gs) if gs.ndim == 2 and gs.dtype == _F64 \
            else np.add.reduce(gs, axis=0)
        return unbroadcast(summed, x)
    return sum((unbroadcast(g, x) for g in gs), zeros_like(x))


def dot_vjp_lhs(g, x, y):
    """Cotangent of ``x`` in ``np.dot(x, y)`` (matmul for up to 2-D, product for scalars)."""
    if np.ndim(y) > 2:
        raise MissingRuleError("s2s has no derivative of np.dot with a right operand of more "
                               "than 2 dimensions", hint="use np.matmul or @ (its batching is "
                               "what you usually want), or np.tensordot")
    return matmul_vjp_lhs(g, x, y)


def dot_vjp_rhs(g, x, y):
    """Cotangent of ``y`` in ``np.dot(x, y)``."""
    if np.ndim(y) > 2:
        raise MissingRuleError("s2s has no derivative of np.dot with a right operand of more "
                               "than 2 dimensions", hint="use np.matmul or @ (its batching is "
                               "what you usually want), or np.tensordot")
    return matmul_vjp_rhs(g, x, y)


def add_at(x_bar, index, g):
    """``x_bar[index] += g`` for arrays, containers and repeated integer indices."""
    if isinstance(x_bar, list):
        x_bar = list(x_bar)
        x_bar[index] = add(x_bar[index], g)
        return x_bar
    if isinstance(x_bar, tuple):
        items = list(x_bar)
        items[index] = add(items[index], g)
        return tuple(items)
    if isinstance(x_bar, dict):
        return {**x_bar, index: add(x_bar[index], g)}
    x_bar = np.array(x_bar, copy=True)
    np.add.at(x_bar, index, g)
    return x_bar


def add_into(x_bar, index, g):
    """``add_at`` allowed to update ``x_bar`` in place (the generated code owns it)."""
    if isinstance(x_bar, np.ndarray):
        if _basic(index):
            x_bar[index] += g
        else:
            np.add.at(x_bar, index, g)
        return x_bar
    if isinstance(x_bar, list):
        x_bar[index] = add(x_bar[index], g)
        return x_bar
    return add_at(x_bar, index, g)


def _basic(index):
    items = index if isinstance(index, tuple) else (index,)
    return all(isinstance(i, (int, np.integer, slice, type(None), type(Ellipsis))) for i in items)


def setitem(x, index, v):
    """``x[index] = v`` on a copy; the emitter writes it in place when that is safe."""
    if isinstance(x, list):
        x = list(x)
        x[index] = v
        return x
    x = np.array(x, copy=True)
    x[index] = v
    return x


# -- batched forward mode: tangents with a trailing axis, one column per direction --------
def bexpand(v):
    """A value with a trailing axis of length 1, to meet batched tangents elementwise."""
    return np.asarray(v)[..., None]


def batch_zeros(x, seed):
    """Zero tangents of x for as many directions as ``seed`` carries (for containers, the
    same structure of them)."""
    if isinstance(x, (list, tuple)):
        items = [batch_zeros(v, seed) for v in x]
        return type(x)(*items) if hasattr(x, "_fields") else type(x)(items)
    if isinstance(x, dict):
        return {k: batch_zeros(v, seed) for k, v in x.items()}
    if x is None:  # a value not defined on this path: a scalar's zeros, as numpy gives them
        x = 0.0
    return np.zeros(np.shape(x) + np.shape(seed)[-1:], dtype=np.result_type(x, seed))


def batch_broadcast_like(t, x):
    """A batched tangent broadcast to x's shape (its direction axis kept last)."""
    return np.broadcast_to(t, np.shape(x) + np.shape(t)[-1:])


def bsum(t, axis=None, keepdims=False):
    """``np.sum`` of a batched tangent over the value's axes (never the direction axis)."""
    nd = np.ndim(t) - 1
    axes = tuple(range(nd)) if axis is None else _axes(axis, nd)
    return np.sum(t, axis=axes, keepdims=keepdims)


def breshape(t, shape):
    """``np.reshape`` of a batched tangent."""
    shape = tuple(shape) if isinstance(shape, (tuple, list)) else (shape,)
    return np.reshape(t, shape + np.shape(t)[-1:])


def btranspose(t, axes=None):
    """``np.transpose`` of a batched tangent."""
    nd = np.ndim(t) - 1
    axes = tuple(reversed(range(nd))) if axes is None else tuple(axes)
    return np.transpose(t, axes + (nd,))


def broadcast_like(t, x):
    """``t`` made as large as ``x`` (a new, writable array when it has to grow)."""
    shape = x.shape if type(x) is np.ndarray else np.shape(x)
    if type(t) is float and shape:  # the seed of a sum's cotangent: quickly
        return np.full(shape, t)
    if np.shape(t) == shape:
        return t
    if isinstance(x, _SCALARS) and not isinstance(x, np.ndarray):
        return t
    return np.broadcast_to(t, shape).copy()


def cast_like(g, x):
    """Give the cotangent of ``x`` the dtype and kind (array or scalar) of ``x``."""
    if x.__class__ is float:
        return float(g)
    if isinstance(x, np.ndarray):
        if type(g) is np.ndarray and g.dtype == x.dtype and g.shape == x.shape:
            return g
        g = np.asarray(g)
        if g.shape != x.shape:
            g = np.broadcast_to(g, x.shape).copy()
        elif not g.flags.writeable:
            g = g.copy()
        return g.astype(x.dtype, copy=False) if g.dtype != x.dtype else g
    if isinstance(x, float):
        return float(g)
    if isinstance(x, np.generic):
        return x.dtype.type(g)
    if isinstance(x, (list, tuple)):  # a NamedTuple parameter gets a NamedTuple gradient
        items = [cast_like(a, b) for a, b in zip(g, x)]
        return type(x)(*items) if hasattr(x, "_fields") else type(x)(items)
    if isinstance(x, dict):
        return {k: cast_like(g[k], x[k]) for k in x}
    return g


def untranspose(g, axes=None):
    """Cotangent of ``np.transpose(x, axes)``: g transposed by the inverse permutation."""
    if axes is None:
        return np.transpose(g)
    axes = [a % np.ndim(g) for a in axes]
    return np.transpose(g, sorted(range(len(axes)), key=axes.__getitem__))


def unconcatenate(g, arrays, axis=0):
    """Cotangents of the pieces of ``np.concatenate(arrays, axis)``."""
    bounds = list(itertools.accumulate(np.shape(a)[axis] for a in arrays))[:-1]
    return tuple(np.split(g, bounds, axis=axis))


def unstack(g, arrays, axis=0):
    """Cotangents of the pieces of ``np.stack(arrays, axis)``."""
    return tuple(np.moveaxis(g, axis, 0))


def reshape_like(g, x):
    """``g`` in the shape of ``x`` (the adjoint of any reshape)."""
    return np.reshape(g, np.shape(x))


def checked_cotangents(f, cotangents, *primals):
    """What the backward function of the ``s2s.custom_vjp`` function ``f`` returned, checked
    as JAX checks it: one cotangent per argument, each of its argument's shape and (for an
    array) dtype; ``None`` is zeros. A wrong shape would otherwise be broadcast silently."""
    bwd, names = f.bwd, f.params
    where = (bwd.__code__.co_filename, bwd.__code__.co_firstlineno, 0) \
        if hasattr(bwd, "__code__") else None
    hint = (f"return a tuple with one cotangent per argument of {f.__name__} "
            f"({', '.join(names)}), each of its argument's shape and dtype (None for zeros)")
    if not isinstance(cotangents, (tuple, list)) or len(cotangents) != len(primals):
        got = f"{len(cotangents)} values" if isinstance(cotangents, (tuple, list)) else \
            f"a {type(cotangents).__name__}"
        raise ShapeError(f"{bwd.__name__}, the backward function of {f.__name__}, returned "
                         f"{got} where {f.__name__} takes {len(primals)} arguments", where, hint)
    checked = []
    for name, x, ct in zip(names, primals, cotangents):
        if ct is None or isinstance(x, (bool, int)):
            checked.append(zeros_like(x) if ct is None else ct)
            continue
        if not _same_type(x, ct):
            raise ShapeError(
                f"{bwd.__name__}, the backward function of {f.__name__}, returned a cotangent "
                f"of shape {np.shape(ct)} and dtype {getattr(ct, 'dtype', None)} for its "
                f"argument {name}, which has shape {np.shape(x)} and dtype "
                f"{getattr(x, 'dtype', type(x).__name__)}", where, hint)
        checked.append(ct)
    return tuple(checked)


def checked_tangent(f, pair):
    """What the jvp function of the ``s2s.custom_jvp`` function ``f`` returned: an output
    and its tangent, of the output's shape and (for an array) dtype."""
    jvp = f.jvp
    where = (jvp.__code__.co_filename, jvp.__code__.co_firstlineno, 0) \
        if hasattr(jvp, "__code__") else None
    hint = f"return (out, out_tangent), the tangent of out's shape and dtype"
    if not isinstance(pair, (tuple, list)) or len(pair) != 2:
        raise ShapeError(f"{jvp.__name__}, the jvp function of {f.__name__}, returned "
                         f"{type(pair).__name__} where (out, out_tangent) is needed", where, hint)
    out, t = pair
    if not _same_type(out, t):
        raise ShapeError(f"{jvp.__name__}, the jvp function of {f.__name__}, returned a tangent "
                         f"of shape {np.shape(t)} and dtype {getattr(t, 'dtype', None)} for an "
                         f"output of shape {np.shape(out)} and dtype "
                         f"{getattr(out, 'dtype', None)}", where, hint)
    return out, t


def _same_type(x, t):
    """Whether ``t`` has ``x``'s shape and, where both are arrays, its dtype."""
    if isinstance(x, (tuple, list)):
        return isinstance(t, (tuple, list)) and len(t) == len(x) and \
            all(_same_type(a, b) for a, b in zip(x, t))
    x_dtype, t_dtype = getattr(x, "dtype", None), getattr(t, "dtype", None)
    return np.shape(x) == np.shape(t) and (x_dtype is None or t_dtype is None
                                           or x_dtype == t_dtype)


def transpose_jvp(f, primals, g):
    """The cotangents of ``primals`` of the ``s2s.custom_jvp`` function ``f`` for the
    output cotangent ``g``: the transpose of ``f``'s jvp, which is linear in its tangents,
    computed by s2s's reverse mode of the user's jvp function."""
    from ..api import vjp
    (ans, _), pullback = vjp(f.jvp, primals, zeros_like(primals), wrt=1)
    return pullback((zeros_like(ans), g))


# helpers of the larger rule families live beside this module, one module per family; they
# are imported last so that they can use the helpers above
from .arrays import *  # noqa: E402,F401,F403
from .linalg import *  # noqa: E402,F401,F403
from .special import *  # noqa: E402,F401,F403
from .batched import *  # noqa: E402,F401,F403
from .rows import *  # noqa: E402,F401,F403

HELPERS = {name: obj for name, obj in dict(globals()).items()
           if callable(obj) and not name.startswith("_")
           and getattr(obj, "__module__", "").startswith(__name__)}
