"""Deaths that are no casualties, and deaths the text implies: illness, old age, outbreaks, suicides."""

from __future__ import annotations

import re
from functools import cache

from .counts import Found
from .lexicon import SP1, alt, lexicon

__all__ = ["died_by_own_hand", "natural_death", "of_illness", "told_suicide"]


def told_suicide(lowered: str) -> bool:
    """True when the text calls a death a suicide ("ruled a suicide", "a murder-suicide"), not an attempt."""
    return any(
        not _NOT_DONE.search(lowered, max(0, m.start() - 24), m.start()) for m in _SUICIDE.finditer(lowered)
    )


def died_by_own_hand(f: Found, lowered: str) -> Found:
    """ "The boy shot himself" in a story of a suicide: one dead, not one hurt."""
    if f.category != "injured" or f.count != 1 or not _SHOT_SELF.search(lowered, f.start, f.end):
        return f
    return Found(f.start, f.end, "killed", 1, victims=f.victims, confidence=0.5, priority=f.priority)


_SUICIDE = re.compile(
    r"(?<!\w)suicide(?![\w-]|[ \t]+(?:attempt|note|watch|prevention|hotline|threat|risk|vest|bomb|squad))"
)


_NOT_DONE = re.compile(r"(?:attempted|possible|threatened|failed)[ \t-]+(?:murder-)?\Z")


_SHOT_SELF = re.compile(r"(?:shot|shoots|shooting|then)[ \t]+(?:himself|herself)\Z")


@cache
def natural_death() -> re.Pattern[str]:
    """What follows a death of illness: "died of a heart attack", "succumbed to cancer" (no casualty)."""
    causes = alt(lexicon()["natural_causes"])
    return re.compile(
        rf"(?:{SP1}(?:peacefully|suddenly|at{SP1}home|in{SP1}\d{{4}}|on{SP1}\w+|last{SP1}\w+"
        r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)){0,2}"
        rf"(?:{SP1}(?:of|from|to|after{SP1}(?:a{SP1})?(?:long{SP1}|brief{SP1})?battle{SP1}with)"
        rf"{SP1}(?:complications{SP1}(?:of|from){SP1})?(?:(?:a|an){SP1})?"
        rf"(?:(?:sudden|massive|apparent|long|brief|short|rare|aggressive){SP1})?{causes}(?![\w-])"
        # "Harold Finch dies at 91", "died at the age of 88": an obituary's age
        # (the clause ends there: not "died at 64 Elm Street", "died at 88 after she was struck by a car")
        rf"|{SP1}at{SP1}(?:the{SP1}age{SP1}of{SP1}|age{SP1})?(?:[5-9]\d|1[01]\d)(?=[ \t]*(?:[,.;:)\n]|\Z)))",
        re.IGNORECASE,
    )


@cache
def _illness() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){alt(lexicon()['illness_words'])}(?![\w-])", re.IGNORECASE)


_HOSPITAL_COUNT = re.compile(r"hospitali[sz]ed|in (?:the )?hospital|taken to|treated", re.IGNORECASE)


def of_illness(f: Found, lowered: str) -> bool:
    """ "13 people have been hospitalized" in a sentence about a measles outbreak: patients, not victims."""
    if f.category != "injured" or not _HOSPITAL_COUNT.search(lowered, f.start, f.end):
        return False
    a, b = max(0, f.start - 300), min(len(lowered), f.end + 300)  # its sentence, at most this far
    lo = max(lowered.rfind(". ", a, f.start), lowered.rfind("\n", a, f.start), a - 1) + 1
    hi = min(x for x in (lowered.find(". ", f.end, b), lowered.find("\n", f.end, b), b) if x >= 0)
    return _illness().search(lowered, lo, hi) is not None
