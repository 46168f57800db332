"""Holidays: fixed ("Christmas"), nth-weekday ("Thanksgiving") and Easter-based ("Good Friday")."""

from __future__ import annotations

import datetime as dt
import re

from .anchor import day_value, easter_sunday, nth_weekday
from .candidates import Cand, Ctx
from .lexicon import lexicon
from .patterns import cap

__all__ = ["read_holiday"]


def read_holiday(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "Christmas", "Thanksgiving 2015", "Good Friday": the holiday's day in the year meant."""
    name = m["h"]
    if not cap(name):
        return None
    rule = lexicon().holidays[" ".join(name.lower().replace("’", "'").split())]
    easter = rule.startswith("E")
    parts = ["4", "XX"] if easter else rule.split("-")
    month = int(parts[0])

    def on(year: int) -> dt.date:
        if easter:  # "E+1" is the day after Easter Sunday
            return easter_sunday(year) + dt.timedelta(days=int(rule[1:]))
        if len(parts) == 2:
            return dt.date(year, month, int(parts[1]))
        nth, wd = parts[1], parts[2]
        if wd.endswith("+"):  # the day after the nth weekday (Election Day: Tuesday after the first Monday)
            return nth_weekday(year, month, int(nth), int(wd[:-1]) - 1) + dt.timedelta(days=1)
        return nth_weekday(year, month, -1 if nth == "L" else int(nth), int(wd))

    if m["y"]:
        val = day_value(on(int(m["y"])))
    elif ctx.dct is None:
        if easter:
            val = "XXXX-XX-XX"
        else:
            val = f"XXXX-{month:02d}-{int(parts[1]):02d}" if len(parts) == 2 else f"XXXX-{month:02d}"
    else:
        sign = ctx.sign(m.start(), m.end())
        cands = [on(y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
        if sign < 0:
            pick = max((d for d in cands if d <= ctx.dct), default=cands[1])
        elif sign > 0:
            pick = min((d for d in cands if d >= ctx.dct), default=cands[1])
        else:
            pick = min(cands, key=lambda d: abs((d - ctx.dct).days))  # type: ignore[operator]
        val = day_value(pick)
    return Cand(m.start(), m.end(), "DATE", val, kind="day", day=val if len(val) == 10 else None, prio=2,
                anchored=ctx.dct is not None and not m["y"])  # fmt: skip
