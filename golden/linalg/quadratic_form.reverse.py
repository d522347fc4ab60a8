# s2s show ../../tests/cases/linalg.py::quadratic_form --wrt 0,1
def quadratic_form_grad(x, A):
    t1 = x @ A
    t1_bar = matmul_vjp_lhs(1.0, t1, x)
    x_bar = matmul_vjp_rhs(1.0, t1, x)
    x_bar = x_bar + matmul_vjp_lhs(t1_bar, x, A)
    A_bar = matmul_vjp_rhs(t1_bar, x, A)
    return x_bar, A_bar
