"""What a stretch of text says about an incident: sentences, kind words, places, dates, groups, claims."""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from ...models import TemporalExpression
from ...resources import data_lines, data_text
from ..casualties.lexicon import alt
from .gazetteer import PlaceMatch, find_places

__all__ = [
    "Sentences",
    "date_value",
    "find_claims",
    "find_groups",
    "kind_cues",
    "place_strength",
    "sentences_of",
]

_SENT_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z“\"])")
_ABBREV = re.compile(
    r"(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Sgt|Capt|Col|No|Mt|Ft|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|a\.m|p\.m|Ave|Blvd|Rd|Calif|Fla|Ill|Ind|Mass|Mich|Minn"
    r"|Miss|Tenn|Wash|Wis|Okla|Ore|Ariz|Colo|Conn|Ga|Ky|La|Md|Mo|Nev|Pa|Va|Tex|Ala|Ark|Kan|Neb)\.)\Z"
)


# where a sentence end may begin: after ".", "!" or "?" (before closers and a space), or at a line break
_SENT_END_AT = re.compile(r"\.(?=[\"”’')\]]*\s)|!(?=[\"”’')\]]*\s)|\?(?=[\"”’')\]]*\s)|\n")


def _sentence_ends(text: str) -> list[re.Match[str]]:
    """``list(_SENT_END.finditer(text))``, tried only where a sentence end may begin (a fast scan)."""
    out: list[re.Match[str]] = []
    done = 0
    for c in _SENT_END_AT.finditer(text):
        at = c.start() if c.group(0) == "\n" else c.end()
        if at < done:
            continue
        m = _SENT_END.match(text, at)
        if m is not None:
            out.append(m)
            done = m.end()
    return out


@lru_cache(maxsize=4)
def sentences_of(text: str) -> Sentences:
    """The sentences of ``text``, shared by the casualty and incident extractors of one article."""
    return Sentences(text)


class Sentences:
    """Sentence boundaries of a text, found once; ``index(pos)`` is the sentence holding ``pos``."""

    def __init__(self, text: str) -> None:
        starts = [0]
        for m in _sentence_ends(text):
            head = text[max(0, m.start() - 8) : m.start()]
            # (an abbreviation ends with "." right before the break: a plain test first)
            if m.group(0).strip() == "" and head.endswith(".") and _ABBREV.search(head):
                continue
            starts.append(m.end())
        self.text = text
        self.starts = starts
        self.ends = [*(s for s in starts[1:]), len(text)]
        self.breaks: dict[tuple[int, int], tuple[tuple[int, int], ...]] = {}
        """Clause breaks found in a window of the text, by window (see ``grouping.clause``)."""

    def __len__(self) -> int:
        return len(self.starts)

    def index(self, pos: int) -> int:
        """The index of the sentence containing ``pos``."""
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def span(self, i: int) -> tuple[int, int]:
        """The offsets of sentence ``i``."""
        return self.starts[i], self.ends[i]


@dataclass(frozen=True)
class KindVocabulary:
    """Kinds in priority order, their families, and one pattern for all cues."""

    order: tuple[str, ...]
    family: dict[str, str]
    cue_kind: dict[str, str]
    pattern: re.Pattern[str]
    weak: tuple[str, ...] = ()  # cues that count half: "explosion", "blast"


@cache
def kinds() -> KindVocabulary:
    """The incident-kind vocabulary (``data/incidents/kinds.json``)."""
    data = json.loads(data_text("incidents/kinds.json"))
    order: list[str] = []
    family: dict[str, str] = {}
    cue_kind: dict[str, str] = {}
    for k in data["kinds"]:
        order.append(k["kind"])
        family[k["kind"]] = k["family"]
        for cue in k["cues"]:
            cue_kind.setdefault(cue, k["kind"])
    # phrases matched (longest first) only to hide a cue inside them: "militants storm a post"
    masks = [cue for cue in data.get("not_cues", ()) if cue not in cue_kind]
    first = "".join(sorted({c[0] for c in [*cue_kind, *masks]}))
    # a trie of the cues, longest first, each ending at a word boundary (spaces: any whitespace)
    cues = alt([*cue_kind, *masks], space=r"\s+")
    pattern = re.compile(rf"(?<![\w-])(?=[{re.escape(first)}]){cues}")
    weak = tuple(c for c in data.get("weak_cues", ()) if c in cue_kind)
    return KindVocabulary(tuple(order), family, cue_kind, pattern, weak)


def kind_cues(lowered: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """(position, kind) of every kind cue in ``lowered[lo:hi]``.

    The cues of a stretch are found once (for the last few texts): the casualty and incident
    extractors ask for those of many of the same sentences of an article.
    """
    found = _cues_by_stretch(lowered)
    cues = found.get((lo, hi))
    if cues is None:
        cues = found[lo, hi] = _kind_cues(lowered, lo, hi)
    return list(cues)


@lru_cache(maxsize=8)
def _cues_by_stretch(lowered: str) -> dict[tuple[int, int], tuple[tuple[int, str], ...]]:
    return {}


def _kind_cues(lowered: str, lo: int, hi: int) -> tuple[tuple[int, str], ...]:
    v = kinds()
    found = (
        (m.start(), v.cue_kind.get(" ".join(m.group(0).split()))) for m in v.pattern.finditer(lowered, lo, hi)
    )
    return tuple((at, kind) for at, kind in found if kind is not None)


def best_kind(cues: Sequence[tuple[int, str]], lowered: str | None = None) -> str | None:
    """The most frequent kind among ``cues``; ties go to the more specific kind.

    Given the text the cues were found in, a weak cue (a bare "explosion", which
    a gas main or a fireworks store has as well as a bomb) counts half.
    """
    if not cues:
        return None
    v = kinds()
    counts: dict[str, float] = {}
    for at, k in cues:
        weak = lowered is not None and lowered.startswith(v.weak, at)
        counts[k] = counts.get(k, 0) + (0.5 if weak else 1)
    return min(counts, key=lambda k: (-counts[k], v.order.index(k)))


_STRONG = re.compile(r"(?:\b(?:in|at|near|outside|over|across|inside|into|on|of|around)\s+(?:the\s+)?"
                     r"(?:[\w-]+\s+){0,3}?)\Z")  # fmt: skip
_CARE = re.compile(
    r"(?:[Hh]ospital|[Mm]edical\s+[Cc]ent(?:er|re)|[Tt]rauma\s+[Cc]ent(?:er|re)|[Cc]linic|[Ii]nfirmary|[Hh]ealth"
    r"|[Mm]orgue|[Jj]ail|[Cc]ourthouse|[Cc]ourt|airlifted|flown|transported|rushed)"
    r"(?:(?!\b(?:after|following|shooting|stabbing|attack|crash|incident)\b)[^.;\n]){0,40}?\s(?:in|at|to)\s+(?:the\s+)?\Z"
)  # "taken to a hospital after a shooting in Dover": the shooting's town
_CARE_AFTER = re.compile(r"\s+(?:[Hh]ospital|[Mm]edical|[Tt]rauma|[Cc]ounty\s+[Jj]ail|[Jj]ail|[Cc]ourt)\b")
_DISTANCE_OF = re.compile(
    r"\b(?:miles?|kilometers?|kilometres?|km|mi)\.?(?:[ -]+(?:north|south|east|west|northeast|northwest"
    r"|southeast|southwest|north-east|north-west|south-east|south-west|up|down)(?:ward)?)?[ ]+(?:of|from)[ ]+"
    r"(?:downtown[ ]+)?\Z"
    r"|\b(?:town|village|hamlet)[ ]+(?:just[ ]+)?(?:outside(?:[ ]+of)?|near)[ ]+\Z",  # "a town outside Dover"
    re.IGNORECASE,
)
_WEAK = re.compile(
    r"\b(?:from|to|toward|towards|for|with|between|and|visiting|visit|versus|against)\s+(?:the\s+)?\Z"
)


_SCENE_BEFORE = re.compile(r"\b(?:in|at|near|outside|over|inside)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}\Z")
_SCENE_CITY_BEFORE = re.compile(
    r"\b(?:in|at|near)\s+the\s+(?:[\w-]+\s+){0,3}(?:capital|city|town|village|suburb|port|region|province),\s+\Z"
)


def place_strength(text: str, p: PlaceMatch) -> int:
    """How likely a place name is to be where something happened: 2 after "in"/"at", 0 after "from"/"to"."""
    before = text[max(0, p.start - 40) : p.start]
    if (
        _WEAK.search(before)
        or _CARE.search(text, max(0, p.start - 70), p.start)
        or _CARE_AFTER.match(text, p.end)
    ):
        return 0  # "flown to Regional Trauma Center in Houston", "a Fresno hospital": not the scene
    if _DISTANCE_OF.search(before):
        return 0  # "a town 30 miles north of Dover", "a town outside Dover": a landmark, not the scene
    if _SCENE_BEFORE.search(before) or _SCENE_CITY_BEFORE.search(before):
        return 3
    if _STRONG.search(before):
        return 2
    return 1


def places_in(text: str, lo: int, hi: int) -> list[PlaceMatch]:
    """Known places in ``text[lo:hi]`` that are not possessive modifiers of a person ("Putin's")."""
    return find_places(text, lo, hi)


# ---------------------------------------------------------------- dates


_DATE_PART = re.compile(r"(?:\d{4}|XXXX)-\d{2}(?:-\d{2})?")
_YMD = re.compile(r"\d{4}-\d{2}-\d{2}")


def date_value(d: TemporalExpression) -> str | None:
    """The date part of a DATE/TIME value ("2015-11-20", "2015-11", "XXXX-10"), or None."""
    if d.type not in ("DATE", "TIME"):
        return None
    m = _DATE_PART.match(d.value)
    return m.group(0) if m else None


def parse_ymd(value: str) -> dt.date | None:
    """A full ``YYYY-MM-DD`` value as a date, else None."""
    try:
        return dt.date.fromisoformat(value) if _YMD.fullmatch(value) else None
    except ValueError:
        return None


def dates_conflict(a: str, b: str) -> bool:
    """True when two date values cannot be the same incident (more than 3 days, or another month)."""
    da, db = parse_ymd(a), parse_ymd(b)
    if da and db:
        return abs((da - db).days) > 3
    ma, mb = a[5:7], b[5:7]
    ya, yb = a[:4], b[:4]
    if ma and mb and ma != mb:
        return True
    return "X" not in ya + yb and ya != yb


# --------------------------------------------------------- groups, claims


@dataclass(frozen=True)
class Groups:
    """Armed-group names, canonical by alias, and one pattern for all of them."""

    canonical: dict[str, str]
    pattern: re.Pattern[str]


# "an al-Qaeda-linked group": a group named only to describe another one
_MODIFIER = re.compile(r"-(?:affiliated|linked|allied|inspired|backed|aligned)\b")


@cache
def groups() -> Groups:
    """The armed-group list (``data/incidents/groups.tsv``)."""
    canonical: dict[str, str] = {}
    for line in data_lines("incidents/groups.tsv"):
        name, aliases = [*line.split("\t"), ""][:2]
        canonical[name] = name
        for a in filter(None, aliases.split(";")):
            canonical[a.strip()] = name
    names = alt(canonical, boundary=False, space=" ")  # a trie, longest first
    return Groups(canonical, re.compile(rf"(?<![\w-]){names}(?![\w])(?!{_MODIFIER.pattern})"))


GroupMention = tuple[int, int, str]
"""(start, end, canonical name) of a group named in the text."""


def find_groups(
    text: str, lo: int = 0, hi: int | None = None, extra: Sequence[GroupMention] = ()
) -> list[GroupMention]:
    """Armed-group names in ``text[lo:hi]``: the shipped list plus ``extra`` (organization) mentions."""
    g = groups()
    hi = len(text) if hi is None else hi
    out = []
    for m in g.pattern.finditer(text, lo, hi):
        name = m.group(0)
        if len(name) <= 3 and name.isupper() and text[m.end() : m.end() + 1] == "-":
            continue  # "IS-held"
        out.append((m.start(), m.end(), g.canonical[name]))
    for s, e, name in extra:
        if _MODIFIER.match(text, e):
            continue
        if lo <= s and e <= hi and all(e <= a or b <= s for a, b, _ in out):
            out.append((s, e, g.canonical.get(name, name)))
    return sorted(out)


_CLAIM = re.compile(  # (the lookahead: only where one of the forms can start, a fast scan)
    r"(?=[hcrtsiw])(?:(?<![\w-])(?:(?:has|had|have)\s+)?(?:claimed|claims|claiming)\s+(?:responsibility|credit)"
    r"|responsibility\s+(?:was|has\s+been)\s+claimed\s+by|took\s+responsibility"
    # "The attack ... was claimed by the Pakistani Taliban": the group named after "by"
    r"|(?<![\w-])(?:was|were|has\s+been|have\s+been|had\s+been)\s+claimed\s+by"
    # "said it had carried out the assault", "said on Twitter that it was behind the attack"
    r"|said\s+(?:(?:on|in)\s+(?:a\s+|an\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:that\s+)?it\s+(?:had\s+|has\s+)?"
    r"(?:carried\s+out|was\s+behind|staged|conducted)"
    # "Al-Shabab claims deadly hotel attack" (not "claimed the lives of"); "its fighters carried out the raid"
    r"|(?<![\w-])(?:claimed|claims|claiming)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:attacks?|bombings?|assault|massacre|blasts?|raid|ambush|killings?|shooting|kidnapping|abduction)\b"
    r"(?!\s+(?:was|were|is|had|has|never)\b)"  # not "claimed the attack was staged": an assertion
    r"|\bits\s+(?:fighters|militants|members|men|mujahideen|gunmen|soldiers)\s+(?:had\s+)?"
    r"(?:carried\s+out|were\s+behind|staged|conducted)\b)"
)
_SUBJECT_ANAPHOR = re.compile(  # "The al Qaeda-linked group said in a statement that its fighters ..."
    r"\s*(?:(?:the|this)\s+(?:[\w-]+\s+){0,2}(?:group|militants|organization|organisation|movement"
    r"|jihadists|extremists|insurgents|rebels)|it|they)\s+(?:said|says|claimed|announced|stated)\b",
    re.IGNORECASE,
)
_ANAPHOR = re.compile(
    r"(?:\b(?:the|this)\s+(?:[\w-]+\s+){0,2}(?:group|militants|organization|organisation|movement|jihadists"
    r"|extremists)|\bit|\bthey)\s+(?:(?:has|had|have)\s+)?\Z",
    re.IGNORECASE,
)
# ", led by ... ,", ", an al-Qaeda affiliate,", ", which ... ,": the group an aside names is not the claimant
_APPOSITIVE = re.compile(
    r",\s+(?:(?:led|headed|founded|run|backed)\s+by\s+[^,]{1,80}|(?:which|who)\s+[^,]{1,80}"
    r"|(?:an?|the)\s+[^,]{1,40}?\b(?:affiliate|offshoot|branch|ally|wing|splinter\s+group|faction)(?:\s+of\s+[^,]{1,40})?),"
)


@dataclass(frozen=True)
class Claim:
    """ "X claimed responsibility": who, and where the claim is."""

    start: int
    end: int
    group: str
    group_span: tuple[int, int]


def find_claims(text: str, sentences: Sentences, extra: Sequence[GroupMention] = ()) -> list[Claim]:
    """Responsibility claims and the group each names (directly or as "the group")."""
    out: list[Claim] = []
    if not any(
        w in text for w in ("responsib", "credit", "claim", "carried", "behind", "staged", "conducted")
    ):
        return out  # a cheap test spares the scan on most articles
    for m in _CLAIM.finditer(text):
        si = sentences.index(m.start())
        s_start, _ = sentences.span(si)
        head = text[s_start : m.start()]
        if m.group(0).startswith("responsibility") or m.group(0).endswith("by"):
            named = find_groups(text, m.end(), min(len(text), m.end() + 80), extra)[:1]
            if named:
                out.append(Claim(m.start(), m.end(), named[0][2], (named[0][0], named[0][1])))
            continue
        # skip an appositive such as ", led by Algerian militant Mokhtar Belmokhtar,"
        aside = [a.span() for a in _APPOSITIVE.finditer(text, s_start, m.start())]
        named = [
            g
            for g in find_groups(text, s_start, m.start(), extra)
            if not any(a <= g[0] < b for a, b in aside)
        ]
        if named:
            s, e, name = named[-1]
            out.append(Claim(m.start(), m.end(), name, (s, e)))
            continue
        if _ANAPHOR.search(head[-60:]) or _SUBJECT_ANAPHOR.match(head):
            earlier = find_groups(text, max(0, s_start - 3000), s_start, extra)
            if earlier:
                s, e, name = earlier[-1]
                out.append(Claim(m.start(), m.end(), name, (s, e)))
    return out
