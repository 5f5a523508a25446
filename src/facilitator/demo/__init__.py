"""Generated session files: a realistic burgerberaad demo day, and a G1000-scale meeting for benchmarks.

``build_demo(path)`` writes the same fictional session day every time;
``build_g1000(path, seed)`` writes a citizens' summit of 1,000 people,
100 tables and 10,000 notes, the same for the same seed. Neither overwrites
an existing file.
"""

from facilitator.demo.burgerberaad import build_demo
from facilitator.demo.g1000 import build_g1000

__all__ = ["build_demo", "build_g1000"]
