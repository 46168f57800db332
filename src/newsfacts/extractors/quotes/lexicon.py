"""The quote extractor's word lists, read once from ``newsfacts/data/quotes``."""

from __future__ import annotations

import json
from functools import cache

from ...resources import data_lines, data_text

__all__ = [
    "abbreviations",
    "adverbs",
    "clause_stops",
    "core_cue_forms",
    "cue_forms",
    "descriptions",
    "determiners",
    "documents",
    "elisions",
    "function_words",
    "genders",
    "grammar",
    "groups",
    "headline_labels",
    "not_clauses",
    "org_words",
    "outlets",
    "particles",
    "place_words",
    "pronouns",
    "role_words",
    "roles",
    "time_words",
    "works",
]


def _words(name: str) -> frozenset[str]:
    return frozenset(line.lower() for line in data_lines(f"quotes/{name}"))


@cache
def countries() -> frozenset[str]:
    """Lower-case country names (the incidents gazetteer's), for "Kenya: Teachers End Strike" labels."""
    out: set[str] = set()
    for line in data_lines("incidents/countries.tsv"):
        parts = line.split("\t")
        out.add(parts[0].lower())
        if len(parts) > 3:
            out.update(n.strip().lower() for n in parts[3].split(";") if n.strip())
    return frozenset(out)


@cache
def cue_forms() -> dict[str, str]:
    """Every inflected cue verb form, lowercased, with its class (``speech`` or ``direct``)."""
    out: dict[str, str] = {}
    for line in data_lines("quotes/cues.txt"):
        forms, _, cls = line.partition("|")
        for form in forms.split():
            out.setdefault(form.lower(), cls.strip() or "speech")
    return out


@cache
def bare_cues() -> frozenset[str]:
    """The base forms of the cue verbs ("say", "raise"), unless a form is also the past ("set")."""
    out = set()
    for line in data_lines("quotes/cues.txt"):
        forms = line.partition("|")[0].split()
        if forms and forms[0] not in forms[1:]:
            out.add(forms[0].lower())
    return frozenset(out)


@cache
def core_cue_forms() -> frozenset[str]:
    """Cue forms that attribute quotes (not the reported-only evidence, stance, topic and intent verbs)."""
    reported_only = ("evidence", "stance", "topic", "intent")
    return frozenset(f for f, cls in cue_forms().items() if cls not in reported_only)


@cache
def genders() -> dict[str, str]:
    """Honorifics, gendered role nouns and first names -> "m" or "f" (``genders.txt``)."""
    out: dict[str, str] = {}
    for line in data_lines("quotes/genders.txt"):
        key, _, words = line.partition(":")
        for w in words.split():
            out[w] = key.strip()
    return out


@cache
def roles() -> dict[str, frozenset[str]]:
    """Titles and roles (lowercased, possibly several words) with their classes."""
    out: dict[str, frozenset[str]] = {}
    for line in data_lines("quotes/roles.txt"):
        role, _, classes = line.partition("|")
        out[" ".join(role.lower().split())] = frozenset(classes.split())
    return out


@cache
def role_words() -> frozenset[str]:
    """Every single word that occurs in a role (not "of", which joins them)."""
    return frozenset(w for r in roles() for w in r.split() if w not in ("of", "general"))


@cache
def groups() -> frozenset[str]:
    """Collective speakers ("police", "officials", "the kremlin")."""
    return _words("groups.txt")


@cache
def pronouns() -> dict[str, tuple[str, str]]:
    """Pronoun -> (what it refers to: person/group/thing, gender m/f/-)."""
    out: dict[str, tuple[str, str]] = {}
    for line in data_lines("quotes/pronouns.txt"):
        parts = [p.strip() for p in line.split("|")]
        out[parts[0].lower()] = (parts[1], parts[2] if len(parts) > 2 else "-")
    return out


@cache
def descriptions() -> frozenset[str]:
    """Generic person nouns that head a description ("the diplomat", "a resident")."""
    return _words("descriptions.txt")


@cache
def documents() -> frozenset[str]:
    """Nouns for documents, which are sources but not speakers."""
    return _words("documents.txt")


@cache
def elisions() -> frozenset[str]:
    """Words written with a leading apostrophe ('em, 'til)."""
    return _words("elisions.txt")


@cache
def adverbs() -> frozenset[str]:
    """Words allowed between a speaker and its cue verb."""
    return _words("adverbs.txt")


@cache
def clause_stops() -> frozenset[str]:
    """Words that after a comma end a reported clause."""
    return _words("clause_stops.txt")


@cache
def time_words() -> frozenset[str]:
    """Time adjunct words allowed between a cue verb and its clause."""
    return _words("time_words.txt")


@cache
def outlets() -> frozenset[str]:
    """News outlets (lowercased names and aliases), from the reader's list."""
    out: set[str] = set()
    for line in data_lines("outlets.txt"):
        for name in line.split("|"):
            if name.strip():
                out.add(" ".join(name.lower().split()))
    return frozenset(out)


@cache
def place_words() -> frozenset[str]:
    """Last words of place names ("Street", "Falls"), which never end a person's name."""
    return _words("place_words.txt")


@cache
def place_openers() -> frozenset[str]:
    """First words of place names ("Fort", "New", "South"), which never open a person's name."""
    return _words("place_openers.txt")


@cache
def particles() -> frozenset[str]:
    """Lower-case name particles ("von", "de", "al"), which join the words of a name."""
    return _words("particles.txt")


@cache
def abbreviations() -> frozenset[str]:
    """Abbreviations whose period does not end a sentence (lowercased, no period)."""
    return _words("abbreviations.txt")


@cache
def works() -> frozenset[str]:
    """Nouns and verbs that name a work by its title ("the film", "titled")."""
    return _words("works.txt")


@cache
def org_words() -> frozenset[str]:
    """Words that mark a capitalized name as an organization or place."""
    return _words("orgwords.txt")


@cache
def determiners() -> frozenset[str]:
    """Words that open a speaker noun phrase."""
    return _words("determiners.txt")


@cache
def function_words() -> frozenset[str]:
    """Capitalized sentence openers that are no part of a name."""
    return _words("functionwords.txt")


@cache
def not_clauses() -> frozenset[str]:
    """Words that after a cue start an object rather than a reported clause."""
    return _words("not_clauses.txt")


def _word_class(filename: str, name: str) -> frozenset[str]:
    for line in data_lines(f"quotes/{filename}"):
        key, _, words = line.partition(":")
        if key.strip() == name:
            return frozenset(words.split())
    raise KeyError(name)


@cache
def grammar(name: str) -> frozenset[str]:
    """A closed word class from ``grammar.txt`` ("connect", "tell", ...)."""
    return _word_class("grammar.txt", name)


@cache
def months() -> frozenset[str]:
    """Month names and abbreviations from the shared ``calendar.json``, also with a period ("sept.")."""
    names = json.loads(data_text("calendar.json"))["months"]
    return frozenset(n for name in names for n in (name, f"{name}."))


@cache
def object_bounds(name: str) -> frozenset[str]:
    """A word class from ``object_bounds.txt``: words that end or continue a stance's object."""
    return _word_class("object_bounds.txt", name)


@cache
def headline_labels() -> frozenset[str]:
    """Headline labels that are no speaker ("The Latest", "Analysis")."""
    return _words("headline_labels.txt")
