"""Property tests of the quote extractor: generated paragraphs round-trip, stray marks never break it."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfacts.extractors.quotes import extract_quotes
from newsfacts.extractors.quotes.marks import find_pairs
from newsfacts.reader import read_article

FIRST = ["Maria", "John", "Aisha", "Pierre", "Olga", "Kenji", "Fatima", "David", "Elena", "Samuel"]
LAST = [
    "Lopez",
    "Okafor",
    "Novak",
    "Haddad",
    "Lindqvist",
    "Tanaka",
    "Moreau",
    "Brennan",
    "Castillo",
    "Ivanova",
]
CUES = ["said", "added", "stressed", "insisted", "explained", "warned", "told reporters", "noted"]
WORDS = [
    "we", "will", "not", "accept", "this", "plan", "the", "people", "deserve", "better", "and", "it's",
    "don't", "our", "country", "must", "act", "now", "because", "time", "is", "running", "out", "today",
]  # fmt: skip
MARKS = [("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»")]
LEAD = (
    "The meeting in the capital lasted for more than three hours on Tuesday, and officials from "
    "several countries attended the session that followed it in the afternoon."
)


@dataclass(frozen=True)
class Spec:
    """One generated quote: its content, speaker, cue, position and marks."""

    content: str
    first: str
    last: str
    cue: str
    position: str
    marks: tuple[str, str]


def _content(words: list[str], end: str) -> str:
    text = " ".join(words)
    return text[0].upper() + text[1:] + end


@st.composite
def specs(draw: st.DrawFn) -> Spec:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=12))
    position = draw(st.sampled_from(["after", "inverted", "before", "inside"]))
    marks = draw(st.sampled_from(MARKS))
    if marks[0] in "'‘":
        words = [w for w in words if "'" not in w] or ["we", "act", "now"]
    end = "." if position == "before" else ","
    return Spec(
        _content(words, end),
        draw(st.sampled_from(FIRST)),
        draw(st.sampled_from(LAST)),
        draw(st.sampled_from(CUES)),
        position,
        marks,
    )


def _render(spec: Spec, full: bool) -> tuple[str, list[str]]:
    """A paragraph for ``spec`` and the quoted pieces it contains."""
    o, c = spec.marks
    name = f"{spec.first} {spec.last}" if full else spec.last
    q = f"{o}{spec.content}{c}"
    if spec.position == "after":
        return f"{q} {name} {spec.cue}.", [spec.content]
    if spec.position == "inverted":
        cue = spec.cue.split()[0]
        return f"{q} {cue} {name}.", [spec.content]
    if spec.position == "before":
        return f"{name} {spec.cue}: {q}", [spec.content]
    second = "They will see it soon."
    return f"{q} {name} {spec.cue}. {o}{second}{c}", [spec.content, second]


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(specs(), min_size=1, max_size=5))
def test_generated_quotes_round_trip(items: list[Spec]) -> None:
    paragraphs = [LEAD]
    expected: list[tuple[list[str], str]] = []
    seen: set[str] = set()
    for spec in items:
        text, pieces = _render(spec, full=spec.last not in seen)
        seen.add(spec.last)
        paragraphs.append(text)
        expected.append((pieces, spec.last))
    text = "\n\n".join(paragraphs)
    article = read_article(text, id="generated")
    quotes = [q for q in extract_quotes(article) if q.kind == "direct"]
    assert len(quotes) == len(expected), (text, [q.text for q in quotes])
    full_names = {s.last: f"{s.first} {s.last}" for s in reversed(items)}
    for q, (pieces, last) in zip(quotes, expected, strict=True):
        parts = [text[f.start : f.end] for f in q.fragments] or [q.text]
        assert parts == pieces, (text, parts)
        first_spec = next(s for s in items if s.last == last)
        assert q.speaker in (full_names[last], f"{first_spec.first} {last}"), (text, q.speaker)


STRAYS = ["'", '"', "“", "”", "‘", "’", "«", "»", "''", "``", "„", "\n", "\n\n", " ", "s'", "'s", "said", ","]


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.one_of(st.sampled_from(STRAYS), st.text(max_size=8)), max_size=40).map("".join))
def test_stray_marks_never_raise_or_escape(text: str) -> None:
    article = read_article(text, id="stray")
    for q in extract_quotes(article):
        assert 0 <= q.span.start < q.span.end <= len(text)
        assert text[q.span.start : q.span.end] == q.text
        for sp in q.spans():
            assert 0 <= sp.start <= sp.end <= len(text)
    paragraphs = [(0, len(text))]
    for p in find_pairs(text, paragraphs):
        assert 0 <= p.open < p.start <= p.end <= p.outer_end <= len(text)


@settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(max_size=300))
def test_deterministic(text: str) -> None:
    article = read_article(text, id="det")
    assert extract_quotes(article) == extract_quotes(article)
