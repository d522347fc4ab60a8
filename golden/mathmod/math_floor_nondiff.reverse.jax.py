# s2s show ../../tests/cases/mathmod.py::math_floor_nondiff --wrt 0,1 --backend jax
def math_floor_nondiff_grad(a, b):
    b_bar = zeros_like(b)
    return jnp.floor(b * 3.0), b_bar
