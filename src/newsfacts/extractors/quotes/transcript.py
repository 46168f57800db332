"""Transcript turns: a paragraph that opens with a speaker's name and a colon ("Mbeki: We are ...")."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from . import lexicon as lx
from .speakers import Cast

__all__ = ["Turn", "labelled", "transcript_turns"]

_LABEL = regex.compile(r"(?P<name>\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2})[ \t]*:[ \t]+(?=\S)")
_MARKS = regex.compile(r"[\"“”«»]")
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
    return [(a, b) for a, b in paras if _LABEL.match(text, a, b) is not None]


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
        out.append(Turn(m.end(), end, m.start("name"), m.end("name")))
    return out
