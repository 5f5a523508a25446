"""Benchmarks of Facilitator: each figure is measured by a registered function, and ``run.py`` prints them as JSON."""
