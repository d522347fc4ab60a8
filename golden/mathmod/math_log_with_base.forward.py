# s2s show ../../tests/cases/mathmod.py::math_log_with_base --mode forward --wrt 0,1
def math_log_with_base_jvp(a, b, a_dot, b_dot):
    t1 = math.log(a, 2.0)
    t2 = a_dot / (a * math.log(2.0)) * b + t1 * b_dot + b_dot / (b * math.log(10))
    return t1 * b + math.log(b, 10), t2
