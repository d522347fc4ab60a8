# s2s show ../../tests/cases/mathmod.py::math_log_with_base --wrt 0,1
def math_log_with_base_grad(a, b):
    b_bar = 1.0 / (b * math.log(10))
    b_bar = b_bar + math.log(a, 2.0)
    a_bar = b / (a * math.log(2.0))
    return a_bar, b_bar
