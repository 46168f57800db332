"""Finding temporal expressions in a text: every rule, modifiers, overlaps, date+time merges.

:func:`find` is the whole extractor without the fact models: it returns
:class:`~.candidates.Cand` records in text order, none overlapping.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re

from .anchor import shift
from .candidates import Cand, Ctx
from .lexicon import lexicon
from .rules import rules
from .timex import iso_week

__all__ = ["find"]

# What sets the rules off, by group (rules.TRIGGERS says which groups each rule needs): literal
# lower-case strings from data/dates/triggers.json, found with str.find (much faster than a regex
# alternation), or a pattern that starts with a character class (which the regex engine scans for quickly).
_TRIGGER_WORDS = lexicon().trigger_words
_WORD_START = lexicon().trigger_word_start
_TRIGGER_PATTERNS: dict[str, re.Pattern[str]] = {
    "year4": re.compile(r"[12]\d{3}"),
    "numdate": re.compile(r"\d[/.-][0-3]?\d[/.-]\d"),
    "decade_d": re.compile(r"0['’]?s"),
    "qcode": re.compile(r"q[1-4]", re.IGNORECASE),
    "clock": re.compile(r"\d\s?[ap]\.?\s?m|\d[:.][0-5]\d", re.IGNORECASE),
    "zulu": re.compile(r"\d{4}\s*(?:GMT|UTC|Z\b|hrs|hours|local)"),
}


def _hits(text: str) -> dict[str, list[tuple[int, int]]]:
    """Where each trigger group occurs (case-insensitively)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    out: dict[str, list[tuple[int, int]]] = {}
    for group, words in _TRIGGER_WORDS.items():
        spans: list[tuple[int, int]] = []
        word_start = group in _WORD_START
        for w in words:
            i = low.find(w)
            while i != -1:
                if not (word_start and i and low[i - 1].isalpha()):  # "today" holds no unit "day"
                    spans.append((i, i + len(w)))
                i = low.find(w, i + 1)
        if spans:
            out[group] = spans
    for group, pattern in _TRIGGER_PATTERNS.items():
        spans = [m.span() for m in pattern.finditer(text)]
        if spans:
            out[group] = spans
    return out


FULL_SCAN = False  # run every rule over the whole text (for checking the trigger windows)

_PREFIX = re.compile(
    r"(?:(?<![\w-])(?P<p>the\s+(?:very\s+)?(?:end|beginning|start|middle|close)\s+of|early|late|earlier"
    r"|later|mid|the\s+early|the\s+late|the\s+mid|fiscal|calendar)(?:\s+|-|\s*-\s*))$",
    re.IGNORECASE,
)
_PREFIX_MOD = {
    "early": "START", "beginning": "START", "start": "START", "earlier": "START",
    "late": "END", "end": "END", "close": "END", "later": "END",
    "mid": "MID", "middle": "MID",
}  # fmt: skip
_PREFIXABLE = {"month", "year", "season", "decade", "rel", "day", "daypod", "century", "quarter"}

_CLOCK_THEN_DAY = re.compile(r"\s*(?:,\s*)?")
_DAY_THEN_CLOCK = re.compile(r"\s*(?:,|-|–|—)?\s*")


def _prefix(c: Cand, ctx: Ctx) -> Cand:
    if c.kind not in _PREFIXABLE or c.mod is not None or c.value.endswith("_REF"):
        return c
    m = _PREFIX.search(ctx.text, max(0, c.start - 30), c.start)
    if m is None:
        return c
    p = " ".join(m["p"].lower().split())
    if p in ("fiscal", "calendar"):
        if c.kind != "year":
            return c
        c.start = m.start()
        return c
    if c.kind == "day" and len(c.value) == 10 and not p.startswith(("earlier", "later", "early", "late")):
        return c
    if c.kind == "day" and c.value[5:7].isdigit() and p in ("mid",):
        return c
    key = p.split()[-2] if p.endswith(" of") else p.split()[-1]
    c.mod = _PREFIX_MOD.get(key)
    c.start = m.start()
    return c


# What an antecedent's value must fix for an anaphor of each unit to be counted from it.
_ANTECEDENT = {
    "D": re.compile(r"(\d{4})-(\d\d)-(\d\d)"),
    "W": re.compile(r"(\d{4})-(?:(\d\d)-(\d\d)|W(\d\d))"),
    "M": re.compile(r"(\d{4})-(\d\d)(?!\d)"),
    "Y": re.compile(r"(\d{4})(?!\d)"),
}
_APPOSITION = re.compile(r"\s*[,(–—]\s*")
_ANAPHOR_REACH = 1000  # characters back to look for the date an anaphor counts from


def _antecedent(value: str, unit: str) -> dt.date | None:
    m = _ANTECEDENT[unit].match(value)
    if m is None:
        return None
    try:
        if unit == "W" and m[4]:
            return dt.date.fromisocalendar(int(m[1]), int(m[4]), 1)
        if unit in ("D", "W") or (unit == "M" and m[2]):
            return dt.date(int(m[1]), int(m[2] or 1), int(m[3]) if unit != "M" and m[3] else 1)
        return dt.date(int(m[1]), 1, 1)
    except ValueError:
        return None


def _anaphora(cands: list[Cand], text: str) -> list[Cand]:
    """Count "the next day", "that year", "the following month" from the nearest date before them.

    Without such a date the value read from the publication date stays.
    """
    for i, c in enumerate(cands):
        if c.rel is None:
            continue
        unit, n, pod = c.rel
        weekday = unit.startswith("WD")
        for j in range(i - 1, -1, -1):
            d = cands[j]
            if c.start - d.end > _ANAPHOR_REACH:
                break
            if d.type not in ("DATE", "TIME"):
                continue
            base = _antecedent(d.value, "D" if weekday else unit)
            if base is None:
                continue
            if not 100 < base.year < 9000:
                break
            if weekday:  # the first such weekday after (or before) the antecedent day
                step = (
                    (n - base.isoweekday()) % 7 or 7 if unit == "WD+" else -((base.isoweekday() - n) % 7 or 7)
                )
                c.value = (base + dt.timedelta(days=step)).isoformat()
                c.day = c.value
                c.anchored = d.anchored
                break
            if _APPOSITION.fullmatch(text, d.end, c.start):
                n = 0  # "on May 4, the day before the vote": the date it stands beside
            c.value = shift(base, unit, n) + (f"T{pod}" if pod else "")
            c.anchored = d.anchored
            break
    return cands


_WEEK_OF = re.compile(r"the\s+week\s+of\s+$", re.IGNORECASE)
_WEEK_OF_HEAD = re.compile(r"the\s+week", re.IGNORECASE)


def _week_of(cands: list[Cand], text: str) -> list[Cand]:
    """ "the week of March 6": one expression, the ISO week of that day."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and c.kind == "day"
            and len(c.value) == 10
            and c.value[:4].isdigit()
            and _WEEK_OF_HEAD.fullmatch(text, prev.start, prev.end)
            and _WEEK_OF.fullmatch(text, prev.start, c.start)
        ):
            try:
                day = dt.date.fromisoformat(c.value)
            except ValueError:
                out.append(c)
                continue
            out[-1] = Cand(prev.start, c.end, "DATE", iso_week(day), kind="rel", anchored=c.anchored)
            continue
        out.append(c)
    return out


def _select(cands: list[Cand]) -> list[Cand]:
    """The longest non-overlapping candidates (ties: lower ``prio`` first, then leftmost)."""
    order = sorted(cands, key=lambda c: (-(c.end - c.start), c.prio, c.start))
    starts: list[int] = []  # taken spans, sorted and disjoint
    ends: list[int] = []
    taken: list[Cand] = []
    for c in order:
        i = bisect.bisect_right(starts, c.start)
        if i > 0 and ends[i - 1] > c.start:
            continue  # overlaps the taken span that starts at or before it
        if i < len(starts) and starts[i] < c.end:
            continue  # overlaps the next taken span
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def _merge(cands: list[Cand], text: str) -> list[Cand]:
    """Join a time of day and the day beside it ("10 p.m. Wednesday", "22 November 2015 - 09:08")."""
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        if i + 1 < len(cands):
            n = cands[i + 1]
            gap = text[c.end : n.start]
            if (
                c.kind == "clock"
                and n.kind in ("day", "daypod")
                and n.day
                and _CLOCK_THEN_DAY.fullmatch(gap)
                and len(gap) < 6
            ):
                out.append(_joined(c, n, n.day, _evening(c, n, text)))
                i += 2
                continue
            if (
                c.kind == "day"
                and c.day
                and n.kind == "clock"
                and _DAY_THEN_CLOCK.fullmatch(gap)
                and len(gap) < 5
                and c.value[:1].isdigit()
            ):
                out.append(_joined(c, n, c.day, n.clock or ""))
                i += 2
                continue
        out.append(c)
        i += 1
    return _clock_days(_range_years(out, text), text)


def _evening(clock: Cand, day: Cand, text: str) -> str:
    """The clock time, moved to the afternoon when "11:20 Thursday night" gives no a.m./p.m."""
    hhmm = clock.clock or ""
    if day.value.endswith(("TNI", "TEV", "TAF")) and not _AMPM.search(text, clock.start, clock.end):
        hh = int(hhmm[:2])
        if 1 <= hh < 12:
            return f"{hh + 12:02d}{hhmm[2:]}"
    return hhmm


_AMPM = re.compile(r"[ap]\.?\s?m\b|noon|midnight|midday", re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s*(?:through|thru|to|until|till|and|or|-|–|—)\s*", re.IGNORECASE)
_MONTH_OR_DAY = re.compile(r"\d{4}-\d\d(?:-\d\d)?")  # "2015-03", "2015-03-14"
_MONTH_OR_DAY_ANY_YEAR = re.compile(r"(?:\d{4}|XXXX)-\d\d(?:-\d\d)?")  # and "XXXX-03"


def _range_years(cands: list[Cand], text: str) -> list[Cand]:
    """ "between March through August of 2015": the year named at the end holds for both months."""
    for a, b in itertools.pairwise(cands):
        if (
            a.kind in ("month", "day")
            and (a.anchored or a.value.startswith("XXXX"))
            and _MONTH_OR_DAY_ANY_YEAR.fullmatch(a.value)
            and _MONTH_OR_DAY.fullmatch(b.value)
            and not b.anchored
            and b.kind in ("month", "day")
            and _RANGE_GAP.fullmatch(text, a.end, b.start)
        ):
            a.value = b.value[:4] + a.value[4:]
            a.anchored = False
            if a.day:
                a.day = a.value
    return cands


_SENTENCE_END = re.compile(r"[.!?;]\s|\n")


def _clock_days(cands: list[Cand], text: str) -> list[Cand]:
    """Give a lone time of day the day named near it in its sentence ("at 9:50 a.m. (0650 GMT) Friday")."""
    for i, c in enumerate(cands):
        if c.kind != "clock" or not c.clock:
            continue
        best: tuple[int, Cand] | None = None
        for j in (i - 1, i + 1, i + 2):
            if 0 <= j < len(cands) and j != i:
                d = cands[j]
                lo, hi = (d.end, c.start) if j < i else (c.end, d.start)
                if (
                    d.kind not in ("day", "daypod")
                    or not d.day
                    or hi - lo > 40
                    or _SENTENCE_END.search(text, lo, hi)
                ):
                    continue
                if best is None or hi - lo < best[0]:
                    best = (hi - lo, d)
        if best is not None:
            c.value = f"{best[1].day}T{c.clock}"
            c.anchored = c.anchored or best[1].anchored
    return cands


def _joined(a: Cand, b: Cand, day: str, clock: str) -> Cand:
    return Cand(
        min(a.start, b.start),
        max(a.end, b.end),
        "TIME",
        f"{day}T{clock}",
        kind="time",
        mod=a.mod or b.mod,
        anchored=a.anchored or b.anchored,
        confidence=min(a.confidence, b.confidence),
        timezone=a.timezone or b.timezone,
    )


def _day_first(text: str) -> bool | None:
    """Whether the article writes its dates day first, judged by its spelled-out dates."""
    dmy = mdy = 0
    for rule in rules():
        if rule.name in ("dmy", "mdy"):
            k = sum(1 for m in rule.pattern.finditer(text) if m["mon"][:1].isupper())
            if rule.name == "dmy":
                dmy = k
            else:
                mdy = k
    if dmy == mdy:
        return None
    return dmy > mdy


def _windows(hits: list[tuple[int, int]], n: int, reach: tuple[int, int]) -> list[tuple[int, int]]:
    """Merged stretches of text around trigger hits, ``reach`` characters before and after each."""
    out: list[tuple[int, int]] = []
    before, after = reach
    for s, e in hits:
        lo, hi = max(0, s - before), min(n, e + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def find(
    text: str, published: dt.date | dt.datetime | None = None, day_first: bool | None = None
) -> list[Cand]:
    """Every temporal expression of ``text``, resolved against ``published`` (or left with X).

    ``day_first`` is the order to read numeric dates in when the article's own
    dates do not settle it (from its dateline, say); ``None`` means month first.
    """
    hits = _hits(text)
    if not hits:
        return []
    dct = published.date() if isinstance(published, dt.datetime) else published
    if dct is not None and not 100 <= dct.year <= 9000:
        dct = None  # calendar arithmetic would leave the representable range
    ctx = Ctx(text=text, dct=dct)
    cands: list[Cand] = []
    n = len(text)
    window_cache: dict[tuple[tuple[str, ...], tuple[int, int]], list[tuple[int, int]]] = {}
    for rule in rules():
        key = (rule.triggers, rule.reach)
        wins = window_cache.get(key)
        if wins is None:
            merged = sorted(h for t in rule.triggers for h in hits.get(t, ()))
            wins = window_cache[key] = [(0, n)] if FULL_SCAN else _windows(merged, n, rule.reach)
        if not wins:
            continue
        if rule.name == "numeric":
            own = _day_first(text)
            ctx.day_first = own if own is not None else day_first
        seen_end = -1
        for lo, hi in wins:
            for m in rule.pattern.finditer(text, lo, hi):
                if m.end() == m.start() or m.start() < seen_end:
                    continue
                seen_end = m.end()
                c = rule.handler(m, ctx)
                if c is not None and c.end > c.start:
                    cands.append(_prefix(c, ctx))
    return _merge(_anaphora(_week_of(_select(cands), text), text), text)
