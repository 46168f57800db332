"""Find organization mentions in an article: gazetteer first, then patterns, line by line."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ...models import Article, OrganizationType
from ...resources import data_lines
from .appositives import appositive_names, descriptor_names
from .candidate import Candidate
from .context import LineMode, capitalized_mid_sentence, line_mode, team_sport
from .evidence import coordinated_partners, defined_acronyms, propagate
from .gazetteer import Form, Gazetteer, gazetteer
from .head_names import head_name_at
from .lexicon import Lexicons, lexicons
from .lists import has_list, listed
from .patterns import (
    CONNECTORS,
    LEADING_STOP,
    acronym_at,
    al_name_at,
    appositive_at,
    credit_at,
    domain_at,
    is_call_sign,
)
from .sports import VENUE, club_name, result_teams, sports_place
from .tokens import Token, is_acronym, tokenize_sparse

__all__ = ["find_candidates"]

_LINE = re.compile(r"[^\n]+")
_LOWER_WORDS = re.compile(r"\b[a-z][a-z0-9]+\b")
_REPORTS = frozenset({"said", "says", "reported", "reports", "told", "announced", "'s"})
_SUBNATIONAL = frozenset(
    {"state", "provincial", "regional", "county", "municipal"}
)  # before a chamber: not national
_SUFFIX_KEYS = frozenset(
    {"corp", "inc", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "spa", "group", "holdings", "cos"}
)
_CUE_BEFORE = frozenset(data_lines("organizations/acronym_cues_before.txt"))
_POLICE_ACRONYM = re.compile(
    r"[A-Z]{1,4}(?:PD|SO)$"
)  # "IMPD", "LMPD", "HCSO": a police department, a sheriff
_CUE_AFTER = frozenset(data_lines("organizations/acronym_cues_after.txt"))


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
                if prev.key in VENUE or prev.text == "(":
                    continue  # "in Vienna": the venue
                if mode == "mixed" and prev.text[0].isupper() and prev.key not in LEADING_STOP:
                    continue  # "Tom Charlton": part of a person's name
            if i > 0 and tokens[i - 1].text in _SUBNATIONAL and entry.name.startswith("U.S. "):
                continue  # "the state Senate", "state House": a state's chamber, not Congress's
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
            kind = entry.type
            if kind == "sports" and not self.sport and entry.name in _police_teams():
                near = self.text[max(0, tokens[i].start - 200) : tokens[end - 1].end + 200].lower()
                if _POLICE_CONTEXT.search(near):
                    kind = "police_military"  # "the Texas Rangers are investigating": the force
            found = Candidate(tokens[i].start, tokens[end - 1].end, "", "gazetteer", kind, form.entry, form)
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

    def _product(self, keys: tuple[str, ...]) -> bool:
        """A company's name and "Watch": its product ("Apple Watch"), not a watchdog group."""
        if keys[-1] != "watch" or len(keys) < 2:
            return False
        name = keys[:-1]
        return any(
            f.keys == name and self.gaz.entries[f.entry].type == "company"
            for f in self.gaz.index.get(name[0], ())
        )

    def _known_of(self, c: Candidate, mode: LineMode) -> bool:
        """A known "X of Y" name in a headline, which a longer guess would run past ("BANK OF ENGLAND
        HOLDS")."""
        return mode != "mixed" and c.entry is not None and " of " in self.text[c.start : c.end].lower()

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
            if keys not in lex.places and not self._product(keys):
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
            label: OrganizationType = (
                "police_military"
                if _POLICE_ACRONYM.match(t.text)
                else "news"
                if is_call_sign(t.text)
                else "other"
            )
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
                        if c2 is not None and (c is None or (c2.end > c.end and not self._known_of(c, mode))):
                            c = c2
                    if self.sport:
                        club = club_name(tokens, i, mode, self.lex)
                        if club is not None and (c is None or club.end > c.end):
                            c = club
                    if c is None and self.sport:
                        c = sports_place(tokens, i, mode, self.lex, self.text)
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
            if mode == "mixed" and len(out) - line_first >= 2 and has_list(text, out, line_first):
                out.extend(listed(tokens, out[line_first:], self.lex))
        return out


def find_candidates(article: Article) -> list[Candidate]:
    """Every organization mention in ``article`` outside page boilerplate (furniture lines excepted)."""
    scanner = _Scanner(article)
    deferred: list[Candidate] = []
    found = scanner.scan(defined_acronyms(article.text), deferred)
    if deferred:
        strong = {
            c.entry for c in found if c.entry is not None and c.form is not None and not c.form.ambiguous
        }
        covered = {k for c in found for k in range(c.start, c.end)} if len(found) < 5000 else None
        partners = coordinated_partners(article.text, found)
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
    extra = appositive_names(article.text, found, scanner.lex)
    extra += descriptor_names(article.text, [*found, *extra], scanner.lex)
    if extra:
        found = sorted([*found, *extra], key=lambda c: c.start)
    found = propagate(article.text, found)
    return [c for c in found if _keep(article, c)]


_POLICE_CONTEXT = re.compile(
    r"\b(?:investigat\w*|police|sheriff\w*|suspects?|arrest\w*|shooting|officers?|deputies|"
    r"homicide|murder|law enforcement|custody|charged)\b"
)


@cache
def _police_teams() -> frozenset[str]:
    return frozenset(data_lines("organizations/police_teams.txt"))


@cache
def _widget_words() -> frozenset[str]:
    return frozenset(data_lines("organizations/widget_words.txt"))


@cache
def _street_words() -> frozenset[str]:
    return frozenset(data_lines("organizations/street_words.txt"))


def _before_street(text: str, end: int) -> bool:
    """True when the capitalized word after ``end`` ends a street's name ("... Parkway")."""
    if end >= len(text) or text[end] != " ":
        return False
    word = text[end + 1 : end + 13].split(" ", 1)[0].rstrip(",;:")
    return word[:1].isupper() and word.lower() in _street_words()


def _keep(article: Article, c: Candidate) -> bool:
    """Drop mentions in boilerplate, except known names inside furniture sentences (credits, banners).

    "© 2026 Reuters" names the outlet; "Share on Facebook" and "Follow us on
    Twitter" are widgets, whose names are dropped.
    """
    if _before_street(article.text, c.end):
        return False  # "the 4500 block of West Congress Parkway": an address, not a body
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
    return line != c.text and line.split(" ", 1)[0].lower() not in _widget_words()
