"""What the surroundings say: line casing, sports reports, the country an article is about."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Literal

from ...models import Article
from .lexicon import Lexicons
from .tokens import Token, is_capitalized, words

__all__ = ["LineMode", "article_country", "country_before", "is_dateline", "line_mode", "team_sport"]

LineMode = Literal["mixed", "caps", "title"]

_SMALL = frozenset(
    {
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "it",
        "of",
        "on",
        "or",
        "over",
        "per",
        "the",
        "to",
        "up",
        "vs",
        "v",
        "with",
        "after",
        "before",
        "than",
        "that",
        "this",
        "out",
        "off",
        "new",
        "not",
        "no",
    }
)


_LOWER_WORD = re.compile(r"\b[a-z][\w'’]*")
_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}")


def line_mode(line: str) -> LineMode:
    """``caps`` for ALL-CAPS lines, ``title`` for Title Case headlines, else ``mixed``.

    In caps and title lines capitalization says nothing about names, so only the
    gazetteer and explicit patterns are trusted there.
    """
    if len(line) > 200 and any(w in line for w in (" the ", " of ", " and ", " to ", " a ", " in ")):
        return "mixed"  # a paragraph: shouted lines and headlines do not read like this
    words = len(line.split())
    if not words:
        return "mixed"
    lower = len(_LOWER_WORD.findall(line))
    if line.isupper() or (lower <= 0.2 * words and _mostly_upper(line)):
        return "caps"
    if len(line) <= 200:
        long_words = [w for w in _LONG_WORD.findall(line) if w.lower() not in _SMALL]
        caps = sum(w[0].isupper() for w in long_words)
        # a sentence with a few names ends with a full stop; a headline rarely does
        ends = line.rstrip()[-1:] not in {".", ",", ";"}
        if len(long_words) >= 3 and caps >= 0.8 * len(long_words) and (ends or caps == len(long_words)):
            return "title"
    return "mixed"


def _mostly_upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


_SPORT_HEAD = re.compile(
    r"^\s*(?:SOCCER|FOOTBALL|CRICKET|BASEBALL|BASKETBALL|ICE HOCKEY|HOCKEY|NHL|NBA|NFL|MLB|"
    r"AMERICAN FOOTBALL|RUGBY(?: UNION| LEAGUE)?|AUSTRALIAN RULES|HANDBALL|VOLLEYBALL|WATER POLO)\b",
    re.MULTILINE,
)
_SPORT_WORDS = re.compile(
    r"\b(?:goals?|scored|striker|midfielder|goalkeeper|defender|penalty|half-time|halftime|equali[sz]er|"
    r"innings|wickets?|batsman|bowler|pitcher|inning|homers?|home runs?|touchdowns?|quarterback|"
    r"play-?offs?|relegat\w+|promoted|semi-finals?|quarter-finals?|championship|standings|"
    r"first division|premier league|division|league|cup|derby|kickoff|hat-trick|soccer|rugby|cricket|"
    r"baseball|basketball|hockey|coach|squad|season|drew|beat|won \d|lost \d)\b",
)


_SOLO_HEAD = re.compile(
    r"^\s*(?:TENNIS|GOLF|ATHLETICS|CYCLING|MOTOR RACING|MOTORCYCLING|MOTOR-RACING|FORMULA ONE|BOXING|"
    r"HORSE RACING|SWIMMING|SKIING|ALPINE SKIING|SQUASH|BADMINTON|CHESS|SNOOKER|GYMNASTICS|ROWING|SAILING|"
    r"TRIATHLON|MARATHON|JUDO|WRESTLING|WEIGHTLIFTING|FIGURE SKATING|SPEED SKATING)\b",
    re.MULTILINE,
)


def team_sport(article: Article) -> bool:
    """True when the article reports team sports, where a club's town names the club."""
    text = article.text
    if _SPORT_HEAD.search(text, 0, 400):
        return True
    if _SOLO_HEAD.search(text, 0, 400):
        return False
    found = _SPORT_WORDS.finditer(text[:3000].lower())
    return any(hits >= 5 for hits, _ in enumerate(found, 1))


_DATEISH = re.compile(
    r"^\s*(?:[A-Z][\w.]*\s+){0,2}(?:\d{4}-\d\d-\d\d|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)",
    re.IGNORECASE,
)


def is_dateline(tokens: Sequence[Token], i: int, end: int, text: str) -> bool:
    """True when tokens ``[i, end)`` open a line as a dateline place ("LONDON 1996-08-30")."""
    if i != 0:
        return False
    rest = text[tokens[end - 1].end : tokens[end - 1].end + 24] if end <= len(tokens) else ""
    return bool(_DATEISH.match(rest.lstrip(" ,"))) or (end < len(tokens) and tokens[end].text == "(")


_PLACE_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")  # "Kenyan", "New Zealand"


def country_before(text: str, pos: int, lex: Lexicons, reach: int = 80) -> str | None:
    """The country of the last place or nationality named in the ``reach`` characters before ``pos``,
    within its sentence ("In Taipei, the island's Defense Ministry": Taiwan)."""
    lo = max(0, pos - reach)
    stop = max(text.rfind(". ", lo, pos), text.rfind("\n", lo, pos))
    if stop >= 0:
        lo = stop + 1
    found = None
    for m in _PLACE_NAME.finditer(text, lo, pos):
        w = m.group().lower()
        for key in (w, *w.split(" ")[::-1]) if " " in w else (w,):
            c = lex.adjective_country.get(key) or lex.city_country.get(key)
            if c is not None:
                found = c  # "In Taipei": the place, not the preposition before it
                break
    return found


def article_country(article: Article, lex: Lexicons) -> str | None:
    """The country the article is clearly about: the dateline's, else a dominant one."""
    if article.dateline:
        key = " ".join(w.lower() for w in words(article.dateline))
        for cand in (key, key.split(" ")[0] if key else ""):
            if cand in lex.city_country:
                return lex.city_country[cand]
    counts: Counter[str] = Counter()
    for m in _PLACE_NAME.finditer(article.text[:20000]):
        w = m.group().lower()
        c = lex.adjective_country.get(w) or lex.city_country.get(w)
        if c is None and " " in w:
            first = w.split(" ")[0]
            c = lex.adjective_country.get(first) or lex.city_country.get(first)
        if c is not None:
            counts[c] += 1
    if not counts:
        return None
    ranked = counts.most_common(2)
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    return top if n >= 3 and n >= 2 * second else None


def capitalized_mid_sentence(tokens: Sequence[Token], i: int) -> bool:
    """True when token ``i`` is capitalized and not at the start of a line or sentence."""
    if not is_capitalized(tokens[i].text) or i == 0:
        return False
    prev = tokens[i - 1].text
    return prev not in {".", "!", "?", ":", '"', "“", "”", "‘", "'", "(", "-", "–", "—", "*", "•", ";"}
