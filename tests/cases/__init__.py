"""Case modules of the test catalogue: plain numpy functions, each preceded by a
``# case: ...`` directive (see ``tests/catalogue.py``). Nothing here imports s2s."""
