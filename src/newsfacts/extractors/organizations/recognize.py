"""Find organization mentions in an article: gazetteer first, then patterns, line by line."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ...models import Article, OrganizationType, Span
from ...resources import data_lines
from .classify import cluster_type
from .context import LineMode, capitalized_mid_sentence, is_dateline, line_mode, team_sport
from .gazetteer import Form, Gazetteer, gazetteer
from .lexicon import Lexicons, lexicons
from .patterns import (
    CONNECTORS,
    LEADING_STOP,
    acronym_at,
    al_name_at,
    appositive_at,
    credit_at,
    domain_at,
    head_name_at,
    is_call_sign,
    result_teams,
)
from .tokens import Token, is_acronym, is_capitalized, tokenize, tokenize_sparse

__all__ = ["Candidate", "find_candidates"]

_LINE = re.compile(r"[^\n]+")
_LOWER_WORDS = re.compile(r"\b[a-z][a-z0-9]+\b")
# before a club's town in a sports report: the venue ("at Newcastle"), not a transfer ("to Milan")
_VENUE = frozenset({"in", "at", "near", "outside", "across", "around", "visit", "visited", "through"})
_LIST_SEPARATORS = frozenset({",", "and", "or", "&", ", and", ", or"})
_REPORTS = frozenset({"said", "says", "reported", "reports", "told", "announced", "'s"})
_SUFFIX_KEYS = frozenset(
    {"corp", "inc", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "spa", "group", "holdings", "cos"}
)
_CUE_BEFORE = frozenset(data_lines("organizations/acronym_cues_before.txt"))
_CUE_AFTER = frozenset(data_lines("organizations/acronym_cues_after.txt"))


@dataclass
class Candidate:
    """One mention found in the text, with what is known about what it names."""

    start: int
    end: int
    text: str
    source: str
    type: OrganizationType
    entry: int | None = None
    form: Form | None = None
    country: str | None = None
    canonical: str | None = None
    confidence: float = 0.8
    propagated: bool = False

    @property
    def span(self) -> Span:
        """The mention's span."""
        return Span(start=self.start, end=self.end)


def _case_ok(tokens: Sequence[Token], i: int, form: Form, mode: LineMode) -> bool:
    """In mixed-case text every content word must be capitalized (acronyms exactly upper)."""
    m = len(form.keys)
    if mode == "caps":
        return True
    if form.acronym:
        return is_acronym(tokens[i].text)
    if m == 1 and any(c.isupper() for c in form.text[1:]) and not form.text.isupper():
        return tokens[i].text == form.text  # "LeT", "JeM", "eBay": spelled exactly (not "Let")
    if mode == "title":
        return True
    for t in tokens[i : i + m]:
        w = t.text
        lower = w[0].isalpha() and not w[0].isupper() and t.key not in CONNECTORS
        # "eBay", "dpa": allowed only when the gazetteer spells it that way
        if lower and not (w[0].islower() and any(c.isupper() for c in w)) and w not in form.text:
            return False
    return True


def _has_cue(tokens: Sequence[Token], i: int, end: int) -> bool:
    prev = tokens[i - 1].key if i > 0 else ""
    if prev == "-" and i > 1:
        prev = tokens[i - 2].key
    nxt = tokens[end].key if end < len(tokens) else ""
    if nxt == "'s":
        return True
    return prev in _CUE_BEFORE or nxt in _CUE_AFTER


class _Scanner:
    """Per-article recognition state (created per call; the extractor keeps none)."""

    def __init__(self, article: Article):
        self.article = article
        self.text = article.text
        self.lex: Lexicons = lexicons()
        self.gaz: Gazetteer = gazetteer()
        self.sport = team_sport(article)
        self._lower: set[str] | None = None
        self._next_head: list[int] = []

    def _in_dateline(self, t: Token) -> bool:
        """True for a token of the article's dateline place ("OCALA, Fla. —")."""
        d = self.article.dateline_span
        return d is not None and d.start <= t.start < d.end

    # ---------------------------------------------------------------- gazetteer
    def _gazetteer(
        self, tokens: Sequence[Token], i: int, mode: LineMode, defined: set[str], deferred: list[Candidate]
    ) -> Candidate | None:
        """The longest gazetteer form at ``i`` that the case and context allow."""
        n = len(tokens)
        for form in self.gaz.candidates(tokens, i):
            end = i + len(form.keys)
            if not _case_ok(tokens, i, form, mode):
                continue
            entry = self.gaz.entries[form.entry]
            single = len(form.keys) == 1
            if (
                single
                and not form.acronym
                and end + 1 < n
                and tokens[end].text == "-"
                and tokens[end].start == tokens[end - 1].end
                and entry.type != "armed_group"
                and tokens[end + 1].text[:1].islower()
            ):
                continue  # "Shell-shocked", "Time-honoured": part of a compound word
            if ((entry.type == "sports" and single) or form.place) and not self.sport:
                continue
            if entry.type == "sports" and single and i > 0:
                prev = tokens[i - 1]
                if prev.key in _VENUE or prev.text == "(":
                    continue  # "in Vienna": the venue
                if mode == "mixed" and prev.text[0].isupper() and prev.key not in LEADING_STOP:
                    continue  # "Tom Charlton": part of a person's name
            word = tokens[i].text
            if mode != "mixed" and form.acronym and word.upper() in self.lex.not_acronyms:
                continue  # "IS" in a shouted headline is the verb
            if single and not form.acronym and i > 0 and mode == "mixed":
                prev = tokens[i - 1]
                if (prev.key,) in self.lex.titles:
                    continue  # "Mr. Ford"
                if (
                    form.ambiguous
                    and end < n
                    and (tokens[end].text[0].isupper() or tokens[end].text[0].isdigit())
                ):
                    continue  # the start of a longer name, or of an address ("on Southwest 42nd Street")
                if (
                    form.ambiguous
                    and prev.text[0].isupper()
                    and prev.key not in LEADING_STOP
                    and prev.key not in self.lex.adjective_country
                ):
                    continue  # "Harrison Ford", "Paris Hilton"
            found = Candidate(
                tokens[i].start, tokens[end - 1].end, "", "gazetteer", entry.type, form.entry, form
            )
            found.confidence = 0.9
            if form.ambiguous and word not in defined:
                if form.acronym:
                    ok = mode == "mixed" and _has_cue(tokens, i, end)
                else:
                    nxt = tokens[end].key if end < n else ""
                    ok = mode == "mixed" and (capitalized_mid_sentence(tokens, i) or nxt in _REPORTS)
                if not ok:
                    # accepted later if an unambiguous alias of it turns up in the article
                    deferred.append(found)
                    continue
            k = end
            while (
                k < n
                and k < end + 4
                and (
                    (tokens[k].key in _SUFFIX_KEYS and tokens[k].text[0].isupper())
                    or (tokens[k].key == "&" and k + 1 < n and tokens[k + 1].text in {"Co", "Co."})
                )
            ):
                k += 1
            if k > end:
                found.end = tokens[k - 1].end
            return found
        return None

    # ------------------------------------------------------------------ sports
    def _club_name(self, tokens: Sequence[Token], i: int, mode: LineMode) -> Candidate | None:
        """A club named by its form in a sports report: "Dynamo Kiev", "Stirling Albion".

        Mixed-case text only: in a shouted headline "AS" and "CLUB" are words.
        """
        n = len(tokens)
        t = tokens[i]
        lex = self.lex
        if mode != "mixed" or (
            i > 0 and tokens[i - 1].text[0].isupper() and tokens[i - 1].key not in LEADING_STOP
        ):
            return None

        def name(k: int) -> bool:
            return k < n and tokens[k].text[0].isupper() and tokens[k].key not in LEADING_STOP

        if t.text in lex.club_prefixes and name(i + 1) and (tokens[i + 1].key,) not in lex.titles:
            end = i + 2
            if name(end) and tokens[end].text in lex.club_suffixes:
                end += 1
            return Candidate(t.start, tokens[end - 1].end, "", "club", "sports", confidence=0.7)
        for w in (1, 2):
            k = i + w
            if k < n and all(name(x) for x in range(i, k + 1)) and tokens[k].text in lex.club_suffixes:
                keys = tuple(x.key for x in tokens[i : k + 1])
                town = " ".join(keys[:-1])
                if town in lex.countries or town in lex.adjective_country or keys in lex.places:
                    return None  # a country's side, or a place ("Kansas City")
                if keys in lex.sports_places:
                    return None
                return Candidate(t.start, tokens[k].end, "", "club", "sports", confidence=0.7)
        return None

    def _sports_place(self, tokens: Sequence[Token], i: int, mode: LineMode) -> Candidate | None:
        if not self.sport:
            return None
        sp = self.lex.sports_places
        for w in (3, 2, 1):
            keys = tuple(t.key for t in tokens[i : i + w])
            if len(keys) < w or keys not in sp:
                continue
            end = i + w
            if mode == "mixed" and not all(
                is_capitalized(t.text) for t in tokens[i:end] if t.text[0].isalpha()
            ):
                continue
            if is_dateline(tokens, i, end, self.text):
                return None
            if i > 0 and (tokens[i - 1].key in _VENUE or tokens[i - 1].text == "("):
                return None  # "at Everton", "in Vienna", "London ( The Oval )": the venue
            if (
                i > 0
                and mode == "mixed"
                and (tokens[i - 1].text[0].isupper() or tokens[i - 1].end == tokens[i].start)
            ):
                return None  # "East Fife", "Bay-Rovers": part of a longer name
            if i == 0 and end < len(tokens) and tokens[end].text == ":":
                return None  # "Hove : Sussex 210 ..." - the venue of a scorecard
            if (
                end < len(tokens)
                and tokens[end].text == "-"
                and end + 1 < len(tokens)
                and tokens[end + 1].text[:1].islower()
            ):
                return None
            if (
                end < len(tokens)
                and is_capitalized(tokens[end].text)
                and tokens[end].text[0].isalpha()
                and mode == "mixed"
            ):
                return None  # part of a longer name
            return Candidate(tokens[i].start, tokens[end - 1].end, "", "sports", "sports", confidence=0.7)
        return None

    def _head_ahead(self, i: int) -> bool:
        """True when an org head word occurs within the next dozen tokens of the current line."""
        return self._next_head[i] - i <= 12

    def _mark_heads(self, tokens: Sequence[Token]) -> None:
        heads = self.lex.head_starts
        n = len(tokens)
        nxt = [n + 100] * (n + 1)
        for k in range(n - 1, -1, -1):
            nxt[k] = k if tokens[k].key in heads else nxt[k + 1]
        self._next_head = nxt

    def _words(self) -> set[str]:
        """The article's lower-case words (computed on first use)."""
        if self._lower is None:
            self._lower = set(_LOWER_WORDS.findall(self.text))
        return self._lower

    def _place_len(self, tokens: Sequence[Token], i: int) -> int:
        """How many tokens from ``i`` name a place ("United States"), 0 if none."""
        if tokens[i].key not in self.lex.place_starts:
            return 0
        places = self.lex.places
        for w in (4, 3, 2, 1):
            if i + w <= len(tokens) and tuple(t.key for t in tokens[i : i + w]) in places:
                return w
        return 0

    # ---------------------------------------------------------------- patterns
    def _patterns(self, tokens: Sequence[Token], i: int, mode: LineMode) -> Candidate | None:
        t = tokens[i]
        lex = self.lex
        if t.text == "(":
            k = credit_at(tokens, i, lex)
            if k is not None:
                return Candidate(tokens[i + 1].start, tokens[k - 1].end, "", "credit", "news", confidence=0.8)
            return None
        end = al_name_at(tokens, i)
        if end is not None:
            return Candidate(t.start, tokens[end - 1].end, "", "al", "armed_group", confidence=0.7)
        head = head_name_at(tokens, i, lex, loose=mode != "mixed") if self._head_ahead(i) else None
        if head is not None:
            s, e, kind = head
            keys = tuple(x.key for x in tokens[s:e])
            if keys not in lex.places:
                return Candidate(tokens[s].start, tokens[e - 1].end, "", "head", kind, confidence=0.75)
        if mode == "mixed":
            app = appositive_at(tokens, i, lex)
            if app is not None:
                e, kind = app
                return Candidate(t.start, tokens[e - 1].end, "", "appositive", kind, confidence=0.6)
        if mode == "mixed" and domain_at(tokens, i):
            return Candidate(t.start, t.end, "", "domain", "other", confidence=0.7)
        if (
            mode == "mixed"
            and acronym_at(tokens, i, lex)
            and t.key not in self._words()
            and not self._in_dateline(t)
        ):
            # a shouted word the article also uses in lower case ("TIPS" ... "tips") is a word
            label: OrganizationType = "news" if is_call_sign(t.text) else "other"
            return Candidate(t.start, t.end, "", "acronym", label, confidence=0.5)
        return None

    # -------------------------------------------------------------------- scan
    def scan(self, defined: set[str], deferred: list[Candidate]) -> list[Candidate]:
        """Mentions line by line, longest first; ambiguous ones that need evidence go to ``deferred``."""
        out: list[Candidate] = []
        text = self.text
        for m in _LINE.finditer(text):
            tokens = tokenize_sparse(text, m.start(), m.end())
            if not tokens:
                continue
            mode = line_mode(m.group())
            self._mark_heads(tokens)
            line_first = len(out)
            i = 0
            n = len(tokens)
            if self.sport and m.group()[:1].isupper():
                for a, b in result_teams(m.group(), self.lex):
                    out.append(
                        Candidate(
                            m.start() + a,
                            m.start() + b,
                            text[m.start() + a : m.start() + b],
                            "sports",
                            "sports",
                            confidence=0.7,
                        )
                    )
                if out and out[-1].start >= m.start():
                    taken_end = max(c.end for c in out if c.start >= m.start())
                    while i < n and tokens[i].start < taken_end:
                        i += 1
            lower_starts = self.gaz.lower_starts
            gaz_index = self.gaz.index
            org_nouns = self.lex.org_nouns
            while i < n:
                t = tokens[i]
                upper = t.text[0].isupper()
                if not upper and t.text != "(" and t.key not in lower_starts:
                    i += 1  # lower-case words start no name (connectors are handled inside names)
                    continue
                if t.key in LEADING_STOP and t.key not in gaz_index:
                    i += 1  # "The", "In", "May": never the first word of a name
                    continue
                c = self._gazetteer(tokens, i, mode, defined, deferred) if t.key in self.gaz.index else None
                if upper or t.text == "(" or t.key in {"al", "el"}:
                    if (
                        t.text == "("
                        or t.key in {"al", "el"}
                        or self._next_head[i] - i <= 12
                        or (i > 0 and tokens[i - 1].text in org_nouns)
                        or t.text.isupper()
                        or "." in t.text
                    ):
                        c2 = self._patterns(tokens, i, mode)
                        if c2 is not None and (c is None or c2.end > c.end):
                            c = c2
                    if self.sport:
                        club = self._club_name(tokens, i, mode)
                        if club is not None and (c is None or club.end > c.end):
                            c = club
                    if c is None and self.sport:
                        c = self._sports_place(tokens, i, mode)
                acro = c is not None and c.form is not None and c.form.acronym and mode == "mixed"
                if c is not None and t.text[0].isupper() and c.source != "sports" and not acro:
                    span_len = sum(1 for x in tokens[i : i + 6] if x.start < c.end)
                    if self._place_len(tokens, i) >= span_len and not (
                        c.entry is not None and self.gaz.entries[c.entry].type == "sports" and self.sport
                    ):
                        c = None
                if c is not None and c.source != "credit":
                    k = i
                    while k < n and tokens[k].start < c.end:
                        k += 1
                    if k < n and (
                        tokens[k].text in self.lex.event_words
                        or (tokens[k].text.isupper() and tokens[k].text.title() in self.lex.event_words)
                    ):
                        c = None  # an event or index named after it, not the organization
                if c is None:
                    skip = self._place_len(tokens, i) if t.text[0].isupper() else 0
                    i += max(1, skip)
                    continue
                c.text = text[c.start : c.end]
                out.append(c)
                while i < n and tokens[i].start < c.end:
                    i += 1
            if mode == "mixed" and len(out) - line_first >= 2 and self._has_list(out, line_first):
                out.extend(self._listed(tokens, out[line_first:]))
        return out

    def _has_list(self, out: Sequence[Candidate], first: int) -> bool:
        """True when two of the line's mentions are joined by a comma or "and"/"or" only."""
        text = self.text
        pairs = zip(out[first:], out[first + 1 :], strict=False)
        return any(text[a.end : b.start].strip() in _LIST_SEPARATORS for a, b in pairs)

    def _listed(self, tokens: Sequence[Token], found: Sequence[Candidate]) -> list[Candidate]:
        """Single names listed with two or more organizations: "Exxon , Shell and Zorvex"."""
        by_start = {c.start: c for c in found}
        items: list[tuple[Token | None, Candidate | None]] = []  # (unknown word, known org)
        runs: list[list[tuple[Token | None, Candidate | None]]] = []
        n = len(tokens)
        i = 0
        expect_item = True
        while i < n:
            t = tokens[i]
            c = by_start.get(t.start)
            if expect_item and c is not None:
                items.append((None, c))
                while i < n and tokens[i].start < c.end:
                    i += 1
                expect_item = False
                continue
            if expect_item and t.text[0].isupper() and not (i + 1 < n and tokens[i + 1].text[0].isupper()):
                items.append((t, None))
                i += 1
                expect_item = False
                continue
            if not expect_item and t.text in {",", "and", "or", "&"}:
                expect_item = True
                i += 1
                continue
            if len(items) >= 3:
                runs.append(items)
            items = []
            if expect_item:
                i += 1  # not an item: the list (if any) ended here
            expect_item = True  # otherwise read this token again as a possible first item
        if len(items) >= 3:
            runs.append(items)
        lex = self.lex
        out = []
        for run in runs:
            known = [c for _, c in run if c is not None]
            if len(known) < 2:
                continue
            kind = cluster_type((k.source, k.type) for k in known)
            for w, _ in run:
                if (
                    w is None
                    or w.key in LEADING_STOP
                    or (w.key,) in lex.places
                    or w.key in lex.adjective_country
                ):
                    continue
                if (w.key,) in lex.titles or len(w.text) < 3 or w.text.isdigit():
                    continue
                out.append(Candidate(w.start, w.end, w.text, "list", kind, confidence=0.5))
        return out


def find_candidates(article: Article) -> list[Candidate]:
    """Every organization mention in ``article`` outside page boilerplate (furniture lines excepted)."""
    scanner = _Scanner(article)
    deferred: list[Candidate] = []
    found = scanner.scan(_defined_acronyms(article.text), deferred)
    if deferred:
        strong = {
            c.entry for c in found if c.entry is not None and c.form is not None and not c.form.ambiguous
        }
        covered = {k for c in found for k in range(c.start, c.end)} if len(found) < 5000 else None
        partners = _coordinated_partners(article.text, found)
        for d in deferred:
            if d.entry not in strong and (d.type, d.start, d.end) not in partners:
                continue
            if covered is not None:
                if any(k in covered for k in range(d.start, d.end)):
                    continue
                covered.update(range(d.start, d.end))
            elif any(c.start < d.end and d.start < c.end for c in found):
                continue
            d.text = article.text[d.start : d.end]
            found.append(d)
        found.sort(key=lambda c: c.start)
    found = _propagate(article.text, found)
    return [c for c in found if _keep(article, c)]


_COORDINATION = re.compile(r"[ \t]*(?:,|and|or|&|,[ \t]*and)[ \t]*\Z")
_NAME_AFTER = re.compile(r"[A-Z][\w&.'’-]*(?:[ ][A-Z][\w&.'’-]*)*")
_NAME_BEFORE = re.compile(r"[A-Z][\w&.'’-]*(?:[ ][A-Z][\w&.'’-]*)*\Z")
_COORDINATION_AFTER = re.compile(r"[ \t]*(?:,|and|or|&|,[ \t]*and)[ \t]+")


def _coordinated_partners(text: str, found: list[Candidate]) -> set[tuple[str, int, int]]:
    """Where a name coordinated with a sure one of its type may stand: "Ford and General Motors".

    An ambiguous name ("Ford", "Apple") needs evidence; being listed next to an
    unambiguous organization of the same type ("Ford and General Motors have
    ...") is some.  Returns (type, start, end) keys of the spans just before and
    after each sure name's coordinator; a deferred mention matching one is kept.
    """
    keys: set[tuple[str, int, int]] = set()
    sure = [c for c in found if c.form is not None and not c.form.ambiguous]
    for c in sure:
        m = _COORDINATION.search(text, max(0, c.start - 8), c.start)
        if m is not None:
            before = text[max(0, m.start() - 40) : m.start()]
            word = _NAME_BEFORE.search(before)
            if word is not None:
                keys.add((c.type, m.start() - len(word.group()), m.start()))
        a = _COORDINATION_AFTER.match(text, c.end)
        if a is not None:
            nxt = _NAME_AFTER.match(text[a.end() : a.end() + 40])
            if nxt is not None:
                keys.add((c.type, a.end(), a.end() + len(nxt.group())))
    return keys


_PROPAGATE = frozenset({"head", "appositive", "sports", "credit", "al", "club"})
_VENUE_BEFORE = re.compile(r"(?:\b(?:at|in|AT|IN|At|In)|[(:,])[ \t]*$")


def _propagate(text: str, found: list[Candidate]) -> list[Candidate]:
    """Other occurrences of names already recognized in the article are mentions too."""
    names: dict[str, Candidate] = {}
    for c in found:
        if c.source in _PROPAGATE and c.text[:1].isupper() and not (c.form is not None and c.form.ambiguous):
            if c.source == "sports" and (not _TEAMLIKE.match(c.text) or _is_place(c.text)):
                continue  # towns stand for clubs only in results lines and sports sentences
            names.setdefault(c.text, c)
    if not names:
        return found
    taken = sorted((c.start, c.end) for c in found)
    starts = [s for s, _ in taken]
    added: list[Candidate] = []
    for name, model in list(names.items())[:60]:
        pos = text.find(name)
        while pos >= 0:
            s, e = pos, pos + len(name)
            pos = text.find(name, e)
            if (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "-_")) or (
                e < len(text) and (text[e].isalnum() or text[e] in "-_")
            ):
                continue
            j = bisect_right(starts, s) - 1
            if j >= 0 and taken[j][1] > s:
                continue
            if j + 1 < len(taken) and taken[j + 1][0] < e:
                continue
            if _next_is_name(text, e) or _prev_is_name(text, s):
                continue  # part of a longer name
            if _VENUE_BEFORE.search(text, max(0, s - 6), s) and model.source == "sports":
                continue
            again = Candidate(s, e, name, model.source, model.type, model.entry, model.form)
            again.confidence = model.confidence
            again.propagated = True
            added.append(again)
    if not added:
        return found
    return sorted([*found, *added], key=lambda c: c.start)


def _is_place(name: str) -> bool:
    lex = lexicons()
    keys = tuple(t.key for t in tokenize(name))
    return keys in lex.places or keys in lex.sports_places


_TEAMLIKE = re.compile(r"^[A-Z][\w'-]+$")
_NEXT_NAME = re.compile(r"[ \t]*[A-Z]")
_PREV_NAME = re.compile(r"[A-Z][\w.'-]*[ \t]+$")


def _next_is_name(text: str, end: int) -> bool:
    return bool(_NEXT_NAME.match(text, end)) and text[end : end + 1] in {" ", "\t"}


def _prev_is_name(text: str, start: int) -> bool:
    head = text[max(0, start - 30) : start]
    m = _PREV_NAME.search(head)
    if m is None:
        return False
    word = m.group().strip()
    return word.lower() not in LEADING_STOP and not word.endswith(".")


_DEFINED = re.compile(r"\(\s*([A-Z][A-Z0-9&-]{1,7})\s*\)")


def _defined_acronyms(text: str) -> set[str]:
    """Acronyms the text defines in parentheses: "Islamic State (IS)"."""
    return {m.group(1) for m in _DEFINED.finditer(text)}


def _keep(article: Article, c: Candidate) -> bool:
    """Drop mentions in boilerplate, except known names inside furniture sentences (credits, banners)."""
    if not article.boilerplate:
        return True
    span = c.span
    if not article.is_boilerplate(span):
        return True
    if c.source not in {"gazetteer", "domain", "acronym"}:
        return False
    text = article.text
    ls = text.rfind("\n", 0, c.start) + 1
    le = text.find("\n", c.end)
    line = text[ls : le if le >= 0 else len(text)].strip()
    return line != c.text
