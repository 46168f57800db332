"""Speaker noun phrases: the words that name who speaks, before or after a cue.

:func:`np_before` reads the noun phrase that ends just before a cue verb
("Deputy Foreign Minister Mikhail Bogdanov", "the Russian president", "he",
"police", "Washington and its allies"); :func:`np_after` the one that follows an
inverted cue ("said Putin").  The tokens (:mod:`.tokens`) and the article's cast
(:mod:`.cast`) are re-exported here for the modules that read all three.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon as lx
from .cast import Cast, Entity
from .tokens import PARTY_STATE, Tok, is_cap, tokens
from .words import (
    ADVERBS,
    CORE_CUE_FORMS,
    DESCRIPTIONS,
    DETERMINERS,
    DOCUMENTS,
    FUNCTION_WORDS,
    GENDERS,
    GROUPS,
    ORG_WORDS,
    OUTLETS,
    PARTICLES,
    PRONOUNS,
    ROLE_WORDS,
    TIME_WORDS,
)

__all__ = [
    "NP",
    "ROLE_PREPS",
    "Cast",
    "Entity",
    "Tok",
    "is_cap",
    "np_after",
    "np_before",
    "plural_noun",
    "tokens",
]


@dataclass(frozen=True, slots=True)
class NP:
    """A speaker noun phrase: token range, offsets, its kind and head word.

    ``kind`` is ``name`` (capitalized words), ``pronoun``, ``description`` ("the
    diplomat"), ``group`` ("police"), ``org`` or ``document``.
    """

    start: int
    end: int
    text: str
    kind: str
    head: str
    first: int
    last: int


def _plural_base(low: str) -> str:
    return low[:-1] if low.endswith("s") and len(low) > 3 else low


def _noun_kind(low: str) -> str | None:
    """What a lowercase head noun names, or None when it names no speaker."""
    if low in GROUPS:
        return "group"
    if low in DOCUMENTS:
        return "document"
    base = _plural_base(low)
    if low in ROLE_WORDS or base in ROLE_WORDS or low in DESCRIPTIONS or base in DESCRIPTIONS:
        return "description"
    if base in GROUPS or low + "s" in GROUPS:
        return "group"
    if low in ORG_WORDS:
        return "org"
    return None


def _stop_word(tok: Tok) -> bool:
    low = tok.low
    return low in PRONOUNS or low in CORE_CUE_FORMS or low in ("and", "or", "but", "that")


def _name_run_back(toks: list[Tok], j: int, lo: int) -> int:
    """Start of the run of capitalized / role / particle words ending at ``j``."""
    i = j
    while i - 1 >= lo:
        t = toks[i - 1]
        if not t.text[0].isalnum():
            if t.text in "-–" and i - 2 >= lo and is_cap(toks[i - 2]):
                i -= 1
                continue
            if t.text == "&" and i - 2 >= lo and is_cap(toks[i - 2]) and is_cap(toks[i]):
                i -= 1  # "Toledo Fire & Rescue Lt. Sarah Bolt"
                continue
            break
        if (
            (is_cap(t) and t.low not in DETERMINERS and t.low not in PRONOUNS)
            or _particle_name(t)
            or (t.low in ROLE_WORDS and t.low not in DETERMINERS)
            or (t.low in PARTICLES and _name_after_particles(toks, i))
            or (
                t.low == "of"
                and i - 2 >= lo
                and (is_cap(toks[i - 2]) or toks[i - 2].low in ROLE_WORDS)
                and is_cap(toks[i])
            )
            or t.text in ("'s", "’s")
            or t.low in ("'s", "’s")
        ):
            i -= 1
        else:
            break
    return i


def _name_after_particles(toks: list[Tok], i: int) -> bool:
    """True when ``toks[i:]`` is a capitalized word after at most two more particles ("von der Leyen")."""
    for k in range(i, min(i + 3, len(toks))):
        if is_cap(toks[k]) or _particle_name(toks[k]):
            return True
        if toks[k].low not in PARTICLES:
            return False
    return False


def _particle_name(tok: Tok) -> bool:
    """True for a name joined to its particle by a hyphen ("al-Assad", "el-Sisi")."""
    head, dash, rest = tok.text.partition("-")
    return bool(dash and rest[:1].isupper() and head.lower() in PARTICLES)


_CLAUSE_LINKS = lx.grammar("subordinators")


def _with_determiner(toks: list[Tok], i: int, lo: int) -> int:
    """Extend the phrase starting at ``i`` back over adjectives and a determiner."""
    m = i - 1
    steps = 0
    while (
        m >= lo
        and steps < 3
        and toks[m].text[0].isalnum()
        and toks[m].low not in DETERMINERS
        and not _stop_word(toks[m])
    ):
        if toks[m].low in ADVERBS and not toks[m].low.endswith("ly"):
            break
        if toks[m].low in _CLAUSE_LINKS:
            break  # "this morning after police say": the subordinator ends the phrase
        m -= 1
        steps += 1
    if m >= lo and toks[m].low in DETERMINERS:
        return m
    if i - 1 >= lo and toks[i - 1].low in DETERMINERS:
        return i - 1
    return i


def _with_modifiers(toks: list[Tok], i: int, lo: int) -> int:
    """Extend a title with no determiner back over two modifiers to a comma: ", district police chief X"."""
    if i < len(toks) and is_cap(toks[i]) and toks[i].low not in ROLE_WORDS:
        return _with_occupation(toks, i, lo)
    if i >= len(toks) or toks[i].low not in ROLE_WORDS:
        return i
    m = i
    while (
        m - 1 >= lo
        and i - m < 2
        and toks[m - 1].text[0].islower()
        and toks[m - 1].text.isalpha()
        and toks[m - 1].low not in FUNCTION_WORDS
        and not _stop_word(toks[m - 1])
        and toks[m - 1].low not in ADVERBS
    ):
        m -= 1
    if m < i and (m == lo or toks[m - 1].text in _OPENERS):
        return m
    if m < i and is_cap(toks[m - 1]) and (m - 1 == lo or toks[m - 2].text in _OPENERS):
        # ", Apple marketing chief ...", ", Apple's marketing chief Greg Joswiak said" (the
        # tokenizer keeps "Apple's" whole): a body's title
        return m - 1
    return i


_OPENERS = (",", ";", "—", "–", "(")
_NOT_OCCUPATIONS = frozenset(("campaign", "head", "star"))  # "campaign Chairman X": a modifier of a title


def _with_occupation(toks: list[Tok], i: int, lo: int) -> int:
    """Extend a name back over a bare occupation after a comma: ", historian Mary Lane said"."""
    m = i - 1
    if m < lo or not toks[m].text.isalpha() or not toks[m].text.islower():
        return i
    if toks[m].low not in DESCRIPTIONS or toks[m].low in _NOT_OCCUPATIONS:
        return i
    if m - 1 >= lo and toks[m - 1].text.isalpha() and toks[m - 1].text.islower():
        # ", presidential historian Mary Lane": one modifier before the occupation
        if toks[m - 1].low in FUNCTION_WORDS or _stop_word(toks[m - 1]) or toks[m - 1].low in ADVERBS:
            return i
        m -= 1
    return m if m == lo or toks[m - 1].text in _OPENERS else i


def plural_noun(tok: Tok) -> bool:
    """True for a plural noun of people or bodies ("teachers", "Officials" opening a sentence)."""
    return (
        tok.text.isalpha()
        and tok.text[1:].islower()
        and tok.low.endswith("s")
        and _noun_kind(tok.low) is not None
    )


def _classify(toks: list[Tok], i: int, j: int) -> tuple[str, str]:
    head = toks[j]
    if head.low in PRONOUNS:
        return "pronoun", head.low
    words = [t.low for t in toks[i : j + 1] if t.text[0].isalnum()]  # the words (is_word, inlined)
    if is_cap(head) or _particle_name(head):
        if " ".join(w for w in words if w not in DETERMINERS) in OUTLETS:
            return "org", head.low
        roles_at = [n for n, w in enumerate(words) if w.rstrip(".") in ROLE_WORDS]
        after_title = words[roles_at[-1] + 1 :] if roles_at else words
        if any(w in ORG_WORDS for w in after_title):
            return "org", head.low  # "the State Department"; not "Regional Council President Tomas Varga"
        if i == j and head.low in GROUPS:
            return "group", head.low  # "Police said": the force, not a police chief named near
        if head.low in ROLE_WORDS:
            return "description", head.low
        return "name", head.low
    kind = _noun_kind(head.low)
    return (kind or "none"), head.low


def _make(toks: list[Tok], text: str, i: int, j: int) -> NP | None:
    if i > j:
        return None
    kind, head = _classify(toks, i, j)
    if kind == "none":
        return None
    if kind == "name" and i == j and (head in FUNCTION_WORDS or head in DETERMINERS):
        return None
    if head in _MUTE_NOUNS and (i == j or kind == "group") and toks[j].low == head:
        return None  # "Shares fell ..., citing": markets and figures say nothing (but "Renee Gold" does)
    s, e = toks[i].start, toks[j].end
    return NP(s, e, text[s:e], kind, head, i, j)


def _name_word(toks: list[Tok], j: int, lo: int) -> bool:
    """True for a capitalized word ending a name after another one ("USA Today", "Florida Today")."""
    return j > lo and is_cap(toks[j]) and is_cap(toks[j - 1]) and toks[j].low in ORG_WORDS


_DAY_PARTS = lx.grammar("day_parts")
_DAYS = lx.grammar("days")
_DAY_LEADS = lx.grammar("day_leads")
_PERIODS = lx.grammar("periods")
_PERIOD_LEADS = lx.grammar("period_leads")
_MUTE_NOUNS = lx.grammar("mute_nouns")
_SEQUENCE_ADVERBS = lx.grammar("sequence_adverbs")  # lowercase only: "the Commission first proposed"


def _before_time(toks: list[Tok], j: int, lo: int) -> int:
    """The last token before a time adjunct ending at ``j`` ("X on Monday said", "X last week told")."""
    i = j
    if i > lo and toks[i].low in _DAY_PARTS and toks[i - 1].low in _DAYS:
        i -= 1  # "Monday night"
    if i >= lo and toks[i].low in _DAYS and not (toks[i].low.startswith(("to", "yes")) and is_cap(toks[i])):
        i -= 1  # but "Florida Today reports": a name
        if i >= lo and toks[i].low in _DAY_LEADS:
            i -= 1
    elif i > lo and toks[i].low in _PERIODS and toks[i - 1].low in _PERIOD_LEADS:
        i -= 2
        if i >= lo and toks[i].low == "earlier":
            i -= 1  # "earlier this week"
    if i == j or i < lo or not (toks[i].text[0].isalnum() or toks[i].text == ","):
        return j  # nothing skipped, or no speaker left before the adjunct
    return i  # "Ms. Park, the board's chair, last week said": the comma closes an apposition


def _person_like(toks: list[Tok]) -> bool:
    """True for a person's name: two or more capitalized words, none naming a body, after a title
    or opening with a first name ("Analyst Jo Reyes", "Kathy Hochul"; not "Royal College")."""
    words = [t for t in toks if is_cap(t) and t.low not in ROLE_WORDS]
    if len(words) < 2 or any(w.text in lx.grammar("body_names") for w in words):
        return False
    roles = ROLE_WORDS
    return words[0].low in GENDERS or any(t.low in roles or t.low.rstrip(".") in roles for t in toks)


_PHRASE_BREAKS = lx.grammar("phrase_breaks")
_IRREGULAR_PASTS = lx.grammar("irregular_pasts")
_NOT_PHRASE_ENDS = _PHRASE_BREAKS | lx.grammar("articles")
ROLE_PREPS = frozenset(("of", "for", "at", "from", "in"))
"""Prepositions after a role that say what it is a role of ("the mayor of the town")."""


def _description_of(text: str, toks: list[Tok], j: int, lo: int) -> NP | None:
    """ "The mayor of this small town": a role whose phrase ends in a noun that names no speaker."""
    if toks[j].low in _NOT_PHRASE_ENDS:
        return None  # "the campaign in October and said": a coordinator, no noun, ends the words
    for m in range(j - 1, max(lo, j - 6), -1):
        if not toks[m].text[0].isalnum() or toks[m].low in _PHRASE_BREAKS:
            return None
        if toks[m].low in ROLE_PREPS:
            inner = np_before(text, toks, m, lo)
            if inner is None or inner.kind != "description" or inner.last != m - 1:
                return None
            return NP(
                inner.start,
                toks[j].end,
                text[inner.start : toks[j].end],
                "description",
                inner.head,
                inner.first,
                j,
            )
    return None


LY_NOUNS = lx.grammar("ly_nouns")


def _ly_adverb(tok: Tok) -> bool:
    """True for a lowercase "-ly" adverb ("repeatedly"), not a noun that ends so ("family")."""
    low = tok.low
    return low.endswith("ly") and len(low) > 4 and not is_cap(tok) and low not in LY_NOUNS


def np_before(text: str, toks: list[Tok], k: int, lo: int = 0) -> NP | None:
    """The speaker noun phrase that ends just before token ``k`` (skipping adverbs)."""
    j = k - 1
    while (
        (j >= lo and toks[j].low in ADVERBS and not _name_word(toks, j, lo))
        or (j >= lo and _ly_adverb(toks[j]))
        or (j > lo and toks[j].text in _SEQUENCE_ADVERBS)
    ):
        j -= 1
    j = _before_time(toks, j, lo)
    if j < lo:
        return None
    if toks[j].text == "," and j - 2 > lo and toks[j - 1].text == ")" and PARTY_STATE.match(toks[j - 2].text):
        j -= 1  # "Gov. Ann Lee (R-OH), said": the party tag and a stray comma, no apposition
    if toks[j].text == ",":
        # an appositive or relative clause between speaker and cue: "X, who ..., said",
        # "Ruth Okafor, a first-time delegate from Dayton, Ohio, said"
        commas = [c for c in range(j - 1, max(lo, j - 30), -1) if toks[c].text == ","][:4]
        if commas and commas[0] > lo + 1:
            named = np_before(text, toks, j, lo)
            role = np_before(text, toks, commas[0], lo)
            if (
                named is not None
                and named.kind in ("name", "org")
                and named.first == commas[0] + 1
                and role is not None
                and role.kind == "description"
                and role.first == lo
            ):
                return named  # "The spokesman, Col. Ada Obi, said": the name in apposition speaks
        for c in commas:
            if c <= lo or c + 1 >= j:
                continue
            nxt = toks[c + 1]
            if not (
                nxt.low in lx.grammar("appositive")
                or nxt.low[0].isdigit()
                or nxt.text[0].islower()
                or PARTY_STATE.match(nxt.text) is not None
                or any(t.low in ROLE_WORDS for t in toks[c + 1 : j])
            ):
                continue
            inner = np_before(text, toks, c, lo)
            if inner is not None and inner.kind in ("name", "description", "group", "org", "document"):
                if inner.first > lo + 1 and toks[inner.first - 1].text == "," and is_cap(toks[inner.first]):
                    # "Harry Bond, 30, of Larkmoor, N.C., who lives nearby, said": "N.C." is
                    # a piece of the apposition; the name that opens it speaks
                    opener = _apposition_head(text, toks, inner.first - 1, lo)
                    if opener is not None:
                        return opener
                return inner
        if commas and commas[0] > lo:
            # "Another delegate on the slate, Jim Moore, said": the name in apposition speaks
            named = np_before(text, toks, j, lo)
            if named is not None and named.kind in ("name", "org") and named.first == commas[0] + 1:
                return named
        return None
    if toks[j].text == ")":
        # "Rep. Nia Ostrander (D-Ore.) said": skip the parenthesis
        c = j - 1
        while c > lo and toks[c].text != "(" and j - c < 10:
            c -= 1
        if c > lo and toks[c].text == "(":
            inner = np_before(text, toks, c, lo)
            if inner is None:
                return None
            return NP(
                inner.start,
                toks[j].end,
                text[inner.start : toks[j].end],
                inner.kind,
                inner.head,
                inner.first,
                j,
            )
        return None
    t = toks[j]
    if t.low in PRONOUNS:
        return _make(toks, text, j, j)
    if not t.text[0].isalnum():
        return None
    if is_cap(t) or _particle_name(t) or t.low in ROLE_WORDS:
        i = _name_run_back(toks, j, lo)
        if i - 2 >= lo and toks[i - 1].low == "in" and is_cap(toks[i - 2]) and j - i < 3:
            # "Dan Roe of Grace Church in Larkmoor said": the place names where the speaker is
            inner = np_before(text, toks, i - 1, lo)
            if inner is not None and inner.kind in ("name", "org") and inner.last == i - 2:
                return inner
        of = next((m for m in range(i + 1, j) if toks[m].low == "of"), None)
        if of is not None and _person_like(toks[i:of]):
            j = of - 1  # "Jordan Whitfield of Crestline Research said": the person speaks
    else:
        if _noun_kind(t.low) is None:
            return _description_of(text, toks, j, lo)
        i = j
        while (
            i - 1 >= lo
            and toks[i - 1].text[0].isalnum()
            and (is_cap(toks[i - 1]) or toks[i - 1].low in ROLE_WORDS)
            and toks[i - 1].low not in DETERMINERS
        ):
            i -= 1
    i = _with_determiner(toks, i, lo)
    i = _with_modifiers(toks, i, lo)
    # "a spokesman for the ministry said": the head is the noun before the preposition
    if (
        i - 2 >= lo
        and toks[i - 1].low in ("for", "of", "at", "from", "with", "in")
        and toks[i - 2].text[0].isalnum()
    ):
        inner = np_before(text, toks, i - 1, lo)
        if (
            inner is not None
            and inner.kind in ("description", "group")
            and toks[i - 1].low in ("for", "of", "at", "from")
        ):
            inner_np = _make(toks, text, inner.first, j)
            if inner_np is not None:
                return NP(inner_np.start, inner_np.end, inner_np.text, inner.kind, inner.head, inner.first, j)
        if (
            inner is not None
            and inner.kind == "name"
            and toks[i - 1].low in ("of", "at")
            and _person_like(toks[inner.first : inner.last + 1])
        ):
            return inner  # "Dana Price of the Consumer Alliance said": the person speaks
    # "Washington and its allies say"
    if i - 2 >= lo and toks[i - 1].low == "and" and (is_cap(toks[i - 2]) or _noun_kind(toks[i - 2].low)):
        left = np_before(text, toks, i - 1, lo)
        if left is not None and left.kind in ("name", "org", "group", "description"):
            np = _make(toks, text, left.first, j)
            owner = _owner_before(text, toks, left.first, lo) if np is not None else None
            if np is not None and owner is not None:
                # "Analysts at Brantley Capital and Osgood Partners said": the people of both speak
                return NP(
                    owner.start, np.end, text[owner.start : np.end], owner.kind, owner.head, owner.first, j
                )
            if np is not None:
                return NP(
                    np.start,
                    np.end,
                    np.text,
                    left.kind if left.kind != "name" else "org",
                    left.head,
                    left.first,
                    j,
                )
    i = _with_possessor(toks, i, lo)
    return _make(toks, text, i, j)


def _apposition_head(text: str, toks: list[Tok], comma: int, lo: int) -> NP | None:
    """The name that opens a chain of comma pieces ending at ``comma`` ("Harry Bond, 30, of Larkmoor,")."""
    k = comma
    for _ in range(3):
        c = next((m for m in range(k - 1, max(lo, k - 8) - 1, -1) if toks[m].text == ","), None)
        if c is None:
            return None
        piece = toks[c + 1 : k]
        if not piece or not (piece[0].low[0].isdigit() or piece[0].low in ("of", "from")):
            return None  # only an age or a hometown lies between the name and the place
        np = np_before(text, toks, c, lo)
        if np is not None and np.kind == "name" and (np.first == lo or toks[np.first - 1].text != ","):
            return np
        k = c
    return None


def _owner_before(text: str, toks: list[Tok], first: int, lo: int) -> NP | None:
    """The people a preposition before ``first`` ties to the bodies there ("analysts at", "lawyers for")."""
    p = first - 1
    if p - 1 < lo or toks[p].low not in ("for", "of", "at", "from"):
        return None
    owner = np_before(text, toks, p, lo)
    if owner is None or owner.last != p - 1:
        return None
    kind = owner.kind if owner.kind in ("description", "group") else None
    if kind is None and owner.first == owner.last:
        kind = _noun_kind(owner.head)  # a capitalized common noun opening the sentence ("Analysts at")
    if kind not in ("description", "group"):
        return None
    return NP(owner.start, owner.end, owner.text, kind, owner.head, owner.first, owner.last)


def _with_possessor(toks: list[Tok], i: int, lo: int) -> int:
    """Extend a phrase back over two plain words to a possessor opening a clause.

    ", Ukraine's air force", ", sheriff's officials": a name, or an office or body.
    """
    m = i
    while (
        m - 1 >= lo
        and i - m < 2
        and toks[m - 1].text.isalpha()
        and toks[m - 1].text.islower()
        and toks[m - 1].low not in FUNCTION_WORDS
        and not _stop_word(toks[m - 1])
    ):
        m -= 1
    p = m - 1
    if (
        p >= lo
        and toks[p].text.endswith(("'s", "’s"))
        and (is_cap(toks[p]) or _office_possessor(toks[p]))
        and (p == lo or toks[p - 1].text in _OPENERS)
    ):
        return p
    return i


def _office_possessor(tok: Tok) -> bool:
    """True for an office or body with its "'s" that owns a group ("sheriff's deputies", "county's")."""
    base = tok.low[:-2]
    return base in ROLE_WORDS or base in ORG_WORDS or base in GROUPS


def np_after(text: str, toks: list[Tok], k: int) -> NP | None:
    """The speaker noun phrase that starts at token ``k`` ("said [the diplomat]")."""
    if k >= len(toks):
        return None
    t = toks[k]
    if t.low in PRONOUNS and t.low != "who":
        return _make(toks, text, k, k)
    j = k
    if t.low in DETERMINERS:
        j += 1
    steps = 0
    last = None
    while j < len(toks) and steps < 8:
        w = toks[j]
        if w.low.endswith(("'s", "’s")) and _org_after_possessive(toks, j + 1):
            # "the county medical examiner's office", "the Oakvale County coroner's office" speak
            base = w.low[:-2]
            if base and (last == j - 1 or _noun_kind(base) is not None):
                last = j
                j += 1
                steps += 1
                continue
        if not w.text[0].isalnum():
            break
        if (
            is_cap(w)
            or _particle_name(w)
            or w.low in ROLE_WORDS
            or (w.low in PARTICLES and _name_after_particles(toks, j + 1))
            or _noun_kind(w.low) is not None
        ):
            last = j
        elif last is None and not _stop_word(w) and w.low != "to" and steps < 3:
            pass  # an adjective before the head ("a senior official"), not "to be in his late teens"
        elif _head_ahead(toks, j) and not (
            j > k and (w.low.endswith("ed") or w.low in _IRREGULAR_PASTS) and is_cap(toks[j - 1])
        ):
            # a modifier between role words: "a retired senior river patrol officer"; but in
            # "Ann Lee greeted fire officers and said" ("met", "spoke") the name's verb ends the phrase
            pass
        else:
            break
        j += 1
        steps += 1
    if last is None:
        return None
    last = _body_of(toks, last)
    found = _make(toks, text, k, last)
    if found is not None and found.kind != "name":
        named = _apposed_name(text, toks, last + 1)
        if named is not None:
            return named  # "said a neighbor, Ann Lee.": the name in apposition speaks
    return found


def _apposed_name(text: str, toks: list[Tok], c: int) -> NP | None:
    """The name after the comma at ``c`` that closes its sentence or clause ("a neighbor, Ann Lee.")."""
    if c + 1 >= len(toks) or toks[c].text != "," or not is_cap(toks[c + 1]):
        return None
    j = c + 1
    while j + 1 < len(toks) and (is_cap(toks[j + 1]) or _particle_name(toks[j + 1])):
        j += 1
    if any(t.low in TIME_WORDS or not t.text[0].isalpha() for t in toks[c + 1 : j + 1]):
        return None
    if j + 1 < len(toks) and toks[j + 1].text not in (".", ",", ";", "!", "?"):
        return None
    named = _make(toks, text, c + 1, j)
    return named if named is not None and named.kind == "name" else None


def _org_after_possessive(toks: list[Tok], k: int) -> bool:
    """True when a lowercase office noun follows a possessive ("sheriff's office", "coroner's office")."""
    return k < len(toks) and toks[k].text.islower() and _noun_kind(toks[k].low) == "org"


def _body_of(toks: list[Tok], last: int) -> int:
    """Through "of" and a capitalized name after a body's head ("the Department of Finance")."""
    if (
        last + 2 < len(toks)
        and toks[last].text in lx.grammar("body_names")
        and toks[last + 1].low == "of"
        and is_cap(toks[last + 2])
    ):
        last += 2
        while last + 1 < len(toks) and is_cap(toks[last + 1]) and toks[last + 1].text[0].isalpha():
            last += 1
    return last


def _head_ahead(toks: list[Tok], j: int) -> bool:
    """True when a role or group noun follows within two plain lowercase words of ``j``."""
    for n in range(j, min(len(toks), j + 3)):
        w = toks[n]
        if not (w.text.isalpha() and w.text[0].islower()) or _stop_word(w):
            return False
        if n > j and (w.low in ROLE_WORDS or _noun_kind(w.low) in ("description", "group")):
            return True
    return False
