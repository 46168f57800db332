"""Headline quotes: "Putin: I want global action ..." and "...: Foreign Ministry"."""

from __future__ import annotations

import regex

from . import lexicon as lx

__all__ = ["headline_quote"]

_NAMEISH = regex.compile(r"(?:(?:the|The)\s+)?(?:[\p{Lu}][\p{L}\p{M}.'’\-]*\s*){1,4}")


def _speakerish(s: str) -> bool:
    words = s.split()
    if not 1 <= len(words) <= 5 or not _NAMEISH.fullmatch(s.strip()):
        return False
    return not any(w.lower() in lx.cue_forms() for w in words)


def headline_quote(title: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``((content start, end), (speaker start, end))`` offsets within ``title``, or None."""
    at = title.rfind(": ")
    if at <= 0:
        return None
    left, right = title[:at], title[at + 2 :]
    r_strip = right.rstrip(" .")
    if _speakerish(r_strip) and len(left.split()) >= 3:
        ls = len(left) - len(left.lstrip())
        le = len(left.rstrip())
        rs = at + 2 + (len(right) - len(right.lstrip()))
        return (ls, le), (rs, rs + len(r_strip.strip()))
    first = title.find(": ")
    left, right = title[:first], title[first + 2 :]
    if _speakerish(left.strip()) and len(left.split()) <= 3 and len(right.split()) >= 3:
        rs = first + 2 + (len(right) - len(right.lstrip()))
        re_ = first + 2 + len(right.rstrip())
        ls = len(left) - len(left.lstrip())
        return (rs, re_), (ls, ls + len(left.strip()))
    return None
