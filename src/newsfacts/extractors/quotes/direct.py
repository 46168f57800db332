"""Direct and partial quotes: quotation marks, their kind and their attribution."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ...models import QuoteKind
from . import lexicon as lx
from .clauses import closing_apposition
from .cues import Attribution, according_to, after_quote, before_quote, cue_class, is_outlet, subject
from .indirect import reported_in
from .marks import QuotePair
from .sentences import Sentences
from .speakers import NP, Tok, is_cap, np_after, np_before, tokens

__all__ = ["Found", "attribute", "classify", "unattributed_opening"]


@dataclass(frozen=True, slots=True)
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
        return "partial" if _fragment_opens_sentence(text, pair, content) else "direct"
    prev = text[j]
    if prev in ":" or (prev in ".!?" and upper):
        return "direct"
    if prev in ",—–-" and upper:
        return "direct"
    if upper:
        toks = tokens(text, max(lo, j - 30), j + 1)
        if toks and cue_class(toks[-1]) is not None:
            return "direct"
    return "partial"


# words that make a quoted phrase part of the reporter's clause ('"Very few" of the guests', '"Top
# secret" is ...'); an adjunct ('"Prices rose" before the vote, she said') leaves a statement
_CONTINUATIONS = lx.grammar("fragment_continuations")


def _fragment_opens_sentence(text: str, pair: QuotePair, content: str) -> bool:
    """True for '"Very few" of the guests stayed, an aide said': a fragment opening the sentence.

    The quoted words end with no punctuation and the reporter's sentence goes on
    after the mark with "of", a verb or a conjunction, or with a clause of its
    own that opens with a determiner.
    """
    if not content or content.rstrip()[-1:] in ".,!?;:…-—" or len(content) > 80:
        return False
    toks = tokens(text, pair.outer_end, min(len(text), pair.outer_end + 40))
    if not toks or toks[0].start != pair.outer_end + 1:
        return False
    first = toks[0].text
    if first in _CONTINUATIONS:
        return True
    # '"It's high time" the boy went home, said Ann Lee': the sentence goes on with a
    # clause of its own; but '"We won" the coach said' is a statement missing its comma
    return (
        first in lx.determiners()
        and len(toks) > 2
        and toks[1].text[0].isalnum()
        and not any(cue_class(t) is not None and t.low not in _MOTION_CUES for t in _words_ahead(toks, 5))
    )


_MOTION_CUES = lx.grammar("motion_cues")  # "the boy went home": a motion, unless "went on"


def _words_ahead(toks: list[Tok], n: int) -> list[Tok]:
    """The first ``n`` tokens up to the first punctuation mark."""
    out: list[Tok] = []
    for t in toks[:n]:
        if not t.text[0].isalnum():
            break
        out.append(t)
    return out


_COPULAS = lx.grammar("copulas")


def unattributed_opening(text: str, pair: QuotePair, sents: Sentences) -> bool:
    """True when a fragment that opens its sentence is no term being defined.

    '"Top secret" is the highest level' glosses a term; '"No view on the merits"
    of the case, the opinion said' with no speaker found is read as a statement.
    """
    sent = sents.at(pair.open)
    if sent is None or text[sent[0] : pair.open].strip():
        return False
    toks = tokens(text, pair.outer_end, min(len(text), pair.outer_end + 20))
    return bool(toks) and toks[0].text not in _COPULAS


def _sentence_bounds(sents: Sentences, pos: int, fallback: tuple[int, int]) -> tuple[int, int]:
    s = sents.at(pos)
    return s if s is not None else fallback


def attribute(
    text: str,
    pair: QuotePair,
    kind: str,
    sents: Sentences,
    para: tuple[int, int],
    bounds: tuple[int, int] = (0, 1 << 62),
    cache: dict[tuple[int, int], Attribution | None] | None = None,
) -> Attribution | None:
    """The attribution of a quotation, or None (the caller then uses the previous speaker).

    ``bounds`` are the end of the previous quotation and the start of the next: no
    attribution is looked for beyond them.  ``cache`` memoizes sentence-level look-ups.
    """
    s_open = _sentence_bounds(sents, pair.open, para)
    s_close = _sentence_bounds(sents, max(pair.start, pair.outer_end - 1), para)
    reach = max(s_close[1], pair.outer_end)
    if reach - pair.outer_end < 3:
        # '"... closed." Novak said.': a short sentence right after the quote
        i = sents.index(pair.outer_end)
        for nxt in sents.spans[i : i + 2]:
            if nxt[0] >= pair.outer_end - 1 and nxt[1] - nxt[0] < 80 and nxt[1] <= para[1]:
                reach = nxt[1]
                break
    after = after_quote(text, pair.outer_end, min(reach, bounds[1]))
    if (
        after is not None
        and text[pair.end - 1 : pair.end] in (".", "!", "?")
        and _reports_own_clause(text, after.cue_end, reach)
    ):
        after = None  # '"... lucky."Neighbors told deputies that ...': a new statement, glued on
    before = before_quote(text, max(s_open[0], bounds[0]), pair.open, reach=10 if kind == "direct" else 60)
    if before is not None and _passive(text, before):
        before = None
    acc = according_to(text, max(s_open[0], pair.open - 400), min(s_close[1], pair.outer_end + 400))
    outlet = None
    if (
        after is not None
        and is_outlet(after.np)
        and after.cue in ("reported", "reports", "report", "reporting")
    ):
        outlet, after = after, None
        if before is None and acc is None and kind != "direct":
            return None
    if kind == "direct":
        # '"...," the statement said' comes right after the quote: it goes before an earlier cue
        doc = (
            _document_said(text, pair.outer_end, min(reach, bounds[1]))
            if after is None and outlet is None
            else None
        )
        got = after or doc or before or (acc[0] if acc else None) or _introduced(text, s_open, pair)
        if got is None and pair.open - s_open[0] <= 1 and s_close[1] > pair.outer_end + 1:
            # '"We're happy" about the decision, said Ann Lee.': the reporter's words run on
            # after the quotation to the sentence's own attribution; after '...,"' only a
            # speaker named right after the mark ('"...," Harry Bond, 30, of Raleigh, ... said')
            if cache is None:
                cache = {}
            if s_close not in cache:
                cache[s_close] = trailing(text, s_close)
            trail = cache[s_close]
            closed = text[pair.end - 1 : pair.end] in _CLOSING_PUNCT
            if (
                trail is not None
                and trail.cue_start >= pair.outer_end
                and (not closed or trail.np.start - pair.outer_end <= 2)
            ):
                got = trail
        if got is None and s_open[0] == para[0] and pair.open <= para[0] + 1:
            got = (
                _statement_intro(text, para)
                or _from_previous_paragraph(text, sents, para)
                or _after_report(text, sents, para)
            )
        if got is None and pair.open - s_open[0] <= 1:
            got = _just_said(text, sents, pair, para)
        if got is None:
            got = _cue_before(text, max(s_open[0], bounds[0]), pair.open)
        # '"...," the Ledger reported' with no one else named: the outlet's own words
        return got or outlet
    # partial: "according to X" governs the sentence, then a trailing attribution, then the cue before
    if acc is not None:
        return acc[0]
    if cache is None:
        cache = {}
    if s_close not in cache:
        cache[s_close] = trailing(text, s_close)
    trail = cache[s_close]
    if trail is not None and trail.cue_start >= pair.outer_end:
        return trail
    if before is not None:
        return before
    if after is not None:
        return after
    return None


_OWN_CLAUSE = regex.compile(r"\bthat\s")


def _passive(text: str, att: Attribution) -> bool:
    """True when the cue before a quotation is a passive whose subject is no speaker.

    'it had been written "with almost surgical precision"', 'the girl described as
    "smart" by her family'; but "what the writers described as" and "Police
    described as "suspicious" a fire" are active.
    """
    if att.cue.endswith("ing"):
        return False
    if _PASSIVE.search(text, max(0, att.cue_start - 12), att.cue_start):
        return True
    return (
        att.cue.endswith("ed")
        and att.np.kind == "description"
        and _AS_AFTER.match(text, att.cue_end) is not None
        and not _RELATIVE_BEFORE.search(text, max(0, att.np.start - 12), att.np.start)
    )


def _reports_own_clause(text: str, cue_end: int, end: int) -> bool:
    """True when a "that" clause follows the cue after a closed quotation: a new statement."""
    return _OWN_CLAUSE.search(text, cue_end, min(end, cue_end + 25)) is not None


def _cue_before(text: str, lo: int, pos: int) -> Attribution | None:
    """'The email said, "..."', 'Ana Ruiz went on to say: "..."': the sentence's subject and cue.

    Only when the subject opens the sentence and the cue ends it, right before the quote.
    """
    if pos - lo > 200:
        return None
    toks = tokens(text, lo, pos)
    n = len(toks)
    if n < 2 or toks[n - 1].text not in (",", ":"):
        return None
    c = n - 2
    cls = lx.cue_forms().get(toks[c].low)
    if cls != "speech" and toks[c].low not in ("read", "reads"):
        return None
    k = c
    if k >= 3 and toks[k - 1].low == "to" and toks[k - 2].low == "on":
        k -= 3  # "went on to say", "goes on to say"
    np = np_before(text, toks, k, 0)
    if (
        np is None
        or np.first != 0
        or np.kind not in ("name", "description", "group", "org", "document", "pronoun")
    ):
        return None
    return Attribution(np, toks[c].start, toks[c].end, toks[c].text)


_CLOSING_PUNCT = frozenset(
    ",.!?;:…"
)  # '"...," Lee told WXLM': an attribution follows, not the reporter's words
_AS_AFTER = regex.compile(r"\s+as\s+[\"“‘']")
_RELATIVE_BEFORE = regex.compile(r"\b(?:which|what|that|whom|who)\s+\Z", regex.IGNORECASE)
_PASSIVE = regex.compile(r"\b(?:been|being|be|was|were|is|are)\s+\Z")
_POSSESSIVE_OWNER = {"his": "he", "her": "she", "their": "they", "its": "it"}


def _document_said(text: str, pos: int, end: int) -> Attribution | None:
    """'"...," the statement said', '"...," the report concluded': words a document voices.

    The attribution's phrase is the document, or the issuer named after "from" or "by".
    """
    toks = tokens(text, pos, min(end, pos + 160))
    k = 0
    while k < len(toks) and toks[k].text == ",":
        k += 1
    if k >= len(toks):
        return None
    cue = k if cue_class(toks[k]) is not None else None
    at = k + 1 if cue is not None else k
    owner = _POSSESSIVE_OWNER.get(toks[at].low) if at + 1 < len(toks) else None
    np = np_after(text, toks, at + 1 if owner else at)
    if np is None or np.kind != "document":
        return None
    nxt = np.last + 1
    if owner is not None:  # "her letter said": she speaks
        np = NP(toks[at].start, toks[at].end, toks[at].text, "pronoun", owner, at, at)
    if cue is None:
        if nxt >= len(toks) or cue_class(toks[nxt]) is None:
            return None
        cue, nxt = nxt, nxt + 1
    if nxt + 1 < len(toks) and toks[nxt].low in ("from", "by"):
        issuer = np_after(text, toks, nxt + 1)
        if issuer is not None and issuer.kind != "document":
            np = issuer  # "said a statement from the ministry": the ministry speaks
    return Attribution(np, toks[cue].start, toks[cue].end, toks[cue].text)


def _just_said(text: str, sents: Sentences, pair: QuotePair, para: tuple[int, int]) -> Attribution | None:
    """'"A," she said. "B."' where A is not a full quote: B takes the "she said" just before it."""
    i = sents.index(pair.open) - 1
    if i < 0:
        return None
    prev = sents.spans[i]
    if prev[0] < para[0] or pair.open - prev[1] > 3:
        return None
    toks = tokens(text, max(prev[0], prev[1] - 60), prev[1])
    n = len(toks)
    while n and toks[n - 1].text in ".!?":
        n -= 1
    if n < 2 or cue_class(toks[n - 1]) is None:
        return None
    np = np_before(text, toks, n - 1, 0)
    if (
        np is None
        or np.kind not in ("pronoun", "name")
        or np.first == 0
        or toks[np.first - 1].text not in "”\"’',"
    ):
        return None
    return Attribution(np, toks[n - 1].start, toks[n - 1].end, toks[n - 1].text)


def _from_previous_paragraph(text: str, sents: Sentences, para: tuple[int, int]) -> Attribution | None:
    """A quote opening a paragraph, introduced by the previous one ("The Times reports:")."""
    i = sents.index(para[0]) - 1
    if i < 0:
        return None
    prev = sents.spans[i]
    end = prev[1]
    while end > prev[0] and text[end - 1].isspace():
        end -= 1
    if end <= prev[0] or text[end - 1] != ":" or para[0] - end > 4:
        return None
    got = before_quote(text, prev[0], end)
    if got is not None:
        return got
    fake = QuotePair(end, 0, end, 0, "d", 0)
    return _introduced(text, prev, fake)


_ANY_MARK = regex.compile(r"[\"“”«»]|''")


def _after_report(text: str, sents: Sentences, para: tuple[int, int]) -> Attribution | None:
    """A quote opening a paragraph after one that reports the same speaker without quoting.

    "The mayor praised the crews for their work.\n\n“They never stopped.”"
    """
    i = sents.index(para[0]) - 1
    if i < 0:
        return None
    prev = sents.spans[i]
    if para[0] - prev[1] > 4 or _ANY_MARK.search(text, prev[0], prev[1]):
        return None
    reps = reported_in(text, prev, prev[0])
    return reps[-1].attribution if reps else None


_ISSUED_STATEMENT = regex.compile(
    r"\b(released|issued|posted|shared|sent|put out|read)\b[^.!?\"“”]{0,40}?\bstatement\b"
)


_STATEMENT_AUX = lx.grammar("statement_aux")


def _statement_intro(text: str, para: tuple[int, int]) -> Attribution | None:
    """A quote opening a paragraph after "X released a statement ..." (with no quote of its own)."""
    end = para[0]
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if para[0] - end > 4 or end == 0:
        return None
    # the previous paragraph's last sentence (the paragraph itself may hold no cue to split at)
    start = max(text.rfind("\n", 0, end) + 1, end - 300)
    cut = max(text.rfind(". ", start, end - 1), text.rfind("? ", start, end - 1))
    prev = (cut + 2 if cut >= 0 else start, end)
    if _ANY_MARK.search(text, prev[0], prev[1]):
        return None
    m = _ISSUED_STATEMENT.search(text, prev[0], prev[1])
    if m is None:
        return None
    toks = tokens(text, prev[0], m.start())
    n = len(toks)
    while n > 1 and toks[n - 1].low in _STATEMENT_AUX:
        n -= 1  # "The family has released ...": the auxiliary
    np = np_before(text, toks, n, 0) if n else None
    if (
        np is None
        and 2 <= n <= 5
        and toks[0].low in ("the", "a", "an")
        and all(t.text.isalpha() for t in toks[:n])
    ):
        # "The school district released a statement": a common noun the parser knows no kind of
        start, stop = toks[0].start, toks[n - 1].end
        np = NP(start, stop, text[start:stop], "description", toks[n - 1].low, 0, n - 1)
    if np is None or np.first != 0 or np.kind not in ("name", "org", "group", "description"):
        return None  # the sentence's own subject only, not "Police said Lee's family released ..."
    return Attribution(np, m.start(1), m.end(1), m.group(1))


def _introduced(text: str, sent: tuple[int, int], pair: QuotePair) -> Attribution | None:
    """The speaker of a quote introduced by a colon: "Ann Lee: "...", "X released a statement: "..."."""
    j = pair.open - 1
    while j >= sent[0] and text[j].isspace():
        j -= 1
    if j < sent[0] or text[j] not in ":,":
        return None
    toks = tokens(text, max(sent[0], j - 300), j)
    if not toks:
        return None
    np = np_before(text, toks, len(toks), 0)
    if (
        text[j] == ","
        and len(toks) >= 2
        and lx.cue_forms().get(toks[0].low) == "speech"
        and toks[0].text[0].isupper()
    ):
        # 'Said Sheriff Ana Ruiz, "..."', 'Added the mayor, "..."': the cue opens the sentence
        inv = np_before(text, toks[1:], len(toks) - 1, 0)
        if inv is not None and inv.first == 0 and inv.kind in ("name", "description", "group", "org"):
            return Attribution(inv, toks[0].start, toks[0].end, toks[0].text)
    if (
        np is not None
        and text[j] == ":"
        and np.kind in ("name", "org", "description", "group")
        and (np.first == 0 or toks[np.first - 1].text in "-–—")
    ):
        return Attribution(np, j, j, "")
    if text[j] == ":" or (toks and toks[-1].low == "saying"):
        subj = subject(text, sent[0], j)
        if subj is not None and subj.kind in ("name", "description", "org"):
            return Attribution(subj, j, j, "")
    return None


_TRAILING_NEAR = 14  # tokens from the sentence's end within which any trailing cue counts
_TRAILING_REACH = 32  # and a cue with a named speaker and an apposition


def trailing(text: str, sent: tuple[int, int]) -> Attribution | None:
    """The attribution at the end of a sentence: "..., Bogdanov said Wednesday."."""
    lo, hi = sent
    toks = tokens(text, max(lo, hi - 300), hi)
    n = len(toks)
    for c in range(n - 1, max(-1, n - _TRAILING_REACH), -1):
        t = toks[c]
        if t.text in ('"', "“", "”", "’", "‘"):
            return None
        if cue_class(t) is None:
            continue
        if c <= n - _TRAILING_NEAR:
            # far from the end only ", said Ann Lee, director of the center.": a name and its apposition
            inv = (
                np_after(text, toks, c + 1)
                if c > 0 and toks[c - 1].text == "," and is_cap(toks[c + 1])
                else None
            )
            if inv is not None and inv.kind == "name" and closing_apposition(toks, inv.last + 1):
                return Attribution(inv, t.start, t.end, t.text)
            return None
        np = np_at_comma(text, toks, c)
        if np is not None:
            return Attribution(np, t.start, t.end, t.text)
        # inverted: ", said Putin."
        if c > 0 and toks[c - 1].text == ",":
            inv = np_after(text, toks, c + 1)
            if inv is not None and inv.kind != "document":
                return Attribution(inv, t.start, t.end, t.text)
        return None
    return None


def np_at_comma(text: str, toks: list, c: int) -> NP | None:  # type: ignore[type-arg]
    """The speaker before cue ``c`` when it starts right after a comma."""
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
