# s2s show ../../tests/cases/linalg.py::least_squares --mode forward --wrt 0,1
def least_squares_jvp(A, w, b, A_dot, w_dot):
    r = A @ w - b
    t1 = broadcast_like(A_dot @ w + A @ w_dot, r)
    return 0.5 * (r @ r), 0.5 * (t1 @ r + r @ t1)
