"""Organization names ending in a head word ("Fresno Police Department", "Hanil Motors Corp") or
headed by one ("Ministry of Foreign Affairs"), found without the gazetteer."""

from __future__ import annotations

from collections.abc import Sequence

from ...models import OrganizationType
from .lexicon import CONNECTORS, Lexicons, is_security
from .patterns import LEADING_STOP
from .tokens import Token, is_acronym, is_name_token

__all__ = ["head_name_at"]

_OF_WORDS = frozenset({"of", "for"})
# Lower-case joining words that title case capitalizes inside a name ("Bank Of England")
_TITLE_CASE_JOINS = frozenset({"of", "for", "the", "and"})


def _company_suffix(key: str, lex: Lexicons) -> bool:
    """ "Corp", "Holdings": after one, no "of ..." joins the name ("Hanil Motors Corp of South Korea"),
    where "Bank of Japan" keeps it."""
    return key in lex.legal_suffixes or key == "holdings"


def _place_start(tokens: Sequence[Token], i: int, lex: Lexicons) -> bool:
    """ "New" in "New England" or "New South Wales": a word that starts no name on its own but
    starts a place's."""
    keys = tuple(t.key for t in tokens[i : i + 3])
    return len(keys) > 1 and (keys[:2] in lex.places or (len(keys) == 3 and keys in lex.places))


def head_name_at(
    tokens: Sequence[Token], i: int, lex: Lexicons, *, loose: bool
) -> tuple[int, int, OrganizationType] | None:
    """A capitalized name from ``i`` ending in an org head word, or "Head of Name" (token range, type).

    ``loose`` is for caps and title lines: the name may not run longer than four words.
    """
    n = len(tokens)
    if not is_name_token(tokens[i]) or (tokens[i].key in LEADING_STOP and not _place_start(tokens, i, lex)):
        return None
    if (
        i > 0
        and is_name_token(tokens[i - 1])
        and (tokens[i - 1].key not in LEADING_STOP or _place_start(tokens, i - 1, lex))
        and tokens[i - 1].text != "'s"
    ):
        return None  # not the start of the run ("England" in "New England Journal")
    heads = lex.head_words
    j = i
    best: tuple[int, OrganizationType] | None = None
    before_of: tuple[int, OrganizationType] | None = None  # the head an "of" followed
    limit = i + (5 if loose else 12)
    while j < n and j < limit:
        t = tokens[j]
        if loose and j > i and t.key in LEADING_STOP and t.key not in _TITLE_CASE_JOINS:
            break  # "Strike After Deal With Government": title case capitalizes the prepositions
        if is_name_token(t) or (
            t.text == "-"
            and j > i
            and j + 1 < n
            and tokens[j + 1].start == t.end
            and t.start == tokens[j - 1].end
            and is_name_token(tokens[j + 1])
        ):
            if (
                (t.key,) in lex.titles
                and j > i
                and not loose
                and (j + 1 >= n or tokens[j + 1].key not in _OF_WORDS)
                and (j + 1 >= n or (tokens[j + 1].key,) not in heads)  # "Varnell General Hospital"
            ):
                # "Foreign Minister Sergei Lavrov" - a title ends the name
                break
            step = 1
            for w in (2, 1):
                h = tuple(x.key for x in tokens[j : j + w])
                if w == 2 and len(h) == 2 and not is_name_token(tokens[j + 1]):
                    continue  # "Workers union": a lower-case word ends no name
                if len(h) == w and h in heads and (j > i or (j + w < n and tokens[j + w].key in _OF_WORDS)):
                    if j + w - 1 > i or (j + w < n and tokens[j + w].key in _OF_WORDS):
                        best = (j + w, heads[h])
                        step = w  # "Labour Congress": the pair's type, not its last word's
                    break
            j += step
            continue
        if (
            t.key in CONNECTORS
            and j > i
            and j + 1 < n
            and is_name_token(tokens[j + 1])
            and tokens[j + 1].key not in LEADING_STOP
        ):
            if t.key in {"in", "on"} or (t.key == "the" and tokens[j - 1].key not in _OF_WORDS):
                break
            if t.key in _OF_WORDS and best is None:
                break  # "Shares of Toyota Motor": "of" follows a head word ("Bank of ...") or nothing
            if t.key in _OF_WORDS and before_of is None:
                before_of = best
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
    if (
        before_of is not None
        and best[0] < n
        and is_name_token(tokens[best[0]])
        and (tokens[best[0]].key,) not in lex.titles
    ):
        # "Union of Post Primary Education Teachers": a head word inside the name after "of"
        # ("Post") is not its end; the head before "of" types it and the name runs on below
        best = before_of
    end, kind = best
    if (
        end < n
        and (tokens[end].key,) in lex.titles
        and is_name_token(tokens[end])  # "Health Ministry spokesman Ali Khan": a role after the body
        and not _company_suffix(tokens[end - 1].key, lex)
        and not (kind == "police_military" and end - i >= 2)  # "Houston Police Detective Tom Ray"
    ):
        return None  # "Financial Secretary Jan Novak", "Foreign Minister": a title, not a body
    if (tokens[end - 1].key,) in lex.titles and end < n and is_name_token(tokens[end]):
        return None  # "Competition Commissioner Ingrid Salo": the head is her title
    if kind in {"government", "other"} and is_security([t.key for t in tokens[i:end]]):
        kind = "police_military"  # "Fresno Police Department"
    if loose and tokens[end - 1].key not in lex.strong_heads:
        return None  # "CRUDE OIL" in a shouted headline
    if end - i >= 2 and tuple(t.key for t in tokens[end - 2 : end]) in lex.places:
        return None  # "... West Bank": a place
    # "Ministry of Foreign Affairs": continue through of/for + capitalized words
    if (
        not _company_suffix(tokens[end - 1].key, lex)
        and end < n
        and tokens[end].key in _OF_WORDS
        and end + 1 < n
        and (
            is_name_token(tokens[end + 1])
            or (tokens[end + 1].key == "the" and end + 2 < n and is_name_token(tokens[end + 2]))
        )
    ):
        first = end + 1 if is_name_token(tokens[end + 1]) else end + 2  # "Council of the EU"
        k = first
        while (
            k < n
            and k < end + 6
            and (
                is_name_token(tokens[k])
                or (tokens[k].key in {"and", "&", "the", "of"} and k + 1 < n and is_name_token(tokens[k + 1]))
            )
        ):
            if tokens[k].key in LEADING_STOP:
                break
            if (
                (tokens[k].key,) in lex.titles
                and (k + 1 >= n or is_name_token(tokens[k + 1]))
                and not (k + 1 < n and (tokens[k + 1].key,) in lex.titles)  # "of Justice Minister Ann Roe"
            ):
                if k - 1 == first and (tokens[k - 1].key, tokens[k].key) in lex.titles:
                    k += 1  # "Office of Prime Minister Ann Roe": the office is the title's
                elif k > first and (tokens[k - 1].key, tokens[k].key) in lex.titles:
                    k -= 1  # "Ministry of Labor Deputy Minister Ann Roe": the whole title goes
                break  # "Ministry of Justice Minister Ann Roe": a title before a name ends the body
            k += 1
        while k > first and not is_name_token(tokens[k - 1]):
            k -= 1
        if k > first:
            end = k
    if end - i == 1 and end < n and tokens[end].key in _OF_WORDS and not is_acronym(tokens[i].text):
        return None  # a head word alone: "Watch for updates", where no name follows "for"
    return i, end, kind
