"""The expression rules, in order: one compiled pattern per form, with the handler that reads its value.

Patterns are built once from the lexicon.  Every handler gets the match and the
article context and returns a :class:`~.candidates.Cand` (or ``None`` to reject
the match: "May" the verb, "224 people", a code, an age).  The handlers live in
modules by what they read: :mod:`.absolute`, :mod:`.relative`, :mod:`.durations`,
:mod:`.periods`, :mod:`.clock` and :mod:`.holidays`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from .absolute import (
    read_century,
    read_decade,
    read_iso,
    read_mdy,
    read_month,
    read_month_year,
    read_numeric,
    read_year,
    read_year_range_from,
    read_year_range_to,
    read_year_words,
)
from .candidates import Cand, Ctx
from .clock import read_clock, read_clock_pod
from .durations import read_duration, read_recent, read_set, read_vague_duration
from .holidays import read_holiday
from .lexicon import Lexicon, alternation, lexicon
from .patterns import compile_rule
from .periods import read_quarter, read_quarter_code, read_season
from .relative import (
    read_ago,
    read_anaphor,
    read_deictic,
    read_mid_pod,
    read_overnight,
    read_pod,
    read_ref,
    read_relative,
    read_the_year,
    read_weekday,
    read_weekend,
    read_year_ago_adj,
    read_year_end,
)

__all__ = ["REACH", "TRIGGERS", "Rule", "rules"]

Handler = Callable[[re.Match[str], Ctx], "Cand | None"]


@dataclass(frozen=True)
class Rule:
    """A named pattern and the handler that turns its matches into candidates."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    triggers: tuple[str, ...] = ()
    reach: tuple[int, int] = (60, 60)


@cache
def rules() -> tuple[Rule, ...]:
    """Every rule, compiled (once per process)."""
    lex: Lexicon = lexicon()
    names = [*lex.holidays, *(h.replace("'", "’") for h in lex.holidays if "'" in h)]
    hol = alternation([re.escape(h).replace("\\ ", r"\s+") for h in names], escape=False)
    mods = alternation(lex.modifiers)
    table: list[tuple[str, str, Handler]] = [
        (
            "iso",
            r"""(?<![\w/.-])(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)
            (?:[T\s](?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w-])""",
            read_iso,
        ),
        (
            "numeric",
            r"""(?<![\w/.:,-])(?P<a>[0-3]?\d)(?P<s>[/.-])(?P<b>[0-3]?\d)(?P=s)(?P<y>{YEAR}|\d\d)
            (?![\w/-]|[.:,]\d)""",
            read_numeric,
        ),
        (
            "mdy",
            r"""(?<![\w.])(?<![^\d\s]-)(?:(?P<wd>{WDANY}),?\s+)?(?P<mon>{MON})\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?
            (?:(?P<to>\s*[–-]\s*[0-3]?\d(?:st|nd|rd|th)?)(?=,?\s+{YEAR}(?![\w-])))?
            (?![\d]|[.,:]\d)(?:(?:,\s*|\s+)(?P<y>{YEAR})(?![\w-]))?(?!\w)""",
            read_mdy,
        ),
        (
            "dmy",
            r"""(?:(?<=\d[-–])|(?<![\w.,/–-]))(?:(?P<wd>{WDANY}),?\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+
            (?P<mon>{MON})(?:(?:,\s*|\s+)(?P<y>{YEAR})(?![\w-]))?(?!\w)""",
            read_mdy,
        ),
        (
            "month_year",
            r"""(?<![\w.-])(?P<mon>{MON}),?\s+(?:of\s+)?(?P<y>{YEAR})(?![\w-])""",
            read_month_year,
        ),
        (
            "month",
            r"""(?:(?<=mid-)|(?<=[a-z.][-–])|(?<![\w.-]))(?:(?P<rel>last|this|next|this\s+past|this\s+coming
            |coming)\s+)?(?P<mon>{MONFULL}|(?:jan|feb|aug|sept?|oct|nov|dec)\.)(?!\w)
            (?:\s+(?P<ry>last|this|next)\s+year(?![\w-]))?""",
            read_month,
        ),
        (
            "weekday",
            r"""(?<![\w-])(?:(?:(?P<the>the)\s+)?(?P<rel>last|next|this\s+past|this\s+coming|this|coming|past|previous
            |following|preceding)\s+)?
            (?P<wd>{WD})(?P<pl>s)?(?!\w)
            (?:\s+(?P<pod>morning|afternoon|evening|night)(?P<pl2>s)?)?(?!\w)""",
            read_weekday,
        ),
        (
            "deictic",
            r"""(?<![\w-])(?P<w>yesterday|today|tomorrow|tonight)(?!\w)
            (?:\s+(?P<pod>morning|afternoon|evening|night))?(?!\w)""",
            read_deictic,
        ),
        (
            "pod",
            r"""(?<![\w-])(?P<w>this|last|yesterday|tomorrow)\s+(?P<pod>morning|afternoon|evening|night)(?!\w)""",
            read_pod,
        ),
        (
            "relative",
            r"""(?<![\w-])(?:(?P<the>the)\s+)?(?P<rel>last|next|this\s+past|this\s+coming|this|past|coming
            |previous|following|current|same|present|prior|upcoming)\s+(?:(?:fiscal|calendar)\s+)?(?P<unit>week|weekend|month|year
            |quarter|decade|century|spring|summer|fall|autumn|winter|half)(?![\w-])""",
            read_relative,
        ),
        (
            "weekend",
            r"""(?<![\w-])the\s+(?:week(?P<we>end)?|(?P<mo>month)|(?P<dc>decade|century))(?![\w-])""",
            read_weekend,
        ),
        (
            "anaphor",
            r"""(?<![\w-])(?:the\s+(?P<rel>next|following|previous|preceding|prior|same)\s+
            (?P<u>day|morning|afternoon|evening|night)
            |(?:(?:earlier|later)\s+)?(?:that|the\s+same)\s+(?P<u2>day|week|month|year|morning|afternoon|evening|night)
            |the\s+day\s+(?P<dd>before\s+yesterday|after\s+tomorrow)
            |the\s+(?P<u3>day|night|morning|evening)(?=\s+(?P<ba>before|after)(?![\w-])))(?![\w-])""",
            read_anaphor,
        ),
        (
            "clock_pod",
            r"""(?<![\w:.,$£€-])(?P<H>1[0-2]|0?[1-9])(?::(?P<M>[0-5]\d))?(?:\s+o['’]clock)?
            \s+(?:in\s+the\s+(?P<pod>morning|afternoon|evening)|at\s+(?P<night>night))(?![\w-])""",
            read_clock_pod,
        ),
        (
            "mid_pod",
            r"""(?<![\w-])mid[-\s]?(?P<pod>morning|afternoon|evening)(?![\w-])
            (?:\s+(?P<d>yesterday|today|tomorrow)(?![\w-]))?""",
            read_mid_pod,
        ),
        ("year_end", r"""(?<![\w-])year(?:-|\s+|['’]s\s+)end(?![\w-])""", read_year_end),
        (
            "overnight",
            r"""(?<![\w-])overnight(?=\s*(?:[.,;:!?)"”]|$)|\s+(?:in|on|at|to|from|into|and|as|after|before
            |when|while|near|outside|inside|across|along|there|here|amid|despite|until|but)(?![\w-]))""",
            read_overnight,
        ),
        (
            "the_year",
            r"""(?<![\w-])the\s+(?:(?P<adj>fiscal|full|calendar|entire|whole)\s+)?year(?![\w-])""",
            read_the_year,
        ),
        ("year_ago_adj", r"""(?<![\w-])year-(?:earlier|ago)(?![\w-])""", read_year_ago_adj),
        (
            "vague_duration",
            r"""(?<![\w-])(?:(?:for|over|within|in)\s+(?P<u>weeks|months|years|days|decades|centuries
            |hours|minutes)(?![\w-])(?P<alt>\s+or\s+(?:weeks|months|years|days|decades|hours)(?![\w-]))?|(?P<u2>weeks|months|years|days|decades|hours|minutes)(?=\s+(?:later|earlier)(?![\w-]))
            |(?:the\s+)?(?:coming|upcoming)\s+(?P<u3>days|weeks|months|years|decades)(?![\w-])
            |the\s+(?P<u4>days|weeks|months|years)\s+ahead(?![\w-])
            |(?:over|through|across|down)\s+(?P<t5>the\s+(?P<u5>years|decades|centuries))(?![\w-])
            (?!\s+(?:of|since|after|before|that|when|ahead|to\s+come|in\s+which)(?![\w-])))""",
            read_vague_duration,
        ),
        (
            "ago",
            r"""(?<![\w$€£.,-])(?:(?P<mod>about|nearly|almost|some|more\s+than|less\s+than|roughly|around
            |approximately|over)\s+)?(?P<n>{QUANT})(?P<half>\s+and\s+a\s+half)?\s+(?P<unit>{UNIT})
            (?P<half2>\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+
            (?P<dir>ago|earlier|later|before|after|from\s+now|hence)(?!\w)""",
            read_ago,
        ),
        (
            "duration",
            rf"""(?<![\w$€£.,-])(?:(?P<mod>{mods})\s+)?(?:(?P<the>the)\s+(?:(?P<rel>past|last|next|first
            |coming|previous|following|final|latest|remaining|initial|same|recent|prior|ensuing|preceding)\s+)?)?
            (?P<n>{{QUANT}})(?:\s+(?:to|or)\s+(?P<n2>{{NUM}})|(?P<half>\s+1/2|\s+and\s+a\s+half))?[\s-]+
            (?:(?:more|additional|full|straight|consecutive|long|extra|whole|entire
            |calendar|business|working|trading)\s+)?(?P<unit>{{UNIT}})(?![\w-]|-(?:old|long)\b)
            (?P<half2>\s+and\s+a\s+half)?(?P<orso>\s+or\s+so(?!\w))?""",
            read_duration,
        ),
        (
            "year_range_from",
            r"""(?<![\w$€£.,:/#-])(?P<y>{YEAR})(?=\s?[-–]\s?(?P<y2>{YEAR}|\d\d)(?![\w%-]|[.,/]\d|\s*%))""",
            read_year_range_from,
        ),
        (
            "year_range_to",
            r"""(?:(?<=\d{4}-)|(?<=\d{4}–)|(?<=\d{4}\s-\s)|(?<=\d{4}\s–\s))(?P<y2>{YEAR}|\d\d)
            (?![\w%-]|[.,/]\d|\s*%)""",
            read_year_range_to,
        ),
        (
            "year",
            r"""(?:(?<=mid-)|(?<=FY)|(?<![\w$€£.,:/#-]))(?P<y>{YEAR})(?![\w%]|[.,]\d|[-/–]\d|\s*%|['’]s)""",
            read_year,
        ),
        (
            "decade",
            r"""(?<![\w-])(?:(?P<the>the)\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?
            (?:(?P<dec>(?:1[0-9]|20)\d0)['’]?s|['’](?P<d2>\d0)['’]?s)(?!\w)""",
            read_decade,
        ),
        (
            "decade_words",
            r"""(?<![\w-])the\s+(?:(?P<mod>early|late|mid)[\s-]+)?(?P<dw>{DECW})(?!\w)""",
            read_decade,
        ),
        (
            "century",
            r"""(?:(?<=mid-)|(?<![\w-]))(?:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|{ORD})[\s-]+century(?!\w)""",
            read_century,
        ),
        (
            "quarter",
            r"""(?<![\w-])(?:(?P<the>the)\s+)?(?:(?P<yrel>last|next|this)\s+year['’]s\s+)?(?P<adjs>(?:(?:fiscal|latest|last|current|past|previous|next
            |coming|same|comparable|corresponding|year-ago|year-earlier|prior-year|recent|{YEAR}|calendar|this)
            [\s-]+){0,3})(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)?[\s-]*(?:(?P<two>two)\s+(?=quarters))?
            (?P<q>quarters?|half|period)(?![\w-])
            (?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<y>{YEAR})(?!\w)|\s+of\s+(?P<yr2>last|this|next)\s+year(?![\w-]))?""",
            read_quarter,
        ),
        (
            "quarter_code",
            r"""(?<![\w-])(?-i:Q)(?P<qn>[1-4])(?:\s+(?:FY)?(?P<y>{YEAR}|['’]?\d\d))?(?!\w)""",
            read_quarter_code,
        ),
        (
            "season",
            r"""(?<![\w-])(?:(?P<rel>last|next|this\s+past|this\s+coming|this|past|coming|the)\s+)?
            (?:(?P<sm>early|late|mid)[\s-]+)?(?P<s>{SEASON})
            (?:\s+(?:of\s+)?(?P<y>{YEAR}))?(?![\w-])""",
            read_season,
        ),
        (
            "clock",
            r"""(?<![\w:.,$£€-])(?:(?P<mod>about|around|approximately|shortly\s+after|shortly\s+before
            |just\s+after|just\s+before|roughly)\s+)?(?:(?P<H>[01]?\d|2[0-3])(?:[:.](?P<M>[0-5]\d))?\s?
            (?P<ap>[ap]\.\s?m\.?|[ap]m(?!\w))|(?P<H2>[01]?\d|2[0-3]):(?P<M2>[0-5]\d)(?::[0-5]\d)?(?![\d:]|[.,]\d)
            |(?P<noon>noon|midnight|midday)(?!\w)
            |(?P<H3>[01]\d|2[0-3])(?P<M3>[0-5]\d)(?=\s*(?-i:GMT|UTC|Z)\b|\s+(?:hrs|hours|local\s+time)\b))
            (?:\s+\((?P<tz>{TZ}|{TZW})\)|\s+(?P<tz2>{TZ}|{TZW})(?!\w)|(?<=\d)(?P<tz3>(?-i:Z))(?!\w)
            |\s+(?:hrs|hours)(?!\w))?""",
            read_clock,
        ),
        (
            "ref",
            r"""(?<![\w-])(?P<w>"""
            + alternation(
                [w.replace(" ", r"\s+") for w in (*lex.present_ref, *lex.past_ref, *lex.future_ref)],
                escape=False,
            )
            + r""")(?![\w-])""",
            read_ref,
        ),
        (
            "recent",
            r"""(?<![\w-])recent\s+(?P<u>years|months|weeks|days|decades|quarters|times)(?!\w)
            (?:\s+(?:and|or)\s+(?:years|months|weeks|days|decades)(?!\w))?""",
            read_recent,
        ),
        (
            "set",
            r"""(?<![\w-])(?:(?P<q>every|each|per)\s+(?:(?P<other>other|single)\s+)?(?:(?P<n>{NUM})\s+)?
            (?P<u>{UNIT}|{WD}|{MONFULL}|morning|afternoon|evening|night|{SEASON}|season)(?!\w)
            |(?P<adv>{SETADV})(?!\w)
            |(?P<freq>once|twice|thrice|{NUM}\s+times)\s+(?:a|an|per|each)\s+
            (?P<u2>day|week|month|year|quarter|decade|hour|minute))(?!\w)""",
            read_set,
        ),
        ("holiday", r"""(?<![\w-])(?P<h>""" + hol + r""")(?:\s+(?P<y>{YEAR}))?(?![\w-])""", read_holiday),
        (
            "year_words",
            r"""(?<![\w-])(?:(?P<c>nineteen|eighteen)[\s-]+(?P<r>hundred|{NUMW})
            |the\s+year\s+(?P<tt>two\s+thousand(?:\s+(?:and\s+)?{NUMW})?))(?![\w-])""",
            read_year_words,
        ),
    ]
    return tuple(Rule(name, compile_rule(src), fn, TRIGGERS[name], REACH[name]) for name, src, fn in table)


# Which words a rule's matches always contain (see data/dates/triggers.json): a rule only runs near them.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso": ("year4",), "numeric": ("numdate",), "mdy": ("month",), "dmy": ("month",),
    "month_year": ("month",), "month": ("month",), "weekday": ("weekday",), "deictic": ("deictic",),
    "pod": ("pod",), "relative": ("unit", "season"), "weekend": ("week", "themonth"), "ago": ("offset",),
    "anaphor": ("unit", "pod"), "overnight": ("overnight",), "mid_pod": ("pod",), "year_end": ("year",),
    "clock_pod": ("pod",),
    "the_year": ("year",), "year_ago_adj": ("yearadj",), "vague_duration": ("plural",),
    "duration": ("unit",), "year": ("year4",),
    "year_range_from": ("year4",), "year_range_to": ("year4",),
    "decade": ("decade_d",), "decade_words": ("decade",),
    "century": ("century",), "quarter": ("quarter", "period"), "quarter_code": ("qcode",),
    "season": ("season",),
    "clock": ("clock", "noon", "zulu"), "ref": ("ref",), "recent": ("ref",), "set": ("set", "unit"),
    "holiday": ("holiday",), "year_words": ("yearword",),
}  # fmt: skip

# How far a match can reach before its trigger word starts and after it ends (characters).
REACH: dict[str, tuple[int, int]] = {
    "iso": (2, 32), "numeric": (4, 8), "mdy": (18, 18), "dmy": (26, 12), "month_year": (2, 16),
    "month": (18, 16), "weekday": (20, 14), "deictic": (2, 14), "pod": (14, 2), "relative": (26, 4),
    "weekend": (6, 4), "anaphor": (24, 24), "overnight": (2, 16), "mid_pod": (6, 14), "year_end": (2, 8),
    "clock_pod": (30, 2),
    "the_year": (18, 2), "year_ago_adj": (2, 12), "vague_duration": (18, 12),
    "ago": (60, 12), "duration": (80, 24), "year": (6, 2),
    "year_range_from": (6, 12), "year_range_to": (2, 10), "decade": (16, 4), "decade_words": (18, 2),
    "century": (22, 4), "quarter": (50, 24), "quarter_code": (2, 12), "season": (24, 14),
    "clock": (24, 36), "ref": (14, 10), "recent": (2, 30), "set": (32, 18), "holiday": (12, 24),
    "year_words": (18, 26),
}  # fmt: skip
