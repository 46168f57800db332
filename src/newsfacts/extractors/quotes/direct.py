"""Direct and partial quotes: quotation marks, their kind and their attribution."""

from __future__ import annotations

from dataclasses import dataclass

from ...models import QuoteKind
from . import lexicon as lx
from .cues import Attribution, according_to, after_quote, before_quote, cue_class, is_outlet, subject
from .marks import QuotePair
from .sentences import Sentences
from .speakers import NP, tokens

__all__ = ["Found", "attribute", "classify"]


@dataclass(frozen=True)
class Found:
    """A quotation with its kind and attribution (if any)."""

    pair: QuotePair
    kind: str
    attribution: Attribution | None
    continued: bool = False


def classify(text: str, pair: QuotePair, sents: Sentences) -> QuoteKind:
    """``direct`` for a quoted statement, ``partial`` for a fragment in the reporter's sentence."""
    sent = sents.at(pair.open)
    lo = sent[0] if sent else 0
    j = pair.open - 1
    while j >= lo and text[j].isspace():
        j -= 1
    content = text[pair.start : pair.end].lstrip()
    upper = bool(content) and (content[0].isupper() or content[0] in "[(\"“‘'…." or content[0].isdigit())
    if j < lo:
        return "direct"
    prev = text[j]
    if prev in ":":
        return "direct"
    if prev in ",—–-" and upper:
        return "direct"
    if upper:
        toks = tokens(text, max(lo, j - 30), j + 1)
        if toks and cue_class(toks[-1]) is not None:
            return "direct"
    return "partial"


def _sentence_bounds(sents: Sentences, pos: int, fallback: tuple[int, int]) -> tuple[int, int]:
    s = sents.at(pos)
    return s if s is not None else fallback


def attribute(
    text: str, pair: QuotePair, kind: str, sents: Sentences, para: tuple[int, int]
) -> Attribution | None:
    """The attribution of a quotation, or None (the caller then uses the previous speaker)."""
    s_open = _sentence_bounds(sents, pair.open, para)
    s_close = _sentence_bounds(sents, max(pair.start, pair.outer_end - 1), para)
    after = after_quote(text, pair.outer_end, max(s_close[1], pair.outer_end))
    before = before_quote(text, s_open[0], pair.open, reach=10 if kind == "direct" else 60)
    acc = according_to(text, s_open[0], s_close[1])
    if (
        after is not None
        and is_outlet(after.np)
        and after.cue in ("reported", "reports", "report", "reporting")
    ):
        after = None
        if before is None and acc is None:
            return None
    if kind == "direct":
        return after or before or (acc[0] if acc else None)
    # partial: "according to X" governs the sentence, then a trailing attribution, then the cue before
    if acc is not None:
        return acc[0]
    trail = trailing(text, s_close)
    if trail is not None and trail.cue_start >= pair.outer_end:
        return trail
    if before is not None:
        return before
    if after is not None:
        return after
    return None


def trailing(text: str, sent: tuple[int, int]) -> Attribution | None:
    """The attribution at the end of a sentence: "..., Bogdanov said Wednesday."."""
    lo, hi = sent
    toks = tokens(text, lo, hi)
    n = len(toks)
    for c in range(n - 1, max(-1, n - 14), -1):
        t = toks[c]
        if t.text in ('"', "“", "”", "’", "‘"):
            return None
        if cue_class(t) is None:
            continue
        np = np_at_comma(text, toks, c)
        if np is not None:
            return Attribution(np, t.start, t.end, t.text)
        # inverted: ", said Putin."
        if c > 0 and toks[c - 1].text == ",":
            from .speakers import np_after

            inv = np_after(text, toks, c + 1)
            if inv is not None and inv.kind != "document":
                return Attribution(inv, t.start, t.end, t.text)
        return None
    return None


def np_at_comma(text: str, toks: list, c: int) -> NP | None:  # type: ignore[type-arg]
    """The speaker before cue ``c`` when it starts right after a comma."""
    from .speakers import np_before

    np = np_before(text, toks, c, 0)
    if np is None or np.first == 0 or toks[np.first - 1].text != ",":
        return None
    if np.kind == "document":
        return None
    return np


def sentence_subject(text: str, sent: tuple[int, int]) -> NP | None:
    """The subject of a sentence when it names a person or body."""
    np = subject(text, sent[0], sent[1])
    if np is not None and np.head in lx.time_words():
        return None
    return np
