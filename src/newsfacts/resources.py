"""Access to the lexicons and gazetteers shipped in ``newsfacts/data``."""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["data_lines", "data_text"]


@cache
def data_text(name: str) -> str:
    """The content of the data file ``name`` (a path relative to ``newsfacts/data``)."""
    return resources.files("newsfacts").joinpath("data", *name.split("/")).read_text(encoding="utf-8")


@cache
def data_lines(name: str) -> tuple[str, ...]:
    """The non-blank lines of a data file, without ``#`` comment lines, stripped."""
    return tuple(s for line in data_text(name).splitlines() if (s := line.strip()) and not s.startswith("#"))
