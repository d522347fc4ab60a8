# s2s show ../../tests/cases/methods.py::method_chain --mode forward --wrt 0,1
def method_chain_jvp(x, w, x_dot, w_dot):
    return np.mean(np.sum(np.transpose(np.dot(x, w)), axis=1)), np.mean(np.sum(np.transpose(np.dot(x_dot, w) + np.dot(x, w_dot)), axis=1))
