"""Sports clubs: named by form ("Dynamo Kiev", "Stirling Albion"), by their town in a sports report, or
in a results or standings line ("Pontypridd 31 Llanelli 12")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .candidate import Candidate
from .context import LineMode, is_dateline
from .lexicon import Lexicons
from .patterns import LEADING_STOP
from .tokens import Token, is_capitalized

__all__ = ["VENUE", "club_name", "result_teams", "sports_place"]

# before a club's town in a sports report: the venue ("at Newcastle"), not a transfer ("to Milan")
VENUE = frozenset({"in", "at", "near", "outside", "across", "around", "visit", "visited", "through"})


def club_name(tokens: Sequence[Token], i: int, mode: LineMode, lex: Lexicons) -> Candidate | None:
    """A club named by its form in a sports report: "Dynamo Kiev", "Stirling Albion".

    Mixed-case text only: in a shouted headline "AS" and "CLUB" are words.
    """
    n = len(tokens)
    t = tokens[i]
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


def sports_place(
    tokens: Sequence[Token], i: int, mode: LineMode, lex: Lexicons, text: str
) -> Candidate | None:
    """A town standing for its club in a sports report ("Leeds won 2-1"), not the venue ("at Leeds")."""
    sp = lex.sports_places
    for w in (3, 2, 1):
        keys = tuple(t.key for t in tokens[i : i + w])
        if len(keys) < w or keys not in sp:
            continue
        end = i + w
        if mode == "mixed" and not all(is_capitalized(t.text) for t in tokens[i:end] if t.text[0].isalpha()):
            continue
        if is_dateline(tokens, i, end, text):
            return None
        if i > 0 and (tokens[i - 1].key in VENUE or tokens[i - 1].text == "("):
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
