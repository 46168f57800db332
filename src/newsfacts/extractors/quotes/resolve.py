"""From a speaker noun phrase to the canonical name a reader would recognize."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import lexicon as lx
from .speakers import NP, ROLE_PREPS, Cast, Entity

__all__ = ["Speaker", "resolve"]


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker: canonical name, the attribution's mention, and the entity if a person."""

    name: str
    start: int
    end: int
    entity: Entity | None
    kind: str


def _bare(text: str) -> str:
    words = text.split()
    while len(words) > 1 and words[0].lower() in lx.grammar("articles"):
        words = words[1:]
    last = words[-1] if words else ""
    if last.endswith(".") and "." not in last[:-1] and last[:-1].lower() not in lx.abbreviations():
        words[-1] = last[:-1]  # "... for Migration.": the sentence's period, not the name's ("Co.")
    return " ".join(words)


def _same_body(np: NP, previous: Speaker) -> bool:
    """True when a bare generic noun ("the company", "the ministry") refers to the body that spoke before."""
    body = previous.kind == "org" or (previous.kind == "name" and previous.entity is None)
    if not body or np.start - previous.end > 1500 or np.start < previous.end:
        return False  # a name that is no person in the article is taken for a body ("Acme Corp.")
    words = np.text.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].islower():
        return False
    name = set(previous.name.lower().split())
    if np.head in name:
        return True  # "the ministry" after "the Foreign Ministry"
    return np.head in lx.grammar("business_nouns") and not name & lx.grammar("public_bodies")


@cache
def _body_pattern() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in sorted(lx.grammar("body_names"), key=len, reverse=True))
    name = r"[A-Z][\w&'’.-]*"
    return re.compile(
        # (a long word and a period before it end a sentence: "in Bluefield. Bluefield City Police")
        # (a line break ends a name: "Headline\n\nThe County Police")
        rf"(?:{name}(?<![a-z]{{5}}\.)[ \t]+){{0,4}}(?:{heads})(?![\w'’])"
        # "Ministry of Foreign Affairs", "Bank of England"
        # (a word ending in a period ends the sentence: "... for Migration. The war ...")
        rf"(?:\s+(?:of|for)\s+(?:the\s+)?{name}(?:(?<!\.)\s+(?:and\s+)?{name}){{0,3}})?"
    )


def _body_before(text: str, pos: int, reach: int = 600, ends: frozenset[str] | None = None) -> str | None:
    """The last body named in the ``reach`` characters before ``pos`` ("the Foreign Ministry", "Acme Corp.").

    ``ends``: only a body whose last word is one of these (a company's "Inc", "Corp" ...).
    """
    last = None
    for m in _body_pattern().finditer(text, max(0, pos - reach), pos):
        if ends is None or m.group(0).split()[-1].lower() in ends:
            last = m
    return _bare(last.group(0)) if last is not None else None


@cache
def _sentence_start() -> re.Pattern[str]:
    """A sentence's opening up to a name: capitalized words or roles ("City manager"), or an apposition."""
    roles = "|".join(sorted(lx.role_words() | lx.descriptions(), key=len, reverse=True))
    return re.compile(
        rf"(?:^|[.!?]['’\"”]?\s+|\n)(?:(?:(?:[A-Z][\w'’.-]*|(?:{roles}))\s+){{0,6}}|[A-Z][^.!?\n,]{{0,50}},\s+)\Z"
    )  # "Prime Minister X", "City manager X", or a role in apposition: "Ford's chief executive, Jim Farley"


def _body_of_sort(text: str, np: NP) -> str | None:
    """The body "the company" ("the firm", "the agency" ...) stands for: the last one of its sort named."""
    words = np.text.split()
    if len(words) != 2 or words[0].lower() != "the":
        if 2 < len(words) <= 6 and words[0].lower() == "the" and np.head in lx.grammar("business_nouns"):
            # "the world's largest memory chipmaker": a company, the last one named
            return _body_before(text, np.start, 3000, lx.grammar("company_ends"))
        return None
    if np.head in lx.grammar("business_nouns"):
        return _body_before(text, np.start, 3000, lx.grammar("company_ends"))
    if np.head in lx.grammar("agency_nouns"):
        return _body_before(text, np.start, 3000, lx.grammar("agency_ends"))
    return None


def _opens_sentence(text: str, pos: int) -> bool:
    """True when the mention at ``pos`` opens its sentence, after at most a title or an appositive role."""
    return _sentence_start().search(text, max(0, pos - 80), pos) is not None


_AGE = re.compile(r"\d{1,3}-year-old")
_PAREN_END = re.compile(r"\s*\([^()]*\)\Z")


def _epithet(np: NP) -> bool:
    """ "The Kentucky Republican", "the 54-year-old": a definite epithet for someone just named."""
    words = np.text.split()
    head = np.head.lower()
    return words[0].lower() == "the" and (head in lx.grammar("epithets") or _AGE.fullmatch(head) is not None)


def _bare_role(phrase: str) -> bool:
    """True for a headline's capitalized role with no article ("Coach", "Mayor")."""
    return " " not in phrase and phrase[:1].isupper()


_APPOSITION_REACH = 40  # characters between a role word and the name it stands beside


def _role_in_apposition(cast: Cast, np: NP) -> Entity | None:
    """The person the story names beside the role a headline gives bare ("Coach says ..." -> the coach).

    The first lowercase use of the role after the headline ("Sam Ortiz, the
    Hawks' coach,", "the coach of the Hawks, Sam Ortiz,") stands beside a name.
    """
    found = re.search(rf"\b{re.escape(np.head)}\b", cast.text[np.end : np.end + 1500])
    if found is None:
        return None
    return cast.mention_near(np.end + found.start(), _APPOSITION_REACH)


def _up_to_head(np: NP) -> str:
    """The description's words up to its head ("the mayor of the town" -> "the mayor")."""
    words = np.text.split()
    for n, w in enumerate(words[:-1]):
        if w.lower() == np.head and words[n + 1].lower() in ROLE_PREPS:
            return " ".join(words[: n + 1])
    return np.text


_BUSINESS_DESCRIPTORS = lx.grammar("business_descriptors")
_NAME_GOES_ON = lx.groups() | lx.org_words() | lx.descriptions()


def _descriptor_cut(name: str) -> int:
    """How many characters of industry word open a company's name ("Utility Harlow Power" -> 8).

    A name that goes on with a group or body noun ("Utility Workers Union") keeps its word.
    """
    word, space, rest = name.partition(" ")
    if not space or word.lower() not in _BUSINESS_DESCRIPTORS or not rest[:1].isupper():
        return 0
    nxt = rest.split(" ", 1)[0].lower()
    if nxt in _NAME_GOES_ON or nxt[:-1] in _NAME_GOES_ON:
        return 0
    return len(name) - len(rest)


def _without_descriptor(np: NP) -> NP:
    """The phrase without a company's industry word: every reader's phrase passes through here."""
    cut = _descriptor_cut(np.text) if np.kind in ("name", "org") else 0
    if not cut:
        return np
    return NP(np.start + cut, np.end, np.text[cut:], np.kind, np.head, np.first + 1, np.last)


_OPENING_ADVERBS = lx.grammar("opening_adverbs")


_CLAUSE_OPENERS = lx.grammar("subordinators") | {"where", "but", "and", "yet"}


def _without_opening_adverb(np: NP) -> NP:
    """The phrase without the sentence's adverb before it ("Now family members" -> "family members").

    A conjunction that opened the clause goes too ("where he told the judge" -> "he").
    """
    words = np.text.split(" ")
    inner = next((n for n in range(len(words) - 2, 0, -1) if words[n] == "where"), None)
    if inner is not None:
        # "Ballard Road where police said": the place's relative, whose subject speaks
        cut = len(" ".join(words[: inner + 1])) + 1
        rest = np.text[cut:]
        kind = "pronoun" if rest.lower() in lx.pronouns() else np.kind
        return NP(np.start + cut, np.end, rest, kind, np.head, np.first + inner + 1, np.last)
    word, space, rest = np.text.partition(" ")
    low = word.lower()
    if not space or not rest.strip():
        return np
    if low not in _CLAUSE_OPENERS:
        if np.kind not in ("group", "description") or low not in _OPENING_ADVERBS:
            return np
        if not rest[:1].islower() and rest.split(" ", 1)[0].lower() not in lx.grammar("articles"):
            return np  # "Today Show host ...", "Then-President ..." stay whole
    cut = len(word) + 1
    return NP(np.start + cut, np.end, rest, np.kind, np.head, np.first + 1, np.last)


_CLOSING_ADVERBS = lx.grammar("closing_adverbs")
_AUXILIARIES = frozenset(("has", "have", "had"))


def _without_closing_adverb(np: NP) -> NP:
    """The phrase without an adverb the parser left at its end ("Clinton now" -> "Clinton").

    A negated auxiliary goes the same way ("Police couldn't confirm": "Police").
    """
    words = np.text.split(" ")
    if np.kind not in ("name", "description", "group", "org") or len(words) < 2:
        return np
    last = words[-1].lower()
    if last not in _CLOSING_ADVERBS and not last.endswith(("n't", "n’t")):
        return np
    keep = words[:-1]
    if len(keep) > 1 and keep[-1].lower() in _AUXILIARIES:
        keep = keep[:-1]  # "She has since said": the auxiliary goes with the adverb
    text = " ".join(keep).rstrip()
    if len(keep) == 1 and keep[0].lower() in lx.pronouns():
        return NP(np.start, np.start + len(text), text, "pronoun", keep[0].lower(), np.first, np.first)
    head = keep[-1].lower()
    kind = "name" if keep[-1][:1].isupper() and np.kind == "description" else np.kind  # "Vale now"
    return NP(np.start, np.start + len(text), text, kind, head, np.first, np.last - (len(words) - len(keep)))


def resolve(np: NP, cast: Cast, previous: Speaker | None, content: tuple[int, int] | None = None) -> Speaker:
    """Resolve ``np``: names to the fullest name, pronouns and descriptions to a person.

    A personal pronoun is the previous speaker, unless another person has been
    named since (outside the quote's own ``content``): then it is that person.
    A company's industry word is dropped first (:func:`_without_descriptor`).
    """
    np = _without_descriptor(_without_closing_adverb(_without_opening_adverb(np)))
    ent: Entity | None = None
    if np.kind == "name" and _epithet(np):
        ent = cast.nearest_person(np.start, content) or cast.person_named(np.text, np.start)
    elif np.kind == "name":
        ent = cast.person_named(np.text, np.start)
    elif np.kind == "pronoun":
        ref, _ = lx.pronouns().get(np.head, ("person", "-"))
        if np.head == "who":
            ent = cast.nearest_person(np.start)  # the relative pronoun's antecedent
        elif ref == "person":
            if previous is not None and previous.entity is not None and np.start - previous.end < 1500:
                ent = previous.entity
                last = cast.last_mention(np.start, content)
                if (
                    last is not None
                    and last[0] is not ent
                    and last[1] >= previous.end
                    and _opens_sentence(cast.text, last[1])
                ):
                    ent = last[0]  # "Attal promised measures. '...,' he told farmers": the newer subject
            else:
                ent = cast.nearest_person(np.start, content)
            gender = lx.pronouns()[np.head][1] if np.head in lx.pronouns() else "-"
            if ent is not None and ent.gender is not None and gender in ("m", "f") and ent.gender != gender:
                ent = cast.nearest_of_gender(np.start, gender)  # "she" is not Tom Vick
        elif previous is not None and previous.kind in ("group", "org") and np.start - previous.end < 1500:
            return Speaker(previous.name, np.start, np.end, previous.entity, previous.kind)
        elif np.head == "it" and (body := _body_before(cast.text, _before_content(np, content))) is not None:
            return Speaker(body, np.start, np.end, None, "org")  # "Acme Corp. ... it said"
        elif (
            np.head == "they"
            and (body := _body_before(cast.text, _before_content(np, content), reach=200)) is not None
        ):
            # "The Police Department opened a case after they say ...": the body just named
            return Speaker(body, np.start, np.end, None, "org")
    elif np.kind == "document" and np.head in lx.grammar("voiced_documents"):
        # '"...," the statement said': the words of whoever issued it, the speaker just before
        if (
            previous is not None
            and np.start - previous.end < 1500
            and np.start >= previous.end
            and previous.kind in ("org", "group")
        ):  # a person quoted before is seldom the issuer: "Roe told officers ... , the release said"
            return Speaker(previous.name, np.start, np.end, previous.entity, previous.kind)
        if (body := _body_before(cast.text, np.start)) is not None:
            return Speaker(body, np.start, np.end, None, "org")
    elif np.kind in ("org", "group") and previous is not None and _same_body(np, previous):
        # "Acme Corp said ... The company said": the body named before
        return Speaker(previous.name, np.start, np.end, previous.entity, previous.kind)
    elif np.kind in ("org", "group", "description") and (body := _body_of_sort(cast.text, np)) is not None:
        return Speaker(body, np.start, np.end, None, "org")  # "Brightwell Inc ... the company announced"
    elif np.kind == "description" and np.text.split()[0].lower() in lx.grammar("indefinites"):
        pass  # "a spokeswoman", "an official": someone new, never a person named before
    elif np.kind == "description":
        phrase = _up_to_head(np)
        ent = cast.described(phrase, np.head, np.start)
        if ent is None and (phrase.split()[0].lower() == "the" or _bare_role(phrase)):
            # "The mayor of the town said ... Mayor Ana Ruiz", and a headline's "Coach says ...":
            # the description names the person ahead
            ent = cast.introduced_after(np.head, np.end)
            if ent is None and _bare_role(phrase):
                ent = _role_in_apposition(cast, np)  # "Sam Ortiz, the Hawks' coach, ..."
        if ent is None and previous is not None and previous.entity is not None:
            classes = {np.head}
            if classes & previous.entity.classes:
                ent = previous.entity
    if ent is None and np.kind == "description" and _epithet(np):
        ent = cast.nearest_person(np.start, content)  # "McConnell ... The Kentucky Republican said"
    if ent is not None:
        return Speaker(ent.name[_descriptor_cut(ent.name) :], np.start, np.end, ent, "person")
    # "the Rail Workers Union (RWU)": the name without its parenthetical
    name = _PAREN_END.sub("", _bare(np.text)) or np.text
    if np.kind in ("name", "org"):
        name = _fuller_body(cast.text, name) or name  # "Vantora said" in a story of "Vantora Inc."
    return Speaker(name, np.start, np.end, None, np.kind)


def _before_content(np: NP, content: tuple[int, int] | None) -> int:
    """Where a body named for a pronoun must end: before the mention and before the words it speaks.

    '"If she wins, the Hofstra debate could decide it," they say': the body
    named inside the quotation is not who "they" are.
    """
    if content is not None and content[0] < np.start:
        return content[0]
    return np.start


def _fuller_body(text: str, name: str) -> str | None:
    """The one longer body name in ``text`` that ``name`` begins ("Vantora" -> "Vantora Inc.")."""
    words = name.split()
    if not words or len(words) > 2 or not words[0][:1].isupper():
        return None
    found: set[str] = set()
    pattern = _body_pattern()
    at = text.find(name + " ")
    while at >= 0 and len(found) < 2:  # a body starting with the name, wherever the name stands
        m = pattern.match(text, at) if at == 0 or not text[at - 1].isalnum() else None
        if (
            m is not None
            and len(m.group(0).split()) > len(words)
            and m.group(0).split()[: len(words)] == words
        ):
            found.add(_bare(m.group(0)))
        at = text.find(name + " ", at + 1)
    return found.pop() if len(found) == 1 else None
