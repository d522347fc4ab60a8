"""Helpers of the shape, indexing and statistics rules (``s2s/rules/shape.py``,
``reductions.py``)."""
from __future__ import annotations

__all__: list[str] = []
