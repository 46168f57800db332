"""The shipped data: gazetteer entries and the lexicons the patterns use, loaded once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import cast

from ...models import OrganizationType
from ...resources import data_lines
from .tokens import norm_key, tokenize

__all__ = ["CONNECTORS", "Entry", "Lexicons", "lexicons"]

# Gazetteer files and the organization type of their entries.
GAZETTEER_FILES: dict[str, OrganizationType] = {
    "organizations/international.txt": "international",
    "organizations/armed_groups.txt": "armed_group",
    "organizations/government.txt": "government",
    "organizations/ministries.txt": "government",
    "outlets.txt": "news",  # first: the publisher names the article reader reports are canonical
    "organizations/news.txt": "news",
    "organizations/parties.txt": "political_party",
    "organizations/companies.txt": "company",
    "organizations/sports.txt": "sports",
    "organizations/ngos.txt": "ngo",
    "organizations/other.txt": "other",
}


@dataclass(frozen=True)
class Entry:
    """One organization of the gazetteer: canonical name, type and the forms that name it."""

    name: str
    type: OrganizationType
    forms: tuple[str, ...]
    ambiguous: frozenset[str]


_SPELLINGS = (
    ("Organisation", "Organization"),
    ("Co-operation", "Cooperation"),
    ("Defence", "Defense"),
    ("Labour", "Labor"),
    ("Centre", "Center"),
    ("Programme", "Program"),
)
CONNECTORS = frozenset(data_lines("organizations/connectors.txt"))
"""Lower-case words that may sit inside a name ("Ministry of Foreign Affairs", "Bank for ...")."""
SECURITY_WORDS = frozenset(data_lines("organizations/security_words.txt"))

"""Words that make a government body a police or military one ("Fresno Police Department", "British Army")."""


def is_security(keys: Sequence[str]) -> bool:
    """True when a name's token keys hold a police or military word ("Police", "Air Force")."""
    pairs = zip(keys, [*keys[1:], ""], strict=True)
    return any(k in SECURITY_WORDS or f"{k} {n}" in SECURITY_WORDS for k, n in pairs)


def _variants(form: str) -> list[str]:
    """British and American spellings of a form."""
    out = [form]
    for a, b in _SPELLINGS:
        for f in list(out):
            if a in f:
                out.append(f.replace(a, b))
            elif b in f:
                out.append(f.replace(b, a))
    return out


def _is_name(form: str) -> bool:
    """False for descriptions with lower-case words ("Russian army", "Islamic State group")."""
    words = form.split()
    if len(words) == 1:
        return True
    return all(_name_word(w) for w in words)


def _name_word(word: str) -> bool:
    """A name word; if hyphenated, short particles only ("Lashkar-e-Taiba", not "Kremlin-backed")."""
    parts = [p for p in word.split("-") if p]
    if len(parts) > 1:
        return all(not p[0].islower() or p in CONNECTORS or len(p) <= 3 for p in parts)
    return not word[0].islower() or word in CONNECTORS or any(c.isupper() for c in word)


def _keys(form: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(form))


@dataclass(frozen=True)
class Lexicons:
    """Everything the extractor looks up, built once per process."""

    entries: tuple[Entry, ...]
    head_words: dict[tuple[str, ...], OrganizationType]
    titles: frozenset[tuple[str, ...]]
    places: frozenset[tuple[str, ...]]
    adjective_country: dict[str, str]
    city_country: dict[str, str]
    country_adjective: dict[str, str]
    not_acronyms: frozenset[str]
    ambiguous: frozenset[str]
    sports_places: dict[tuple[str, ...], str]
    place_starts: frozenset[str]
    strong_heads: frozenset[str]
    head_starts: frozenset[str]
    countries: frozenset[str]
    org_nouns: dict[str, OrganizationType]
    club_prefixes: frozenset[str]
    club_suffixes: frozenset[str]
    event_words: frozenset[str]
    field_words: frozenset[str]
    legal_suffixes: frozenset[str]  # "Corp", "Inc", "PLC": not part of what names the company


def _pairs(name: str) -> list[tuple[str, str, str]]:
    return [line.partition("|") for line in data_lines(name)]


def _split(line: str) -> list[str]:
    return [p.strip() for p in line.split("|") if p.strip()]


@cache
def lexicons() -> Lexicons:
    """Load every data file (cached: the first call pays, later calls are free)."""
    ambiguous = frozenset(norm_key(s) for s in data_lines("organizations/ambiguous.txt"))
    entries: list[Entry] = []
    for path, kind in GAZETTEER_FILES.items():
        for line in data_lines(path):
            parts = _split(line)
            if not parts:
                continue
            forms: list[str] = []
            amb: set[str] = set()
            for p in parts:
                bare = p.lstrip("~").strip()
                if p.startswith("~"):
                    amb.add(bare)
                if forms and not _is_name(bare):
                    continue
                for v in _variants(bare):
                    if v not in forms:
                        forms.append(v)
            amb |= {v for a in amb for v in _variants(a)}
            security = kind == "government" and is_security(_keys(forms[0]))
            kind_here: OrganizationType = (
                "police_military" if security else kind
            )  # "Chicago Police Department"
            if not _is_name(forms[0]) and len(forms) > 1:
                entries.append(Entry(forms[0], kind_here, tuple(forms[1:]), frozenset(amb)))
                continue
            entries.append(Entry(forms[0], kind_here, tuple(forms), frozenset(amb)))
    heads: dict[tuple[str, ...], OrganizationType] = {}
    strong: set[str] = set()
    for line in data_lines("organizations/head_words.txt"):
        word, _, label = line.partition("|")
        label = label.strip()
        if label.endswith("!"):
            strong.add(" ".join(_keys(word.strip())))
            label = label[:-1].strip()
        heads[_keys(word.strip())] = cast(OrganizationType, label or "other")
    titles = frozenset(_keys(s) for s in data_lines("organizations/person_titles.txt"))
    places = {_keys(s) for s in data_lines("organizations/places.txt")}
    adj: dict[str, str] = {}
    city: dict[str, str] = {}
    cadj: dict[str, str] = {}
    countries: set[str] = set()
    for line in data_lines("organizations/nationalities.txt"):
        parts = _split(line)
        country, forms = parts[0], parts[1:]
        cadj.setdefault(country, parts[1] if len(parts) > 1 else country)
        countries.update(" ".join(_keys(f)) for f in [country, *parts[3:]])
        places.add(_keys(country))
        for i, f in enumerate(forms):
            places.add(_keys(f))
            if i == 0:
                adj[norm_key(f)] = country
            else:
                city[" ".join(_keys(f))] = country
        city[" ".join(_keys(country))] = country
    sports: dict[tuple[str, ...], str] = {}
    for line in data_lines("organizations/sports_places.txt"):
        parts = _split(line)
        for f in parts[1:] or parts:
            sports.setdefault(_keys(f), parts[0])
    return Lexicons(
        entries=tuple(entries),
        head_words=heads,
        titles=titles,
        places=frozenset(places),
        adjective_country=adj,
        city_country=city,
        country_adjective=cadj,
        not_acronyms=frozenset(data_lines("organizations/not_acronyms.txt")),
        ambiguous=ambiguous,
        sports_places=sports,
        place_starts=frozenset(k[0] for k in places if k),
        strong_heads=frozenset(strong),
        head_starts=frozenset(k[0] for k in heads if k),
        countries=frozenset(countries),
        club_prefixes=frozenset(
            w.strip() for w, _, k in _pairs("organizations/club_words.txt") if k.strip() == "prefix"
        ),
        club_suffixes=frozenset(
            w.strip() for w, _, k in _pairs("organizations/club_words.txt") if k.strip() == "suffix"
        ),
        org_nouns={
            w.strip(): cast(OrganizationType, t.strip())
            for w, _, t in (line.partition("|") for line in data_lines("organizations/org_nouns.txt"))
        },
        event_words=frozenset(data_lines("organizations/event_words.txt")),
        field_words=frozenset(data_lines("organizations/field_words.txt")),
        legal_suffixes=frozenset(data_lines("organizations/legal_suffixes.txt")),
    )


def keys_of(form: str) -> tuple[str, ...]:
    """The token keys a form is indexed under (dots dropped)."""
    return _keys(form)
