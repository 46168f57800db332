"""Victim noun phrases: "people", "Palestinian teenagers", "employees of the airline Volga-Dnepr".

The phrases are matched on lower-cased text.  A phrase is a few modifier words
(anything but a function word, unit or verb), a head noun for people from the
lexicon, optionally coordinated ("guests and staff"), with an optional "of ..."
complement and a place adverb ("aboard", "on board").
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import ONCE, SP, SP1, alt, lexicon

__all__ = ["plural_heads", "plural_np", "singular_np"]

_STOP = (
    "a an the and or but nor of in on at by for from to with into onto over under after before during since "
    "until when while where who whom whose which that this these those than as was were is are be been being "
    "has have had said says say told did do does not no also then there here it its his her their our my "
    "your he she they we i you him them us killed dead died injured wounded hurt shot including among "
    "inside outside near across through about around some least most others another one two three "
    "four five six seven eight nine ten hostage hostages missing killing wounding injuring hurting "
    "leaving taking suffered sustained treated taken rushed transported hospitalized hospitalised "
    "drowned trapped abducted abducting kidnapped kidnapping seized seizing captured capturing stabbed "
    "stabbing burned burning"
)


@cache
def _modifier() -> str:
    lex = lexicon()
    stop = set(_STOP.split()) | {w for u in lex["not_count_units"] for w in u.split()}
    not_stop = alt(stop)
    # a modifier word: not a stop word, letters/digits with inner hyphens or apostrophes
    word = rf"(?!{not_stop})[a-z][\w'’]*{ONCE}(?:-[\w'’]+{ONCE})*{ONCE}{SP1}"
    ages = rf"\d+[- ](?:year|month|week|day)[- ]old{SP1}|[a-z]+[- ](?:year|month)[- ]old{SP1}"
    abbreviated = rf"(?:st|ste|ft|mt|pt|n|s|e|w)\.{SP1}"  # "a St. Louis woman", "a N. Oakvale man"
    return rf"(?:{word}|{ages}|{abbreviated})"


_POSTMOD = (
    r"(?:"
    + SP
    + r"(?:aboard|on"
    + SP
    + r"board|on"
    + SP
    + r"the"
    + SP
    + r"(?:plane|flight|bus|train|ship|boat)"
    r"|inside|in" + SP + r"all|in" + SP + r"total|altogether))?"
)
_OF = (
    r"(?:"
    + SP
    + r"(?<![\w-])of(?![\w-])"
    + SP
    + r"(?!whom\b|them\b)[^,.;:()\n\"“”]{1,80}?(?="
    + SP
    + r"[,(]|\s))?"
)


# "fishermen from Cape Orla were missing": a "from" phrase, in subject position only
# ("shot three bystanders from the roof" is the shooter's place)
_FROM = (
    rf"(?:{SP}(?<![\w-])from(?![\w-]){SP}[^,.;:()\n\"“”]{{1,60}}?"
    rf"(?={SP}(?:were|are|have|had|remain|remained)(?![\w-])))?"
)


@cache
def plural_np() -> str:
    """A regex for a plural victim phrase (starting with optional whitespace)."""
    head = alt(lexicon()["people_plural"])
    ages = r"\d+-(?:year|month)-olds(?![\w-])"
    mod = _modifier()
    # the cheap lookahead (a head noun within four words) spares the modifier test on most words
    core = rf"(?=(?:[\w'’.-]+{ONCE}{SP1}){{0,3}}(?:{head}|{ages}))(?:{mod}){{0,3}}(?:{head}|{ages})"
    coord = rf"(?:{SP}(?:and|or|&){SP}{core})?"
    partitive = rf"of{SP}(?:them|whom|those|the{SP1}(?:wounded|injured|hurt))(?![\w-])"
    # "dozens of people", "two of the victims"
    lead = rf"(?:of(?![\w-]){SP}(?:(?:the|these|those)(?![\w-]){SP})?)?"
    return rf"(?:{SP}(?:{partitive}|{lead}{core}{coord}{_OF}{_FROM}{_POSTMOD}))"


@cache
def singular_np() -> str:
    """A regex for a singular victim phrase after its determiner ("23-year-old man")."""
    head = alt(lexicon()["people_singular"])
    ages = r"\d+[- ](?:year|month|week|day)[- ]old(?![\w-])"
    mod = _modifier()
    return rf"(?:(?=(?:[\w'’.-]+{ONCE}{SP1}){{0,3}}(?:{head}|{ages}))(?:{mod}){{0,3}}(?:{head}|{ages}))"


@cache
def plural_heads() -> str:
    """The one-word plural people nouns as a regex alternation, longest first."""
    return "|".join(
        sorted((re.escape(h) for h in lexicon()["people_plural"] if " " not in h), key=len, reverse=True)
    )
