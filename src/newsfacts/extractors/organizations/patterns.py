"""Name patterns that need no gazetteer: acronyms, "al-" names, credits, domains, appositives.

Names ending in an org head word ("X of Y" too) are in :mod:`.head_names`, sports results in
:mod:`.sports`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...models import OrganizationType
from ...resources import data_lines
from .lexicon import CONNECTORS, Lexicons
from .tokens import Token, is_acronym, is_capitalized, is_name_token

_CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}$")
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
__all__ = [
    "CONNECTORS",
    "LEADING_STOP",
    "acronym_at",
    "al_name_at",
    "appositive_at",
    "credit_at",
    "domain_at",
    "is_call_sign",
]

# Capitalized words that start sentences but never start an organization's name.
LEADING_STOP = frozenset(data_lines("organizations/leading_words.txt"))
_ROMAN = re.compile(r"^[IVXLC]+$")
_CODE_NOUNS = frozenset(data_lines("organizations/code_nouns.txt"))


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
    if digits and i + 1 < n and tokens[i + 1].key in _CODE_NOUNS:
        return False  # "the A12 road", "the R21 vaccine": a road's or a product's code
    if (
        i + 2 < n
        and tokens[i + 1].text in "-‑"
        and tokens[i + 1].start == t.end
        and tokens[i + 2].start == tokens[i + 1].end
        and tokens[i + 2].text[:1].isdigit()
    ):
        return False  # "EF-3", "F-16", "AK-47": a rating or a model, not a body
    if (
        i >= 2
        and tokens[i - 1].text in "-‑"
        and tokens[i - 1].end == t.start
        and tokens[i - 2].end == tokens[i - 1].start
        and tokens[i - 2].text[-1:].isdigit()
    ):
        return False  # "555-222-TIPS": a phone number's letters
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
    while k < n and k < i + 6 and (is_name_token(tokens[k]) or tokens[k].text == "-"):
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


def is_call_sign(word: str) -> bool:
    """True for a North American broadcaster's call sign ("KDVR", "WNBC")."""
    return bool(_CALL_SIGN.match(word))


def appositive_at(tokens: Sequence[Token], i: int, lex: Lexicons) -> tuple[int, OrganizationType] | None:
    """End and type of a name after a lower-case org noun: "the shoe firm Vodnik", "the daily Pravda"."""
    if i == 0 or not is_name_token(tokens[i]) or tokens[i].key in LEADING_STOP:
        return None
    noun = tokens[i - 1].text
    kind = lex.org_nouns.get(noun)
    if kind is None:
        return None
    n = len(tokens)
    k = i
    k = i + 1
    if (k < n and is_name_token(tokens[k])) or len(tokens[i].text) < 3 or (tokens[i].key,) in lex.titles:
        return None  # a longer run (often a person's full name) or a stray letter: not sure
    keys = tuple(t.key for t in tokens[i:k])
    if keys in lex.places or keys in lex.titles or tokens[i].key in lex.adjective_country:
        return None
    if k < n and tokens[k].text in {"'s", "’s"} and k - i == 1 and kind == "other":
        return None
    return k, kind
