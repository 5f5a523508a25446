"""Rules about people that every feature shares: age bands and the needs list. No Qt, no storage.

The demos and the participant import both turn an age into the band a
facilitator balances tables on, and a ``Bijzonderheden`` cell into a list of
needs; they do it here, the same way.
"""

from __future__ import annotations

#: The need that decides which tables a person can sit at.
WHEELCHAIR = "rolstoel"

#: (exclusive upper age, band); 65 and older is '65+'.
AGE_BANDS = ((18, "<18"), (30, "18-29"), (45, "30-44"), (65, "45-64"))


def age_band(age: int) -> str:
    """The band a facilitator sorts on: '<18', '18-29', '30-44', '45-64' or '65+'."""
    for upper, band in AGE_BANDS:
        if age < upper:
            return band
    return "65+"


def split_needs(text: str) -> list[str]:
    """'rolstoel; tolk NGT' -> ['rolstoel', 'tolk NGT']."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
