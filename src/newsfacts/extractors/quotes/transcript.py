"""Transcript turns: a paragraph that opens with a speaker's name and a colon ("Mbeki: We are ...")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from . import lexicon as lx
from .speakers import Cast

__all__ = ["Turn", "interview_answers", "labelled", "transcript_turns"]

_LABEL = regex.compile(r"(?P<name>\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2})[ \t]*:[ \t]+(?=\S)")
_MARKS = regex.compile(r"[\"“”«»]")
_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_QA_LABEL = regex.compile(r"(?P<label>Q|A|Question|Answer)[ \t]*(?::|\.(?=[ \t]))[ \t]*(?=\S)")
_MIN_WORDS = 5  # shorter turns are more often a listicle's tag lines ("Cruz: Just hang on.")


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker's turn: the words after the label, and the label's name."""

    start: int
    end: int
    name_start: int
    name_end: int


def _roster(body: str) -> bool:
    """True for a list of names ("Iowa: Tim Albrecht, Brad Anderson, ..."), not a statement."""
    items = body.split(",")
    return len(items) >= 4 and sum(i.strip()[:1].isupper() for i in items) * 4 >= len(items) * 3


def labelled(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs that open with a capitalized label and a colon: a cheap first pass."""
    # the label needs its colon: a paragraph without one is passed over before the pattern
    return [(a, b) for a, b in paras if text.find(":", a, b) >= 0 and _LABEL.match(text, a, b) is not None]


def transcript_turns(text: str, paras: list[tuple[int, int]], cast: Cast) -> list[Turn]:
    """The turns of an interview or transcript among ``paras``.

    Only a label that names a person of the article counts ("Mbeki:", "TAPPER:"), so a
    paragraph opening "Update:", "Photo:" or "Q:" is none; a turn with quotation marks in
    it is left to the quote-mark reader.
    """
    out: list[Turn] = []
    for a, b in paras:
        m = _LABEL.match(text, a, b)
        if m is None:
            continue
        name = m.group("name")
        if " ".join(name.lower().split()) in lx.headline_labels():
            continue
        lookup = name.title() if name.isupper() else name
        ent = cast.person_named(lookup, m.start())
        words = {w.lower().strip(".") for w in lookup.split()}
        if ent is None or ent.kind != "person" or len(name) < 2 or not words <= ent.words | ent.modifiers:
            continue  # "Q:", "Iowa: ...", "Grandkids: ..."
        end = b
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        body = text[m.end() : end]
        if len(body.split()) < _MIN_WORDS or _MARKS.search(body) or _roster(body):
            continue
        if "@" in body and _EMAIL.search(body):
            continue  # "Ann Roe: aroe@example.com, 555-0100 or on Twitter": a reporter's contact line
        out.append(Turn(m.end(), end, m.start("name"), m.end("name")))
    return out


def interview_answers(text: str, paras: list[tuple[int, int]], cast: Callable[[], Cast]) -> list[Turn]:
    """The answers of a question-and-answer interview ("Q: ...", "A: ...").

    Only an article with both question and answer paragraphs is an interview.
    Each answer is the interviewee's: the person named most often before the
    first question (the introduction names whom the interview is with); the
    turn's ``name_start``/``name_end`` are that person's last mention there, or
    empty (``name_start == name_end``) when the introduction names nobody.
    The questions are the interviewer's, who is rarely named: they are left out.
    ``cast`` builds the article's cast, which only an interview needs.
    """
    labels: list[tuple[str, int, int]] = []
    for a, b in paras:
        if text[a : a + 1] not in ("Q", "A"):
            continue  # most paragraphs: no label (a character test before the pattern)
        m = _QA_LABEL.match(text, a, b)
        if m is not None:
            labels.append((m.group("label")[0], m.end(), b))
    firsts = [at for kind, at, _ in labels if kind == "Q"]
    if not firsts or not any(kind == "A" for kind, _, _ in labels):
        return []
    first_q = min(firsts)
    counts: dict[str, int] = {}
    last_at: dict[str, tuple[int, int]] = {}
    for ent in cast().people:
        if ent.kind != "person":
            continue
        before = [m for m in ent.mentions if m[1] <= first_q]
        if before:
            counts[ent.name] = len(before)
            last_at[ent.name] = before[-1]
    name_at = (first_q, first_q)
    if counts:
        best = max(counts, key=lambda n: (counts[n], -last_at[n][0]))
        name_at = last_at[best]
    out: list[Turn] = []
    for kind, start, end in labels:
        while end > start and text[end - 1].isspace():
            end -= 1
        if kind == "A" and end > start:
            out.append(Turn(start, end, name_at[0], name_at[1]))
    return out
