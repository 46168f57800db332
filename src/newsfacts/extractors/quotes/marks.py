"""Quote-mark pairing: which marks open and close a quotation, and what they enclose.

Marks are classified by their neighbours (a straight ``'`` between two letters
is an apostrophe, ``s'`` with no single quote open is a possessive), then paired
with a stack per paragraph, so one stray mark never disturbs the pairs around
it.  A paragraph that opens a quotation and does not close it continues into
the next paragraph when that one opens with a mark of the same family.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .lexicon import elisions

__all__ = ["QuotePair", "find_pairs"]

_MARK = regex.compile(r"''|``|[\"“”„«»‹›‘’'‚]")

_DOUBLE = "d"
_SINGLE = "s"
_GUILLEMET = "g"
_ANGLE = "a"

# mark -> (family, role): role is "open", "close" or "either"
_KINDS: dict[str, tuple[str, str]] = {
    '"': (_DOUBLE, "either"),
    "''": (_DOUBLE, "either"),
    "``": (_DOUBLE, "open"),
    "“": (_DOUBLE, "open"),
    "„": (_DOUBLE, "open"),
    "”": (_DOUBLE, "close"),
    "«": (_GUILLEMET, "open"),
    "»": (_GUILLEMET, "close"),
    "‹": (_ANGLE, "open"),
    "›": (_ANGLE, "close"),
    "‘": (_SINGLE, "open"),
    "‚": (_SINGLE, "open"),
    "’": (_SINGLE, "either"),
    "'": (_SINGLE, "either"),
}

_MAX_DEPTH = 8
_OPEN_BEFORE = set(" \t\n\r([{—–-/:;,\u00a0\u2009\u202f") | {""}
_CLOSE_AFTER = set(" \t\n\r)]}—–-/:;,.!?…\u00a0\u2009\u202f") | {""}

_LETTERS = regex.compile(r"\p{L}+")


@dataclass(frozen=True, slots=True)
class QuotePair:
    """One quotation: its marks and the content between them.

    ``open``/``close`` are the offsets of the marks (``close`` is the end of the
    content when the quotation runs to its paragraph's end unclosed); ``start``
    and ``end`` bound the content; ``depth`` is 0 for an outermost quotation.
    """

    open: int
    open_len: int
    close: int
    close_len: int
    family: str
    depth: int

    @property
    def start(self) -> int:
        """First character of the content."""
        return self.open + self.open_len

    @property
    def end(self) -> int:
        """End of the content (exclusive)."""
        return self.close

    @property
    def outer_end(self) -> int:
        """End of the closing mark."""
        return self.close + self.close_len


@lru_cache(maxsize=1)
def _elisions() -> frozenset[str]:
    return elisions()


_CLOSER_AHEAD = regex.compile(r"[^\s]['’](?=[\s\p{P}]|$)|(?<=\s)['‘](?=\w)|\n")


def _closer_ahead(text: str, pos: int) -> bool:
    """True when a closing single mark follows ``pos`` before any opening one or the paragraph's end."""
    m = _CLOSER_AHEAD.search(text, pos, min(len(text), pos + 400))
    return m is not None and m.group()[-1] in "'’" and m.group()[0] not in "‘" and not m.group()[0].isspace()


def _role(text: str, pos: int, mark: str, single_open: bool, double_open: bool) -> str:
    """``open``, ``close`` or ``none`` (an apostrophe) for the mark at ``pos``."""
    family, role = _KINDS[mark]
    before = text[pos - 1] if pos > 0 else ""
    after_pos = pos + len(mark)
    after = text[after_pos] if after_pos < len(text) else ""
    b_word = before.isalnum()
    a_word = after.isalnum()
    if family == _SINGLE:
        if b_word and a_word:
            return "none"  # don't, d’etat, it’s
        if mark == "‘" or mark == "‚":
            return "open" if not b_word else "none"
        if a_word and not b_word:
            if after.isdigit() and before in _OPEN_BEFORE and not single_open:
                return "none"  # '90s
            word = _LETTERS.match(text[after_pos : after_pos + 12])
            if word and word.group().lower() in _elisions() and not single_open:
                return "none"
            return "open" if before in _OPEN_BEFORE or before in '"“„«' else "none"
        if not a_word and (b_word or before in ".,!?;:…)]"):
            if not single_open:
                return "none"  # possessive (Jones') or dropped letter
            if before in "sS" and after == " " and _closer_ahead(text, after_pos):
                return "none"  # "'Our partners' answer was no,'": a plural possessive
            return "close"
        return "none"
    if role != "either":
        if role == "open" and (b_word or before in ".,!?…") and after in _CLOSE_AFTER:
            return "close" if double_open else "none"
        if (
            role == "close"
            and not double_open
            and (a_word or before in ("", "\n"))
            and before in _OPEN_BEFORE
        ):
            return "open"  # a closing mark used to open: ”…she delivered
        return role
    # straight double quote (or two apostrophes): decide by the neighbours
    if double_open and before in ",.!?" and after.islower():
        return "close"  # '... Christmas time,"said Carter': a closing mark glued to the cue
    if before in _OPEN_BEFORE and after not in _CLOSE_AFTER:
        return "open"
    if after in _CLOSE_AFTER and before not in _OPEN_BEFORE:
        return "close" if double_open else "none"
    return "close" if double_open else "open"


def _paragraph_pairs(
    text: str, start: int, end: int, carry: tuple[int, int, str] | None
) -> tuple[list[QuotePair], tuple[int, int, str] | None]:
    """Pair the marks of one paragraph; return the pairs and its unclosed leading opener."""
    pairs: list[QuotePair] = []
    stack: list[tuple[int, int, str]] = []
    first = start
    while first < end and text[first].isspace():
        first += 1
    skip = -1
    if carry is not None:
        stack.append(carry)
        skip = first
    for m in _MARK.finditer(text, start, end):
        mark = m.group()
        pos = m.start()
        if pos == skip:
            continue
        family, fixed = _KINDS[mark]
        if family in (_SINGLE, _DOUBLE):
            single_open = any(f == _SINGLE for _, _, f in stack)
            double_open = any(f == _DOUBLE for _, _, f in stack)
            role = _role(text, pos, mark, single_open, double_open)
        else:
            role = fixed
        if role == "open":
            if len(stack) < _MAX_DEPTH:  # deeper "nesting" is stray marks, not quotations
                stack.append((pos, len(mark), family))
        elif role == "close":
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][2] == family:
                    o_pos, o_len, _ = stack[k]
                    del stack[k:]
                    pairs.append(QuotePair(o_pos, o_len, pos, len(mark), family, len(stack)))
                    break
    leading = None
    if stack and (stack[0] == carry or stack[0][0] == first or _opens_sentence(text, start, stack[0])):
        leading = stack[0]
    return pairs, leading


def _opens_sentence(text: str, start: int, opener: tuple[int, int, str]) -> bool:
    """True for an unclosed double mark that opens a sentence ('he said. "They ...').

    Such a quotation runs to its paragraph's end (or on into the next paragraph);
    an unclosed mark inside a sentence is more likely a stray one.
    """
    pos, _, family = opener
    if family != _DOUBLE:
        return False
    k = pos
    while k > start and text[k - 1] in " \t\u00a0":
        k -= 1
    return k > start and k < pos and text[k - 1] in ".!?:"


def find_pairs(text: str, paragraphs: list[tuple[int, int]]) -> list[QuotePair]:
    """Every quotation in ``paragraphs`` (``(start, end)`` offsets), in text order.

    Depths are computed over the whole set, so a quotation inside another
    (``'... as they say, 'knocking on all doors', ...'``) has depth 1.
    """
    pairs: list[QuotePair] = []
    carry: tuple[int, int, str] | None = None
    for i, (start, end) in enumerate(paragraphs):
        got, leading = _paragraph_pairs(text, start, end, carry)
        pairs.extend(got)
        nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        if leading is not None and nxt is not None and _opens_with(text, nxt, leading[2]):
            carry = leading
        else:
            if leading is not None:
                # runs unclosed to the end of its paragraph
                pairs.append(QuotePair(leading[0], leading[1], _trim_end(text, start, end), 0, leading[2], 0))
            carry = None
    pairs = [p for p in pairs if p.end > p.start]
    pairs.sort(key=lambda p: (p.open, -p.outer_end))
    out: list[QuotePair] = []
    open_stack: list[QuotePair] = []
    for p in pairs:
        while open_stack and open_stack[-1].outer_end <= p.open:
            open_stack.pop()
        out.append(QuotePair(p.open, p.open_len, p.close, p.close_len, p.family, len(open_stack)))
        open_stack.append(p)
    return out


def _opens_with(text: str, para: tuple[int, int], family: str) -> bool:
    pos = para[0]
    while pos < para[1] and text[pos].isspace():
        pos += 1
    m = _MARK.match(text, pos)
    return m is not None and m.start() < para[1] and _KINDS[m.group()][0] == family


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
