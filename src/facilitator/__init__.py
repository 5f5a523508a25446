"""Facilitator: run a participation meeting offline, from one laptop at a venue."""

#: The one place the version is written; pyproject.toml reads it from here.
__version__ = "0.1.0"
