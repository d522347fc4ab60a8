"""Custom derivatives (s2s.custom_vjp, s2s.custom_jvp) and rules users register for their
own primitives (s2s.rules), checked against jax.grad / jax.jvp in float64."""
import re

import numpy as np
import pytest

import s2s

from .catalogue import assert_tree_close, enable_jax_x64
from .fixtures import custom_funcs as cf

jax = pytest.importorskip("jax")
jnp = jax.numpy
enable_jax_x64()

RNG = np.random.default_rng(7)
RTOL = 1e-6


def j_softplus(x):
    return jnp.logaddexp(x, 0.0)


# -- custom_vjp ----------------------------------------------------------------------------------
def test_custom_vjp_gradient_and_source():
    w, x = RNG.standard_normal(4), RNG.standard_normal((5, 4))
    ref = jax.grad(lambda w: jnp.sum(j_softplus(x @ w) ** 2))(w)
    assert_tree_close(s2s.grad(cf.softplus_loss)(w, x), ref, RTOL, 1e-12)
    src = s2s.source(s2s.grad(cf.softplus_loss))
    assert "h, softplus_res = softplus_fwd(t1)" in src
    # what the user's backward function returns is checked against the argument t1 = x @ w
    assert "t1_bar, = checked_cotangents(softplus, softplus_bwd(softplus_res, h_bar), t1)" in src
    assert "np.log1p" not in src  # the body of softplus is not differentiated


def test_custom_vjp_forward_function_runs_once_per_call():
    w, x = RNG.standard_normal(4), RNG.standard_normal((5, 4))
    g = s2s.grad(cf.softplus_loss)
    g(w, x)
    before = dict(cf.CALLS)
    g(w, x)
    assert cf.CALLS["fwd"] - before["fwd"] == 1 and cf.CALLS["bwd"] - before["bwd"] == 1


def test_custom_vjp_in_a_loop_records_its_residuals():
    w, xs = RNG.standard_normal(3), RNG.standard_normal((4, 3))

    def ref(w):
        s = 0.0
        for i in range(4):
            w = j_softplus(w * xs[i])
            s = s + jnp.sum(w)
        return s
    assert_tree_close(s2s.grad(cf.softplus_loop)(w, xs), jax.grad(ref)(w), RTOL, 1e-12)
    # the residuals are recorded at every step (in a list of their own), not recomputed
    assert "softplus_res_all.append(softplus_res)" in s2s.source(s2s.grad(cf.softplus_loop))


def test_custom_vjp_of_the_function_itself():
    x = RNG.standard_normal(5)
    out, pullback = s2s.vjp(cf.softplus, x)
    g = RNG.standard_normal(5)
    assert_tree_close(pullback(g), jax.vjp(j_softplus, x)[1](g), RTOL, 1e-12)
    assert "softplus_fwd(x)" in s2s.source(cf.softplus, mode="vjp")


def test_implicit_function_gradient_matches_jax_through_the_iterations():
    n = 4
    W = 0.3 * RNG.standard_normal((n, n)) / np.sqrt(n)
    x, y = RNG.standard_normal(n), RNG.standard_normal(n)

    def ref(W, x):
        z = jnp.zeros_like(x)
        for _ in range(200):
            z = jnp.tanh(W @ z + x)
        return jnp.sum((z - y) ** 2)
    got = s2s.grad(cf.equilibrium_loss, wrt=(0, 1))(W, x, y)
    assert_tree_close(got, jax.grad(ref, argnums=(0, 1))(W, x), RTOL, 1e-12)
    src = s2s.source(s2s.grad(cf.equilibrium_loss, wrt=(0, 1)))
    assert "fixed_point_bwd(fixed_point_res" in src and "np.tanh" not in src


def test_custom_vjp_has_no_forward_mode():
    with pytest.raises(s2s.MissingRuleError, match="custom_vjp"):
        s2s.jvp(cf.uses_custom_vjp_forward, (np.ones(3),), (np.ones(3),))
    with pytest.raises(s2s.MissingRuleError):
        s2s.hessian(cf.uses_custom_vjp_forward)(np.ones(3))


# -- custom_jvp ----------------------------------------------------------------------------------
def j_logcosh_loss(w, a):
    return jnp.sum(jnp.log(jnp.cosh(w * a)) * w)


def test_custom_jvp_forward_mode_calls_the_users_jvp():
    w, a, t = RNG.standard_normal(4), RNG.standard_normal(4), RNG.standard_normal(4)
    out, tan = s2s.jvp(cf.logcosh_loss, (w, a), (t, None))
    rout, rtan = jax.jvp(lambda w: j_logcosh_loss(w, a), (w,), (t,))
    assert_tree_close((out, tan), (rout, rtan), RTOL, 1e-12)
    src = s2s.source(cf.logcosh_loss, mode="forward")
    assert "logcosh_jvp((t1,), (t1_dot,))" in src or "logcosh_jvp((" in src


def test_custom_jvp_reverse_mode_transposes_the_users_jvp():
    w, a = RNG.standard_normal(4), RNG.standard_normal(4)
    got = s2s.grad(cf.logcosh_loss, wrt=(0, 1))(w, a)
    assert_tree_close(got, jax.grad(j_logcosh_loss, argnums=(0, 1))(w, a), RTOL, 1e-12)
    assert "transpose_jvp(logcosh," in s2s.source(s2s.grad(cf.logcosh_loss))


def test_custom_jvp_with_two_parameters():
    x, c = RNG.standard_normal(5), 1.7

    def ref(x, c):
        def sn(x, c):
            return c * jnp.sqrt(jnp.sum(x * x))
        return sn(x, c) ** 2 + sn(jnp.sin(x), c)
    assert_tree_close(s2s.grad(cf.norm_loss, wrt=(0, 1))(x, c),
                      jax.grad(ref, argnums=(0, 1))(x, c), RTOL, 1e-12)
    t = RNG.standard_normal(5)
    assert_tree_close(s2s.jvp(cf.norm_loss, (x, c), (t, 0.5)),
                      jax.jvp(ref, (x, c), (t, 0.5)), RTOL, 1e-12)


# -- user rules ------------------------------------------------------------------------------------
def j_user_rule_loss(x, t):
    return t * jax.nn.logsumexp(jnp.sin(x) / t) + jnp.sum(x ** 3)


def test_user_rules_in_both_modes():
    x, t = RNG.standard_normal(5), 0.7
    assert_tree_close(s2s.grad(cf.user_rule_loss, wrt=(0, 1))(x, t),
                      jax.grad(j_user_rule_loss, argnums=(0, 1))(x, t), RTOL, 1e-12)
    u = RNG.standard_normal(5)
    assert_tree_close(s2s.jvp(cf.user_rule_loss, (x, t), (u, 0.3)),
                      jax.jvp(j_user_rule_loss, (x, t), (u, 0.3)), RTOL, 1e-12)
    # second order: forward over the generated reverse code, through the user's templates
    assert_tree_close(s2s.hessian(cf.user_rule_loss)(x, t),
                      jax.hessian(j_user_rule_loss)(x, t), RTOL, 1e-10)


def test_user_rules_read_like_built_in_ones():
    src = s2s.source(s2s.grad(cf.user_rule_loss, wrt=(0, 1)))
    assert "smooth_max_user_prim(t1, t)" in src  # called by its own name
    # the user's helper a template calls is inlined with its own names, so it can be
    # differentiated again (hessian)
    assert re.search(r"e = np\.exp\((t\d+) - np\.max\(\1\)\)", src), src
    assert "3 * x ** 2" in src


def test_registering_over_a_built_in_rule_is_refused():
    with pytest.raises(ValueError, match="built-in"):
        s2s.rules.elementwise(np.sin, "np.sign(x)", name="abs")
    with pytest.raises(ValueError, match="another function"):
        s2s.rules.elementwise(lambda x: x, "1.0", name="cube_user_prim")


# -- what custom rules return is checked --------------------------------------------------------
def test_custom_vjp_cotangent_of_the_wrong_shape_is_refused():
    """JAX raises where broadcasting a (1,) cotangent onto a (2,) argument would give a wrong
    gradient silently; so does s2s, naming the functions and the argument."""
    with pytest.raises(s2s.ShapeError) as e:
        s2s.grad(cf.wrong_shape_loss)(np.array([1.0, 2.0]))
    text = str(e.value)
    assert "scale_wrong_shape_bwd, the backward function of scale_wrong_shape" in text
    assert "shape (1,)" in text and "argument x, which has shape (2,)" in text
    assert "custom_funcs.py" in text and "def scale_wrong_shape_bwd" in text


def test_custom_vjp_wrong_number_of_cotangents_is_refused():
    with pytest.raises(s2s.ShapeError, match="returned 1 values where scale_wrong_count takes 2"):
        s2s.grad(cf.wrong_count_loss)(np.ones(3), np.ones(3))


def test_custom_vjp_cotangent_of_the_wrong_dtype_is_refused():
    with pytest.raises(s2s.ShapeError, match="dtype float64 for its argument x, which has "
                                             "shape \\(3,\\) and dtype float32"):
        s2s.grad(cf.wrong_dtype_loss)(np.ones(3, np.float32))


def test_custom_vjp_none_cotangent_is_zero():
    x, y = RNG.standard_normal(3), RNG.standard_normal(3)
    gx, gy = s2s.grad(cf.none_cotangent_loss, wrt=(0, 1))(x, y)
    assert_tree_close(gx, jax.grad(lambda x: jnp.sum((x * y) ** 2))(x), RTOL, 1e-12)
    assert_tree_close(gy, np.zeros(3), RTOL, 0)


def test_custom_jvp_tangent_of_the_wrong_shape_is_refused():
    x = RNG.standard_normal(3)
    with pytest.raises(s2s.ShapeError, match="halve_wrong_tangent_jvp, the jvp function of "
                                             "halve_wrong_tangent, returned a tangent of shape"):
        s2s.jvp(cf.wrong_tangent_loss, (x,), (np.ones(3),))
