"""Towns named where a sentence tells the scene: "deputies responded to a home in Cedar Bend"."""

from __future__ import annotations

import re

from ...models import Article, Span
from .cues import Sentences
from .dating import DraftView
from .gazetteer import PlaceMatch, find_places
from .neighborhoods import QUARTER_END
from .unknown_towns import unknown_places

__all__ = ["scene_places"]


_SCENE = re.compile(
    r"\b(?:(?:happened|occurred|took[ ]place|unfolded|erupted|broke[ ]out"
    r"|(?:was|were)[ ]reported(?![ ](?:stolen|missing|to|by|that))"
    r"|opened[ ]fire|shots[ ](?:were[ ]fired|rang[ ]out)|gunfire[ ]rang[ ]out"
    r"|(?:bodys?|bodies|victims?)[ ](?:was|were)[ ]found|found[ ](?:dead|shot|slain|unresponsive|suffering)"
    r"|(?:responded|were[ ]called|was[ ]called|(?:were|was)[ ](?:dispatched|summoned|sent)|arrived"
    r"|went|rushed|called)(?:[ ](?:at|about|around|shortly|just|after|before|early|late|on|this|last"
    r"|a\.m\.|p\.m\.|am|pm|noon|midnight|\d{1,2}(?::\d\d)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|morning|afternoon"
    r"|evening|night)){0,5}[ ](?:out[ ])?to)\b"
    r"(?:[ ](?!(?:and|but|said|says|after|before|while|from|where|because|when|near)\b)[\w'’,.&-]+){0,14}?[ ]"
    r"|\b(?P<address>\d{1,6}[ ](?:block|hundred[ ]block)[ ]of[ ](?:[\w'’.&-]+[ ]){1,6}?)"
    r"|\b(?:[Pp]olice|[Oo]fficers|[Dd]eputies|[Tt]roopers|[Aa]uthorities|[Ii]nvestigators|[Dd]etectives)[ ]"
    r"(?=in[ ][A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?[ ](?:are|were|say|said|have|had|responded|found)\b))"
    r"(?P<prep>in|near|(?:just[ ])?outside(?:[ ]of)?)[ ]"
    r"(?:(?:the[ ])?(?:town|city|village|community|borough|township)[ ]of[ ])?"
    r"(?:(?:unincorporated|rural|suburban|nearby|downtown|central|(?:north|south)?(?:east|west)(?:ern)?"
    r"|north(?:ern)?|south(?:ern)?)[ ]){0,2}(?=[A-Z])"
)
# a capitalized name soon after "in", "near" or "outside": three patterns that open with a literal
# (" in "), which the regex engine looks for far faster than one opening with an alternation
_IN_NAME_HINTS = tuple(
    re.compile(p) for p in (r" in[ ](?:[a-z]+[ ]){0,4}[A-Z]", r" near[ ][A-Z]", r" outside[ ](?:of[ ])?[A-Z]")
)


def _names_in_place(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` may name a place after "in", "near" or "outside" (followed by a capital)."""
    in_, near, outside = _IN_NAME_HINTS
    return (
        in_.search(text, lo, hi) is not None
        or near.search(text, lo, hi) is not None
        or outside.search(text, lo, hi) is not None
    )


_NAME_REACH = 80
_SCENE_POINTS = 10.0  # "it happened in Cedar Bend" beats a TV station's dateline
_ADDRESS_POINTS = 2.0  # "in the 400 block of Main Street in Maple Falls" is the scene's own town
_SCENE_LEAD = 12  # scenes are told in the opening sentences, or
_SCENE_REACH = 4  # in the sentences around the incident's own


def scene_places(
    article: Article, draft: DraftView, sentences: Sentences
) -> list[tuple[float, PlaceMatch, bool]]:
    """Towns named where the scene is told: "deputies responded to a home in Cedar Bend",
    "the attack happened in the 1500 block of Main Street in Maple Falls"; with whether the scene is
    told by its street or surroundings ("near Maple Falls"), which in a known city may be its own."""
    text = article.text
    first = sentences.index(draft.context[0][0])
    last = sentences.index(max(e for _, e, _ in draft.context) - 1)
    near = range(max(0, first - _SCENE_REACH), min(len(sentences), last + _SCENE_REACH + 1))
    lead = range(min(len(sentences), _SCENE_LEAD, near.start))
    out: list[tuple[float, PlaceMatch, bool]] = []
    scenes = [
        m
        for si in (*lead, *near)
        if _names_in_place(text, *sentences.span(si))  # most sentences name no place after "in"
        for m in _SCENE.finditer(text, *sentences.span(si))
    ]
    for m in scenes:
        at = m.end()
        if article.boilerplate and article.is_boilerplate(Span(start=at, end=at + 1)):
            continue
        if _CARE_WORDS.search(m.group(0)):
            continue  # "rushed to a hospital in Dover": the hospital's town
        s_end = sentences.span(sentences.index(at))[1]
        if m.group("address") and _HOME_ADDRESS.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Jane Doe, 44, of the 2100 block of Pine Court in Maple Falls": her home
        points = _SCENE_POINTS + (_ADDRESS_POINTS if m.group("address") else 0.0)
        local = bool(m.group("address")) or m.group("prep") != "in"
        s_end = min(s_end, at + _NAME_REACH)  # the town's name follows the cue
        known = [p for p in find_places(text, at, s_end) if p.start == at]
        if known:
            if known[0].place.city:
                out.append((points, known[0], local))
            continue
        unknown = [p for p in unknown_places(text, m.start("prep"), s_end) if p.start == at]
        if unknown and unknown[0].text.split()[-1] not in QUARTER_END:
            out.append((points, unknown[0], local))  # not "in Maple Park", a park or a known city's quarter
    return out


_HOME_ADDRESS = re.compile(
    r"(?:\bof|\bfrom|\bli(?:ves|ved)[ ](?:in|on)|\bresid(?:es|ed)[ ](?:in|on))[ ](?:the[ ])?\Z"
)
_CARE_WORDS = re.compile(
    r"\b(?:[Hh]ospital|[Mm]edical|[Tt]rauma|[Cc]linic|jail|court|courthouse|morgue|prison|detention)\b"
)
