"""Helpers of the linear-algebra rules (``s2s/rules/linalg.py``)."""
from __future__ import annotations

__all__: list[str] = []
