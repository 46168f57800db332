"""Group mentions into organizations: gazetteer aliases, defined acronyms, initials, country context."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ...models import Article, OrganizationType
from .candidate import Candidate
from .classify import cluster_type
from .context import article_country, country_before
from .gazetteer import gazetteer
from .lexicon import Lexicons, lexicons
from .tokens import is_acronym, tokenize, words

__all__ = ["Cluster", "cluster"]

_CONNECT = frozenset({"of", "for", "and", "&", "the", "de", "du", "des", "la", "le", "del", "di", "in", "on"})
_AKA = re.compile(
    r"^\s*,?\s*(?:also known as|also called|formerly known as|known as|or|also known by its acronym)"
    r"\s+(?:the\s+)?",
    re.IGNORECASE,
)
# generic names of government bodies that take the country from context
_GENERIC = re.compile(
    r"^(?:(?:Foreign|Defen[cs]e|Interior|Finance|Economy|Economics|Justice|Health|Education|Agriculture|"
    r"Trade|Energy|Oil|Transport|Labou?r|Information|Culture|Emergencies|Emergency Situations|Industry|"
    r"Environment|Home|Treasury|War|Communications|Commerce|Tourism|Religious Affairs|Social Affairs|"
    r"Economic)"
    r" (?:Ministry|Department|Office)|"
    r"Ministry of (?:Foreign Affairs|Defen[cs]e|the Interior|Interior|Finance|Justice|Health|Trade|Energy|"
    r"Economy|Information)|"
    r"Central Bank|National Bank|Parliament|Cabinet|Government|Supreme Court|Constitutional Court|Army|Navy|"
    r"Air Force|National Police|Federal Police|Border Guards?|Coast Guard|Interior Ministry|Foreign Office)$"
)


@dataclass
class Cluster:
    """One organization being assembled: its mentions and what names it."""

    mentions: list[Candidate] = field(default_factory=list)
    name: str = ""
    type: OrganizationType = "other"


class _Union:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _strip_country(c: Candidate, lex: Lexicons, text: str) -> None:
    """ "Russian Foreign Ministry" -> mention "Foreign Ministry", country Russia (CoNLL spans)."""
    toks = tokenize(text, c.start, c.end)
    if len(toks) < 2:
        return
    first = toks[0].key
    if len(toks) > 2 and toks[1].key == "'s" and c.source == "head" and (first,) in lex.places:
        # "Lisbon 's Regional Clinical Hospital": the place is not part of the name
        c.country = lex.city_country.get(first)
        c.start = toks[2].start
        c.text = text[c.start : c.end]
        if c.type not in {"government", "police_military"} or c.country is None:
            c.country = None
        return
    if c.type not in {"government", "police_military"}:
        return
    country = lex.adjective_country.get(first)
    skip = 1
    if country is None:
        return
    rest = text[toks[skip].start : c.end]
    if not _GENERIC.match(rest) and c.source != "head":
        return
    c.country = country
    c.start = toks[skip].start
    c.text = rest


def _key(c: Candidate, suffixes: frozenset[str]) -> str:
    """What two mentions of one organization share: its entry, or its words without a legal form."""
    if c.entry is not None:
        return f"e{c.entry}"
    keys = [t.key for t in tokenize(c.text) if t.key not in {".", "the"}]
    while len(keys) > 1 and (keys[-1] in suffixes or keys[-1] == ","):  # "Northvale Bank Corp", "Acme, Inc."
        keys.pop()
    return "t" + " ".join(keys)


def _initials(name: str) -> str:
    kept = [w for w in words(name) if w.lower() not in _CONNECT]
    return "".join(w[0].upper() for w in kept if w[0].isalpha())


def _short_forms(cands: list[Candidate]) -> list[tuple[int, int]]:
    """ "the Kenyan Red Cross ... the Red Cross": a gazetteer alias that ends a longer name in the
    article is that name, not the body the alias names elsewhere (here the ICRC).

    Only an alias, and only a longer name the gazetteer does not know: a short form that
    is an entry's own name ("Taliban" beside "Pakistani Taliban") keeps its entry, and "the
    House" stays the House beside the White House. Each short mention becomes the longer
    name's and is paired with it, when exactly one longer name ends with it.
    """
    gaz = gazetteer()
    norms = [" ".join(c.text.split()).lower() for c in cands]
    aliases = [
        i
        for i, c in enumerate(cands)
        if c.entry is not None and norms[i] != gaz.entries[c.entry].name.lower()
    ]
    if not aliases:
        return []
    # every name by its last words (up to six): what a short form may end
    ending: dict[str, dict[str, int]] = {}
    for j, words_ in enumerate(norms):
        parts = words_.split()
        for k in range(1, min(len(parts), 7)):
            ending.setdefault(" ".join(parts[-k:]), {}).setdefault(words_, j)
    pairs = []
    for i in aliases:
        c = cands[i]
        longer = {t: j for t, j in ending.get(norms[i], {}).items() if cands[j].entry is None}
        if len(longer) == 1:
            j = next(iter(longer.values()))
            c.entry, c.type, c.canonical = cands[j].entry, cands[j].type, cands[j].canonical
            pairs.append((i, j))
    return pairs


def cluster(article: Article, found: Sequence[Candidate]) -> list[Cluster]:
    """Organizations from the mentions, in order of first mention."""
    lex = lexicons()
    gaz = gazetteer()
    text = article.text
    cands = sorted(found, key=lambda c: c.start)
    # an acronym shared by two organizations names the one the article spells out
    spelled: dict[str, int] = {}
    for c in cands:
        if c.entry is not None and not is_acronym(c.text):
            for f in gaz.entries[c.entry].forms:
                if is_acronym(f):
                    spelled.setdefault(f.replace(".", ""), c.entry)
    for c in cands:
        if spelled and c.entry is not None and is_acronym(c.text):
            c.entry = spelled.get(c.text.replace(".", ""), c.entry)
            c.type = gaz.entries[c.entry].type
    for c in cands:
        _strip_country(c, lex, text)
        if c.entry is None:
            keys = tuple(t.key for t in tokenize(c.text))
            e = gaz.lookup(keys)
            if e is not None:
                c.entry = e
                c.type = gaz.entries[e].type
    country: str | None = None
    country_known = False
    # country context for generic government bodies: a country named with the same body
    # elsewhere in the article ("the German Foreign Ministry ... the Foreign Ministry"), else
    # the country the article is clearly about
    explicit: dict[str, set[str]] = {}
    for c in cands:
        if c.country is not None:
            explicit.setdefault(c.text, set()).add(c.country)
    for c in cands:
        if c.entry is None and _GENERIC.match(c.text):
            named = explicit.get(c.text, set())
            if c.country is None and len(named) == 1:
                c.country = next(iter(named))
            if c.country is None:
                c.country = country_before(text, c.start, lex)  # "In Taipei, the island's Defense Ministry"
            if c.country is None:
                if not country_known:
                    country, country_known = article_country(article, lex), True
                c.country = country
            if c.country is not None:
                adj = lex.country_adjective.get(c.country, c.country)
                full = f"{adj} {c.text}"
                n = gaz.by_name.get(full.lower())
                if n is not None:
                    c.entry = n
                    c.type = gaz.entries[n].type
                else:
                    c.canonical = full
    n = len(cands)
    uf = _Union(n)
    for i, j in _short_forms(cands):
        uf.join(i, j)
    by_key: dict[str, int] = {}
    for i, c in enumerate(cands):
        k = "t" + c.canonical.lower() if c.canonical and c.entry is None else _key(c, lex.legal_suffixes)
        if k in by_key:
            uf.join(by_key[k], i)
        else:
            by_key[k] = i
    # acronyms defined in the text: "Islamic State (IS)", "... (ISIS), also known as ..."
    for i, c in enumerate(cands):
        j = i + 1
        if j < n:
            d = cands[j]
            between = text[c.end : d.start]
            aka = _AKA.match(between)
            defines = between.strip() == "(" and text[d.end : d.end + 2].lstrip().startswith(")")
            if (defines and is_acronym(d.text)) or (aka is not None and aka.end() == len(between)):
                uf.join(i, j)
    # full name -> acronym by initials
    acr = {c.text.replace(".", ""): i for i, c in enumerate(cands) if is_acronym(c.text) and c.entry is None}
    if acr:
        for i, c in enumerate(cands):
            if " " in c.text:
                ini = _initials(c.text)
                if len(ini) >= 2 and ini in acr:
                    uf.join(i, acr[ini])
    groups: dict[int, Cluster] = {}
    for i, c in enumerate(cands):
        groups.setdefault(uf.find(i), Cluster()).mentions.append(c)
    out = []
    for g in groups.values():
        entries = [m.entry for m in g.mentions if m.entry is not None]
        if entries:
            counts = Counter(entries)
            first = {e: -k for k, e in reversed(list(enumerate(entries)))}
            best = max(counts, key=lambda e: (counts[e], first[e]))
            g.name = gaz.entries[best].name
            g.type = gaz.entries[best].type
            retyped = {m.type for m in g.mentions if m.entry == best}
            if len(retyped) == 1 and g.type == "sports" and retyped != {"sports"}:
                g.type = retyped.pop()  # a team's name read as the police force it shares it with
        else:
            canonical = [m.canonical for m in g.mentions if m.canonical]
            forms = [m.text for m in g.mentions if not is_acronym(m.text)]
            if canonical:
                g.name = canonical[0]
            elif forms:
                g.name = max(forms, key=lambda f: len(f.split()))
            else:
                g.name = g.mentions[0].text
            g.name = " ".join(g.name.split())
            g.type = cluster_type((m.source, m.type) for m in g.mentions)
        out.append(g)
    out.sort(key=lambda g: g.mentions[0].start)
    return out
