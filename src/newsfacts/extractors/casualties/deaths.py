"""A death named by its victim: "charged in his girlfriend's death", "Teen gunshot death ruled accidental".

Headlines and court reports name a killing by the dead person's noun rather
than by a verb.  One victim noun before "'s death" (or before a cause and
"death") is one person killed; "death penalty", "death threats" and the like
are not deaths.
"""

from __future__ import annotations

import re
from functools import cache

from .counts import Found
from .lexicon import SP1, alt, lexicon

__all__ = ["named_deaths"]


@cache
def _pattern() -> re.Pattern[str]:
    lex = lexicon()
    causes = alt(lex["death_causes"])
    head = alt(lex["people_singular"])
    # a short victim phrase: "his girlfriend", "a 3-year-old boy", "teen" (no verb before it)
    victim = rf"(?:(?:his|her|their|its|a|an|the){SP1})?(?:\d+-(?:year|month)-old{SP1})?(?:{head})"
    return re.compile(
        rf"(?<![\w'’-])(?P<np>{victim})"
        rf"(?:['’]s{SP1}(?:(?:{causes}){SP1})?|{SP1}(?:{causes}){SP1})"
        rf"death(?![\w-])(?!{SP1}(?:{alt(lex['not_death_nouns'])})(?![\w-]))"
    )


@cache
def _tail() -> re.Pattern[str]:
    return re.compile(rf"(?:['’]s|(?<![\w-])(?:{alt(lexicon()['death_causes'])})){SP1}\Z")


_REACH = 60  # characters a victim phrase and its cause run before "death"


def named_deaths(lowered: str) -> list[Found]:
    """One killed for each death named by its victim's noun in ``lowered`` (the text in lower case).

    The pattern is tried only in a short window before each "death", so a
    long text with few deaths costs little.
    """
    out: list[Found] = []
    pattern = _pattern()
    done = 0
    at = lowered.find("death")
    while at >= 0:
        end = at + 5
        d_start, at = at, lowered.find("death", end)
        if _tail().search(lowered, max(0, d_start - 14), d_start) is None:
            continue  # "the death toll", "to death": no possessive or cause just before
        lo = max(done, d_start - _REACH)
        for m in pattern.finditer(lowered, lo, min(len(lowered), end + 30)):
            if m.end() == end:
                out.append(
                    Found(
                        m.start("np"), m.end(), "killed", 1, victims=m.span("np"), confidence=0.6, priority=0
                    )
                )
                done = m.end()
                break
    return out
