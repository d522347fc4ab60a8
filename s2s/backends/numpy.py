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

    def spell(self, prim):
        """How a primitive's canonical name is written in this backend's code."""
        return prim


NUMPY = Backend("numpy", {"np": np, "math": math})
