"""Finding casualty counts in a text: the forms of :mod:`.patterns` applied to counts.

:func:`find_casualties` returns :class:`Found` records (offsets, count,
category, qualifier, victims); the extractor turns them into facts.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from ...models import CasualtyCategory
from ...numbers import NumberMatch, find_numbers, ordinal_words, parse_number
from .counts import Found, Quantity, counted
from .deaths import named_deaths
from .lexicon import alt, lexicon
from .natural import died_by_own_hand, natural_death, of_illness, told_suicide
from .patterns import BARE_SUBJECT_VERBS, Patterns, patterns
from .qualifiers import BETWEEN, qualified
from .scanning import Index, WindowSearch, after_line_label, index_words, matches, scan, word_finder
from .tolls import all_aboard, tolls
from .victims import plural_heads, singular_np

__all__ = ["Found", "find_casualties", "warm_up"]

_CATEGORY: dict[str, CasualtyCategory] = {
    "k": "killed",
    "i": "injured",
    "s": "injured",
    "h": "hostage",
    "m": "missing",
}
_MONTHS = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
    r"|september|october|november|december)\.?[ \t\u00a0]+\Z"
)
_BAD_BEFORE = re.compile(r"(?:no\.|#|number|route|flight|highway|interstate|i-|us|sr|unit|apt\.?|suite|room|"
                         r"channel|district|ward|precinct|page|chapter|section|article|size|age|aged|ages|"
                         r"grade|class|of|[$£€¥₹]|\d[-/:.])[ \t\u00a0]*\Z")  # fmt: skip
# what the window before a count ends with (spaces aside) when _BAD_BEFORE matches it: a fast test first
_BAD_ENDS = (
    "number", "route", "flight", "highway", "interstate", "us", "sr", "unit", "apt", "suite", "room",
    "channel", "district", "ward", "precinct", "page", "chapter", "section", "article", "size", "age", "aged",
    "ages", "grade", "class", "of", "#", "$", "£", "€", "¥", "₹", ".", "-", "/", ":",
)  # fmt: skip
_TOTAL_OF = re.compile(r"(?<![\w-])(?:total|lives)[ \t]+of[ \t]*\Z")  # "a total of 45", "the lives of 12"
_NOT_VICTIMS_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:father|mother|dad|mom|mum|parent|grandfather|grandmother|grandparent)s?[ \t]+of"
    r"|(?:younger|older)[ \t]+than|(?:under|over|above|below)[ \t]+(?:the[ \t]+)?age(?:[ \t]+of)?|ages?|aged"
    r"|fired|fires|fire|firing|heard|hearing|let[ \t]+off|squeezed[ \t]+off)[ \t]+\Z"
)
# the last word of each _NOT_VICTIMS_BEFORE phrase: the window before a count ends with one when it matches
_NOT_VICTIMS_ENDS = (
    "of", "than", "age", "ages", "aged", "fired", "fires", "fire", "firing", "heard", "hearing", "off",
)  # fmt: skip
_THEN_DIED = re.compile(
    r"(?:[ \t]*,)?[ \t]+(?:(?:and|but|was|were|has|have|had|been|later|then|also|both|eventually|subsequently"
    r"|soon|shortly|after)[ \t]+)*(?:pronounced[ \t]+dead|died|dies|succumbed|was[ \t]+killed)(?![\w-])"
)
_NO_GAP = r"(?!(?:and|but|or|while|when|who|which|that|before|after|because|as|said|says|police)(?![\w-]))"
_GAP = r"(?:[ \t]+" + _NO_GAP + r"[\w'’-]+){1,7}"
_HIT_VERB = re.compile(r"\b(?:struck|strikes?|striking|hit|hits|hitting)\b")
_THING_AFTER = re.compile(r"[ \t]+[a-z]{3,}s\b(?![ \t]+(?:of|who|in|at|on|and|as)\b)")  # a plural noun
_THEN_DIED_LATER = re.compile(  # "was shot twice and died", "struck by a bullet and later died"
    _GAP + r"[ \t]+and[ \t]+(?:(?:later|then|eventually|subsequently|soon|also)[ \t]+)?"
    r"(?:died|was[ \t]+pronounced[ \t]+dead|succumbed)(?![\w-])"
)
_WHO_THEN_DIED = re.compile(  # "a boy who was shot at a park on Friday has died"
    r"(?:[ \t]+" + _NO_GAP + r"[\w'’-]+){1,12}"
    r"[ \t]+(?:(?:has|have|had|later|then|since|now|also)[ \t]+)*"
    r"(?:died|is[ \t]+dead|was[ \t]+pronounced[ \t]+dead|succumbed)(?![\w-])"
)
_PART_THEN_DIED = re.compile(  # after "one of the six men hospitalized": a gap of modifiers, "after" too
    r"(?:[ \t]+(?!(?:and|but|or|while|when|who|which|that|because|said|says|police)(?![\w-]))[\w'’-]+){1,14}"
    r"[ \t]+(?:(?:has|have|had|later|then|since|now|also)[ \t]+)*"
    r"(?:died|is[ \t]+dead|was[ \t]+pronounced[ \t]+dead|succumbed)(?![\w-])"
)
_WHERE_DIED = re.compile(  # "was flown to a burn unit, where she died"
    # ... "were taken to a clinic and then flown to Quill City, where they died"
    r"(?:[ \t]+(?:and[ \t]+(?:then|later)(?![\w-])|" + _NO_GAP + r"[\w'’.-]+)){0,12}"
    r"[ \t]*,?[ \t]*where[ \t]+(?:he|she|they|both|each)[ \t]+"
    r"(?:(?:later|eventually|soon|subsequently|were|was|both|each|all|also)[ \t]+)*"
    r"(?:died|pronounced[ \t]+dead|succumbed)(?![\w-])"
)
_PART_OF = re.compile(
    r"(?<![\w-])(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
    r"[ \t]+of[ \t]+(?:the|those|these)[ \t]+\Z"
)
_REDUCED_RELATIVE = re.compile(
    r"[ \t]*[,.;:)]|[ \t]+(?:in|on|at|late|early|last|this|near|outside|inside|while|after|during|overnight|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|by|multiple|once|twice)"
    r"(?![\w-])"
)
_MORE = frozenset({"more", "other", "additional", "extra", "further"})
_TO_DEATH = re.compile(r"[ \t]+(?:to[ \t]+death|dead)(?![\w-])")
_WHO_DIED = re.compile(  # "shot the clerk, who later died"
    r"[ \t]*,[ \t]*who[ \t]+(?:(?:later|then|eventually|subsequently|soon|also)[ \t]+)?"
    r"(?:died|was[ \t]+pronounced[ \t]+dead|succumbed)(?![\w-])"
)
_WHO = re.compile(r"(?<![\w-])(?:who|that)[ \t]+(?:was|were|had[ \t]+been|has[ \t]+been)(?![\w-])")
_ABDUCT = ("kidnap", "abduct")  # hostage verbs whose object is a captive even without "hostage"
_SEIZE = ("seiz", "held", "hold")  # ... and those whose object is one when armed men seize them
_CAPTORS = re.compile(
    r"(?<![\w-])(?:gunmen|militants|kidnappers|abductors|captors|bandits|pirates|rebels|insurgents|jihadists"
    r"|fighters|hijackers|attackers|assailants)(?![\w-])"
)
_HOSTAGES = re.compile(r"hostages(?![\w-])")
_SHOOTING_STAT = re.compile(r"[ \t]*(?:of[ \t]+\d+|-?for-?[ \t]*\d+|percent|%)(?![\w-])")
_BE_HAVE = re.compile(r"(?<![\w-])(?:was|were|is|are|be|been|being|get|got|remain|remains|remained)(?![\w-])")
_SHOT_AT = re.compile(r"[ \t]+at(?![\w-])")
_TRANSITIVE = frozenset(
    [
        "killed",
        "shot",
        "wounded",
        "injured",
        "hurt",
        "stabbed",
        "struck",
        "hit",
        "murdered",
        "slain",
        "executed",
        "massacred",
        "beheaded",
        "seized",
        "kidnapped",
        "abducted",
        "grazed",
    ]
)
_RANGE = re.compile(r"[ \t\u00a0]*(?:-|–|—|to|or)[ \t\u00a0]*\Z")
_AND_BETWEEN = re.compile(r"[ \t\u00a0]+and[ \t\u00a0]+")  # "between 10 and 12"


def _numbers(text: str, lowered: str) -> list[Quantity]:
    """Plausible counts among the numbers of ``text`` (ranges merged; ages, dates, codes dropped)."""
    out: list[Quantity] = []
    nums = [m for m in find_numbers(text) if isinstance(m.value, int) or float(m.value).is_integer()]
    skip_next = False
    for i, m in enumerate(nums):
        if skip_next:
            skip_next = False
            continue
        if not _plausible(m, lowered):
            continue
        nxt = nums[i + 1] if i + 1 < len(nums) else None
        if (
            nxt is not None
            and not m.vague
            and nxt.start - m.end <= 5
            and _RANGE.search(lowered, m.end, nxt.start)
            and int(nxt.value) > int(m.value)
        ) or (
            nxt is not None
            and BETWEEN.search(lowered, max(0, m.start - 10), m.start)
            and _AND_BETWEEN.fullmatch(lowered, m.end, nxt.start)
        ):
            assert nxt is not None
            lo, hi = int(m.value), int(nxt.value)
            out.append(Quantity(m.start, nxt.end, lo, low=lo, high=hi))
            skip_next = True
            continue
        out.append(Quantity(m.start, m.end, int(m.value), vague=m.vague))
    return out


_AGE_AFTER = re.compile(r"[-\s]*(?:years?|yrs?|months?|weeks?|days?|hours?|minutes?)[-\s]*olds?\b")
_HYPHEN_WORD = re.compile(r"-[a-z]")
_AGE_BEFORE = re.compile(r"[a-z], \Z")  # "roe, 46,": an age in apposition
_DEAD_WORD = re.compile(r"\b(?:deceased|dead)\b")


def _plausible(m: NumberMatch, lowered: str) -> bool:
    if m.value < 0 or m.value > 10**10:
        return False
    after = lowered[m.end : m.end + 12]
    if _AGE_AFTER.match(after):
        return False
    if after[:1] and after[0] in "/:%":  # dates, times, percentages
        return False
    if _HYPHEN_WORD.match(after):  # "nine-hour", "12-year"
        return False
    before = lowered[max(0, m.start - 12) : m.start]
    if not m.words and m.value <= 31 and _MONTHS.search(before):
        return False
    if not m.words and m.value < 120 and after[:1] == "," and _AGE_BEFORE.search(before):
        return False  # "Ann Roe, 46, who was in the car, was shot": an age
    if (
        not m.words
        and before.rstrip(" \t\u00a0").endswith(_BAD_ENDS)
        and _BAD_BEFORE.search(before)
        and not _TOTAL_OF.search(before)
    ):
        return False  # "route 9", "page 3", "3 of 4" (but "a total of 45")
    # "a father of three" (his children), "a boy younger than 12" (an age), "fired one shot"
    return not (
        m.start > 0
        and lowered[m.start - 1] in " \t"
        and lowered[max(0, m.start - 26) : m.start].rstrip(" \t").endswith(_NOT_VICTIMS_ENDS)
        and _NOT_VICTIMS_BEFORE.search(lowered, max(0, m.start - 26), m.start) is not None
    )


_HIM = frozenset({"him", "her"})  # the words _PRONOUN_AND opens with
_BOTH = frozenset({"both"})  # the word _both_pattern() opens with
_PRONOUN_AND = re.compile(
    r"(?<![\w-])(?:him|her)(?=[ \t]+and[ \t]+(?:\d|(?:his|her|their|a|an|another|one|two|three|four|five"
    r"|six|seven|eight|nine|ten)(?![\w-])))"
)


@cache
def _ages_list_pattern() -> re.Pattern[str]:
    heads = plural_heads()
    return re.compile(
        rf"(?<![\w-])(?:his|her|their)[ \t]+(?:[a-z][\w-]*[ \t]+)?(?:{heads})(?![\w-])"
        r"(?=[ \t]*,[ \t]*ages?[ \t]+"
        r"(?P<ages>\d{1,3}(?:[ \t]*,[ \t]*\d{1,3})*[ \t]*,?[ \t]+and[ \t]+\d{1,3})(?![\w-]))"
    )


_DIGITS = re.compile(r"\d+")


def _ages_lists(lowered: str) -> list[Quantity]:
    """ "shot his sons, ages 6 and 9": as many victims as ages listed."""
    if "ages " not in lowered:
        return []
    return [
        Quantity(
            m.start(),
            m.end(),
            len(_DIGITS.findall(m.group("ages"))),
            singular=True,
            np_start=m.start(),
            np_end=m.end(),
        )
        for m in _ages_list_pattern().finditer(lowered)
    ]


@cache
def _noun_list_pattern() -> re.Pattern[str]:
    heads = "|".join(
        sorted((re.escape(h) for h in lexicon()["people_singular"] if " " not in h), key=len, reverse=True)
    )
    det = r"(?:(?:a|an|the|his|her|their|its)[ \t]+)"
    item = rf"{det}?(?:[a-z][\w-]*[ \t]+)?(?:{heads})"
    return re.compile(
        rf"(?<![\w-]){det}(?:[a-z][\w-]*[ \t]+)?(?:{heads})(?:[ \t]*,[ \t]*{item}){{1,6}}"
        rf"[ \t]*,?[ \t]+and[ \t]+{item}"
        r"(?=[ \t]+(?:were|are|have|had)(?![\w-]))"
    )


def _noun_lists(lowered: str, index: Index | None) -> list[Quantity]:
    """ "a mother, father and their toddler were found dead": as many victims as people listed."""
    if ", " not in lowered or " and " not in lowered:
        return []
    out = []
    pattern = _noun_list_pattern()
    if index is None:
        verbs = [a.span() for a in _LIST_VERB.finditer(lowered)]
    else:  # the verbs of the index with a space or tab before them: what _LIST_VERB finds
        at = [(s, w) for w in _LIST_VERBS for s in index.get(w, ())]
        verbs = sorted((s - 1, s + len(w)) for s, w in at if s and lowered[s - 1] in " \t")
    for a_start, a_end in verbs:  # tried only before "were", "are" ...: much faster
        lo = max(0, a_start - 160)
        if " and " not in lowered[lo:a_start] or "," not in lowered[lo:a_start]:
            continue
        m = pattern.search(lowered, lo, a_end)
        if m is None or m.end() != a_start:
            continue
        n = len(_LIST_SEPARATOR.split(m.group(0)))
        out.append(Quantity(m.start(), m.end(), n, singular=True, np_start=m.start(), np_end=m.end()))
    return out


_LIST_SEPARATOR = re.compile(r",|[ \t]and[ \t]")
_LIST_VERBS = ("were", "are", "have", "had")
_LIST_VERB = re.compile(r"[ \t](?:" + "|".join(_LIST_VERBS) + r")(?![\w-])")


def _pronoun_objects(lowered: str, index: Index | None) -> list[Quantity]:
    """ "killing her and three other relatives": a pronoun counted as one, as the object of a verb only."""
    if "her and" not in lowered and "him and" not in lowered:
        return []  # a plain substring test spares the scan on most texts
    return [
        Quantity(m.start(), m.end(), 1, singular=True, np_start=m.start(), np_end=m.end())
        for m in (
            _PRONOUN_AND.finditer(lowered) if index is None else scan(_PRONOUN_AND, lowered, index, _HIM)
        )
    ]


@cache
def _ordinals() -> tuple[re.Pattern[str], dict[str, int]]:
    """ "a third ": the ordinals from "second" to "tenth", with their values."""
    words = list(ordinal_words()[1:10])  # "second" to "tenth": "first" is no toll
    values = {w: i for i, w in enumerate(words, 2)}
    return re.compile(rf"(?:a[ \t]+)?({'|'.join(words)})[ \t]"), values


# "has died", "dies": the ordinal of a death told on its own is the toll so far
_DIES_AFTER = re.compile(
    r"[ \t]+(?:(?:has|have|had)[ \t]+)?(?:(?:now|since|also|later)[ \t]+)?(?:died|dies|succumbed)(?![\w-])"
)
_SENTENCE_START = re.compile(r"(?:\A|[.!?\n][\"'“”‘’ \t]*|\n)[ \t\"“‘]*\Z")


def _toll_ordinal(lowered: str, m: re.Match[str], np_end: int) -> int:
    """ "A third person has died", "Fourth victim dies": the dead so far, or 1 for any other phrase.

    Only a sentence that opens with the phrase: in "two were hurt and a third died" the
    ordinal counts every victim, not the dead.
    """
    pattern, values = _ordinals()
    o = pattern.match(lowered, m.start())
    if o is None or not _DIES_AFTER.match(lowered, np_end):
        return 1
    if not _SENTENCE_START.search(lowered, max(0, m.start() - 4), m.start()):
        return 1
    return values[o.group(1)]


def _singulars(p: Patterns, lowered: str, index: Index | None) -> list[Quantity]:
    out = []
    # at a line start that starts no determiner only a bare subject can match ("Teen shot in Omaha"), and
    # only before one of the verbs that follow it: none after the last of them is tried
    last_verb = max(lowered.rfind(v) for v in BARE_SUBJECT_VERBS)
    for m in matches(p, "singular", lowered, index, lines=True, lines_before=last_verb):
        np = "np" if m.group("np") is not None else ("np3" if m.group("np3") is not None else "np2")
        if np == "np3" and not after_line_label(lowered, m.start()):
            continue  # "...: teen shot" in mid-line (">>photos: teen shot"), no headline's own label
        n = _toll_ordinal(lowered, m, m.end(np)) if lowered[m.start()] in "asftne" else 1
        out.append(Quantity(m.start(), m.end(), n, singular=True, np_start=m.start(np), np_end=m.end(np)))
    return out


@cache
def _both_pattern() -> re.Pattern[str]:
    heads = plural_heads()
    return re.compile(
        r"(?<![\w-])both(?=[ \t]+(?:were|are|have|had|remain|remained|died|suffered|of[ \t]+them"
        rf"|(?:[\w-]+[ \t]+)?(?:{heads}))(?![\w-]))"
    )


@cache
def _finder() -> re.Pattern[str] | None:
    """The opening words of every pattern tried only where they start (None: each pattern scans in full)."""
    openers = patterns().openers
    if not openers:
        return None
    words = frozenset().union(*openers.values(), _ANCHOR_WORDS, _BOTH, _HIM, _LIST_VERBS, _HEADLINE_VERBS)
    return word_finder(words)


def _both(lowered: str, folded: str, index: Index | None) -> list[Quantity]:
    """ "Both were flown to a trauma center", "both victims died": two people."""
    if "both" not in folded:
        return []
    pattern = _both_pattern()
    found = pattern.finditer(lowered) if index is None else scan(pattern, lowered, index, _BOTH)
    return [Quantity(m.start(), m.end(), 2) for m in found]


def _category(m: re.Match[str]) -> tuple[CasualtyCategory, bool]:
    for key in ("k", "h", "m", "i", "s"):
        if m.group(key) is not None:
            return _CATEGORY[key], key == "s"
    raise AssertionError("no category group matched")  # pragma: no cover


_POSSESSIVE = re.compile(r"^(?:his|her|their)\s+")


def _conj_value(m: re.Match[str]) -> int:
    n2 = m.group("n2")
    if n2 is None:
        return 1 if "the" in m.re.groupindex and m.group("the") is not None else 0
    if n2 in ("his", "her", "their"):
        return 1
    n2 = _POSSESSIVE.sub("", n2)  # "her two"
    v = parse_number(n2)
    return 1 if v is None else int(v)


def _subcounts(m: re.Match[str], lowered: str, category: CasualtyCategory) -> tuple[Found, ...]:
    if m.group("incl") is None:
        return ()
    start = m.start("incl_body")
    body = lowered[start : m.end("incl_body")]
    for n in find_numbers(body):
        if isinstance(n.value, int) and _plausible(n, body):
            s, e, end = start + n.start, start + n.end, m.end("incl_body")
            e_np = e + len(lowered[e:end]) - len(lowered[e:end].lstrip())
            return (Found(s, end, category, n.value, number=(s, e), victims=(e_np, end)),)
    return ()


def _victims(m: re.Match[str], group: str = "np") -> tuple[int, int] | None:
    if m.group(group) is None:
        return None
    s, e = m.span(group)
    seg = m.string[s:e]
    lead = len(seg) - len(seg.lstrip())
    s += lead
    seg = seg.lstrip()
    if seg.startswith("of ") and not seg.startswith(("of them", "of whom", "of those")):
        s += 3
    return (s, e) if e > s else None


_STEMS = (
    "kill dead die shot slain fatal wound injur hurt hit hospital pronounced stab murder taken transport "
    "flown airlift rush treat suffer sustain recover condition found struck graze execut perish abduct "
    "kidnap missing hostage seiz massacr behead beaten burn gunned lost captive trapped unaccounted "
    "undergoing succumb drown electrocut suffocat asphyxiat buried"
)
_MORE_STEMS = (
    "death toll lives life casualt victim bodies body unharm harm unscath drown electrocut crush trampl "
    "dying gun himself herself themselves bullet fire safe held hold"
)
_PASSIVE_STEM = re.compile(alt(_STEMS.split(), boundary=False))  # a trie: one pass, not forty alternatives
_PASSIVE_REACH = 200  # characters after a count a casualty word of the passive forms is looked for in


def _fired_at(m: re.Match[str], lowered: str) -> bool:
    """ "two men (later) shot at the officers": they fired, nobody is said to be hit."""
    aux = m.group("aux") or ""
    return (
        not _BE_HAVE.search(aux)
        and m.group(0).endswith("shot")
        and _SHOT_AT.match(lowered, m.end()) is not None
    )


_RESCUED_BEFORE = re.compile(r"\b(?:freed|rescued|pulled|saved|found|located|reached|evacuated)[ \t]+\Z")
_STILL = re.compile(r"\b(?:remain|remained|remains|still|believed|feared|thought)\b")


def _stems_after_counts(lowered: str) -> WindowSearch:
    """The test for a casualty word (one of ``_STEMS``) close after a count, for one text."""
    return WindowSearch(_PASSIVE_STEM, lowered, max(map(len, _STEMS.split())))


def _passive(p: Patterns, q: Quantity, lowered: str, stems: WindowSearch) -> Found | None:
    if not stems(q.end, q.end + _PASSIVE_REACH):
        return None  # no casualty word close enough: spare the full pattern
    pat = p.passive_singular if q.singular else p.passive
    m = pat.match(lowered, q.end)
    if m is None:
        return None
    category, shot = _category(m)
    if _fired_at(m, lowered):
        return None
    trig = m.group(0)[m.end("aux") - m.start() :].split()
    if trig == ["trapped"] and not _STILL.search(m.group("aux")):
        return None  # "six miners remain trapped" are missing; "two were trapped in a lift" were not
    if category == "missing" and _RESCUED_BEFORE.search(lowered, max(0, q.start - 30), q.start):
        return None  # "rescuers freed a woman who had been trapped under the rubble": found alive
    transitive = trig[0] in _TRANSITIVE and trig[-1] not in ("himself", "herself")
    if (
        q.singular
        and not m.group("aux").strip()
        and transitive
        and m.group("conj") is None
        and not _REDUCED_RELATIVE.match(lowered, m.end())
    ):
        return None  # "a driver killed his passenger": active, not passive ("a clerk shot Monday" is passive)
    if not _BE_HAVE.search(m.group("aux")) and p.object_after.match(lowered, m.end()):
        return None  # "two men shot a guard", "the man who accidentally shot his friend"
    if (
        not q.singular
        and m.group("np") is None
        and m.group("conj") is None
        and q.value > 1800
        and q.value < 2100
    ):
        return None  # a year
    end = m.end()
    if category != "killed":
        later = (
            _THEN_DIED.match(lowered, end)
            or _THEN_DIED_LATER.match(lowered, end)
            or _WHERE_DIED.match(lowered, end)
        )
        part = None if q.singular else _PART_OF.search(lowered, max(0, q.start - 24), q.start)
        if later is None and (part is not None or _WHO.search(lowered, m.start(), m.end())):
            later = _WHO_THEN_DIED.match(lowered, end)
        if later is None and part is not None:
            # "one of the six men hospitalized after the crash on Friday has died"
            later = _PART_THEN_DIED.match(lowered, end)
        if later is not None and part is not None and (n := parse_number(part.group("n"))) is not None:
            # "one of the four people wounded in the shooting has died": one killed, out of four hurt
            return Found(
                part.start(), later.end(), "killed", int(n), number=part.span("n"), victims=(q.start, m.end())
            )
        if later is not None:  # "was stabbed and later died", "who was hit was declared dead"
            category, shot, end = "killed", False, later.end()
    qual, start = qualified(q, lowered)
    count = q.value + _conj_value(m)
    victims = (q.np_start, q.np_end) if q.np_start is not None and q.np_end is not None else _victims(m)
    if m.group("conj") is not None:
        victims = (victims[0] if victims else m.start("conj"), m.end("conj"))
        listed = _list_before(lowered, start)
        if listed is not None:  # "a jogger, two nurses and a toddler died"
            start, more = listed
            count += more
            victims = (start, victims[1])
    subcounts = _subcounts(m, lowered, category) if not q.singular else ()
    return counted(q, start, end, category, count, qual, victims, shot, subcounts)


@cache
def _list_pattern() -> re.Pattern[str]:
    heads = "|".join(
        sorted(
            (re.escape(h) for h in lexicon()["people_plural"] + lexicon()["people_singular"] if " " not in h),
            key=len,
            reverse=True,
        )
    )
    item = (
        r"(?<![\w-])(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})[ \t]+"
        rf"(?:[\w'’-]+[ \t]+){{0,2}}?(?:{heads})[ \t]*,[ \t]*"
    )
    return re.compile(rf"(?:{item})+\Z")


def _list_before(lowered: str, start: int) -> tuple[int, int] | None:
    """The items listed before a coordinated count ("a jogger, two nurses and a toddler"): where, how many."""
    if lowered[max(0, start - 2) : start].strip() != ",":
        return None  # a cheap test: a list item ends with a comma just before the count
    m = _list_pattern().search(lowered, max(0, start - 120), start)
    if m is None:
        return None
    n = 0
    for item in m.group(0).split(","):
        word = item.split()[0] if item.split() else ""
        if word:
            v = 1 if word in ("a", "an") else parse_number(word)
            n += int(v) if v is not None else 1
    return m.start(), n


def _active(
    p: Patterns, lowered: str, by_start: dict[int, Quantity], index: Index | None, text: str = ""
) -> list[Found]:
    out = []
    for m in matches(p, "active", lowered, index):
        q = by_start.get(m.end())
        if q is None:
            continue
        before = max(0, m.start() - 30)
        if _MODAL_BEFORE.search(lowered, before, m.start()) or (
            _TO_BEFORE.search(lowered, before, m.start()) and not _GERUND.match(lowered, m.start())
        ):
            continue  # "a shutdown would hurt millions", "could have killed hundreds": not told as done
        if text and _headline_break(text, m.start(), q.start, q.end):
            continue
        if _BASE_FORM.match(lowered, m.start()) and _NOT_DONE_BEFORE.search(lowered, before, m.start()):
            continue  # "did not kill two", "the wound 5 inches long": no toll told
        a = p.after_active.match(lowered, q.np_end if q.singular and q.np_end is not None else q.end)
        if a is None:  # pragma: no cover - every part of after_active is optional
            continue
        np_ok = q.singular or a.group("np") is not None
        if m.group("k") or m.group("i") or m.group("s"):
            if m.group("k"):
                category: CasualtyCategory = "killed"
            elif m.group("i"):
                category = "injured"
            else:
                category = "injured"
            shot = m.group("s") is not None
            end = (
                a.end("np") if a.group("np") is not None else (q.np_end if q.singular and q.np_end else q.end)
            )
            if a.group("conj") is not None:
                end = a.end("conj")
            if shot and (death := _TO_DEATH.match(lowered, end) or _WHO_DIED.match(lowered, end)) is not None:
                category, shot, end = "killed", False, death.end()  # "shot two guards to death"
            bare = not np_ok or (a.group("np") is not None and a.group("np").strip() in _MORE)
            year_like = 1800 < q.value < 2100 and "," not in lowered[q.start : q.end]  # "2,059" is no year
            if bare and (p.not_count_after.match(lowered, q.end) or year_like):
                continue  # "shot 12 times", "shot three more times", "injured in 2019": not people
            if shot and not np_ok and _SHOOTING_STAT.match(lowered, q.end):
                continue  # "shot 5 of 12 from the field", "shot 7-for-9": a player's shots
            if bare and _HIT_VERB.search(lowered, m.start(), m.end()) and _THING_AFTER.match(lowered, q.end):
                continue  # "struck more than 40 targets", "hit 12 depots": things (but "wounded two cooks")
        elif m.group("l") and a.group("lives") is not None:
            category, shot, end = "killed", False, a.end("lives")
        elif m.group("lf"):
            shot_like = False
            if a.group("ck"):
                category, end = "killed", a.end("ck")
            elif a.group("ci"):
                category, end = "injured", a.end("ci")
                # "found 5 people suffering from stab wounds": some may be among the dead
                shot_like = a.group("ci").split()[0] not in ("injured", "wounded", "hurt")
            elif a.group("cm"):
                category, end = "missing", a.end("cm")
            else:
                continue
            shot = bool(a.group("ci")) and shot_like
        else:
            if a.group("hostage") is not None:
                end = a.end("hostage")
            elif a.group("np") is not None and _HOSTAGES.search(lowered, a.start("np"), a.end("np")):
                end = a.end("np")
            elif a.group("np") is not None and (m.group("h") or "").lower().startswith(_ABDUCT):
                end = a.end("np")  # "abducting at least 287 students": captives without the word "hostage"
            elif (
                a.group("np") is not None
                and (m.group("h") or "").lower().startswith(_SEIZE)
                and _CAPTORS.search(lowered, max(0, m.start() - 60), m.start()) is not None
            ):
                end = a.end("np")  # "gunmen who seized 23 bus passengers": captives of armed men
            else:
                continue
            category, shot = "hostage", False
        qual, qstart = qualified(q, lowered)
        victims = (q.np_start, q.np_end) if q.np_start is not None and q.np_end is not None else _victims(a)
        if victims is not None and _DEAD_WORD.search(lowered, victims[0], victims[1]):
            category, shot = "killed", False  # "discovered a deceased driver with a bullet wound"
        conj = _conj_value(a) if a.group("conj") is not None and a.end("conj") <= end else 0
        if conj and victims is not None:
            victims = (victims[0], a.end("conj"))
        out.append(counted(q, min(m.start(), qstart), end, category, q.value + conj, qual, victims, shot))
    return out


# "would hurt millions", "could have killed hundreds": not told as done
_MODAL_BEFORE = re.compile(
    r"(?<![\w-])(?:would|could|might|may|will|can|should|must|won['’]t|wouldn['’]t|couldn['’]t)"
    r"(?:[ \t]+(?:not|never|also|only|easily|likely))?(?:[ \t]+have)?[ \t]+\Z"
)
# a headline's present tense ("Gunmen kill 5 in raid") after a negation, do-support or a determiner
_BASE_FORM = re.compile(r"(?:kill|injure|wound)[ \t]")
_NOT_DONE_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:not|never|did|does|do|the|a|an|his|her|their|its|this|that)|n['’]t)[ \t]+\Z"
)
# "going to hurt 200 workers" (but "admitted to shooting four people", "believed to have killed 40")
_TO_BEFORE = re.compile(r"(?<![\w-])to[ \t]+\Z")
_GERUND = re.compile(r"(?:[a-z]+ly[ \t]+)?[a-z]+ing(?![\w-])")


@cache
def _zero_words() -> tuple[str, ...]:
    """The last word of each "no one was hurt" phrase: a text with none of them has no such phrase."""
    return tuple(sorted({p.split()[-1] for ps in lexicon()["zero_phrases"].values() for p in ps}))


_NEGATIVES = frozenset({"no", "nobody", "none"})  # the "no one was hurt" frame opens with one of them


@cache
def _zero_cue() -> re.Pattern[str]:
    """What every "no one was hurt" phrase holds: "no", "nobody" or "none" as a word.

    A zero phrase of the lexicon without one of these words is looked for as it is.
    The usual pattern has a literal prefix ("no"), which the regex engine finds fast.
    """
    cue = r"no(?<![\w-]no)(?:ne|body)?(?![\w-])"
    others = [p for ps in lexicon()["zero_phrases"].values() for p in ps if not _NEGATIVES & set(p.split())]
    return re.compile(rf"(?:{cue}|(?<![\w-]){alt(others)})" if others else cue)


def _zeros(p: Patterns, lowered: str, folded: str, index: Index | None) -> list[Found]:
    out: list[Found] = []
    if not any(w in folded for w in _zero_words()) or _zero_cue().search(folded) is None:
        return out  # substring tests and a fast scan spare the scans on most texts
    for m in matches(p, "zero", lowered, index):
        cat = p.zero_category[" ".join(m.group("z").lower().split())]  # upper case under IGNORECASE
        out.append(Found(m.start(), m.end(), cat, 0, priority=3))  # type: ignore[arg-type]
    # the phrases found so far, disjoint, by start: a frame overlaps one only if it overlaps the last
    # one starting before its end (a scan of all of them made a text of many phrases quadratic)
    taken = [(f.start, f.end) for f in out]
    starts = [f.start for f in out]
    for m in matches(p, "zero_frame", lowered, index):
        i = bisect.bisect_left(starts, m.end())
        if i == 0 or taken[i - 1][1] <= m.start():
            cat = "killed" if m.group("zk") else "injured"
            out.append(Found(m.start(), m.end(), cat, 0, priority=3))  # type: ignore[arg-type]
            taken.insert(i, (m.start(), m.end()))
            starts.insert(i, m.start())
    return out


_ANCHOR_WORDS = [
    "was", "were", "is", "has", "had", "died", "dies", "perished", "succumbed", "suffered", "sustained",
    "remains", "remained", "later", "also",
]  # fmt: skip
_NAMED_ANCHOR = re.compile(r"(?<![\w-])(?:" + "|".join(_ANCHOR_WORDS) + r")(?![\w-])")
_TRIGGER_WORDS = [*_STEMS.split(), "critical", "serious", "stable", "shoot"]
_NAMED_TRIGGER = re.compile(alt(_TRIGGER_WORDS, boundary=False))
_CAPITAL = re.compile(r"(?<![\w'’.-])(?:[A-Z]|[hH]e\b|[sS]he\b)")


def _named_matches(p: Patterns, text: str, lowered: str, index: Index | None) -> list[re.Match[str]]:
    """Matches of ``p.named``, tried only at capitals shortly before "was", "died" ...: much faster."""
    out: list[re.Match[str]] = []
    done = 0
    if index is None:
        anchors = [a.span() for a in _NAMED_ANCHOR.finditer(lowered)]
    else:  # the anchor words, one word each: no two overlap
        anchors = sorted((s, s + len(w)) for w in _ANCHOR_WORDS for s in index.get(w, ()))
    triggers = WindowSearch(_NAMED_TRIGGER, lowered, max(map(len, _TRIGGER_WORDS)))
    for a_start, a_end in anchors:
        if a_start < done or not triggers(a_start, a_end + 60):
            continue  # no casualty word just after the auxiliary: no need to look for a name
        for c in _CAPITAL.finditer(text, max(done, a_start - 60), a_start):
            m = p.named.match(text, c.start())
            if m is not None and m.end() > a_start:
                out.append(m)
                done = m.end()
                break
    return out


_PLURAL_AUX = re.compile(r"\b(?:were|are|have)\b")
_THE_BEFORE = re.compile(r"(?<![\w-])the[ \t]+\Z", re.IGNORECASE)


def _named(p: Patterns, text: str, lowered: str, index: Index | None) -> list[Found]:
    out = []
    for m in _named_matches(p, text, lowered, index):
        if (
            m.group("name").lower() not in ("he", "she")
            and not m.group("name2")
            and (
                _PLURAL_AUX.search(m.group("aux") or "")
                or _THE_BEFORE.search(text, max(0, m.start() - 5), m.start())
            )
        ):
            continue  # "... from Cape Orla were missing", "The Philippines is hit": no one person
        if m.group("died") is not None:
            category: CasualtyCategory = "killed"
            shot = False
        else:
            verb = lowered[m.start() : m.end()].split()[-1]
            if _fired_at(m, lowered):
                continue  # "Troopers later shot at the car"
            if (
                verb in _TRANSITIVE
                and not _BE_HAVE.search(m.group("aux") or "")
                and p.object_after.match(lowered, m.end())
            ):
                continue  # "the storm, named Remal, also hit parts of India": active, with an object
            category, shot = _category(m)
        end = m.end()
        if category != "killed" and (
            later := _THEN_DIED.match(lowered, end)
            or _THEN_DIED_LATER.match(lowered, end)
            or _WHERE_DIED.match(lowered, end)
        ):
            # "Ann Roe was shot and later died", "He was taken to Mercy Hospital, where he died"
            category, shot, end = "killed", False, later.end()
        ns, ne = m.start("name"), m.end("name2") if m.group("name2") else m.end("name")
        conf = 0.6 if m.group("name").lower() in ("he", "she") else 0.7
        out.append(
            Found(
                ns,
                end,
                category,
                2 if m.group("name2") else 1,
                number=None,
                victims=(ns, ne),
                shot=shot,
                confidence=conf,
                priority=0,
            )
        )
    return out


_LIST_ITEM = re.compile(r",\s*(?:\d{1,3}-(?:year|month)-old\s+)?[A-Z]")


def _named_objects(p: Patterns, text: str, index: Index | None) -> list[Found]:
    """ "killing Marta Quill", "injuring Owen Pratt and Rhea Vance": one count per name."""
    out = []
    for m in matches(p, "named_object", text, index):
        category: CasualtyCategory = "killed" if m.group("k") else "injured"
        n = 2 + len(_LIST_ITEM.findall(m.group("more") or "")) if m.group("name2") else 1
        vs, ve = m.start("name"), m.end("name2") if m.group("name2") else m.end("name")
        out.append(
            Found(
                m.start(),
                ve,
                category,
                n,
                victims=(vs, ve),
                shot=m.group("s") is not None,
                confidence=0.7,
                priority=0,
            )
        )
    return out


def _suicides(p: Patterns, lowered: str, folded: str, index: Index | None) -> list[Found]:
    """ "took his own life", "turned the gun on himself": one killed."""
    if "himself" not in folded and "herself" not in folded and "life" not in folded:
        return []
    found = matches(p, "suicide", lowered, index)
    return [Found(m.start(), m.end(), "killed", 1, confidence=0.7) for m in found]


_SELF_THEN_DIED = re.compile(
    r"[^.;\n]{0,80}?(?<![\w-])(?:and|but)[ \t]+(?:(?:later|then|eventually|soon|subsequently)[ \t]+)?"
    r"(?:died|was[ \t]+pronounced[ \t]+dead|succumbed)(?![\w-])"
)


@cache
def _fatal_verb() -> re.Pattern[str]:
    # the participles that govern a list of victims: "shoots four, killing two, then himself"
    return re.compile(r"(?<![\w-])" + alt([v for v in lexicon()["fatal_verbs"] if v.endswith("ing")]))


def _self_shots(p: Patterns, lowered: str, index: Index | None) -> list[Found]:
    """ "deputies think he shot himself by mistake": one hurt, unless a longer reading says he died."""
    if "himself" not in lowered and "herself" not in lowered:
        return []
    out = []
    for m in matches(p, "then_self", lowered, index):  # "killed his wife and then himself"
        s, e = m.span("self")
        # "shoots 4 relatives, killing 2, then himself": the verb nearest "himself" tells his fate
        if m.group("k") is not None or _fatal_verb().search(lowered, m.start() + 1, s):
            out.append(Found(s, e, "killed", 1, confidence=0.6, priority=0))
        else:
            out.append(Found(s, e, "injured", 1, shot=True, confidence=0.6, priority=0))
    for m in matches(p, "self_shot", lowered, index):
        died = _SELF_THEN_DIED.match(lowered, m.end())
        if died is not None:  # "shot himself while cleaning a rifle and died"
            out.append(Found(m.start(), died.end(), "killed", 1, confidence=0.6, priority=0))
        else:
            out.append(Found(m.start(), m.end(), "injured", 1, shot=True, confidence=0.6, priority=0))
    return out


def _pronoun_victims(p: Patterns, lowered: str, index: Index | None) -> list[Found]:
    """ "... and killing him", "shot her in the back": one victim, killed or hurt."""
    if " him" not in lowered and " her" not in lowered:
        return []
    out = []
    for m in matches(p, "pronoun_object", lowered, index):
        killed = m.group("k") is not None or m.group("death") is not None
        end = m.end("death") if m.group("death") else m.end()
        category: CasualtyCategory = "killed" if killed else "injured"
        victims = m.span("pro")
        out.append(
            Found(m.start(), end, category, 1, victims=victims, shot=not killed, confidence=0.6, priority=0)
        )
    return out


def _fatally(p: Patterns, lowered: str, found: list[Found]) -> list[Found]:
    """ ", one fatally" after a count of people shot: that many of them were killed."""
    out = []
    for f in found:
        if not f.shot:
            continue
        m = p.fatally.match(lowered, f.end)
        if m is None:
            continue
        q = m.group("q")
        n = 2 if q == "both" else parse_number(q)
        if n is None:
            continue
        s = m.start("q")
        out.append(Found(s, m.end(), "killed", int(n), number=(s, m.end("q"))))
    return out


_ANY_CASUALTY = re.compile(alt([*_STEMS.split(), *_MORE_STEMS.split()], boundary=False))


_HEADLINE_LEN = 160  # characters a headline runs at most
_HEADLINE_VERB = re.compile(r"(?:kill|injure|wound|hurt)s?[ \t]+")  # "Police kill man in standoff"
_HEADLINE_VERBS = frozenset(
    f"{v}{s}" for v in ("kill", "injure", "wound", "hurt") for s in ("", "s")
)  # its words
_LIFE_OF = re.compile(r"(?<![\w-])life[ \t]+of[ \t]+")  # "Crash claims life of teen"
_TAKES_THE = re.compile(r"(?<![\w-])(?:claims|claimed|takes|took)[ \t]+(?:the[ \t]+)?\Z")


def _headline_verbs(lowered: str, index: Index | None = None) -> list[tuple[int, int]]:
    """Where a headline's killing verb stands: "kills", "claims (the) life of", "takes life of".

    Only a verb that starts a word counts (not "skills"): with an index of the text, the verb is
    looked for only where one of its words starts (where a letter, digit or hyphen is before it,
    the caller passes it by; an underscore is not one of them, so a text holding one is scanned).
    """
    if index is None or "_" in lowered:
        found = [v.span() for v in _HEADLINE_VERB.finditer(lowered)]
    else:
        at = sorted(s for w in _HEADLINE_VERBS for s in index.get(w, ()))
        found = [v.span() for s in at if (v := _HEADLINE_VERB.match(lowered, s)) is not None]
    if "life" in lowered:
        for m in _LIFE_OF.finditer(lowered):
            verb = _TAKES_THE.search(lowered, max(0, m.start() - 12), m.start())
            if verb is not None:
                found.append((verb.start(), m.end()))
        found.sort()
    return found


@cache
def _headline_object() -> re.Pattern[str]:
    return re.compile(
        r"(?P<np>" + singular_np() + r")(?=[ \t]*(?:,|;|:|\n|\Z"
        r"|[ \t](?:and|in|at|on|near|outside|inside|after|before|while|during|over|with|as|by)(?![\w-])))"
    )


def _headline_objects(lowered: str, index: Index | None = None) -> list[Quantity]:
    """ "Police kill man in standoff", "Crash kills pilot, 3 passengers": a headline's bare object is one.

    Only on a line told like a headline (no sentence ends on it): running text has an article there.
    """
    out = []
    for v_start, v_end in _headline_verbs(lowered, index):
        if v_start > 0 and (lowered[v_start - 1].isalnum() or lowered[v_start - 1] == "-"):
            continue
        # the line around the verb, looked for only a headline's length either side (no quadratic scan)
        lo = lowered.rfind("\n", max(0, v_start - _HEADLINE_LEN), v_start) + 1
        hi = lowered.find("\n", v_end, v_end + _HEADLINE_LEN)
        if hi < 0 and v_end + _HEADLINE_LEN < len(lowered):
            continue
        hi = len(lowered) if hi < 0 else hi
        if (lo == 0 and v_start > _HEADLINE_LEN) or hi - lo > _HEADLINE_LEN:
            continue
        line = lowered[lo:hi].rstrip()
        if line.endswith((".", "!", "?", '"', "”")) or ". " in line:
            continue
        m = _headline_object().match(lowered, v_end)
        if m is None:
            continue
        end, n = m.end("np"), 1
        more = _headline_more().match(lowered, end)  # "pilot, 3 passengers": the others listed
        if more is not None and more.group("n") is None:
            end, n = more.end(), 2  # "kills son, self": and then himself
        elif more is not None and isinstance(k := parse_number(more.group("n")), int) and 0 < k < 1000:
            end, n = more.end(), 1 + k
        out.append(Quantity(m.start("np"), end, n, singular=True, np_start=m.start("np"), np_end=end))
    return out


@cache
def _headline_more() -> re.Pattern[str]:
    return re.compile(
        r",[ \t]+(?:(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+"
        r"(?:[\w-]+[ \t]+)?(?:" + plural_heads() + r")|(?:then[ \t]+)?(?:self|himself|herself))(?![\w-])"
    )


def find_casualties(text: str) -> list[Found]:
    """Every casualty count in ``text``, in order; overlapping readings resolved (longest first)."""
    lowered = folded = text.lower()
    if _ANY_CASUALTY.search(folded) is None and not any(w in folded for w in _zero_words()):
        return []  # no word any casualty form needs: spared the number scan
    same = len(lowered) == len(text)
    p = patterns(ignore_case=not same)
    if not same:
        lowered = text
    # one pass finds where the patterns opening with a word may match (see .scanning)
    index = index_words(finder, lowered) if same and (finder := _finder()) is not None else None
    quantities = (
        _numbers(text, lowered)
        + _singulars(p, lowered, index)
        + _both(lowered, folded, index)
        + _noun_lists(lowered, index)
    )
    by_start: dict[int, Quantity] = {}
    for q in quantities:
        if q.start not in by_start or q.singular:
            by_start[q.start] = q
    for q in _pronoun_objects(lowered, index) + _ages_lists(lowered) + _headline_objects(lowered, index):
        by_start[q.start] = q
    found: list[Found] = []
    stems = _stems_after_counts(lowered)
    for q in quantities:
        if (
            lowered[max(0, q.start - 3) : q.start] == "no "
            or lowered[max(0, q.start - 5) : q.start] == "none "
        ):
            continue
        f = _passive(p, q, lowered, stems)
        if f is not None:
            found.append(f)
    found += _active(p, lowered, by_start, index, text if same else "")
    found += tolls(p, lowered, by_start, index)
    found += all_aboard(lowered, quantities)
    found += _zeros(p, lowered, folded, index)
    found += _named(p, text, lowered, index)
    found += _named_objects(p, text, index)
    found += _suicides(p, lowered, folded, index)
    found += _self_shots(p, lowered, index)
    found += _pronoun_victims(p, lowered, index)
    found += _fatally(p, lowered, found)
    found += named_deaths(lowered)
    natural = natural_death()
    kept = [
        f
        for f in _resolve(found)
        if not (f.category == "killed" and natural.match(lowered, f.end)) and not of_illness(f, lowered)
    ]
    if "suicide" in lowered and not any(f.category == "killed" for f in kept) and told_suicide(lowered):
        # no other death told: the one who shot himself is the one the suicide is of
        kept = [died_by_own_hand(f, lowered) for f in kept]
    return kept


def _headline_break(text: str, verb: int, start: int, end: int) -> bool:
    """ "SUSPECT KILLED Hundreds gather ...": a verb in capitals ends a headline; the next one begins.

    A capitalized word after a verb in capitals ("KILLED Hundreds", "SHOT Two") is not its object.
    """
    head = text[verb:start].strip()
    word = text[start:end]
    return len(head) > 1 and head.isupper() and word[:1].isupper() and not word.isupper()


def _resolve(found: list[Found]) -> list[Found]:
    """Keep the longest of overlapping readings (ties: higher priority, then earlier)."""
    ranked = sorted(found, key=lambda f: (-(f.end - f.start), -f.priority, f.start))
    kept: list[Found] = []  # disjoint, by start: a reading overlaps one only if it overlaps a neighbour
    starts: list[int] = []
    for f in ranked:
        i = bisect.bisect_right(starts, f.start)
        if (i > 0 and kept[i - 1].end > f.start) or (i < len(kept) and kept[i].start < f.end):
            continue
        kept.insert(i, f)
        starts.insert(i, f.start)
    return kept


def warm_up() -> None:
    """Compile the patterns built from the lexicon now rather than on first use."""
    _both_pattern()
    _ages_list_pattern()
    _noun_list_pattern()
    _list_pattern()
    _ordinals()
    _headline_object()
    _headline_more()
    _zero_words()
    _zero_cue()
    _finder()
    natural_death()
