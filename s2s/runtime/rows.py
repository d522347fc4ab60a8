"""The helper of loops whose per-step work runs once on whole arrays
(``s2s/transforms/rows.py``)."""
from __future__ import annotations

import operator

import numpy as np

# what the loop computed for an operator, row by row (numpy's function would make a Python
# float's result a numpy scalar)
_OPERATORS = {np.add: operator.add, np.subtract: operator.sub, np.multiply: operator.mul,
              np.true_divide: operator.truediv, np.power: operator.pow,
              np.negative: operator.neg, np.matmul: operator.matmul}


def rowwise(f, *args, rows=0):
    """Row k is ``f`` of ``args`` with ``args[rows]`` replaced by its row k: one call of
    ``f`` on the whole array where numpy's broadcasting computes exactly that, else the
    list of per-row results (rows of different shapes, operands of more dimensions than a
    row has)."""
    xs = args[rows]
    if type(xs) is np.ndarray and xs.ndim:
        whole = _matmul(xs, args, rows) if f is np.matmul else _elementwise(f, xs, args, rows)
        if whole is not None:
            return whole
    f = _OPERATORS.get(f, f)
    return [f(*args[:rows], x, *args[rows + 1:]) for x in xs]


def _elementwise(f, xs, args, rows):
    if len(args) == 1:
        return f(xs)
    other = args[1 - rows]
    if type(other) is np.ndarray:
        pad = other.ndim - (xs.ndim - 1)
    elif isinstance(other, (int, float, complex, np.number)):
        pad = 0
    else:
        return None
    if pad > 0:  # a row meets the other operand's trailing axes
        xs = xs.reshape(xs.shape[:1] + (1,) * pad + xs.shape[1:])
    # the operator, as the loop wrote it: ``xs ** 2`` squares, np.power(xs, 2) computes powers
    f = _OPERATORS.get(f, f)
    return f(xs, other) if rows == 0 else f(other, xs)


def _matmul(xs, args, rows):
    other = args[1 - rows]
    if type(other) is not np.ndarray:
        return None
    row, nd = xs.ndim - 1, other.ndim
    if row == 1:  # vectors: x @ row is row . x, or a matrix-vector product
        if rows == 1:
            return xs @ other if nd == 1 else xs @ other.T if nd == 2 else None
        return xs @ other if nd <= 2 else None
    if row >= 2 and nd <= row:  # stacks of matrices: matmul broadcasts over the rows
        return np.matmul(other, xs) if rows == 1 else np.matmul(xs, other)
    return None
