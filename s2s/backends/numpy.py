"""The numpy backend: emitted code calls numpy as ``np`` and ``math`` for scalars."""
import math
from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class Backend:
    name: str
    modules: dict = field(default_factory=dict)  # root name in emitted code -> module

    def module_for(self, root):
        return self.modules.get(root)

    functional = False  # whether arrays are immutable (updates are written x.at[i].set(v))

    def spell(self, prim):
        """How a primitive's canonical name is written in this backend's code."""
        return prim

    def constant(self, obj):
        """A module-level value as the emitted code holds it."""
        return obj

    def helper(self, name):
        """The runtime helper generated code calls by ``name``."""
        from .. import runtime
        return runtime.HELPERS[name]


try:  # scipy.special functions have rules when scipy is installed (s2s/rules/special.py)
    import scipy
except ImportError:
    scipy = None

NUMPY = Backend("numpy", {"np": np, "math": math, **({"scipy": scipy} if scipy else {})})
