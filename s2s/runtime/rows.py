"""The helpers of loops whose per-step work runs once on whole arrays
(``s2s/transforms/rows.py``), and of the values a loop records one per step
(``s2s/transforms/recording.py``)."""
from __future__ import annotations

import operator

import numpy as np

# what the loop computed for an operator, row by row (numpy's function would make a Python
# float's result a numpy scalar)
_OPERATORS = {np.add: operator.add, np.subtract: operator.sub, np.multiply: operator.mul,
              np.true_divide: operator.truediv, np.power: operator.pow,
              np.negative: operator.neg, np.matmul: operator.matmul}


# smaller arrays of rows are not overwritten: allocating one costs less than checking
# that the result may take its place (and its memory is no matter)
OVERWRITE = 1 << 16


def rowwise(f, *args, rows=0, overwrite=False):
    """Row k is ``f`` of ``args`` with ``args[rows]`` replaced by its row k: one call of
    ``f`` on the whole array where numpy's broadcasting computes exactly that, else the
    list of per-row results (rows of different shapes, operands of more dimensions than a
    row has). ``overwrite``: ``args[rows]`` is read nowhere else, so an elementwise result
    of its shape and type may take its place (no new array of T rows)."""
    xs = args[rows]
    if type(xs) is np.ndarray and xs.ndim:
        if overwrite and xs.nbytes >= OVERWRITE and f is not np.matmul:
            whole = _in_place(f, xs, args, rows)
            if whole is not None:
                return whole
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


# the ufuncs that compute the operators bit for bit (``xs ** 2`` squares: np.square)
_UFUNCS = {operator.add: np.add, operator.sub: np.subtract, operator.mul: np.multiply,
           operator.truediv: np.true_divide, operator.neg: np.negative}


def _in_place(f, xs, args, rows):
    """``f`` computed into ``xs`` itself; None where the result would differ from the
    whole-array one in shape or type, or ``f`` is no ufunc."""
    f = _OPERATORS.get(f, f)
    if f is operator.pow:
        if rows != 0 or type(args[1]) not in (int, float) or args[1] != 2:
            return None
        f, args = np.square, args[:1]
    f = _UFUNCS.get(f, f)
    if not isinstance(f, np.ufunc) or f.nout != 1 or f.nin != len(args):
        return None
    if len(args) == 2:
        other = args[1 - rows]
        if type(other) is np.ndarray:  # the trailing axes of a row, exactly
            if other.ndim >= xs.ndim or other.shape != xs.shape[xs.ndim - other.ndim:]:
                return None
        elif type(other) not in (int, float):
            return None
    try:  # "no" casting: the type the whole-array call would give, else nothing
        return f(*args, out=xs, casting="no")
    except TypeError:
        return None


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


_NDARRAY = np.ndarray
# fewer steps than this: a loop records into a list (its records are small, and
# list.append is quicker than filling a row)
SHORT = 256


def rows_for(steps, *first, reverse=False, into=None):
    """An empty record of one value per step of ``steps`` (a range), after the values
    ``first``; ``reverse``: the steps run backwards; ``into``: an array of a row per step
    whose row ``i`` is read for the last time at step ``i``, before the step records its
    value (see ``Rows``). A list for a short loop."""
    if len(steps) < SHORT:
        return list(first)
    return Rows(len(steps) + len(first), first, reverse, into)


class Rows:
    """The values a loop records, one per step, in the order appended: one array allocated
    at the first value, of a row per step, while they are floating-point arrays of one
    shape and type (no list of T arrays to stack after the loop); a list otherwise.
    ``stack_rows`` takes the array as it is. Values recorded by a loop that runs its steps
    backwards fill the array from its end, so that the array holds them in the order of
    the steps' indices and ``rows[::-1]`` is contiguous (one product of it with another
    such array needs no copy). ``into``: an array whose rows the values may take the place
    of (the same shape and type), the caller's promise that row i is spent when step i
    records its value."""

    __slots__ = ("append", "rows", "items", "count", "size", "reverse", "shape", "dtype",
                 "into")

    def __init__(self, size, first=(), reverse=False, into=None):
        # ``append`` is the method for the mode the record is in: at the first value, a
        # row, or (a list) list.append itself
        self.append = self._first
        self.rows = self.items = self.shape = self.dtype = None
        self.count, self.size, self.reverse, self.into = 0, size, reverse, into
        for v in first:
            self.append(v)

    def _first(self, v):
        if type(v) is np.ndarray and v.ndim and v.dtype.kind in "fc" and self.size:
            rows, self.into = self.into, None
            if type(rows) is not np.ndarray or rows.shape != (self.size,) + v.shape \
                    or rows.dtype != v.dtype:
                rows = np.empty((self.size,) + v.shape, v.dtype)
            self.rows = rows[::-1] if self.reverse else rows
            self.shape, self.dtype = v.shape, v.dtype
            self.append = self._row
            self._row(v)
        else:
            self._to_list(v)

    def _row(self, v):
        # the common case, in few operations: T calls of it cost a loop of T steps
        count = self.count
        if type(v) is _NDARRAY and v.shape == self.shape and v.dtype is self.dtype \
                and count < self.size:
            self.rows[count] = v
            self.count = count + 1
        else:  # another shape or type: a list from now on
            self._to_list(v)

    def _to_list(self, v):
        self.items = [] if self.rows is None else list(self.rows[:self.count])
        self.rows = self.shape = self.dtype = self.into = None
        self.count = -1  # (rows by position come from the list)
        self.append = self.items.append
        self.append(v)

    def stacked(self):
        """The values as one array where they are rows of one, else as ``stack_rows``
        stacks a list."""
        if self.rows is None:
            return self.items if self.items is not None else []
        return self.rows if self.count == self.size else self.rows[:self.count]

    def __getitem__(self, k):
        if self.count == self.size:
            return self.rows[k]
        items = self.items
        return items[k] if items is not None else self.stacked()[k]

    def __len__(self):
        return self.count if self.rows is not None else len(self.items or ())

    def __iter__(self):
        return iter(self.stacked())
