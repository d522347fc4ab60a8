"""Custom derivatives of whole Python functions, as in JAX.

``@s2s.custom_vjp`` gives a function its reverse-mode derivative (``f.defvjp(f_fwd, f_bwd)``:
``f_fwd(*args) -> (out, residuals)``, ``f_bwd(residuals, g) -> one cotangent per argument``);
``@s2s.custom_jvp`` its forward-mode derivative (``f.defjvp(f_jvp)``:
``f_jvp(primals, tangents) -> (out, out_tangent)``, linear in the tangents).

s2s does not read the body of such a function: every call to it becomes one primitive of
the generated code, and the user's functions appear there by name::

    y, softplus_res = softplus_fwd(x)      # forward sweep
    x_bar, = checked_cotangents(softplus, softplus_bwd(softplus_res, y_bar), x)   # backward

    y, y_dot = checked_tangent(softplus, softplus_jvp((x,), (x_dot,)))    # forward mode

What the user's functions return is checked as JAX checks it (``checked_cotangents``,
``checked_tangent``): one cotangent per argument, each of its argument's shape and dtype,
and a tangent of the output's; a wrong one is an ``s2s.ShapeError`` naming the function and
the argument, never a silent broadcast.

Inside a loop the residuals are recorded on the tape like any other value the backward
sweep reads. Reverse mode of a ``custom_jvp`` function transposes ``f_jvp``: s2s generates
the reverse-mode derivative of ``f_jvp`` with respect to its tangents (the runtime helper
``transpose_jvp``), as JAX transposes the linear part of a jvp. A ``custom_vjp`` function
has no forward-mode derivative (JAX has none either); derivatives that need one (``jvp``,
``jacfwd``, ``hvp``, ``hessian``) raise ``s2s.MissingRuleError``. Before ``defvjp`` or
``defjvp`` is called, the function is differentiated like any other.
"""
from __future__ import annotations

import functools
import inspect


class _Custom:
    kind = ""

    def __init__(self, fun):
        functools.update_wrapper(self, fun)
        self.fun = fun
        self.params = tuple(inspect.signature(fun).parameters)  # named in errors

    def __call__(self, *args, **kwargs):
        return self.fun(*args, **kwargs)

    def _register(self):
        from .rules import register_custom
        register_custom(self)


class custom_vjp(_Custom):
    """A function with a user-given reverse-mode derivative (follows ``jax.custom_vjp``)."""
    kind = "vjp"

    def __init__(self, fun):
        super().__init__(fun)
        self.fwd = self.bwd = None

    def defvjp(self, fwd, bwd):
        """``fwd(*args) -> (out, residuals)``; ``bwd(residuals, g) -> tuple`` with one
        cotangent per argument of the function (``None`` or zeros for those that take none)."""
        for name, f in (("fwd", fwd), ("bwd", bwd)):
            if not callable(f):
                raise TypeError(f"{self.__name__}.defvjp: {name} must be a function")
        self.fwd, self.bwd = fwd, bwd
        self._register()
        return self


class custom_jvp(_Custom):
    """A function with a user-given forward-mode derivative (follows ``jax.custom_jvp``)."""
    kind = "jvp"

    def __init__(self, fun):
        super().__init__(fun)
        self.jvp = None

    def defjvp(self, jvp):
        """``jvp(primals, tangents) -> (out, out_tangent)``; usable as a decorator."""
        if not callable(jvp):
            raise TypeError(f"{self.__name__}.defjvp: jvp must be a function")
        self.jvp = jvp
        self._register()
        return jvp
