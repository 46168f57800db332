"""Reported speech without quote marks.

Three shapes: the cue before the clause ("X said (that) ...", :mod:`.said`), the
clause before a trailing attribution ("..., X said.", :mod:`.fronted`), and
"according to X" (:mod:`.according`); speech nouns ("his claim that ...") are in
:mod:`.nominal`.
"""

from __future__ import annotations

import re
from functools import cache

from . import lexicon as lx
from .according import according
from .asked import asked_clauses, passive_asked
from .clauses import Reported, trim
from .evidential import EVIDENTIAL_FORMS, evidential_clauses
from .nominal import nominal
from .polls import POLL_HEADS, poll_clauses
from .said import said_clauses
from .speakers import tokens

__all__ = ["Reported", "reported_in"]

_NOMINAL_CUES = lx.grammar("nominal_cues")
_MAX_SENTENCE = 2000
_LOWER_WORD = re.compile(r"[a-z]+")
_REGARD = lx.grammar("regard_verbs")
_NOMINAL_ALTERNATIVES = "|".join(sorted(_NOMINAL_CUES, key=len, reverse=True))
_NOMINAL_AHEAD = re.compile(rf"\b(?:{_NOMINAL_ALTERNATIVES})\s+(?:that|to)\s")
_THAT_OR_TO = re.compile(r"\s(?:that|to)\s")
# "admitted the error but said ...", "claimed victory and then argued ...": the words
# between one content and the next cue of the same speaker, to the coordinator
_CLAUSE_WORDS = lx.grammar("finite_verbs") | lx.grammar("subject_stop") | frozenset(("why", "how", "whether"))
_MAX_OBJECT_WORDS = 8
_COORDINATED_TAIL = re.compile(r",?\s+(?:and|but)(?:\s+(?:also|then|later))?\s+\Z")


def _has_cue(text: str, s: int, e: int, words: frozenset[str]) -> bool:
    """Cheap test: does the sentence (its lowercase ``words``) contain a cue verb or "according to"?"""
    if not _PLAIN_CUES.isdisjoint(words):
        return True
    if not _JUDGING_CUES.isdisjoint(words) and text.find(" as ", s, e) >= 0:
        return True  # "see", "view", "regard" report a judgment only with "as"
    if "put" in words and "it" in words:
        return True  # "As the mayor put it, ..."
    return (
        not EVIDENTIAL_FORMS.isdisjoint(words)
        or not POLL_HEADS.isdisjoint(words)
        or text.find("ccording to", s, e) >= 0
        # a speech noun needs a spaced "that" or "to" after it: the big pattern only then
        or (_THAT_OR_TO.search(text, s, e) is not None and _NOMINAL_AHEAD.search(text, s, e) is not None)
    )


@cache
def _cue_words() -> frozenset[str]:
    return frozenset(lx.cue_forms())


# the cue forms split for the test: the judging verbs count only with an "as" in the sentence
_JUDGING_CUES = _cue_words() & _REGARD
_PLAIN_CUES = _cue_words() - _REGARD


def reported_in(text: str, sent: tuple[int, int], lo: int) -> list[Reported]:
    """The reported clauses of one sentence (``lo`` is where its content may start)."""
    s, e = sent
    if e - s > _MAX_SENTENCE:
        return []  # a "sentence" of thousands of characters is no sentence
    words = frozenset(_LOWER_WORD.findall(text, s, e))
    if not _has_cue(text, s, e, words):
        return []
    toks = tokens(text, s, e)
    acc = according(text, s, e, lo)
    if acc:
        return acc
    out, intents = said_clauses(text, toks, s, e, lo)
    if len(out) > 1:
        out = _split_coordinated(text, out)
    intents.extend(nominal(text, toks))
    # "The aide said that the governor believes ...", "The city wants to ..., the mayor
    # said": an attribution
    # inside another one's clause is part of that content, not a statement of its own
    out = [r for r in out if not any(_holds(o, r) and not _holds(r, o) for o in out if o is not r)]
    intents = [r for r in intents if not any(_holds(o, r) for o in out)]
    # "wants voters to know that ...": a statement inside an intent's content is that content
    out = [r for r in out if not any(_holds(i, r) and not _holds(r, i) for i in intents)]
    out.extend(intents)
    # a token "asked" (any case) lowers to "asked" inside the lowered sentence: the cheap test first
    asked = asked_clauses(text, toks) if "asked" in text[s:e].lower() else []
    if asked:
        # "Asked whether ..., X said": the question; a clause that holds "asked" itself
        # (the fronted content of "..., X said") is no statement.  But "she said she was asked
        # whether ...": a passive question inside a statement is that statement's content
        fronted = [q for q in asked if not passive_asked(text, q.attribution.cue_start)]
        out = [o for o in out if not any(o.start <= q.attribution.cue_start < o.end for q in fronted)]
        out.extend(
            q for q in asked if not any((o.start < q.end and q.start < o.end) or _holds(o, q) for o in out)
        )
    if not EVIDENTIAL_FORMS.isdisjoint(words):
        # "officials said the bridge is expected to reopen": a hedge inside a statement is its content
        hedged = evidential_clauses(text, toks)
        out.extend(h for h in hedged if not any(_holds(o, h) or _holds(h, o) for o in out))
    if not POLL_HEADS.isdisjoint(words):
        # "In the latest poll, 40 percent back Lee": unless a cue of the sentence reports it already
        found = poll_clauses(text, toks)
        out.extend(f for f in found if not any(o.start < f.end and f.start < o.end for o in out))
    out.sort(key=lambda r: r.start)
    return out


def _holds(outer: Reported, inner: Reported) -> bool:
    """True when ``inner``'s cue lies inside ``outer``'s content."""
    return outer.start <= inner.attribution.cue_start < outer.end


def _split_coordinated(text: str, out: list[Reported]) -> list[Reported]:
    """Each content cut before a coordinated cue of its own speaker that it swallowed.

    "Lee admitted the error but said the plan stands": the object of "admitted"
    ran on over "but said ...", which the nesting filter then dropped as part of
    it; the speaker makes two statements.
    """
    got = list(out)
    for r in out:
        a = r.attribution
        for n, o in enumerate(got):
            if o is r or not o.start < a.cue_start < o.end or o.attribution.np.start != a.np.start:
                continue
            m = _COORDINATED_TAIL.search(text, o.start, a.cue_start)
            if m is None:
                continue
            cs, ce = trim(text, o.start, m.start())
            if ce > cs and _plain_object(text[cs:ce]):
                frags = tuple(f for f in o.fragments if f[1] <= ce)
                got[n] = Reported(cs, ce, o.attribution, frags)
    return got


def _plain_object(content: str) -> bool:
    """True for a short object with no clause of its own ("the error", "any wrongdoing").

    "asked why voters did not like her and thought ...": a clause's own coordination
    ("and thought") has another subject, so only a plain object is cut.
    """
    words = content.lower().split()
    return len(words) <= _MAX_OBJECT_WORDS and not any(
        w in _CLAUSE_WORDS or w.endswith(("n't", "n’t")) for w in words
    )
