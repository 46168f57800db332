"""Speakers: tokens, the noun phrase that names a speaker, and the article's cast.

:func:`np_before` reads the noun phrase that ends just before a cue verb
("Deputy Foreign Minister Mikhail Bogdanov", "the Russian president", "he",
"police", "Washington and its allies"); :func:`np_after` the one that follows an
inverted cue ("said Putin").  :class:`Cast` collects the people and bodies
named in the article, so that "Putin", "the Russian president" and "he" all
resolve to the fullest name, "Vladimir Putin".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import regex

from ...resources import data_lines
from . import lexicon as lx

__all__ = ["NP", "Cast", "Entity", "Tok", "np_after", "np_before", "tokens"]


_PARTY_STATE = re.compile(r"[DRI]-[A-Z]")  # "Dale Hensley, R-Neb., said"


class Tok(NamedTuple):
    """A token: offsets, text and lowercased text."""

    start: int
    end: int
    text: str
    low: str


@dataclass(frozen=True)
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


_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[’'\-&.]\w+)*|\S")


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """The tokens of ``text[start:end]`` with absolute offsets ("Mr." and "U.S." are one token)."""
    out: list[Tok] = []
    abbr = lx.abbreviations()
    make = tuple.__new__
    for m in _TOKEN.finditer(text, start, end):
        g = m.group()
        s, e = m.span()
        if g == "." and out:
            last = out[-1]
            if last.end == s and (
                last.low in abbr
                or (len(last.text) == 1 and last.text.isupper())
                or _PARTY_STATE.match(last.text)
            ):
                out[-1] = make(Tok, (last.start, e, last.text + ".", last.low + "."))
                continue
        out.append(make(Tok, (s, e, g, g.lower())))
    return out


def is_cap(tok: Tok) -> bool:
    """True for a capitalized word (or acronym)."""
    c = tok.text[0]
    return c.isupper() or (c.isdigit() and len(tok.text) > 1 and tok.text[-1].isalpha())


def _word(tok: Tok) -> bool:
    return tok.text[0].isalnum()


def _plural_base(low: str) -> str:
    return low[:-1] if low.endswith("s") and len(low) > 3 else low


def _noun_kind(low: str) -> str | None:
    """What a lowercase head noun names, or None when it names no speaker."""
    if low in lx.groups():
        return "group"
    if low in lx.documents():
        return "document"
    base = _plural_base(low)
    if (
        low in lx.role_words()
        or base in lx.role_words()
        or low in lx.descriptions()
        or base in lx.descriptions()
    ):
        return "description"
    if base in lx.groups() or low + "s" in lx.groups():
        return "group"
    if low in lx.org_words():
        return "org"
    return None


def _stop_word(tok: Tok) -> bool:
    low = tok.low
    return low in lx.pronouns() or low in lx.core_cue_forms() or low in ("and", "or", "but", "that")


def _name_run_back(toks: list[Tok], j: int, lo: int) -> int:
    """Start of the run of capitalized / role / particle words ending at ``j``."""
    i = j
    while i - 1 >= lo:
        t = toks[i - 1]
        if not _word(t):
            if t.text in "-–" and i - 2 >= lo and is_cap(toks[i - 2]):
                i -= 1
                continue
            break
        if (
            (is_cap(t) and t.low not in lx.determiners() and t.low not in lx.pronouns())
            or _particle_name(t)
            or (t.low in lx.role_words() and t.low not in lx.determiners())
            or (t.low in _particles() and _name_after_particles(toks, i))
            or (
                t.low == "of"
                and i - 2 >= lo
                and (is_cap(toks[i - 2]) or toks[i - 2].low in lx.role_words())
                and is_cap(toks[i])
            )
            or t.text in ("'s", "’s")
            or t.low in ("'s", "’s")
        ):
            i -= 1
        else:
            break
    return i


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    return frozenset(line.lower() for line in data_lines("quotes/particles.txt"))


def _name_after_particles(toks: list[Tok], i: int) -> bool:
    """True when ``toks[i:]`` is a capitalized word after at most two more particles ("von der Leyen")."""
    for k in range(i, min(i + 3, len(toks))):
        if is_cap(toks[k]) or _particle_name(toks[k]):
            return True
        if toks[k].low not in _particles():
            return False
    return False


def _particle_name(tok: Tok) -> bool:
    """True for a name joined to its particle by a hyphen ("al-Assad", "el-Sisi")."""
    head, dash, rest = tok.text.partition("-")
    return bool(dash and rest[:1].isupper() and head.lower() in _particles())


def _with_determiner(toks: list[Tok], i: int, lo: int) -> int:
    """Extend the phrase starting at ``i`` back over adjectives and a determiner."""
    m = i - 1
    steps = 0
    while (
        m >= lo
        and steps < 3
        and _word(toks[m])
        and toks[m].low not in lx.determiners()
        and not _stop_word(toks[m])
    ):
        if toks[m].low in lx.adverbs() and not toks[m].low.endswith("ly"):
            break
        m -= 1
        steps += 1
    if m >= lo and toks[m].low in lx.determiners():
        return m
    if i - 1 >= lo and toks[i - 1].low in lx.determiners():
        return i - 1
    return i


def _with_modifiers(toks: list[Tok], i: int, lo: int) -> int:
    """Extend a title with no determiner back over two modifiers to a comma: ", district police chief X"."""
    if i >= len(toks) or toks[i].low not in lx.role_words():
        return i
    m = i
    while (
        m - 1 >= lo
        and i - m < 2
        and toks[m - 1].text[0].islower()
        and toks[m - 1].text.isalpha()
        and toks[m - 1].low not in lx.function_words()
        and not _stop_word(toks[m - 1])
        and toks[m - 1].low not in lx.adverbs()
    ):
        m -= 1
    if m < i and (m == lo or toks[m - 1].text in (",", ";", "—", "–", "(")):
        return m
    return i


def _classify(toks: list[Tok], i: int, j: int) -> tuple[str, str]:
    head = toks[j]
    if head.low in lx.pronouns():
        return "pronoun", head.low
    words = [t.low for t in toks[i : j + 1] if _word(t)]
    if is_cap(head) or _particle_name(head):
        if " ".join(w for w in words if w not in lx.determiners()) in lx.outlets():
            return "org", head.low
        roles_at = [n for n, w in enumerate(words) if w.rstrip(".") in lx.role_words()]
        after_title = words[roles_at[-1] + 1 :] if roles_at else words
        if any(w in lx.org_words() for w in after_title):
            return "org", head.low  # "the State Department"; not "Regional Council President Tomas Varga"
        if head.low in lx.role_words():
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
    if kind == "name" and i == j and (head in lx.function_words() or head in lx.determiners()):
        return None
    if head in lx.grammar("mute_nouns") and (i == j or kind == "group") and toks[j].low == head:
        return None  # "Shares fell ..., citing": markets and figures say nothing (but "Renee Gold" does)
    s, e = toks[i].start, toks[j].end
    return NP(s, e, text[s:e], kind, head, i, j)


def _name_word(toks: list[Tok], j: int, lo: int) -> bool:
    """True for a capitalized word ending a name after another one ("USA Today", "Florida Today")."""
    return j > lo and is_cap(toks[j]) and is_cap(toks[j - 1]) and toks[j].low in lx.org_words()


def _before_time(toks: list[Tok], j: int, lo: int) -> int:
    """The last token before a time adjunct ending at ``j`` ("X on Monday said", "X last week told")."""
    g = lx.grammar
    i = j
    if i > lo and toks[i].low in g("day_parts") and toks[i - 1].low in g("days"):
        i -= 1  # "Monday night"
    if (
        i >= lo
        and toks[i].low in g("days")
        and not (toks[i].low.startswith(("to", "yes")) and is_cap(toks[i]))
    ):
        i -= 1  # but "Florida Today reports": a name
        if i >= lo and toks[i].low in g("day_leads"):
            i -= 1
    elif i > lo and toks[i].low in g("periods") and toks[i - 1].low in g("period_leads"):
        i -= 2
        if i >= lo and toks[i].low == "earlier":
            i -= 1  # "earlier this week"
    if i == j or i < lo or not _word(toks[i]):
        return j  # nothing skipped, or no speaker left before the adjunct
    return i


def _person_like(toks: list[Tok]) -> bool:
    """True when a name has two or more capitalized words and none names a body ("Kathy Hochul")."""
    words = [t.text for t in toks if is_cap(t) and t.low not in lx.role_words()]
    return len(words) >= 2 and not any(w in lx.grammar("body_names") for w in words)


def _description_of(text: str, toks: list[Tok], j: int, lo: int) -> NP | None:
    """ "The mayor of this small town": a role whose phrase ends in a noun that names no speaker."""
    for m in range(j - 1, max(lo, j - 6), -1):
        if not _word(toks[m]):
            return None
        if toks[m].low in ("of", "for", "at", "from"):
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


def np_before(text: str, toks: list[Tok], k: int, lo: int = 0) -> NP | None:
    """The speaker noun phrase that ends just before token ``k`` (skipping adverbs)."""
    j = k - 1
    while (j >= lo and toks[j].low in lx.adverbs() and not _name_word(toks, j, lo)) or (
        j >= lo and toks[j].low.endswith("ly") and not is_cap(toks[j]) and len(toks[j].low) > 4
    ):
        j -= 1
    j = _before_time(toks, j, lo)
    if j < lo:
        return None
    if toks[j].text == ",":
        # an appositive or relative clause between speaker and cue: "X, who ..., said",
        # "Ruth Okafor, a first-time delegate from Dayton, Ohio, said"
        commas = [c for c in range(j - 1, max(lo, j - 30), -1) if toks[c].text == ","][:4]
        if commas and commas[0] > lo + 1:
            named = np_before(text, toks, j, lo)
            role = np_before(text, toks, commas[0], lo)
            if (
                named is not None
                and named.kind == "name"
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
                or _PARTY_STATE.match(nxt.text) is not None
                or any(t.low in lx.role_words() for t in toks[c + 1 : j])
            ):
                continue
            inner = np_before(text, toks, c, lo)
            if inner is not None and inner.kind in ("name", "description", "group", "org", "document"):
                return inner
        if commas and commas[0] > lo:
            # "Another delegate on the slate, Jim Moore, said": the name in apposition speaks
            named = np_before(text, toks, j, lo)
            if named is not None and named.kind == "name" and named.first == commas[0] + 1:
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
    if t.low in lx.pronouns():
        return _make(toks, text, j, j)
    if not _word(t):
        return None
    if is_cap(t) or _particle_name(t) or t.low in lx.role_words():
        i = _name_run_back(toks, j, lo)
        of = next((m for m in range(i + 1, j) if toks[m].low == "of"), None)
        if of is not None and _person_like(toks[i:of]):
            j = of - 1  # "Jordan Whitfield of Crestline Research said": the person speaks
    else:
        if _noun_kind(t.low) is None:
            return _description_of(text, toks, j, lo)
        i = j
        while (
            i - 1 >= lo
            and _word(toks[i - 1])
            and (is_cap(toks[i - 1]) or toks[i - 1].low in lx.role_words())
            and toks[i - 1].low not in lx.determiners()
        ):
            i -= 1
    i = _with_determiner(toks, i, lo)
    i = _with_modifiers(toks, i, lo)
    # "a spokesman for the ministry said": the head is the noun before the preposition
    if i - 2 >= lo and toks[i - 1].low in ("for", "of", "at", "from", "with", "in") and _word(toks[i - 2]):
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
    return _make(toks, text, i, j)


def np_after(text: str, toks: list[Tok], k: int) -> NP | None:
    """The speaker noun phrase that starts at token ``k`` ("said [the diplomat]")."""
    if k >= len(toks):
        return None
    t = toks[k]
    if t.low in lx.pronouns() and t.low != "who":
        return _make(toks, text, k, k)
    j = k
    if t.low in lx.determiners():
        j += 1
    steps = 0
    last = None
    while j < len(toks) and _word(toks[j]) and steps < 8:
        w = toks[j]
        if (
            is_cap(w)
            or _particle_name(w)
            or w.low in lx.role_words()
            or (w.low in _particles() and _name_after_particles(toks, j + 1))
            or _noun_kind(w.low) is not None
        ):
            last = j
        elif last is None and not _stop_word(w) and steps < 3:
            pass  # an adjective before the head ("a senior official")
        elif _head_ahead(toks, j):
            pass  # a modifier between role words: "a retired senior river patrol officer"
        else:
            break
        j += 1
        steps += 1
    if last is None:
        return None
    return _make(toks, text, k, last)


def _head_ahead(toks: list[Tok], j: int) -> bool:
    """True when a role or group noun follows within two plain lowercase words of ``j``."""
    for n in range(j, min(len(toks), j + 3)):
        w = toks[n]
        if not (w.text.isalpha() and w.text[0].islower()) or _stop_word(w):
            return False
        if n > j and (w.low in lx.role_words() or _noun_kind(w.low) in ("description", "group")):
            return True
    return False


# ---------------------------------------------------------------------- cast


@lru_cache(maxsize=1)
def _cap_seq() -> regex.Pattern[str]:
    abbr = "|".join(sorted((a.capitalize() for a in lx.abbreviations()), key=len, reverse=True))
    word = rf"(?:(?:\p{{Lu}}\.){{2,}}|(?:{abbr})\.|\p{{Lu}}\.(?=[ \t]\p{{Lu}})|\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*)"
    parts = "|".join(sorted(_particles(), key=len, reverse=True))
    return regex.compile(rf"{word}(?:[ \t]+(?:(?:{parts})[ \t-]+){{0,2}}{word}){{0,6}}")


_WORD = regex.compile(r"\S+")


@dataclass
class Entity:
    """A person or body named in the article, with every mention of it."""

    name: str
    kind: str
    words: frozenset[str]
    modifiers: set[str] = field(default_factory=set)
    classes: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    gender: str | None = None  # "m" or "f" when a title, role noun or first name tells it


def _strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Split "Russian President Vladimir Putin" into (["russian", "president"], ["Vladimir", "Putin"])."""
    cut = 0
    for n, w in enumerate(words):
        if w.lower() in lx.role_words() or w.lower().rstrip(".") in lx.role_words():
            cut = n + 1
    if cut == 0 and len(words) >= 3 and words[0].lower() in lx.descriptions():
        cut = 1  # "Commuter Ravi Shah", "Nurse Ana Ruiz": a description used as a title
    if cut < len(words) - 1 and words[cut].lower() == "general" and _general_is_rank(words, cut):
        cut += 1  # "Brigadier General Ada Obi", "General Ada Obi" (not "General Motors")
    return [w.lower() for w in words[:cut]], words[cut:]


def _general_is_rank(words: list[str], n: int) -> bool:
    """True when "General" at ``words[n]`` is a military rank before a person's name."""
    if n and words[n - 1].lower().rstrip(".") in lx.grammar("rank_before_general"):
        return True
    if n and f"{words[n - 1].lower()} general" in lx.roles():
        return True  # "Attorney General Ada Obi": a title ending in "General"
    rest = [w.lower().rstrip(".") for w in words[n + 1 :]]
    bodies = lx.org_words() | lx.grammar("company_ends") | {w.lower() for w in lx.grammar("body_names")}
    return n == 0 and 2 <= len(rest) <= 3 and not any(w in bodies for w in rest)


def _parse_chunk(chunk: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], list[str], list[str]] | None:
    """Split a capitalized run into (run, title words, name words), or None when it names no person."""
    while chunk and (chunk[0][0].lower() in lx.determiners() or chunk[0][0].lower() in lx.function_words()):
        chunk = chunk[1:]
    if not chunk:
        return None
    for n, (w, _) in enumerate(chunk):
        if n and w.lower() in lx.core_cue_forms():
            chunk = chunk[:n]  # a headline's "Ann Lee Says": the verb ends the name
            break
    pre, name = _split_title([w for w, _ in chunk])
    if not name:
        return None
    lows = [w.lower() for w in name]
    if any(w.rstrip(".") in lx.org_words() for w in lows) or " ".join(lows) in lx.outlets():
        return None
    if len(name) == 1 and ((name[0].isupper() and len(name[0]) > 1) or lows[0] in lx.pronouns()):
        return None  # an acronym names a body, not a person
    roles = lx.role_words()
    if lows[0] in roles or lows[-1] in roles:
        return None
    return chunk, pre, name


@lru_cache(maxsize=1)
def _single_skip() -> frozenset[str]:
    """One-word capitalized tokens that never name a person on their own."""
    return lx.function_words() | lx.determiners() | frozenset(lx.pronouns()) | lx.outlets()


def _gender_of(mods: list[str], name: list[str]) -> str | None:
    """ "m" or "f" from a title or role before the name ("Mrs.", "spokeswoman") or a first name."""
    table = lx.genders()
    for w in reversed(mods):
        if w in table:
            return table[w]
    return table.get(name[0].lower()) if len(name) >= 2 else None


class Cast:
    """The people and bodies named in an article; resolves mentions to canonical names."""

    def __init__(self, text: str, regions: list[tuple[int, int]]) -> None:
        self.text = text
        self.people: list[Entity] = []
        self._by_name: dict[str, Entity] = {}
        self._by_last: dict[str, list[Entity]] = {}
        self._positions: list[int] = []
        self._at: list[Entity] = []
        self._singles: list[tuple[str, int]] = []
        self._pending: list[tuple[int, int, Entity]] = []
        self._by_word: dict[str, list[Entity]] = {}
        chunks: list[list[tuple[str, int]]] = []
        skip = _single_skip()
        for start, end in regions:
            for m in _cap_seq().finditer(text, start, end):
                g = m.group()
                if " " not in g and "\t" not in g:
                    # one capitalized word, by far the most common case: settle it cheaply
                    bare = _strip_possessive(g)
                    low = bare.lower()
                    if low in skip or (bare.isupper() and len(bare) > 1):
                        continue
                    if not self._lower_context(m.start()):
                        if low not in lx.role_words() and low not in lx.org_words():
                            self._note_single(bare, m.start())
                        continue
                chunk: list[tuple[str, int]] = []
                for w in _WORD.finditer(g):
                    word = w.group()
                    bare = _strip_possessive(word)
                    chunk.append((bare, m.start() + w.start()))
                    if bare != word:
                        chunks.append(chunk)
                        chunk = []
                if chunk:
                    chunks.append(chunk)
        parsed = [got for chunk in chunks if (got := _parse_chunk(chunk)) is not None]
        for chunk, pre, name in parsed:
            if len(name) >= 2:
                self._add(chunk, pre, name)
        for chunk, pre, name in parsed:
            if len(name) == 1:
                self._add(chunk, pre, name)
        self._singles_resolved()
        for ent in self.people:
            ent.mentions.sort()
        self._pending.sort(key=lambda x: (x[0], x[1]))
        self._positions = [p for p, _, _ in self._pending]
        self._at = [e for _, _, e in self._pending]

    def _add(self, chunk: list[tuple[str, int]], pre: list[str], name: list[str]) -> None:
        """Record one run of capitalized words ("Russian President Vladimir Putin")."""
        roles = lx.role_words()
        first_pos = chunk[len(pre)][1]
        pre_ctx = self._lower_context(chunk[0][1])
        if len(name) == 1 and not pre and not pre_ctx:
            self._note_single(name[0], first_pos)
            return
        full = " ".join(name)
        ent = self._by_name.get(full.lower())
        if ent is None:
            single = self._by_last.get(name[-1].lower()) if len(name) == 1 else None
            if single:
                ent = single[-1]
            else:
                ent = Entity(full, "person", frozenset(w.lower() for w in name))
                self._by_name[full.lower()] = ent
                self.people.append(ent)
                self._by_last.setdefault(name[-1].lower(), []).append(ent)
                for w in ent.words:
                    self._by_word.setdefault(w, []).append(ent)
        mods = [*pre_ctx, *pre]
        if ent.gender is None:
            ent.gender = _gender_of(mods, name)
        ent.modifiers.update(w for w in mods if w not in roles)
        table = lx.roles()
        for n in (1, 2, 3):
            for i in range(len(mods) - n + 1):
                ent.classes.update(table.get(" ".join(mods[i : i + n]), ()))
        end = chunk[-1][1] + len(chunk[-1][0])
        ent.mentions.append((first_pos, end))
        self._record(first_pos, ent)

    def _lower_context(self, pos: int) -> list[str]:
        """Lowercase role words (and capitalized modifiers) just before a name: "his French counterpart"."""
        seg = self.text[max(0, pos - 60) : pos]
        out: list[str] = []
        for w in reversed(seg.split()):
            lw = w.lower().strip(",")
            if w != w.strip(",.;:"):
                break
            if lw in lx.role_words() or (w[:1].isupper() and lw not in lx.determiners()):
                out.append(lw)
            else:
                break
        return list(reversed(out))

    def _note_single(self, word: str, pos: int) -> None:
        self._singles.append((word, pos))

    def _singles_resolved(self) -> None:
        for word, pos in self._singles:
            ent = self._lookup_word(word.lower(), pos)
            if ent is not None:
                ent.mentions.append((pos, pos + len(word)))
                self._record(pos, ent)

    def _record(self, pos: int, ent: Entity) -> None:
        self._pending.append((pos, len(self._pending), ent))

    def _lookup_word(self, low: str, pos: int) -> Entity | None:
        cands = self._by_last.get(low)
        if not cands:
            cands = self._by_word.get(low, [])
            if not cands:
                return None
        if len(cands) == 1:
            return cands[0]
        before = [e for e in cands if e.mentions and e.mentions[0][0] <= pos]
        pool = before or cands
        return max(pool, key=lambda e: max((s for s, _ in e.mentions if s <= pos), default=-1))

    def person_named(self, phrase: str, pos: int) -> Entity | None:
        """The person a name mention ("Putin", "Mr. Obama", "President Putin") refers to."""
        words = []
        for w in phrase.split():
            if w.startswith(("(", ",")):
                break
            words.append(_strip_possessive(w.rstrip(",")))
        while words and words[0].lower() in lx.determiners():
            words = words[1:]
        _, name = _split_title(words)
        if not name:
            return None
        ent = self._by_name.get(" ".join(name).lower())
        if ent is not None:
            return ent
        return self._lookup_word(name[-1].lower(), pos)

    def nearest_person(self, pos: int, skip: tuple[int, int] | None = None) -> Entity | None:
        """The person mentioned last before ``pos``."""
        found = self.last_mention(pos, skip)
        return found[0] if found is not None else None

    def last_mention(self, pos: int, skip: tuple[int, int] | None = None) -> tuple[Entity, int] | None:
        """The person mentioned last before ``pos`` (outside ``skip``), with that mention's offset."""
        i = bisect.bisect_left(self._positions, pos) - 1
        while i >= 0:
            p = self._positions[i]
            if skip is None or not (skip[0] <= p < skip[1]):
                return self._at[i], p
            i -= 1
        return None

    def described(self, phrase: str, head: str, pos: int) -> Entity | None:
        """The person a description ("the Russian president", "the diplomat") refers to."""
        mods = {w.lower() for w in phrase.split()[:-1] if w.lower() not in lx.determiners()}
        classes = {head}  # "the mayor" is a mayor, not any official
        order = self._recent_people(pos)
        for ent in order:
            if classes & ent.classes and mods <= ent.modifiers | ent.classes:
                return ent
        if mods:
            for ent in order:
                if mods & ent.modifiers and (
                    not ent.classes or "counterpart" in ent.classes or classes & ent.classes
                ):
                    return ent
            return None
        for ent in order:
            if classes & ent.classes:
                return ent
        return None

    def introduced_after(self, head: str, pos: int, reach: int = 600) -> Entity | None:
        """The first person named in the ``reach`` characters after ``pos`` who holds role ``head``.

        "The mayor of the town said ... Mayor Ana Ruiz": the description names her ahead.
        """
        classes = {head}  # "the mayor" is a mayor, not any official
        i = bisect.bisect_right(self._positions, pos)
        while i < len(self._positions) and self._positions[i] <= pos + reach:
            ent = self._at[i]
            if classes & ent.classes and ent.mentions and ent.mentions[0][0] > pos:
                return ent
            i += 1
        return None

    def nearest_of_gender(self, pos: int, gender: str) -> Entity | None:
        """The person named last before ``pos`` whose gender is ``gender``, else one of unknown gender."""
        unknown = None
        for ent in self._recent_people(pos):
            if ent.gender == gender:
                return ent
            if ent.gender is None and unknown is None:
                unknown = ent
        return unknown

    def _recent_people(self, pos: int) -> list[Entity]:
        seen: list[Entity] = []
        i = bisect.bisect_left(self._positions, pos) - 1
        stop = max(-1, i - 400)  # look back over the last few hundred mentions only
        while i > stop:
            e = self._at[i]
            if e not in seen:
                seen.append(e)
            i -= 1
        return seen
