"""Facilitator: run a participation meeting offline, from one laptop at a venue."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("facilitator")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0"
