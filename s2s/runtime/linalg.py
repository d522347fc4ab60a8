"""Helpers of the linear-algebra rules (``s2s/rules/linalg.py``).

Matrices are the last two axes: every helper works on stacks ``(..., m, n)`` as numpy's
``linalg`` functions do. Each ``*_vjp`` helper is linear in its cotangent ``g``; the
decompositions' ones have a ``*_vjp_jvp`` companion (their change along the tangent of the
factors), so that an adjoint can be differentiated again (Hessians). Those companions are
the ``*_vjp`` formula evaluated once more on value-and-tangent pairs (``_Dual``): one body
of math gives both.

Where a derivative does not exist, the helpers follow one convention, stated in
``s2s/rules/linalg.py``: a quotient ``x / 0`` whose numerator is exactly 0 counts as 0
(that term does not move), and any other ``x / 0`` is ``nan``.
"""
from __future__ import annotations

import operator
import string

import numpy as np
import numpy as onp  # plain numpy for static tables, also where np is jax.numpy

from ..errors import MissingRuleError
from . import _exclusive_products, _known_true, sum_to_shape, unbroadcast

__all__ = [
    "mT", "solve_product", "solve_like", "solve_transposed", "solve_outer", "cofactor", "cofactor_jvp",
    "cholesky_jvp", "cholesky_vjp", "cholesky_vjp_jvp",
    "eigh_jvp", "eigh_vjp", "eigh_vjp_jvp", "eigvalsh_jvp", "eigvalsh_vjp",
    "eigvalsh_vjp_jvp", "svd_jvp", "svd_vjp", "svd_vjp_jvp", "qr_jvp", "qr_vjp",
    "qr_vjp_jvp", "pinv_jvp", "pinv_vjp", "pinv_vjp_jvp", "matrix_power_jvp",
    "matrix_power_vjp", "matrix_power_vjp_jvp", "multi_dot_jvp", "multi_dot_vjp",
    "multi_dot_vjp_jvp", "einsum_jvp", "einsum_vjp", "einsum_vjp_jvp", "tensordot_vjp_lhs",
    "tensordot_vjp_rhs", "kron_vjp_lhs", "kron_vjp_rhs", "cross_vjp_lhs", "cross_vjp_rhs",
    "untrace", "matrix_norm_vjp",
]


# -- values with tangents: one formula gives a helper and its jvp ---------------------------
class _Dual:
    """A value and its tangent. Arithmetic, ``@`` and the matrix functions below carry the
    tangent along (product rule), so ``f(_Dual(x, t)).t`` is the derivative of ``f`` at x
    along t for a formula ``f`` written with them."""

    __array_ufunc__ = None  # numpy defers to the reflected operators below

    def __init__(self, v, t):
        self.v, self.t = v, t

    shape = property(lambda self: np.shape(self.v))
    ndim = property(lambda self: np.ndim(self.v))

    def __getitem__(self, index):
        return _Dual(self.v[index], self.t[index])

    def __neg__(self):
        return _Dual(-self.v, -self.t)

    def __add__(self, other):
        if isinstance(other, _Dual):
            return _Dual(self.v + other.v, self.t + other.t)
        return _Dual(self.v + other, self.t)

    __radd__ = __add__

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        return _bilinear(operator.mul, self, other)

    def __rmul__(self, other):
        return _bilinear(operator.mul, other, self)

    def __matmul__(self, other):
        return _bilinear(operator.matmul, self, other)

    def __rmatmul__(self, other):
        return _bilinear(operator.matmul, other, self)

    def __truediv__(self, other):
        if isinstance(other, _Dual):
            v = self.v / other.v
            return _Dual(v, (self.t - v * other.t) / other.v)
        return _Dual(self.v / other, self.t / other)


def _bilinear(op, a, b):
    if isinstance(a, _Dual) and isinstance(b, _Dual):
        return _Dual(op(a.v, b.v), op(a.t, b.v) + op(a.v, b.t))
    if isinstance(a, _Dual):
        return _Dual(op(a.v, b), op(a.t, b))
    return _Dual(op(a, b.v), op(a, b.t))


def _value(x):
    return x.v if isinstance(x, _Dual) else x


def _tangent(x):
    return x.t if isinstance(x, _Dual) else 0.0


# linear maps, applied to a value and to its tangent alike
def _mT(x):
    if isinstance(x, _Dual):
        return _Dual(_mT(x.v), _mT(x.t))
    return np.swapaxes(x, -1, -2)


def _tril(x, k=0):
    if isinstance(x, _Dual):
        return _Dual(_tril(x.v, k), _tril(x.t, k))
    return np.tril(x, k)


def _triu(x, k=0):
    if isinstance(x, _Dual):
        return _Dual(_triu(x.v, k), _triu(x.t, k))
    return np.triu(x, k)


def _diagonal(m):
    if isinstance(m, _Dual):
        return _Dual(_diagonal(m.v), _diagonal(m.t))
    return np.diagonal(m, axis1=-2, axis2=-1)


def _diag_embed(v):
    if isinstance(v, _Dual):
        return _Dual(_diag_embed(v.v), _diag_embed(v.t))
    v = np.asarray(v)
    return v[..., :, None] * np.eye(v.shape[-1], dtype=np.result_type(v, 1.0))


def _solve(a, b):
    """``np.linalg.solve`` with both operands stacks of matrices."""
    if isinstance(a, _Dual) or isinstance(b, _Dual):
        x = np.linalg.solve(_value(a), _value(b))
        rhs = _tangent(b) - _tangent(a) @ x if isinstance(a, _Dual) else _tangent(b)
        return _Dual(x, np.linalg.solve(_value(a), rhs))
    return np.linalg.solve(a, b)


def _inv(a):
    if isinstance(a, _Dual):
        x = np.linalg.inv(a.v)
        return _Dual(x, -(x @ a.t @ x))
    return np.linalg.inv(a)


def _quotient(x, d):
    """``x / d`` where ``0 / 0`` is 0 and any other ``x / 0`` is nan (the convention where a
    derivative does not exist: see the module docstring)."""
    x, d = np.asarray(x), np.asarray(d)
    nonzero = d != 0
    q = x / np.where(nonzero, d, 1.0)
    return np.where(nonzero, q, np.where(x == 0, 0.0, np.nan))


def _divide(x, d):
    """``_quotient`` extended to value-and-tangent pairs."""
    if not isinstance(x, _Dual) and not isinstance(d, _Dual):
        return _quotient(x, d)
    q = _quotient(_value(x), _value(d))
    t = _quotient(_tangent(x), _value(d)) if isinstance(x, _Dual) else 0.0
    if isinstance(d, _Dual):
        t = t - _quotient(q * d.t, _value(d))
    return _Dual(q, t)


def _gaps(w):
    """``w_j - w_i`` for each pair (i, j) of the last axis."""
    if isinstance(w, _Dual):
        return _Dual(_gaps(w.v), _gaps(w.t))
    return w[..., None, :] - w[..., :, None]


def _gap_divide(x, w):
    """``x_ij / (w_j - w_i)`` off the diagonal, 0 on it: the factor of eigenvector (singular
    vector) derivatives. Equal ``w`` follow the 0/0 convention."""
    eye = np.eye(np.shape(_value(w))[-1])
    return _divide(x * (1.0 - eye), _gaps(w) + eye)


# -- small matrix helpers that generated code calls -------------------------------------------
def mT(x):
    """The transpose of each matrix of a stack (its last two axes swapped): ``x.mT``."""
    return np.swapaxes(x, -1, -2)


def _vector_mode(a, x):
    """Whether ``np.linalg.solve(a, b)`` treated b as (a stack of) vectors: its result
    then has one axis fewer than ``a``."""
    return np.ndim(x) < np.ndim(a)


def solve_product(a, x):
    """``a @ x`` in the layout of ``np.linalg.solve(a, b)``'s ``b``: matrix times vector
    where b was a vector, else matrix times matrix."""
    if _vector_mode(a, x):
        return np.matmul(a, np.asarray(x)[..., None])[..., 0]
    return np.matmul(a, x)


def solve_like(a, r, x):
    """``np.linalg.solve(a, r)`` for ``r`` in the layout of solve's result ``x`` (vectors if
    x has an axis fewer than a): the tangent of ``x = solve(a, b)`` is
    ``solve_like(a, b_dot - solve_product(a_dot, x), x)``."""
    if _vector_mode(a, x):
        return np.linalg.solve(a, np.asarray(r)[..., None])[..., 0]
    return np.linalg.solve(a, r)


def solve_transposed(a, g):
    """``A^{-T} g`` (a solve with the transpose), g in the layout of ``solve(a, b)``'s
    result: the cotangent of ``b`` before it is summed to b's shape."""
    return solve_like(mT(a), g, g)


def solve_outer(t, x, a):
    """``t x^T`` summed to the shape of ``a`` (t, x in the layout of solve's result):
    ``-solve_outer(A^{-T} g, x, a)`` is the cotangent of ``a`` in ``x = solve(a, b)``."""
    t, x = np.asarray(t), np.asarray(x)
    if _vector_mode(a, x):
        out = t[..., :, None] * x[..., None, :]
    else:
        out = np.matmul(t, mT(x))
    return sum_to_shape(out, np.shape(a))


def cofactor(a):
    """The cofactor matrix ``C`` of each matrix (the transpose of its adjugate): the
    derivative of the determinant, ``d det(A) = sum(C * dA)``. It equals
    ``det(A) A^{-T}``, and is computed from an SVD so that it is exact for singular
    matrices too."""
    u, s, vh = np.linalg.svd(a)
    sign = np.linalg.det(u) * np.linalg.det(vh)
    others = _exclusive_products(s, -1)  # the product of the other singular values
    return np.matmul(sign[..., None, None] * u * others[..., None, :], vh)


def cofactor_jvp(a, a_dot):
    """The change of ``cofactor(a)`` along ``a_dot`` (``a`` not singular)."""
    d = np.linalg.det(a)
    if _known_true(np.any(d == 0)):
        raise MissingRuleError("s2s has no second derivative of np.linalg.det at a singular "
                               "matrix", hint="keep the matrix invertible, or use one "
                               "derivative")
    c = cofactor(a)
    dd = np.sum(c * a_dot, axis=(-2, -1))
    return (dd[..., None, None] * c - c @ mT(a_dot) @ c) / d[..., None, None]


# -- symmetric inputs: numpy reads one triangle -------------------------------------------------
def _lower(uplo):
    if uplo not in ("L", "U", "l", "u"):
        raise ValueError(f"UPLO must be 'L' or 'U', not {uplo!r}")
    return uplo in ("L", "l")


def _unfold(t, lower):
    """The symmetric matrix that eigh/cholesky see when given ``t`` (one triangle mirrored)."""
    if lower:
        return _tril(t) + _mT(_tril(t, -1))
    return _triu(t) + _mT(_triu(t, 1))


def _fold(m, lower):
    """The adjoint of ``_unfold``: a cotangent of the symmetric matrix, moved onto the
    triangle that numpy reads (the other triangle gets zero)."""
    if lower:
        return _tril(m) + _tril(_mT(m), -1)
    return _triu(m) + _triu(_mT(m), 1)


# -- cholesky ----------------------------------------------------------------------------------
def _phi(x):
    """The lower triangle with half the diagonal."""
    return _tril(x, -1) + _diag_embed(_diagonal(x) * 0.5)


def cholesky_jvp(a_dot, L, upper=False):
    """Tangent of ``L = np.linalg.cholesky(a, upper=upper)``: ``L Φ(L^{-1} S L^{-T})``, S
    the symmetric tangent numpy reads (Φ: lower triangle, half diagonal)."""
    if upper:
        return mT(cholesky_jvp(mT(a_dot), mT(L)))
    s = _unfold(a_dot, True)
    x = mT(np.linalg.solve(L, mT(np.linalg.solve(L, s))))  # L^{-1} S L^{-T}
    return L @ _phi(x)


def _cholesky_vjp(gl, L, upper):
    if upper:
        return _mT(_cholesky_vjp(_mT(gl), _mT(L), False))
    p = _phi(_mT(L) @ gl)
    y = _solve(_mT(L), p)                    # L^{-T} P
    return _fold(_mT(_solve(_mT(L), _mT(y))), True)  # L^{-T} P L^{-1}, onto the lower triangle


def cholesky_vjp(g, L, upper=False):
    """Cotangent of ``a`` in ``L = np.linalg.cholesky(a, upper=upper)``:
    ``L^{-T} Φ(L^T g) L^{-1}`` on the triangle numpy reads."""
    return _cholesky_vjp(g, L, upper)


def cholesky_vjp_jvp(g, L, L_dot, upper=False):
    """The change of ``cholesky_vjp(g, L)`` along the tangent ``L_dot`` of ``L``."""
    return _cholesky_vjp(g, _Dual(L, L_dot), upper).t


# -- eigh, eigvalsh --------------------------------------------------------------------------------
def _eigh(a, UPLO):
    """``np.linalg.eigh(a, UPLO)``, of the symmetric matrix numpy reads from one triangle
    (jax.numpy's eigh would take the symmetric part of a instead)."""
    return np.linalg.eigh(_unfold(a, _lower(UPLO)))


def eigh_jvp(a_dot, wv, UPLO="L"):
    """Tangents of ``w, v = np.linalg.eigh(a)``: with ``X = V^T S V`` (S the symmetric
    tangent numpy reads), ``w_dot = diag(X)`` and ``v_dot = V (X_ij / (w_j - w_i))``."""
    w, v = wv
    x = mT(v) @ _unfold(a_dot, _lower(UPLO)) @ v
    return _diagonal(x), v @ _gap_divide(x, w)


def _eigh_vjp(gw, gv, w, v, lower):
    k = _diag_embed(gw)
    if gv is not None:
        f = _gap_divide(_mT(v) @ gv, w)  # F ∘ V^T v_bar
        k = k + (f + _mT(f)) * 0.5        # its symmetric part
    return _fold(v @ k @ _mT(v), lower)


def eigh_vjp(g, wv, UPLO="L"):
    """Cotangent of ``a`` in ``w, v = np.linalg.eigh(a)`` from ``g = (w_bar, v_bar)``:
    ``V (diag(w_bar) + F ∘ sym(V^T v_bar)) V^T``, F_ij = 1 / (w_j - w_i), on the triangle
    numpy reads."""
    return _eigh_vjp(g[0], g[1], wv[0], wv[1], _lower(UPLO))


def eigh_vjp_jvp(g, wv, wv_dot, UPLO="L"):
    """The change of ``eigh_vjp(g, wv)`` along the tangents ``wv_dot`` of the eigenpairs."""
    w, v = wv
    dw, dv = wv_dot
    return _eigh_vjp(g[0], g[1], _Dual(w, dw), _Dual(v, dv), _lower(UPLO)).t


def eigvalsh_jvp(a, a_dot, UPLO="L"):
    """Tangent of ``np.linalg.eigvalsh(a)``: ``diag(V^T S V)``."""
    return eigh_jvp(a_dot, _eigh(a, UPLO), UPLO)[0]


def eigvalsh_vjp(g, a, UPLO="L"):
    """Cotangent of ``a`` in ``np.linalg.eigvalsh(a)``: ``V diag(g) V^T``."""
    w, v = _eigh(a, UPLO)
    return _eigh_vjp(g, None, w, v, _lower(UPLO))


def eigvalsh_vjp_jvp(g, a, a_dot, UPLO="L"):
    """The change of ``eigvalsh_vjp(g, a)`` along ``a_dot``."""
    wv = _eigh(a, UPLO)
    dw, dv = eigh_jvp(a_dot, wv, UPLO)
    return _eigh_vjp(g, None, _Dual(wv[0], dw), _Dual(wv[1], dv), _lower(UPLO)).t


# -- svd ---------------------------------------------------------------------------------------------
def _svd_factors(a, usv, full_matrices, compute_uv, hermitian, g=None):
    """The reduced factors (u, s, vh) of a, and the cotangents of the reduced factors."""
    if hermitian:
        raise MissingRuleError("s2s has no derivative of np.linalg.svd(..., hermitian=True)",
                               hint="use np.linalg.eigh, or svd without hermitian=True")
    m, n = np.shape(a)[-2:]
    k = min(m, n)
    if not compute_uv:
        return np.linalg.svd(a, full_matrices=False), (None, g, None)
    u, s, vh = usv
    gu, gs, gvh = g if g is not None else (None, None, None)
    if full_matrices and m != n:
        vectors = g is not None and np.any(gu) | np.any(gvh)  # their cotangents are used
        if g is None or _known_true(vectors):
            raise MissingRuleError(
                "s2s has no derivative of the singular vectors of np.linalg.svd with "
                "full_matrices=True for a matrix that is not square (the extra columns are "
                "not unique)", hint="pass full_matrices=False")
        gs = np.where(vectors, np.nan, gs)  # the same refusal where jax.jit traces g
        return (u[..., :, :k], s, vh[..., :k, :]), (None, gs, None)
    return (u, s, vh), (gu, gs, gvh)


def svd_jvp(a, a_dot, usv, full_matrices=True, compute_uv=True, hermitian=False):
    """Tangents of ``np.linalg.svd(a)`` (the reduced factors; ``usv`` is its result):
    with ``dS = U^T dA V``, ``s_dot = diag(dS)``, and the factors' tangents of Townsend's
    formulas (F_ij = 1 / (s_j^2 - s_i^2))."""
    m, n = np.shape(a)[-2:]
    if full_matrices and compute_uv and m != n:
        # the columns beyond min(m, n) are not unique: their tangent does not exist (nan)
        k = min(m, n)
        du, s_dot, dvh = svd_jvp(a, a_dot, (usv[0][..., :, :k], usv[1], usv[2][..., :k, :]),
                                 full_matrices=False)
        if m > n:
            du = np.concatenate([du, np.full(du.shape[:-1] + (m - k,), np.nan)], axis=-1)
        else:
            dvh = np.concatenate([dvh, np.full(dvh.shape[:-2] + (n - k, n), np.nan)], axis=-2)
        return du, s_dot, dvh
    (u, s, vh), _ = _svd_factors(a, usv, False, compute_uv, hermitian)
    v = mT(vh)
    ds = mT(u) @ a_dot @ v
    s_dot = _diagonal(ds)
    if not compute_uv:
        return s_dot
    rows, cols = s[..., :, None], s[..., None, :]
    du = u @ _gap_divide(ds * cols + rows * mT(ds), s * s)
    dv = v @ _gap_divide(rows * ds + mT(ds) * cols, s * s)
    if m > n:  # the columns of U beyond the rank follow a_dot out of U's span
        dav = a_dot @ v
        du = du + _quotient(dav - u @ (mT(u) @ dav), cols)
    if n > m:
        dau = mT(a_dot) @ u
        dv = dv + _quotient(dau - v @ (mT(v) @ dau), cols)
    return du, s_dot, mT(dv)


def _svd_vjp(gu, gs, gvh, u, s, vh):
    m, n = u.shape[-2], vh.shape[-1]
    s2 = s * s
    rows, cols = s[..., :, None], s[..., None, :]
    core = _diag_embed(gs)
    if gu is not None:
        f = _gap_divide(_mT(u) @ gu, s2)
        core = core + (f + _mT(f)) * cols
    if gvh is not None:
        f = _gap_divide(vh @ _mT(gvh), s2)  # F ∘ V^T v_bar
        core = core + rows * (f + _mT(f))
    out = u @ core @ vh
    if gu is not None and m > n:
        out = out + _divide(gu - u @ (_mT(u) @ gu), cols) @ vh
    if gvh is not None and n > m:
        out = out + u @ _divide(gvh - (gvh @ _mT(vh)) @ vh, rows)
    return out


def svd_vjp(g, a, usv, full_matrices=True, compute_uv=True, hermitian=False):
    """Cotangent of ``a`` in ``np.linalg.svd(a)`` (``usv`` its result; g the cotangents of
    (u, s, vh), or of s alone for compute_uv=False): ``U diag(s_bar) V^T`` plus, where the
    singular vectors have cotangents, Townsend's terms."""
    (u, s, vh), (gu, gs, gvh) = _svd_factors(a, usv, full_matrices, compute_uv, hermitian, g)
    return _svd_vjp(gu, gs, gvh, u, s, vh)


def svd_vjp_jvp(g, a, usv, a_dot, full_matrices=True, compute_uv=True, hermitian=False):
    """The change of ``svd_vjp(g, a, usv)`` along ``a_dot``."""
    (u, s, vh), (gu, gs, gvh) = _svd_factors(a, usv, full_matrices, compute_uv, hermitian, g)
    du, ds, dvh = svd_jvp(a, a_dot, (u, s, vh), full_matrices=False)
    return _svd_vjp(gu, gs, gvh, _Dual(u, du), _Dual(s, ds), _Dual(vh, dvh)).t


# -- qr ------------------------------------------------------------------------------------------------
def _qr_factors(a, qr, mode):
    m, n = np.shape(a)[-2:]
    if m < n or mode not in ("reduced", "complete", "r") or mode == "complete" and m != n:
        raise MissingRuleError(
            f"s2s has no derivative of np.linalg.qr(mode={mode!r}) for a {m}x{n} matrix",
            hint="use a matrix with at least as many rows as columns and mode='reduced'")
    if mode == "r":
        return np.linalg.qr(a)
    return qr


def qr_jvp(a, a_dot, qr, mode="reduced"):
    """Tangents of ``q, r = np.linalg.qr(a)`` (m >= n): with ``C = dA R^{-1}``,
    ``E = Q^T C`` and Ω its skew-symmetric part from the lower triangle,
    ``dQ = Q (Ω - E) + C`` and ``dR = (E - Ω) R``."""
    q, r = _qr_factors(a, qr, mode)
    c = mT(np.linalg.solve(mT(r), mT(a_dot)))
    e = mT(q) @ c
    low = np.tril(e, -1)
    omega = low - mT(low)
    dr = (e - omega) @ r
    if mode == "r":
        return dr
    return q @ (omega - e) + c, dr


def _qr_vjp(gq, gr, q, r):
    b = -(gr @ _mT(r))
    if gq is not None:
        b = b + _mT(q) @ gq
    e = _tril(b - _mT(b), -1) - b
    x = q @ e if gq is None else gq + q @ e
    return _mT(_solve(r, _mT(x)))  # X R^{-T}


def qr_vjp(g, a, qr, mode="reduced"):
    """Cotangent of ``a`` in ``np.linalg.qr(a)`` (m >= n): with ``B = Q^T q_bar -
    r_bar R^T``, ``(q_bar + Q (tril(B - B^T, -1) - B)) R^{-T}``."""
    q, r = _qr_factors(a, qr, mode)
    gq, gr = (None, g) if mode == "r" else g
    return _qr_vjp(gq, gr, q, r)


def qr_vjp_jvp(g, a, qr, a_dot, mode="reduced"):
    """The change of ``qr_vjp(g, a, qr)`` along ``a_dot``."""
    q, r = _qr_factors(a, qr, mode)
    dq, dr = qr_jvp(a, a_dot, (q, r))
    gq, gr = (None, g) if mode == "r" else g
    return _qr_vjp(gq, gr, _Dual(q, dq), _Dual(r, dr)).t


# -- pinv, matrix_power, multi_dot ----------------------------------------------------------
def _check_pinv(hermitian):
    if hermitian:
        raise MissingRuleError("s2s has no derivative of np.linalg.pinv(..., hermitian=True) "
                               "(it reads one triangle of its input)",
                               hint="call np.linalg.pinv without hermitian=True")


def pinv_jvp(a, a_dot, x, hermitian=False):
    """Tangent of ``x = np.linalg.pinv(a)`` (where the rank does not change):
    ``-X dA X + X X^T dA^T (I - A X) + (I - X A) dA^T X^T X``."""
    _check_pinv(hermitian)
    dat = mT(a_dot)
    return (-(x @ a_dot @ x) + x @ mT(x) @ (dat - dat @ a @ x)
            + (dat - x @ a @ dat) @ mT(x) @ x)


def _pinv_vjp(g, a, x):
    gt = _mT(g)
    return (-(_mT(x) @ g @ _mT(x)) + (gt - a @ (x @ gt)) @ x @ _mT(x)
            + _mT(x) @ x @ (gt - (gt @ x) @ a))


def pinv_vjp(g, a, x, hermitian=False):
    """Cotangent of ``a`` in ``x = np.linalg.pinv(a)``:
    ``-X^T g X^T + (I - A X) g^T X X^T + X^T X g^T (I - X A)``."""
    _check_pinv(hermitian)
    return _pinv_vjp(g, a, x)


def pinv_vjp_jvp(g, a, x, a_dot, x_dot, hermitian=False):
    """The change of ``pinv_vjp(g, a, x)`` along the tangents of a and x."""
    _check_pinv(hermitian)
    return _pinv_vjp(g, _Dual(a, a_dot), _Dual(x, x_dot)).t


def _check_power(n):
    if not isinstance(n, (int, np.integer)):
        raise MissingRuleError("s2s differentiates np.linalg.matrix_power for an integer "
                               "power only", hint="pass n as a Python int")


def matrix_power_jvp(a, a_dot, n):
    """Tangent of ``np.linalg.matrix_power(a, n)``: ``sum_k A^k dA A^(n-1-k)`` (for n < 0,
    of the inverse's power)."""
    _check_power(n)
    if n < 0:
        x = np.linalg.inv(a)
        return matrix_power_jvp(x, -(x @ a_dot @ x), -n)
    powers = _powers(a, n)
    out = np.zeros(np.broadcast_shapes(np.shape(a), np.shape(a_dot)))
    for k in range(n):
        out = out + powers[k] @ a_dot @ powers[n - 1 - k]
    return out


def _powers(a, n):
    """[I, A, A^2, ..., A^(n-1)]."""
    eye = np.broadcast_to(np.eye(_value(a).shape[-1]), _value(a).shape)
    out = [eye]
    for _ in range(n - 1):
        out.append(out[-1] @ a)
    return out


def _matrix_power_vjp(g, a, n):
    if n < 0:
        x = _inv(a)
        gx = _matrix_power_vjp(g, x, -n)
        return -(_mT(x) @ gx @ _mT(x))
    if n == 0:
        return np.zeros(_value(a).shape)
    powers = _powers(a, n)
    out = 0.0
    for k in range(n):
        out = out + _mT(powers[k]) @ g @ _mT(powers[n - 1 - k])
    return out


def matrix_power_vjp(g, a, n):
    """Cotangent of ``a`` in ``np.linalg.matrix_power(a, n)``:
    ``sum_k (A^k)^T g (A^(n-1-k))^T``."""
    _check_power(n)
    return _matrix_power_vjp(g, a, n)


def matrix_power_vjp_jvp(g, a, a_dot, n):
    """The change of ``matrix_power_vjp(g, a, n)`` along ``a_dot``."""
    _check_power(n)
    out = _matrix_power_vjp(g, _Dual(a, a_dot), n)
    return out.t if isinstance(out, _Dual) else np.zeros(np.shape(a))


def _as_chain(arrays):
    """multi_dot's operands as matrices (a 1-D first one a row, a 1-D last one a column)."""
    mats = [np.asarray(_value(x)) for x in arrays]
    shapes = [m.shape for m in mats]
    first = (1,) + shapes[0] if len(shapes[0]) == 1 else shapes[0]
    last = shapes[-1] + (1,) if len(shapes[-1]) == 1 else shapes[-1]
    return shapes, first, last


def _reshaped(x, shape):
    if isinstance(x, _Dual):
        return _Dual(np.reshape(x.v, shape), np.reshape(x.t, shape))
    return np.reshape(x, shape)


def _chain(mats):
    out = mats[0]
    for m in mats[1:]:
        out = out @ m
    return out


def multi_dot_jvp(arrays, arrays_dot):
    """Tangent of ``np.linalg.multi_dot(arrays)``: the sum over the factors of the product
    with that factor replaced by its tangent."""
    out = 0.0
    for k, t in enumerate(arrays_dot):
        if t is None:
            continue
        parts = list(arrays)
        parts[k] = t
        out = out + np.linalg.multi_dot(parts)
    return out


def _multi_dot_vjp(g, arrays):
    shapes, first, last = _as_chain(arrays)
    mats = list(arrays)
    mats[0] = _reshaped(mats[0], first)
    mats[-1] = _reshaped(mats[-1], last)
    g = _reshaped(g, (first[0], last[-1]))
    out = []
    for k in range(len(mats)):
        left = _chain([_mT(m) for m in reversed(mats[:k])]) if k else None
        right = _chain([_mT(m) for m in reversed(mats[k + 1:])]) if k < len(mats) - 1 else None
        c = g if right is None else g @ right
        c = c if left is None else left @ c
        out.append(_reshaped(c, shapes[k]))
    return tuple(out)


def multi_dot_vjp(g, arrays):
    """Cotangents of the factors of ``np.linalg.multi_dot(arrays)``: for factor k,
    ``(A_1 ... A_(k-1))^T g (A_(k+1) ... A_N)^T``."""
    return _multi_dot_vjp(g, arrays)


def multi_dot_vjp_jvp(g, arrays, g_dot, arrays_dot):
    """The change of ``multi_dot_vjp(g, arrays)`` along the tangents of g and of the
    factors (a tuple, so one helper gives the whole change; 0.0: a zero tangent)."""
    if not isinstance(arrays_dot, (list, tuple)):  # 0.0: no factor moves
        arrays_dot = [0.0] * len(arrays)
    duals = [_Dual(np.asarray(a, dtype=float), np.zeros(np.shape(a)) + t)
             for a, t in zip(arrays, arrays_dot)]
    out = [c.t for c in _multi_dot_vjp(g, duals)]
    if not (np.ndim(g_dot) == 0 and _known_true(g_dot == 0)):
        out = [a + b for a, b in zip(out, _multi_dot_vjp(g_dot, arrays))]
    return tuple(out)


# -- einsum, tensordot, kron, cross ----------------------------------------------------------
def _einsum_terms(subscripts, shapes):
    """(input terms, output term) of an einsum with every ellipsis and every implicit
    output spelled out in letters."""
    if not isinstance(subscripts, str):
        raise MissingRuleError("s2s differentiates np.einsum with a subscripts string only",
                               hint="write np.einsum('ij,jk->ik', a, b), not the "
                                    "interleaved operand/sublist form")
    spec = subscripts.replace(" ", "")
    ins, out = spec.split("->") if "->" in spec else (spec, None)
    terms = ins.split(",")
    if len(terms) != len(shapes):
        raise ValueError(f"einsum {subscripts!r} names {len(terms)} operands, got {len(shapes)}")
    free = [c for c in string.ascii_letters if c not in spec]
    nd_ell = max([len(sh) - len(t.replace("...", "")) for t, sh in zip(terms, shapes)
                  if "..." in t] or [0])
    ell = "".join(free[:nd_ell])
    if out is None:
        letters = ins.replace("...", "").replace(",", "")
        out = ("..." if "..." in ins else "") + "".join(
            sorted(c for c in set(letters) if letters.count(c) == 1))
    spelled = []
    for t, sh in zip(terms, shapes):
        if "..." in t:
            nd = len(sh) - len(t.replace("...", ""))
            t = t.replace("...", ell[nd_ell - nd:] if nd else "")
        spelled.append(t)
    return spelled, out.replace("...", ell)


def _einsum_parts(subscripts, operands):
    """The terms, the output term and the operands, with axes of length 1 that broadcast
    against a longer one squeezed out (their letter dropped from that operand's term)."""
    shapes = [np.shape(x) for x in operands]
    terms, out = _einsum_terms(subscripts, shapes)
    size = {}
    for t, sh in zip(terms, shapes):
        for c, d in zip(t, sh):
            size[c] = max(size.get(c, 1), d)
    new_terms, new_ops = [], []
    for t, x in zip(terms, operands):
        keep = [i for i, c in enumerate(t) if not (np.shape(x)[i] == 1 and size[c] > 1)]
        if len(keep) < len(t):
            x = np.reshape(x, [np.shape(x)[i] for i in keep])
            t = "".join(t[i] for i in keep)
        new_terms.append(t)
        new_ops.append(x)
    return new_terms, out, new_ops, size


def einsum_jvp(subscripts, operands, operands_dot, optimize=False):
    """Tangent of ``np.einsum(subscripts, *operands)``: the sum over the operands of the
    einsum with that operand replaced by its tangent (None: a zero tangent)."""
    out = 0.0
    for k, t in enumerate(operands_dot):
        if t is None:
            continue
        parts = list(operands)
        parts[k] = t
        out = out + np.einsum(subscripts, *parts, optimize=optimize)
    return out


def einsum_vjp(g, subscripts, operands, argnum):
    """Cotangent of operand ``argnum`` of ``np.einsum(subscripts, *operands)``: another
    einsum, of g and the other operands, with the subscripts permuted (``'ij,jk->ik'``
    gives ``'ik,jk->ij'`` for the first operand). A letter repeated in that operand (a
    diagonal) or found nowhere else (a sum) is written out with an identity or a ones
    factor."""
    terms, out, ops, size = _einsum_parts(subscripts, operands)
    target = terms[argnum]
    letters = set(out).union(*[set(t) for j, t in enumerate(terms) if j != argnum])
    free = iter(c for c in string.ascii_letters
                if c not in subscripts and c not in "".join(terms) + out)
    result, extra_terms, extra_ops = "", [], []
    for c in target:
        if c in result:  # a diagonal: an identity ties the repeated axes together
            f = next(free)
            result += f
            extra_terms.append(c + f)
            extra_ops.append(np.eye(size[c]))
        else:
            result += c
    for c in dict.fromkeys(target):
        if c not in letters:  # summed inside this operand alone: its cotangent is constant
            extra_terms.append(c)
            extra_ops.append(np.ones(size[c]))
    spec = ",".join([out] + [t for j, t in enumerate(terms) if j != argnum] + extra_terms)
    others = [x for j, x in enumerate(ops) if j != argnum]
    many = len(others) + len(extra_ops) > 1
    r = np.einsum(f"{spec}->{result}", np.asarray(g), *others, *extra_ops, optimize=many)
    x = operands[argnum]
    return np.reshape(r, np.shape(x)) if np.shape(r) != np.shape(x) else r


def einsum_vjp_jvp(g, subscripts, operands, operands_dot, argnum):
    """The change of ``einsum_vjp(g, ...)`` along the tangents of the other operands (it is
    linear in each of them)."""
    out = np.zeros(np.shape(operands[argnum]))
    for j, t in enumerate(operands_dot):
        if j == argnum or t is None or np.ndim(t) == 0 and _known_true(t == 0):
            continue
        parts = list(operands)
        parts[j] = t
        out = out + einsum_vjp(g, subscripts, parts, argnum)
    return out


def _tensordot_subscripts(na, nb, axes):
    if isinstance(axes, (int, np.integer)):
        a_axes, b_axes = list(range(na - axes, na)), list(range(axes))
    else:
        a_axes, b_axes = axes
        a_axes = [a_axes] if isinstance(a_axes, (int, np.integer)) else list(a_axes)
        b_axes = [b_axes] if isinstance(b_axes, (int, np.integer)) else list(b_axes)
    a_axes = [i % na for i in a_axes]
    b_axes = [i % nb for i in b_axes]
    letters = iter(string.ascii_letters)
    ta = [next(letters) for _ in range(na)]
    tb = [next(letters) for _ in range(nb)]
    for i, j in zip(a_axes, b_axes):
        tb[j] = ta[i]
    out = [c for i, c in enumerate(ta) if i not in a_axes] + \
          [c for j, c in enumerate(tb) if j not in b_axes]
    return f"{''.join(ta)},{''.join(tb)}->{''.join(out)}"


def tensordot_vjp_lhs(g, a, b, axes=2):
    """Cotangent of ``a`` in ``np.tensordot(a, b, axes)`` (an einsum of g and b)."""
    return einsum_vjp(g, _tensordot_subscripts(np.ndim(a), np.ndim(b), axes), (a, b), 0)


def tensordot_vjp_rhs(g, a, b, axes=2):
    """Cotangent of ``b`` in ``np.tensordot(a, b, axes)``."""
    return einsum_vjp(g, _tensordot_subscripts(np.ndim(a), np.ndim(b), axes), (a, b), 1)


def _kron_layout(g, a, b):
    """g viewed with the axes of a and b interleaved (a0, b0, a1, b1, ...), and the shapes
    of a and b padded to the same number of axes."""
    nd = max(np.ndim(a), np.ndim(b))
    sa = (1,) * (nd - np.ndim(a)) + np.shape(a)
    sb = (1,) * (nd - np.ndim(b)) + np.shape(b)
    return np.reshape(g, [d for pair in zip(sa, sb) for d in pair]), sa, sb, nd


def kron_vjp_lhs(g, a, b):
    """Cotangent of ``a`` in ``np.kron(a, b)``: each block of g contracted with b."""
    g4, sa, sb, nd = _kron_layout(g, a, b)
    r = np.einsum(g4, list(range(2 * nd)), np.reshape(b, sb), list(range(1, 2 * nd, 2)),
                  list(range(0, 2 * nd, 2)))
    return np.reshape(r, np.shape(a))


def kron_vjp_rhs(g, a, b):
    """Cotangent of ``b`` in ``np.kron(a, b)``: the blocks of g summed, weighted by a."""
    g4, sa, sb, nd = _kron_layout(g, a, b)
    r = np.einsum(g4, list(range(2 * nd)), np.reshape(a, sa), list(range(0, 2 * nd, 2)),
                  list(range(1, 2 * nd, 2)))
    return np.reshape(r, np.shape(b))


def _cross_parts(g, a, b, axisa, axisb, axisc, axis):
    if axis is not None:
        axisa = axisb = axisc = axis
    a = np.moveaxis(np.asarray(a), axisa, -1)
    b = np.moveaxis(np.asarray(b), axisb, -1)
    if a.shape[-1] != 3 or b.shape[-1] != 3:
        raise MissingRuleError("s2s differentiates np.cross of 3-vectors only",
                               hint="pad 2-vectors with a zero third component")
    return np.moveaxis(np.asarray(g), axisc, -1), a, b, axisa, axisb


def cross_vjp_lhs(g, a, b, axisa=-1, axisb=-1, axisc=-1, axis=None):
    """Cotangent of ``a`` in ``np.cross(a, b)``: ``b × g`` (summed to a's shape)."""
    g, am, bm, axisa, _ = _cross_parts(g, a, b, axisa, axisb, axisc, axis)
    return np.moveaxis(unbroadcast(np.cross(bm, g), am), -1, axisa)


def cross_vjp_rhs(g, a, b, axisa=-1, axisb=-1, axisc=-1, axis=None):
    """Cotangent of ``b`` in ``np.cross(a, b)``: ``g × a`` (summed to b's shape)."""
    g, am, bm, _, axisb = _cross_parts(g, a, b, axisa, axisb, axisc, axis)
    return np.moveaxis(unbroadcast(np.cross(g, am), bm), -1, axisb)


def untrace(g, a, offset=0, axis1=0, axis2=1):
    """Cotangent of ``np.trace(a, offset, axis1, axis2)``: g on the diagonal that was
    summed, zeros elsewhere."""
    shape = np.shape(a)
    axis1, axis2 = axis1 % len(shape), axis2 % len(shape)
    rest = [d for i, d in enumerate(shape) if i not in (axis1, axis2)]
    n1, n2 = shape[axis1], shape[axis2]
    on = onp.eye(n1, n2, k=offset, dtype=bool)  # the summed diagonal
    zeros = np.zeros(tuple(rest) + (n1, n2), dtype=np.result_type(g, 1.0))
    out = np.where(on, np.asarray(g)[..., None, None], zeros)
    return np.moveaxis(out, (-2, -1), (axis1, axis2))


# -- matrix norms ------------------------------------------------------------------------------
def matrix_norm_vjp(g, x, ord, axis=None):
    """Cotangent of a matrix norm ``np.linalg.norm(x, ord, axis)`` (g already broadcast to
    x's shape): nuclear (``U V^T``), spectral 2 and -2 (``u v^T`` of the largest/smallest
    singular value), and 1/-1/inf/-inf (the signs of the column/row that attains it)."""
    axes = (-2, -1) if axis is None else tuple(axis)
    xm = np.moveaxis(x, axes, (-2, -1))
    gm = np.moveaxis(g, axes, (-2, -1))[..., :1, :1][..., 0, 0]
    if ord in ("nuc", 2, -2):
        u, s, vh = np.linalg.svd(xm, full_matrices=False)
        if ord == "nuc":
            d = np.sign(s)
        else:
            pick = np.argmax(s, -1) if ord == 2 else np.argmin(s, -1)
            d = (np.arange(s.shape[-1]) == pick[..., None]) * 1.0
        r = gm[..., None, None] * ((u * d[..., None, :]) @ vh)
    elif ord in (1, -1, np.inf, -np.inf):
        cols = ord in (1, -1)
        sums = np.sum(np.abs(xm), axis=-2 if cols else -1)
        best = np.max(sums, -1) if ord in (1, np.inf) else np.min(sums, -1)
        hit = sums == best[..., None]
        hit = hit / np.sum(hit, -1, keepdims=True)
        mask = hit[..., None, :] if cols else hit[..., :, None]
        r = gm[..., None, None] * np.sign(xm) * mask
    else:
        raise MissingRuleError(f"s2s has no derivative of the matrix norm ord={ord!r}",
                               hint="use ord=None, 'fro', 'nuc', 1, -1, 2, -2, inf or -inf")
    return np.moveaxis(r, (-2, -1), axes)
