# s2s show ../../tests/cases/mathmod.py::math_log1p_expm1 --wrt 0,1
def math_log1p_expm1_grad(a, b):
    t1 = math.expm1(b)
    b_bar = math.log1p(a) * (t1 + 1)
    a_bar = t1 / (1 + a)
    return a_bar, b_bar
