"""Name patterns that need no gazetteer: org head words, "X of Y", acronyms, "al-" names, credits."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...models import OrganizationType
from ...resources import data_lines
from .lexicon import CONNECTORS, Lexicons
from .tokens import Token, is_acronym, is_capitalized

_CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}$")
# "Hanil Motors Corp of South Korea": no "of ..." after a legal suffix ("Bank of Japan" keeps it)
_COMPANY_SUFFIX = frozenset(
    {"corp", "inc", "ltd", "co", "plc", "llc", "ag", "sa", "nv", "spa", "holdings", "cos", "gmbh", "bv"}
)
_MONTHS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
_CODE = re.compile(r"^[A-Z]{1,8}\d{1,2}$")
_SECURITY = frozenset(
    {"police", "army", "navy", "military", "sheriff", "sheriff's", "constabulary", "gendarmerie", "marines"}
)

__all__ = [
    "CONNECTORS",
    "LEADING_STOP",
    "acronym_at",
    "al_name_at",
    "appositive_at",
    "credit_at",
    "domain_at",
    "head_name_at",
    "is_call_sign",
    "result_teams",
]

# Capitalized words that start sentences but never start an organization's name.
LEADING_STOP = frozenset(data_lines("organizations/leading_words.txt"))
_ROMAN = re.compile(r"^[IVXLC]+$")
_OF_WORDS = frozenset({"of", "for"})


def _name_token(t: Token) -> bool:
    w = t.text
    return (w[0].isupper() or (w[0].isdigit() and any(c.isalpha() for c in w))) and w not in {"I"}


def head_name_at(
    tokens: Sequence[Token], i: int, lex: Lexicons, *, loose: bool
) -> tuple[int, int, OrganizationType] | None:
    """A capitalized name from ``i`` ending in an org head word, or "Head of Name" (token range, type).

    ``loose`` is for caps and title lines: the name may not run longer than four words.
    """
    n = len(tokens)
    if not _name_token(tokens[i]) or tokens[i].key in LEADING_STOP:
        return None
    if (
        i > 0
        and _name_token(tokens[i - 1])
        and tokens[i - 1].key not in LEADING_STOP
        and tokens[i - 1].text != "'s"
    ):
        return None  # not the start of the run
    heads = lex.head_words
    j = i
    best: tuple[int, OrganizationType] | None = None
    limit = i + (5 if loose else 12)
    while j < n and j < limit:
        t = tokens[j]
        if _name_token(t) or (
            t.text == "-"
            and j > i
            and j + 1 < n
            and tokens[j + 1].start == t.end
            and t.start == tokens[j - 1].end
            and _name_token(tokens[j + 1])
        ):
            if (
                (t.key,) in lex.titles
                and j > i
                and not loose
                and (j + 1 >= n or tokens[j + 1].key not in _OF_WORDS)
            ):
                # "Foreign Minister Sergei Lavrov" - a title ends the name
                break
            for w in (2, 1):
                h = tuple(x.key for x in tokens[j : j + w])
                if len(h) == w and h in heads and (j > i or (j + w < n and tokens[j + w].key in _OF_WORDS)):
                    if j + w - 1 > i or (j + w < n and tokens[j + w].key in _OF_WORDS):
                        best = (j + w, heads[h])
                    break
            j += 1
            continue
        if (
            t.key in CONNECTORS
            and j > i
            and j + 1 < n
            and _name_token(tokens[j + 1])
            and tokens[j + 1].key not in LEADING_STOP
        ):
            if t.key in {"in", "on"} or (t.key == "the" and tokens[j - 1].key not in _OF_WORDS):
                break
            if t.key in _OF_WORDS and best is None:
                break  # "Shares of Toyota Motor": "of" follows a head word ("Bank of ...") or nothing
            if (
                t.key == "and"
                and best is None
                and tokens[j - 1].key in lex.field_words
                and tokens[j + 1].key in lex.field_words
            ):
                j += 1  # "Search and Rescue Agency", "Fish and Wildlife Service": fields of one body
                continue
            if t.key == "and" or (t.key == "&" and best is not None):
                break  # "Norbank and Westfield Corp.": two names; "Procter & Gamble Co" is one
            if loose and t.key in {"and", "&"}:
                break  # "NATO AND UNITED NATIONS" in a shouted headline
            j += 1
            continue
        break
    if best is None:
        return None
    end, kind = best
    if end < n and (tokens[end].key,) in lex.titles and tokens[end - 1].key not in _COMPANY_SUFFIX:
        return None  # "Financial Secretary Jan Novak", "Foreign Minister": a title, not a body
    if kind in {"government", "other"} and any(t.key in _SECURITY for t in tokens[i:end]):
        kind = "police_military"  # "Fresno Police Department"
    if loose and tokens[end - 1].key not in lex.strong_heads:
        return None  # "CRUDE OIL" in a shouted headline
    if end - i >= 2 and tuple(t.key for t in tokens[end - 2 : end]) in lex.places:
        return None  # "... West Bank": a place
    # "Ministry of Foreign Affairs": continue through of/for + capitalized words
    if (
        tokens[end - 1].key not in _COMPANY_SUFFIX
        and end < n
        and tokens[end].key in _OF_WORDS
        and end + 1 < n
        and _name_token(tokens[end + 1])
    ):
        k = end + 1
        while (
            k < n
            and k < end + 6
            and (
                _name_token(tokens[k])
                or (tokens[k].key in {"and", "&", "the", "of"} and k + 1 < n and _name_token(tokens[k + 1]))
            )
        ):
            if (tokens[k].key,) in lex.titles or tokens[k].key in LEADING_STOP:
                break
            k += 1
        while k > end + 1 and not _name_token(tokens[k - 1]):
            k -= 1
        if k > end + 1:
            end = k
    return i, end, kind


def acronym_at(tokens: Sequence[Token], i: int, lex: Lexicons) -> bool:
    """True when token ``i`` is an all-caps acronym that plausibly names an organization.

    Not a word or unit from the stop list, a place, a Roman numeral, a long
    shouted word ("WEBSITE"), nor part of a run of capitals ("NORTH HAVEN, CT").
    """
    t = tokens[i]
    w = t.text
    if "." in w or not is_acronym(w) or w in lex.not_acronyms or _ROMAN.match(w):
        return False
    digits = any(c.isdigit() for c in w)
    if (len(w) > 5 and not digits) or (t.key,) in lex.places:
        return False
    if digits and not _CODE.match(w):
        return False  # "R8841" is a code; "G20", "M23", "UNITED24" are names
    n = len(tokens)
    if (
        i + 2 < n
        and tokens[i + 1].text in "-‑"
        and tokens[i + 1].start == t.end
        and tokens[i + 2].start == tokens[i + 1].end
        and tokens[i + 2].text[:1].isdigit()
    ):
        return False  # "EF-3", "F-16", "AK-47": a rating or a model, not a body
    for k in (i - 1, i + 1):
        if 0 <= k < n:
            x = tokens[k].text
            if len(x) >= 2 and x[0].isalpha() and x.isupper() and "." not in x:
                return False
            if x.isdigit() and len(x) >= (2 if k > i else 3):
                return False  # "ATR 72", "737 MAX": a model's name, not a body
    return True


def al_name_at(tokens: Sequence[Token], i: int) -> int | None:
    """End of an "al-Name" organization ("al-Qaeda", "al-Mourabitoun"), or None.

    Not after a capitalized word (a person: "Bashar al-Assad") nor after a
    locative preposition (a place: "in al-Bab").
    """
    n = len(tokens)
    t = tokens[i]
    if t.key not in {"al", "el", "ad", "as", "an", "ash", "at", "az"} or i + 2 >= n:
        return None
    dash, name = tokens[i + 1], tokens[i + 2]
    if dash.text != "-" or dash.start != t.end or name.start != dash.end or not name.text[0].isupper():
        return None
    if t.key != "al" and t.text[0].islower() is False and t.key != "el":
        return None
    if i > 0:
        prev = tokens[i - 1]
        if (is_capitalized(prev.text) and prev.key not in LEADING_STOP) or prev.key in {
            "in",
            "at",
            "near",
            "from",
            "to",
            "into",
            "of",
            "outside",
            "around",
            "toward",
            "towards",
            "province",
            "city",
            "town",
        }:
            return None
    end = i + 3
    while (
        end + 2 < n
        and tokens[end].key in {"al", "el"}
        and tokens[end + 1].text == "-"
        and tokens[end + 1].start == tokens[end].end
        and tokens[end + 2].text[0].isupper()
    ):
        end += 3
    return end


def credit_at(tokens: Sequence[Token], i: int, lex: Lexicons) -> int | None:
    """End of a news credit in parentheses after a dateline: "MOSCOW, Oct 8 (RIA Novosti) -"."""
    n = len(tokens)
    if tokens[i].text != "(" or i == 0:
        return None
    k = i + 1
    while k < n and k < i + 6 and (_name_token(tokens[k]) or tokens[k].text == "-"):
        k += 1
    if k == i + 1 or k >= n or tokens[k].text != ")":
        return None
    after = tokens[k + 1].text if k + 1 < n else ""
    if after not in {"-", "–", "—"}:
        return None
    before = tokens[i - 1].text
    if not (before[0].isdigit() or before.isupper() or before.rstrip(".").lower() in _MONTHS):
        return None  # a credit follows the dateline: "MOSCOW, October 8 (RIA Novosti) -"
    keys = tuple(t.key for t in tokens[i + 1 : k])
    if keys in lex.places or keys in lex.titles:
        return None
    return k


def domain_at(tokens: Sequence[Token], i: int) -> bool:
    """True for a capitalized web domain used as a name ("GlobalSecurity.org")."""
    w = tokens[i].text
    return "." in w and w[0].isupper() and w.rsplit(".", 1)[-1] in {"org", "com", "net", "info", "io"}


_TEAM = r"[A-Z][\w'’.&-]*(?: (?:of |de |la |del )?[A-Z][\w'’.&-]*){0,3}(?: \( [A-Z]{1,3} \))?"
_RESULT = re.compile(rf"^({_TEAM}) (\d{{1,3}}) ({_TEAM}) (\d{{1,3}})(?= \(|\s*$| \d| [a-z])")
_TABLE = re.compile(rf"^({_TEAM})(?: (?:\d+|\.\d+|-)){{3,}}\s*$")
_INITIAL = re.compile(r"[A-Z]\.")  # "J. Smith": a player, not a team
_NOT_TEAM = frozenset(
    {
        "Results",
        "Standings",
        "Played",
        "Division",
        "Group",
        "Scorers",
        "Attendance",
        "Halftime",
        "Total",
        "Totals",
        "Home",
        "Away",
        "Pos",
        "Team",
        "Points",
        "Round",
        "Week",
        "Match",
        "Game",
        "Games",
        "Note",
    }
)


def result_teams(line: str, lex: Lexicons) -> list[tuple[int, int]]:
    """Team names in a results or standings line of a sports report ("Pontypridd 31 Llanelli 12").

    Offsets are relative to ``line``.  Countries (national sides, places in
    CoNLL's annotation) and initialed names (players: "A. Brown 23") are left out.
    """
    m = _RESULT.match(line)
    groups = [1, 3] if m else []
    if m is None:
        m = _TABLE.match(line)
        groups = [1] if m else []
    out = []
    for g in groups:
        assert m is not None
        name = m.group(g)
        first = name.split(" ")[0]
        if first in _NOT_TEAM or (len(first) <= 2 and first.endswith(".")) or _INITIAL.match(first):
            continue
        key = " ".join(w.lower() for w in name.split(" ") if w not in {"(", ")"})
        if key in lex.countries or key in lex.adjective_country:
            continue  # a country: the national side
        out.append((m.start(g), m.end(g)))
    return out


def is_call_sign(word: str) -> bool:
    """True for a North American broadcaster's call sign ("KDVR", "WNBC")."""
    return bool(_CALL_SIGN.match(word))


def appositive_at(tokens: Sequence[Token], i: int, lex: Lexicons) -> tuple[int, OrganizationType] | None:
    """End and type of a name after a lower-case org noun: "the shoe firm Vodnik", "the daily Pravda"."""
    if i == 0 or not _name_token(tokens[i]) or tokens[i].key in LEADING_STOP:
        return None
    noun = tokens[i - 1].text
    kind = lex.org_nouns.get(noun)
    if kind is None:
        return None
    n = len(tokens)
    k = i
    k = i + 1
    if (k < n and _name_token(tokens[k])) or len(tokens[i].text) < 3 or (tokens[i].key,) in lex.titles:
        return None  # a longer run (often a person's full name) or a stray letter: not sure
    keys = tuple(t.key for t in tokens[i:k])
    if keys in lex.places or keys in lex.titles or tokens[i].key in lex.adjective_country:
        return None
    if k < n and tokens[k].text in {"'s", "’s"} and k - i == 1 and kind == "other":
        return None
    return k, kind
