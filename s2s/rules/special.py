"""``scipy.special``: the special functions numerical and statistical code calls.

scipy is not a dependency of s2s: these rules are registered only when ``scipy.special``
imports. Emitted code spells the functions ``scipy.special.expit(...)`` whatever name the
user imported them under (the numpy backend binds ``scipy`` in generated code).

Every derivative is written with numpy and the runtime helpers of
``s2s.runtime.special`` (``digamma``, ``polygamma``, ``logsumexp_weights``), each of which
has rules of its own, so second derivatives (``s2s.hessian``, ``s2s.hvp``) work too.

- ``logsumexp(a, axis, b, keepdims)``: the adjoint is ``g`` times the softmax weights
  ``b * exp(a - logsumexp)``; ``b`` must broadcast to the shape of ``a`` (not the other way)
  and ``return_sign`` is not supported;
- ``softmax``/``log_softmax(x, axis)``: ``y * (g - sum(g * y))`` and
  ``g - exp(y) * sum(g)`` over ``axis``;
- ``polygamma(n, x)``: differentiable in x only (n is an integer order);
- ``xlogy(x, y)``/``xlog1py``: ``log(y)`` in x, also at x = 0 (as JAX: -inf at y = 0).
"""
from .core import ZERO
from .domains import Arr, Case, binary, unary

# (name, derivative in x and ans)
UNARY = [
    ("expit", "ans * (1 - ans)"),
    ("logit", "1 / (x * (1 - x))"),
    ("log_expit", "-np.expm1(ans)"),            # 1 - expit(x), exact where expit(x) ~ 1
    ("softplus", "-np.expm1(-ans)"),            # expit(x)
    ("erf", "2 / np.sqrt(np.pi) * np.exp(-x ** 2)"),
    ("erfc", "-2 / np.sqrt(np.pi) * np.exp(-x ** 2)"),
    ("erfinv", "np.sqrt(np.pi) / 2 * np.exp(ans ** 2)"),
    ("erfcinv", "-np.sqrt(np.pi) / 2 * np.exp(ans ** 2)"),
    ("ndtr", "np.exp(-x ** 2 / 2) / np.sqrt(2 * np.pi)"),
    ("log_ndtr", "np.exp(-x ** 2 / 2 - ans) / np.sqrt(2 * np.pi)"),
    ("ndtri", "np.sqrt(2 * np.pi) * np.exp(ans ** 2 / 2)"),
    ("gammaln", "digamma(x)"),
    ("gamma", "ans * digamma(x)"),
    ("digamma", "polygamma(1, x)"),
    ("entr", "-np.log(x) - 1"),
]

# two broadcasting arguments: name: (x template, y template, jvp)
BINARY = {
    "xlogy": ("g * np.log(y)", "g * x / y", "x_dot * np.log(y) + y_dot * x / y"),
    "xlog1py": ("g * np.log1p(y)", "g * x / (1 + y)", "x_dot * np.log1p(y) + y_dot * x / (1 + y)"),
    "rel_entr": ("g * (np.log(x / y) + 1)", "-g * x / y", "x_dot * (np.log(x / y) + 1) - y_dot * x / y"),
    "kl_div": ("g * np.log(x / y)", "g * (1 - x / y)", "x_dot * np.log(x / y) + y_dot * (1 - x / y)"),
    "betaln": ("g * (digamma(x) - digamma(x + y))", "g * (digamma(y) - digamma(x + y))",
               "x_dot * (digamma(x) - digamma(x + y)) + y_dot * (digamma(y) - digamma(x + y))"),
    "beta": ("g * ans * (digamma(x) - digamma(x + y))", "g * ans * (digamma(y) - digamma(x + y))",
             "ans * (x_dot * (digamma(x) - digamma(x + y)) + y_dot * (digamma(y) - digamma(x + y)))"),
}

LSE = "unreduce(g, a, axis=axis, keepdims=keepdims)"


def _axes():
    return [Case(Arr(3, 4, lo=-2.0, hi=2.0)), Case(Arr(3, 4, lo=-2.0, hi=2.0), axis=1),
            Case(Arr(3, 4, lo=-2.0, hi=2.0), axis=0), Case(Arr(2, 3, 4, lo=-2.0, hi=2.0), axis=(0, 2)),
            Case(Arr(5, lo=-2.0, hi=2.0), axis=-1)]


BETALN = "scipy.special.gammaln(x) + scipy.special.gammaln(y) - scipy.special.gammaln(x + y)"


def _with_jax(cases, expr):
    for c in cases:
        c.jax = expr
    return cases


# Where each rule is tested (s2s.rules.domains).
DOMAINS = {
    **{f"scipy.special.{n}": unary(-3.0, 3.0) for n in ("expit", "log_expit", "softplus", "ndtr")},
    "scipy.special.logit": unary(0.1, 0.9),
    "scipy.special.erf": unary(-2.0, 2.0), "scipy.special.erfc": unary(-2.0, 2.0),
    "scipy.special.erfinv": unary(-0.9, 0.9), "scipy.special.erfcinv": unary(0.1, 1.9),
    "scipy.special.log_ndtr": unary(-6.0, 3.0), "scipy.special.ndtri": unary(0.05, 0.95),
    **{f"scipy.special.{n}": unary(0.5, 5.0) + [Case(Arr(3, lo=-2.8, hi=-2.2))]
       for n in ("gammaln", "gamma", "digamma")},
    "scipy.special.entr": unary(0.2, 2.0),
    "scipy.special.polygamma": [Case(1, Arr(3, 4, lo=0.5, hi=5.0)), Case(2, Arr(3, lo=0.5, hi=5.0)),
                                Case(1, Arr(lo=0.5, hi=5.0))],
    "scipy.special.xlogy": binary(x=(-1.0, 1.0), y=(0.5, 2.0)),
    "scipy.special.xlog1py": binary(x=(-1.0, 1.0), y=(-0.5, 1.5)),
    "scipy.special.rel_entr": binary(x=(0.5, 2.0), y=(0.5, 2.0)),
    "scipy.special.kl_div": binary(x=(0.5, 2.0), y=(0.5, 2.0)),
    # jax's own betaln takes seconds to compile per case: its reference goes through gammaln
    "scipy.special.betaln": _with_jax(binary(x=(0.5, 3.0), y=(0.5, 3.0))[:4], BETALN),
    "scipy.special.beta": _with_jax(binary(x=(0.5, 3.0), y=(0.5, 3.0))[:4], f"np.exp({BETALN})"),
    "scipy.special.softmax": _axes(),
    "scipy.special.log_softmax": _axes(),
    "scipy.special.logsumexp": _axes() + [
        Case(Arr(3, 4, lo=-2.0, hi=2.0), axis=1, keepdims=True),
        Case(Arr(3, 4, lo=-2.0, hi=2.0), b=Arr(3, 4)),
        Case(Arr(3, 4, lo=-2.0, hi=2.0), axis=-1, b=Arr(4)),
        Case(Arr(3, 4, lo=-2.0, hi=2.0), axis=0, b=Arr(1, 4), keepdims=True),
        Case(Arr(lo=-2.0, hi=2.0))],
    # the helper (s2s.runtime.special): x and lse independent; jax writes it out
    "logsumexp_weights": [
        Case(Arr(3, 4), Arr(3), axis=1, jax="np.exp(x - lse[:, None])"),
        Case(Arr(3, 4), Arr(1, 4), axis=0, keepdims=True, jax="np.exp(x - lse)"),
        Case(Arr(3, 4), Arr(), jax="np.exp(x - lse)"),
        Case(Arr(3, 4), Arr(3), b=Arr(3, 4), axis=1, jax="b * np.exp(x - lse[:, None])"),
        Case(Arr(3, 4), Arr(), b=Arr(4), jax="b * np.exp(x - lse)")],
}


def register(table):
    from .. import runtime
    table.defvjp(runtime.logsumexp_weights, "x, lse, b=None, axis=None, keepdims=False",
                 name="logsumexp_weights",
                 jvp="logsumexp_weights(x, lse, b=b, axis=axis, keepdims=keepdims)"
                     " * (x_dot - unreduce(lse_dot, x, axis=axis, keepdims=keepdims))"
                     " + b_dot * logsumexp_weights(x, lse, axis=axis, keepdims=keepdims)",
                 x="g * logsumexp_weights(x, lse, b=b, axis=axis, keepdims=keepdims)",
                 lse="-np.sum(g * logsumexp_weights(x, lse, b=b, axis=axis, keepdims=keepdims),"
                     " axis=axis, keepdims=keepdims)",
                 b="unbroadcast(g * logsumexp_weights(x, lse, axis=axis, keepdims=keepdims), b)")
    try:
        import scipy.special as sp
    except ImportError:
        table.domains({"logsumexp_weights": DOMAINS["logsumexp_weights"]})
        return
    present = set()
    for name, dfdx in UNARY:
        if hasattr(sp, name):
            table.elementwise(getattr(sp, name), dfdx, name=f"scipy.special.{name}")
            present.add(name)
    for name, (x, y, jvp) in BINARY.items():
        table.defvjp(getattr(sp, name), "x, y", name=f"scipy.special.{name}", shape="binary",
                     cotangent="broadcast", jvp=jvp, x=x, y=y)
        present.add(name)
    table.defvjp(sp.polygamma, "n, x", name="scipy.special.polygamma", shape="binary",
                 cotangent="broadcast", jvp="x_dot * polygamma(n + 1, x)", n=ZERO,
                 x="g * polygamma(n + 1, x)")
    table.defvjp(sp.logsumexp, "a, axis=None, b=None, keepdims=False",
                 name="scipy.special.logsumexp", cotangent="reducing",
                 jvp="np.sum(a_dot * logsumexp_weights(a, ans, b=b, axis=axis, keepdims=keepdims),"
                     " axis=axis, keepdims=keepdims)"
                     " + np.sum(b_dot * logsumexp_weights(a, ans, axis=axis, keepdims=keepdims),"
                     " axis=axis, keepdims=keepdims)",
                 a=f"{LSE} * logsumexp_weights(a, ans, b=b, axis=axis, keepdims=keepdims)",
                 b=f"unbroadcast({LSE} * logsumexp_weights(a, ans, axis=axis, keepdims=keepdims), b)")
    table.defvjp(sp.softmax, "x, axis=None", name="scipy.special.softmax",
                 jvp="ans * (x_dot - np.sum(x_dot * ans, axis=axis, keepdims=True))",
                 x="ans * (g - np.sum(g * ans, axis=axis, keepdims=True))")
    table.defvjp(sp.log_softmax, "x, axis=None", name="scipy.special.log_softmax",
                 jvp="x_dot - np.sum(np.exp(ans) * x_dot, axis=axis, keepdims=True)",
                 x="g - np.exp(ans) * np.sum(g, axis=axis, keepdims=True)")
    present |= {"polygamma", "logsumexp", "softmax", "log_softmax"}
    table.domains({name: cases for name, cases in DOMAINS.items()
                   if name.split(".")[-1] in present or name == "logsumexp_weights"})
