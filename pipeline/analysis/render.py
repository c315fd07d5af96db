"""The Jinja2 environment of the HTML pages: templates are data files beside this module."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape


def format_number(value: Any) -> str:
    """A JSON number as an analyst reads it: thousands separated, no float noise."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return str(value)
    number = Decimal(str(value))
    if number == number.to_integral_value():
        return f"{int(number):,}"
    return f"{number:,f}".rstrip("0").rstrip(".")


def format_short(value: float) -> str:
    """A large total in a few digits: 6.55 trillion, 312 million."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:,.3g} {word}"
    return format_number(round(value, 2))


def environment() -> Environment:
    """One environment per page build (no module-global cache): autoescaped, strict about missing names."""
    env = Environment(
        loader=PackageLoader("newsevents.analysis", "templates"),
        autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["number"] = format_number
    env.filters["short"] = format_short
    return env
