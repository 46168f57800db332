"""Times of day: "3:30 p.m.", "noon", "0735 GMT", "at 5 in the morning"."""

from __future__ import annotations

import re

from .anchor import day_value
from .candidates import Cand, Ctx
from .lexicon import lexicon

__all__ = ["read_clock", "read_clock_pod"]

_AFTER = re.compile(r"\bafter\s+\Z", re.IGNORECASE)
_HIGH_BEFORE = re.compile(r"\bhigh\s+$", re.IGNORECASE)  # "high noon"
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")  # the word before "3:16": a clock cue or a name


def read_clock(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "3:30 p.m.", "noon", "about 10 am EST", "0735 GMT": a time of day on the publication day."""
    if m["noon"]:
        w = m["noon"].lower()
        if _HIGH_BEFORE.search(ctx.text[max(0, m.start() - 6) : m.start()]):
            return None
        hh, mm = (24, 0) if w == "midnight" else (12, 0)
        if w == "midnight" and (
            "after" in (m["mod"] or "").lower() or _AFTER.search(ctx.text, max(0, m.start() - 8), m.start())
        ):
            hh = 0  # "shortly after midnight on Saturday": the small hours of Saturday
    elif m["H"] is not None:
        hh, mm = int(m["H"]), int(m["M"] or 0)
        ap = m["ap"].lower()
        if hh == 0 or hh > 12:
            return None
        if ap.startswith("p") and hh < 12:
            hh += 12
        elif ap.startswith("a") and hh == 12:
            hh = 0
    elif m["H3"] is not None:  # "0735 GMT", "1930 hours"
        hh, mm = int(m["H3"]), int(m["M3"])
    else:
        hh, mm = int(m["H2"]), int(m["M2"])
        prev = _WORD_BEFORE.search(ctx.text[max(0, m.start() - 20) : m.start()])
        cue = prev is not None and prev.group(1).lower() in lexicon().clock_cues
        if prev and prev.group(1)[:1].isupper() and not cue:
            return None  # "John 3:16"
        if len(m["H2"]) == 1 and not cue:
            return None  # "0:50", a video's length; clock times in 24-hour style have two digits
    clock = f"{hh:02d}:{mm:02d}"
    mod = lexicon().modifiers.get((m["mod"] or "").lower())
    if mod is None and m["mod"]:
        mod = "APPROX"
    val = f"XXXX-XX-XXT{clock}" if ctx.dct is None else f"{day_value(ctx.dct)}T{clock}"
    tz = m["tz"] or m["tz2"] or m["tz3"]
    return Cand(
        m.start(),
        m.end(),
        "TIME",
        val,
        kind="clock",
        clock=clock,
        mod=mod,
        anchored=ctx.dct is not None,
        timezone=" ".join(tz.split()) if tz else None,
    )


_AT_CLOCK = re.compile(
    r"\b(?:at|by|until|till|before|after|around|about|from|since|to|past)\s+$", re.IGNORECASE
)


def read_clock_pod(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "at 5 in the morning", "10 o'clock at night": a clock time, its half of the day from the words."""
    if not _AT_CLOCK.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "scored 3 in the morning session": a count
    hh, mm = int(m["H"]), int(m["M"] or 0)
    pod = (m["pod"] or "").lower()
    if pod == "morning":
        hh %= 12
    elif m["night"] and hh == 12:
        hh = 24
    elif pod in ("afternoon", "evening") or (m["night"] and hh >= 6):
        hh = hh % 12 + 12
    clock = f"{hh:02d}:{mm:02d}"
    val = f"XXXX-XX-XXT{clock}" if ctx.dct is None else f"{day_value(ctx.dct)}T{clock}"
    return Cand(m.start(), m.end(), "TIME", val, kind="clock", clock=clock, anchored=ctx.dct is not None)
