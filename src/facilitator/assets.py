"""Finds the shipped resources (translations, icons, demo data) installed or in a source tree."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    """``facilitator/resources`` in a wheel; the repository's ``resources/`` when run from source."""
    packaged = Path(__file__).with_name("resources")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
