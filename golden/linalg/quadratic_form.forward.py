# s2s show ../../tests/cases/linalg.py::quadratic_form --mode forward --wrt 0,1
def quadratic_form_jvp(x, A, x_dot, A_dot):
    t1 = x @ A
    return t1 @ x, (x_dot @ A + x @ A_dot) @ x + t1 @ x_dot
