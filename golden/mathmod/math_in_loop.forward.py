# s2s show ../../tests/cases/mathmod.py::math_in_loop --mode forward --wrt 0,1
def math_in_loop_jvp(a, b, a_dot, b_dot):
    for _ in range(3):
        t1 = a_dot * math.cos(a)
        a = math.sin(a) + b
        a_dot = t1 + b_dot
    return a, a_dot
