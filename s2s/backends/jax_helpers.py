"""The runtime helpers that the jax backend cannot take from ``s2s.runtime`` as they are
(see ``s2s.backends.jax.helpers``): those that write into arrays in place, ``zeros_like``
(of None), and the special functions that ``s2s.runtime.special`` takes from scipy
(jax.scipy has them); and the functions the jax backend spells Python operators and
builtins with, and numpy functions that jax.numpy does not have or computes differently
(``spellings``)."""
from __future__ import annotations


def overrides(jnp, helpers):
    """Helpers whose numpy code does not run on jax arrays (in-place writes, values a jax
    trace cannot know), written for jax; ``helpers``: the others, compiled against jnp.

    The jax versions also replace the numpy ones inside the compiled helpers' modules, so
    a helper that calls another (``untake`` calls ``add_into``) calls its jax version."""
    import jax.scipy.special as jsp

    from .. import runtime

    def add_at(x_bar, index, g):
        if isinstance(x_bar, (list, tuple, dict)):
            return runtime.add_at(x_bar, index, g)
        return jnp.asarray(x_bar).at[index].add(g)

    def setitem(x, index, v):
        if isinstance(x, (list, dict)):
            return runtime.setitem(x, index, v)
        return jnp.asarray(x).at[index].set(v)

    def unsetitem(g, v, *index):
        index = index[0] if len(index) == 1 else index
        g = jnp.asarray(g)
        items = index if isinstance(index, tuple) else (index,)
        if all(isinstance(i, (int, slice, type(None), type(Ellipsis)))
               or jnp.ndim(i) == 0 and jnp.issubdtype(jnp.result_type(i), jnp.integer)
               for i in items):  # no position written twice: no map of the whole array
            return helpers["unbroadcast"](g[index], v)
        count = jnp.size(jnp.zeros(jnp.shape(g))[index])
        order = jnp.full(jnp.shape(g), -1).at[index].set(
            jnp.arange(count).reshape(jnp.shape(g[index])))
        last = order[index] == jnp.arange(count).reshape(jnp.shape(g[index]))
        return helpers["unbroadcast"](jnp.where(last, g[index], 0.0), v)

    def cast_like(g, x):
        if isinstance(x, (list, tuple)):
            items = [cast_like(a, b) for a, b in zip(g, x)]
            return type(x)(*items) if hasattr(x, "_fields") else type(x)(items)
        if isinstance(x, dict):
            return {k: cast_like(g[k], x[k]) for k in x}
        g = jnp.asarray(g, jnp.result_type(x))
        return g if g.shape == jnp.shape(x) else jnp.broadcast_to(g, jnp.shape(x))

    zeros = helpers["zeros_like"]

    def zeros_like(x):
        """None for None: the zero (a tangent, a cotangent) of a value a loop defines
        before reading it stays undefined, as ``cond``, ``while_loop`` and ``while_scan``
        take None (numpy's ``np.zeros_like(None)`` is an array holding None; jax has none)."""
        return None if x is None else zeros(x)

    def digamma(x):
        """psi(x) = d/dx log|Gamma(x)| (jax.scipy.special.digamma)."""
        return jsp.digamma(x)

    def polygamma(n, x):
        """The n-th derivative of digamma (jax.scipy.special.polygamma)."""
        n = int(n)
        if n < 0:
            raise ValueError("polygamma needs n >= 0")
        return jsp.digamma(x) if n == 0 else jsp.polygamma(n, x)

    jax_versions = {"add_at": add_at, "add_into": add_at, "setitem": setitem,
                    "zeros_like": zeros_like,
                    "unsetitem": unsetitem, "cast_like": cast_like,
                    "digamma": digamma, "polygamma": polygamma}
    for space in {id(f.__globals__): f.__globals__ for f in helpers.values()
                  if hasattr(f, "__globals__") and f.__globals__.get("np") is jnp}.values():
        for name, f in jax_versions.items():
            if name in space:
                space[name] = f
    return jax_versions


def spellings(jax, jnp):
    """What the jax backend calls for a Python operator, builtin or numpy function that
    jax.numpy does not spell as numpy does (``JaxBackend.spell`` names them: NAME becomes
    NAME_), and for arrays of Python values (``array_``: concrete under a trace).

    Python's own where the values are concrete (a Python bool stays a Python bool, so a
    branch on it stays a Python ``if``), jax.numpy's where one is traced, with Python's
    meaning: ``a and b`` is ``b`` where ``a`` is true, else ``a`` (a value, not a bool). The
    operands of ``and`` / ``or`` are already evaluated: s2s lowers ``a and f(x)`` to a
    branch where the right operand could fail or cost something."""
    import functools
    import math

    def traced(*values):
        return any(isinstance(v, jax.core.Tracer) for v in values)

    def and_(a, b):
        return jnp.where(a, b, a) if traced(a) else a and b

    def or_(a, b):
        return jnp.where(a, a, b) if traced(a) else a or b

    def not_(x):
        return jnp.logical_not(x) if traced(x) else not x

    def in_(x, seq):
        """``x in seq``: an element equal to ``x`` (``x == e`` for each of a list's, or
        anywhere in an array)."""
        if isinstance(seq, (list, tuple)):
            if not traced(x, *seq):
                return x in seq
            return functools.reduce(jnp.logical_or, [x == e for e in seq], False)
        if traced(x, seq) and not isinstance(seq, (dict, set, frozenset, str, range)):
            return jnp.any(jnp.asarray(seq) == x)
        return x in seq

    def not_in_(x, seq):
        return not_(in_(x, seq))

    def extremum(builtin, better):
        def pick(*args, **kwargs):
            values = list(args[0]) if len(args) == 1 else args
            if kwargs or not traced(*values):  # a key, or nothing traced: Python's
                return builtin(*args, **kwargs) if len(args) > 1 else builtin(values, **kwargs)
            # Python keeps the first of equal values and takes a later one only where it
            # compares better (so a NaN is kept only where it comes first), as here
            return functools.reduce(lambda m, v: jnp.where(better(v, m), v, m), values)
        pick.__name__ = pick.__qualname__ = builtin.__name__ + "_"
        pick.__doc__ = f"Python's ``{builtin.__name__}``, of traced values too."
        return pick

    def bool_(x):
        return jnp.asarray(x).astype(bool) if traced(x) and jnp.ndim(x) == 0 else bool(x)

    def isinstance_(x, types):
        """``isinstance``, which cannot tell the Python type of a traced value (a float
        argument under jax.jit is a jax array): jax's error for a value that must be
        concrete (the backend's ``run`` reports it; a scan retries as a Python loop)."""
        if traced(x):
            raise jax.errors.ConcretizationTypeError(
                x, "isinstance() of a traced value: under jax.jit every traced argument is "
                   "a jax array, whatever its Python type was")
        return isinstance(x, types)

    def log_(x, base=None):
        """``math.log(x[, base])`` (jnp.log takes no base)."""
        return jnp.log(x) if base is None else jnp.log(x) / jnp.log(base)

    def hypot_(*coordinates):
        """``math.hypot`` of any number of coordinates (jnp.hypot takes two)."""
        if len(coordinates) == 2:
            return jnp.hypot(*coordinates)
        return jnp.sqrt(sum(jnp.square(c) for c in coordinates)) if coordinates else 0.0

    def erfcinv_(y):
        """The inverse of erfc (jax.scipy.special has erfinv and ndtri, not erfcinv):
        ``erfc(x) = 2 ndtr(-x sqrt 2)``, accurate in both tails (``1 - y / 2`` is exact for
        ``y`` in [1, 2])."""
        ndtri = jax.scipy.special.ndtri
        return jnp.where(y > 1, ndtri(1 - y / 2), -ndtri(y / 2)) / math.sqrt(2)

    def cholesky_(a, upper=False):
        """numpy's cholesky, which reads one triangle of ``a`` (the upper one for
        ``upper=True``); jnp.linalg.cholesky would symmetrize ``a``."""
        if not upper:
            return jnp.linalg.cholesky(a, symmetrize_input=False)
        return jnp.swapaxes(jnp.linalg.cholesky(jnp.swapaxes(a, -1, -2),
                                                symmetrize_input=False), -1, -2)

    def eigh_(a, UPLO="L"):
        """numpy's eigh, which reads the ``UPLO`` triangle (jnp's would symmetrize ``a``)."""
        return jnp.linalg.eigh(a, UPLO=UPLO, symmetrize_input=False)

    def eigvalsh_(a, UPLO="L"):
        """numpy's eigvalsh, which reads the ``UPLO`` triangle (jnp's would symmetrize)."""
        return jnp.linalg.eigvalsh(a, UPLO=UPLO, symmetrize_input=False)

    def of_python_values(make):
        def concrete(*args, **kwargs):
            with jax.ensure_compile_time_eval():
                return make(*args, **kwargs)
        concrete.__name__ = concrete.__qualname__ = make.__name__ + "_"
        concrete.__doc__ = f"``jnp.{make.__name__}`` of Python values (constants, lengths), " \
            "computed as jax traces the code: a concrete value, not a traced one."
        return concrete

    return {"and_": and_, "or_": or_, "not_": not_, "in_": in_, "not_in_": not_in_,
            "max_": extremum(max, lambda v, m: v > m), "min_": extremum(min, lambda v, m: v < m),
            "bool_": bool_, "isinstance_": isinstance_,
            "log_": log_, "hypot_": hypot_, "erfcinv_": erfcinv_,
            "cholesky_": cholesky_, "eigh_": eigh_, "eigvalsh_": eigvalsh_,
            "array_": of_python_values(jnp.array), "asarray_": of_python_values(jnp.asarray)}

