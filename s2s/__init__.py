"""s2s: source-to-source automatic differentiation for numpy code.

See SPEC.md for the contract; ``s2s.api`` for the pipeline."""
from .api import (check_grad, differentiate, grad, hessian, hvp, jacfwd, jacobian, jacrev, jvp,
                  source, value_and_grad, vjp)
from . import rules
from .custom import custom_jvp, custom_vjp
from .runtime import stop_gradient
from .errors import (GradientCheckError, MissingRuleError, NonScalarOutputError, S2SError,
                     ShapeError, UnsupportedSyntaxError, WrtError)

__all__ = ["differentiate", "grad", "jvp", "jacfwd", "jacrev", "jacobian", "hessian", "hvp", "value_and_grad", "vjp", "source", "check_grad", "stop_gradient",
           "custom_vjp", "custom_jvp", "rules",
           "S2SError", "UnsupportedSyntaxError", "MissingRuleError", "NonScalarOutputError",
           "WrtError", "ShapeError", "GradientCheckError"]
