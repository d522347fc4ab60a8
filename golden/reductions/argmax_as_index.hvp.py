# s2s show ../../tests/cases/reductions.py::argmax_as_index --mode hvp --wrt 0
def argmax_as_index_hvp(x, x_dot):
    return zeros_like(broadcast_like(1.0, x))
