# s2s show ../../tests/cases/linalg.py::quadratic_form --mode hvp --wrt 0,1
def quadratic_form_hvp(x, A, x_dot, A_dot):
    t1 = x @ A
    t1_bar = matmul_vjp_lhs(1.0, t1, x)
    t1_bar_dot = matmul_vjp_lhs(1.0, t1, x_dot)
    x_bar_dot = matmul_vjp_rhs(1.0, x_dot @ A + x @ A_dot, x)
    x_bar_dot = x_bar_dot + (matmul_vjp_lhs(t1_bar_dot, x, A) + matmul_vjp_lhs(t1_bar, x, A_dot))
    A_bar_dot = matmul_vjp_rhs(t1_bar_dot, x, A) + matmul_vjp_rhs(t1_bar, x_dot, A)
    return x_bar_dot, A_bar_dot
