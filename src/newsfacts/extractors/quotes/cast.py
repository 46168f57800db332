"""The article's cast: the people and bodies it names, and the fullest name of each.

:class:`Cast` collects them from the capitalized runs of the text, so that
"Putin", "the Russian president" and "he" can all resolve to "Vladimir Putin".
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from . import lexicon as lx
from .words import (
    ABBREVIATIONS,
    CORE_CUE_FORMS,
    CUE_FORMS,
    DESCRIPTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    GENDERS,
    ORG_WORDS,
    OUTLETS,
    PARTICLES,
    PLACE_OPENERS,
    PLACE_WORDS,
    PRONOUNS,
    ROLE_WORDS,
    ROLES,
    TIME_WORDS,
)

__all__ = ["Cast", "Entity"]


@lru_cache(maxsize=1)
def _cap_seq() -> regex.Pattern[str]:
    abbr = "|".join(sorted((a.capitalize() for a in ABBREVIATIONS), key=len, reverse=True))
    word = rf"(?:(?:\p{{Lu}}\.){{2,}}|(?:{abbr})\.|\p{{Lu}}\.(?=[ \t]\p{{Lu}})|\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*)"
    parts = "|".join(sorted(PARTICLES, key=len, reverse=True))
    # every run opens with an uppercase letter: the lookahead lets the scan skip the rest fast
    return regex.compile(rf"(?=\p{{Lu}}){word}(?:[ \t]+(?:(?:{parts})[ \t-]+){{0,2}}{word}){{0,6}}")


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


def _from_gendered_word(run: str) -> int | None:
    """Offset in ``run`` of its first word that is a first name, a gendered title or a role
    ("Mayor Dana Orlov Says ..."), or None."""
    at = 0
    for word in run.split():
        at = run.find(word, at)
        low = _strip_possessive(word).lower()
        if low in GENDERS or low in ROLE_WORDS:
            return at
        at += len(word)
    return None


def _strip_possessive(word: str) -> str:
    if word[-1:] not in ("s", "'", "’"):
        return word  # most words: no possessive to strip
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Split "Russian President Vladimir Putin" into (["russian", "president"], ["Vladimir", "Putin"])."""
    cut = 0
    for n, w in enumerate(words):
        if w.lower() in ROLE_WORDS or w.lower().rstrip(".") in ROLE_WORDS:
            cut = n + 1
    if cut == 0 and len(words) >= 3 and words[0].lower() in DESCRIPTIONS:
        cut = 1  # "Commuter Ravi Shah", "Nurse Ana Ruiz": a description used as a title
    if cut < len(words) - 1 and words[cut].lower() == "general" and _general_is_rank(words, cut):
        cut += 1  # "Brigadier General Ada Obi", "General Ada Obi" (not "General Motors")
    return [w.lower() for w in words[:cut]], words[cut:]


def _general_is_rank(words: list[str], n: int) -> bool:
    """True when "General" at ``words[n]`` is a military rank before a person's name."""
    if n and words[n - 1].lower().rstrip(".") in lx.grammar("rank_before_general"):
        return True
    if n and f"{words[n - 1].lower()} general" in ROLES:
        return True  # "Attorney General Ada Obi": a title ending in "General"
    rest = [w.lower().rstrip(".") for w in words[n + 1 :]]
    bodies = ORG_WORDS | lx.grammar("company_ends") | {w.lower() for w in lx.grammar("body_names")}
    return n == 0 and 2 <= len(rest) <= 3 and not any(w in bodies for w in rest)


def _parse_chunk(chunk: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], list[str], list[str]] | None:
    """Split a capitalized run into (run, title words, name words), or None when it names no person."""
    while chunk and (
        chunk[0][0].lower() in DETERMINERS
        or chunk[0][0].lower() in FUNCTION_WORDS
        or chunk[0][0].lower() in _NOT_NAME_OPENERS
    ):
        chunk = chunk[1:]  # "Although Rubio", "Does Lee": a sentence's first word, not a name's
    if not chunk:
        return None
    for n, (w, _) in enumerate(chunk):
        low = w.lower()
        if n and (low in CORE_CUE_FORMS or (low.endswith("s") and low in CUE_FORMS)):
            chunk = chunk[:n]  # "Ann Lee Says", "Pope Francis Slams X": a headline's verb ends the name
            break
    pre, name = _split_title([w for w, _ in chunk])
    if not name:
        return None
    lows = [w.lower() for w in name]
    if any(w.rstrip(".") in ORG_WORDS for w in lows) or " ".join(lows) in OUTLETS:
        return None
    if len(name) > 1 and lows[-1].rstrip(".") in PLACE_WORDS:
        return None  # "Main Street", "Marion Falls": a place
    if 1 < len(name) < 4 and lows[0].rstrip(".") in PLACE_OPENERS:
        return None  # "Fort Myers", "South Dallas": a place
    if len(name) > 3 and lows[0].rstrip(".") in PLACE_OPENERS and "-" in name[1]:
        # "South Korean-born Ann Lee": the place's words describe the person named after them
        pre, name, lows = pre + name[:2], name[2:], lows[2:]
    if len(name) == 1 and ((name[0].isupper() and len(name[0]) > 1) or lows[0] in PRONOUNS):
        return None  # an acronym names a body, not a person
    if len(name) == 1 and lows[0] in _single_skip():
        return None  # "On Monday": a day, not a person
    roles = ROLE_WORDS
    if lows[0] in roles or lows[-1] in roles:
        return None
    return chunk, pre, name


_MONTHS = lx.grammar("months_not_names")
_NOT_NAME_OPENERS = lx.grammar("not_name_openers")


@lru_cache(maxsize=1)
def _single_skip() -> frozenset[str]:
    """One-word capitalized tokens that never name a person on their own.

    The time words count too: "On Monday, she said" names no one called Monday.
    """
    return FUNCTION_WORDS | DETERMINERS | frozenset(PRONOUNS) | OUTLETS | TIME_WORDS | _MONTHS


def _gender_of(mods: list[str], name: list[str]) -> str | None:
    """ "m" or "f" from a title or role before the name ("Mrs.", "spokeswoman") or a first name."""
    table = GENDERS
    for n in range(len(mods) - 1, -1, -1):
        w = mods[n]
        if w in table:
            if n + 1 < len(mods) and (mods[n + 1] in ORG_WORDS or mods[n + 1] in PLACE_WORDS):
                continue  # "Wayne County Prosecutor Kym Worthy": a county's name, not her first name
            return table[w]
    return table.get(name[0].lower()) if len(name) >= 2 else None


@lru_cache(maxsize=1)
def _kin_pattern() -> regex.Pattern[str]:
    nouns = "|".join(sorted(DESCRIPTIONS, key=len, reverse=True))
    return regex.compile(rf"\b(?:his|her|their|my|our|a|the)\s+(?P<noun>{nouns}),\s*\Z", regex.IGNORECASE)


def _kin_before(text: str, pos: int) -> str | None:
    """The description a lone first name stands in apposition to ("her husband, Dave"), or None."""
    k = pos
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k == 0 or text[k - 1] != "," or k <= pos - 40:
        # the pattern ends in a comma and spaces (every space it takes is one for isspace):
        # most names have none right before them
        return None
    m = _kin_pattern().search(text, max(0, pos - 40), pos)
    return m.group("noun").lower() if m is not None else None


_OPEN = frozenset('"“')
_CLOSE = frozenset('"”')


class Cast:
    """The people and bodies named in an article; resolves mentions to canonical names."""

    def __init__(
        self, text: str, regions: list[tuple[int, int]], headline: tuple[int, int] | None = None
    ) -> None:
        """Collect the cast from ``regions``; in a Title-Case ``headline`` (one of them) every word is
        capitalized, so a run counts there only from a first name, a gendered title or a role on
        ("Benghazi Widow Dorothy Woods", not "Why Winning Iowa Could Break The Election")."""
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
        roles, orgs = ROLE_WORDS, ORG_WORDS
        finditer = _cap_seq().finditer
        singles = self._singles
        size = len(text)
        for start, end in regions:
            in_headline = (start, end) == headline
            for m in finditer(text, start, end):
                g = m.group()
                ms, me = m.span()
                if in_headline:
                    cut = _from_gendered_word(g)
                    if cut is None:
                        continue
                    g, ms = g[cut:], ms + cut
                if ms > 0 and me < size and text[ms - 1] in _OPEN and text[me] in _CLOSE:
                    continue  # a quoted term ('a "Marshall Plan"'), not a person
                if " " not in g and "\t" not in g:
                    # one capitalized word, by far the most common case: settle it cheaply
                    bare = _strip_possessive(g)
                    low = bare.lower()
                    if low in skip or (bare.isupper() and len(bare) > 1):
                        continue
                    if not self._has_lower_context(ms):
                        if low not in roles and low not in orgs:
                            singles.append((bare, ms))
                        continue
                chunk: list[tuple[str, int]] = []
                at = 0
                # the run's words: its only spaces are the pattern's spaces and tabs, so split()
                # gives the words, and each is found where the one before it ended
                for word in g.split():
                    at = g.find(word, at)
                    bare = _strip_possessive(word)
                    chunk.append((bare, ms + at))
                    at += len(word)
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
        roles = ROLE_WORDS
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
        table = ROLES
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
        roles, determiners = ROLE_WORDS, DETERMINERS
        for w in reversed(seg[seg.rfind("\n") + 1 :].split()):
            lw = w.lower().strip(",")
            if w != w.strip(",.;:)]"):
                break
            if lw in roles or (w[:1].isupper() and lw not in determiners and lw not in FUNCTION_WORDS):
                out.append(lw)
            else:
                break
        out.reverse()
        return out

    def _has_lower_context(self, pos: int) -> bool:
        """True when :meth:`_lower_context` at ``pos`` is not empty (only the last word decides)."""
        seg = self.text[max(0, pos - 60) : pos]
        parts = seg[seg.rfind("\n") + 1 :].rsplit(None, 1)  # a paragraph's first word has none
        if not parts:
            return False
        w = parts[-1]
        if w != w.strip(",.;:)]"):
            return False  # nor has a word after a photo credit "(Ann Lee)"
        lw = w.lower().strip(",")
        return lw in ROLE_WORDS or (w[:1].isupper() and lw not in DETERMINERS and lw not in FUNCTION_WORDS)

    def _note_single(self, word: str, pos: int) -> None:
        self._singles.append((word, pos))

    def _singles_resolved(self) -> None:
        for word, pos in self._singles:
            ent = self._lookup_word(word.lower(), pos)
            if ent is None and (role := _kin_before(self.text, pos)) is not None:
                # "Her husband, Dave, worked nights": a person known by a first name only
                ent = Entity(word, "person", frozenset({word.lower()}), classes={role})
                ent.gender = GENDERS.get(role) or GENDERS.get(word.lower())
                self._by_name[word.lower()] = ent
                self._by_last.setdefault(word.lower(), []).append(ent)
                self._by_word.setdefault(word.lower(), []).append(ent)
                self.people.append(ent)
            if ent is not None:
                ent.mentions.append((pos, pos + len(word)))
                self._record(pos, ent)

    def _record(self, pos: int, ent: Entity) -> None:
        self._pending.append((pos, len(self._pending), ent))

    def _lookup_word(self, low: str, pos: int, gender: str | None = None) -> Entity | None:
        cands = self._by_last.get(low)
        if not cands:
            cands = self._by_word.get(low, [])
            if not cands:
                return None
        if gender is not None and len(cands) > 1:
            # "Mrs. Clinton" is not Bill Clinton: a title's gender narrows the namesakes
            cands = [e for e in cands if e.gender in (gender, None)] or cands
        if len(cands) == 1:
            return cands[0]
        before = [e for e in cands if e.mentions and e.mentions[0][0] <= pos]
        pool = before or cands
        # "Clinton said" after Hillary and Bill Clinton: the one named more often so far, then the latest
        return max(
            pool,
            key=lambda e: (
                sum(1 for s, _ in e.mentions if s <= pos),
                max((s for s, _ in e.mentions if s <= pos), default=-1),
            ),
        )

    def person_named(self, phrase: str, pos: int) -> Entity | None:
        """The person a name mention ("Putin", "Mr. Obama", "President Putin") refers to."""
        words = []
        for w in phrase.split():
            if w.startswith(("(", ",")):
                break
            words.append(_strip_possessive(w.rstrip(",")))
        while words and words[0].lower() in DETERMINERS:
            words = words[1:]
        title, name = _split_title(words)
        if not name:
            return None
        ent = self._by_name.get(" ".join(name).lower())
        if ent is not None:
            return ent
        gender = next((GENDERS[w.lower()] for w in title if w.lower() in GENDERS), None)
        return self._lookup_word(name[-1].lower(), pos, gender)

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
        mods = {w.lower() for w in phrase.split()[:-1] if w.lower() not in DETERMINERS}
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

    def mention_near(self, pos: int, reach: int) -> Entity | None:
        """The person mentioned closest to ``pos``, within ``reach`` characters either side."""
        i = bisect.bisect_left(self._positions, pos)
        best: tuple[int, Entity] | None = None
        for j in (i - 1, i):
            if 0 <= j < len(self._positions):
                dist = abs(self._positions[j] - pos)
                if dist <= reach and (best is None or dist < best[0]):
                    best = (dist, self._at[j])
        return best[1] if best is not None else None

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
        # by identity: no two entities are equal (each mention belongs to one), and the dataclass
        # equality compares every field, many times over the last few hundred mentions
        ids: set[int] = set()
        i = bisect.bisect_left(self._positions, pos) - 1
        stop = max(-1, i - 400)  # look back over the last few hundred mentions only
        while i > stop:
            e = self._at[i]
            if id(e) not in ids:
                ids.add(id(e))
                seen.append(e)
            i -= 1
        return seen
