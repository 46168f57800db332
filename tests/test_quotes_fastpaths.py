"""The quote readers' fast paths give what the plain definitions they replace give."""

from __future__ import annotations

import regex
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsfacts.extractors.quotes import indirect, titles
from newsfacts.extractors.quotes import lexicon as lx
from newsfacts.extractors.quotes.cast import Cast, _kin_before, _kin_pattern
from newsfacts.extractors.quotes.sentences import _word_before
from newsfacts.extractors.quotes.tokens import _TOKEN, PARTY_STATE, Tok, tokens

_WORDS = st.sampled_from(
    ["said", "Mr.", "Lee", "the", "her", "husband,", "claim", "that", "to", "U.S.", "according", "Dr", "a.m.",
     "spokesman", "Ana", ",", ".", "  ", "\n", "é", "Ünal", "his", "wife", "told", "to\t", "seems", "poll",
     "see", "as", "viewed"]
)  # fmt: skip
_TEXTS = st.lists(_WORDS, max_size=30).map(" ".join) | st.text(max_size=80)
_LETTER = regex.compile(r"\p{L}")


def _slow_has_cue(text: str, s: int, e: int) -> bool:
    forms = lx.cue_forms()
    words = regex.findall(r"[a-z]+", text[s:e])
    judged = lx.grammar("regard_verbs")
    return (
        any(w in forms and (w not in judged or " as " in text[s:e]) for w in words)
        or any(w in indirect.EVIDENTIAL_FORMS or w in indirect.POLL_HEADS for w in words)
        or "ccording to" in text[s:e]
        or indirect._NOMINAL_AHEAD.search(text, s, e) is not None
    )


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 40), st.integers(0, 80))
def test_cue_test_agrees_with_its_definition(text: str, a: int, b: int) -> None:
    s, e = min(a, len(text)), min(max(a, b), len(text))
    words = frozenset(indirect._LOWER_WORD.findall(text, s, e))
    assert indirect._has_cue(text, s, e, words) == _slow_has_cue(text, s, e)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_lower_context_test_agrees_with_the_context(text: str) -> None:
    cast = Cast(text, [])
    for pos in range(len(text) + 1):
        assert cast._has_lower_context(pos) == bool(cast._lower_context(pos))


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_word_before_a_period_agrees_with_the_pattern(text: str) -> None:
    # Python's and the regex module's Unicode tables may differ on new letters ("\U0003d000")
    assume(all(c.isalpha() == bool(_LETTER.fullmatch(c)) for c in text))
    pattern = regex.compile(r"([\p{L}]+)\.?$")
    for j, ch in enumerate(text):
        if ch != ".":
            continue
        lo = max(0, j - 12)
        m = pattern.search(text[lo : j + 1])
        assert _word_before(text, lo, j) == (m.group(1) if m else "")


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_kin_test_agrees_with_the_pattern(text: str) -> None:
    for pos in range(len(text) + 1):
        m = _kin_pattern().search(text, max(0, pos - 40), pos)
        assert _kin_before(text, pos) == (m.group("noun").lower() if m else None)


_TITLE_TEXTS = st.lists(
    st.sampled_from(
        ["film", "book", ",", " ", "\t", "\n", "\u00a0", "\x1c", "-", "É", "ß", "9", '"', "show,"]
    ),
    max_size=20,
).map("".join) | st.text(max_size=50)


@settings(max_examples=500, deadline=None)
@given(_TITLE_TEXTS, st.integers(0, 50), st.integers(0, 50))
def test_word_before_a_mark_agrees_with_the_pattern(text: str, a: int, b: int) -> None:
    lo, hi = min(a, len(text)), min(max(a, b), len(text))
    m = titles._WORD_BEFORE.search(text, lo, hi)
    assert titles._word_before(text, lo, hi) == (m.group(1) if m else "")


def test_tokens_agree_with_a_plain_scan() -> None:
    """The findall tokenizer gives the tokens a scan of match objects gives."""
    text = "Mr. Lee, R-Neb., said U.S. aid\u00a0rose 3.5% to J. Doe's\tfirm . .  ok"
    for lo in range(len(text)):
        for hi in (len(text), len(text) - 3, lo + 7):
            expected = _plain_tokens(text, lo, min(hi, len(text)))
            assert tokens(text, lo, min(hi, len(text))) == expected


def _plain_tokens(text: str, start: int, end: int) -> list[Tok]:
    out: list[Tok] = []
    for m in _TOKEN.finditer(text, start, end):
        g, s = m.group(), m.start()
        if g == "." and out:
            last = out[-1]
            if last.end == s and (
                last.low in lx.abbreviations()
                or (len(last.text) == 1 and last.text.isupper())
                or PARTY_STATE.match(last.text)
            ):
                out[-1] = Tok(last.start, s + 1, last.text + ".", last.low + ".")
                continue
        out.append(Tok(s, m.end(), g, g.lower()))
    return out
