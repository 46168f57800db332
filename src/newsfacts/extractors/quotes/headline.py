"""Headline quotes: "Putin: I want global action ..." and "...: Foreign Ministry"."""

from __future__ import annotations

import regex

from . import lexicon as lx
from .cues import Attribution
from .speakers import np_before, tokens

__all__ = ["headline_quote", "headline_report", "looks_like_headline", "title_cased"]

_LABEL_HEADS = lx.grammar("headline_label_heads")
_NAMEISH = regex.compile(r"(?:(?:the|The)\s+)?(?:[\p{Lu}][\p{L}\p{M}.'’\-]*\s*){1,4}")


def _speakerish(s: str) -> bool:
    if " ".join(s.lower().split()) in lx.headline_labels():
        return False  # "The Latest: ..." is a label
    words = s.split()
    if len(words) >= 2 and words[-1].lower() in _LABEL_HEADS:
        return False  # "Weekend Update: ...", "Paid Notice: ...": a column's name ends in its kind
    if not 1 <= len(words) <= 5 or not _NAMEISH.fullmatch(s.strip()):
        return False
    return not any(w.lower() in lx.core_cue_forms() for w in words)


def headline_quote(title: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``((content start, end), (speaker start, end))`` offsets within ``title``, or None."""
    at = title.rfind(": ")
    if at <= 0:
        return None
    left, right = title[:at], title[at + 2 :]
    r_strip = right.rstrip(" .")
    if _speakerish(r_strip) and len(left.split()) >= 3:
        ls = len(left) - len(left.lstrip())
        le = len(left.rstrip())
        rs = at + 2 + (len(right) - len(right.lstrip()))
        return (ls, le), (rs, rs + len(r_strip.strip()))
    first = title.find(": ")
    left, right = title[:first], title[first + 2 :]
    if left.strip().lower() in lx.countries() and (title_cased(right) or not _FIRST_PERSON.search(right)):
        # "Kenya: Teachers Call Off Strike ...", "Sudan: RSF accused of ...": the country the story is
        # filed under; "Russia: We will respond" speaks in the first person
        return None
    if _speakerish(left.strip()) and len(left.split()) <= 3 and len(right.split()) >= 3:
        rs = first + 2 + (len(right) - len(right.lstrip()))
        re_ = first + 2 + len(right.rstrip())
        ls = len(left) - len(left.lstrip())
        quoted = _QUOTED_LEAD.match(title, rs)
        if quoted is not None and quoted.end() < re_:
            rs, re_ = quoted.span("words")  # "Merkel: 'We will manage this' as ...": her words only
        return (rs, re_), (ls, ls + len(left.strip()))
    return None


_FIRST_PERSON = regex.compile(r"(?i)\b(?:i|we|us|our|my|me)\b")


def title_cased(s: str) -> bool:
    """A headline in title case: every word of four letters or more is capitalized."""
    long = [w for w in s.split() if len(w) >= 4 and w[0].isalpha()]
    return len(long) >= 2 and all(w[0].isupper() for w in long)


_INNER_SENTENCE = regex.compile(r"[.!?][\"'”’]?\s+\p{Lu}")
_MAX_HEADLINE_CHARS = 160


def looks_like_headline(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` reads as a headline: one short title-case sentence.

    An untitled text's first line "Mayor Says Bridge Will Reopen In May." is its
    headline; a lead sentence ("The mayor said on Monday ...") is not in title case.
    """
    if end - start > _MAX_HEADLINE_CHARS or "\n" in text[start:end]:
        return False
    line = text[start:end]
    return title_cased(line) and _INNER_SENTENCE.search(line) is None


_COUNTED = lx.grammar("quantity") | lx.grammar("number_words")  # "Police say Three of the dead ..."
_OBJECT_PREPS = frozenset(("over", "of", "about", "against", "on"))  # lower case: not a title-case headline
_QUOTED_LEAD = regex.compile(r"""['‘"“](?P<words>[^'‘’"“”\n]{3,200})['’"”](?=\s)""")


def headline_report(text: str, start: int, end: int) -> tuple[int, int, Attribution] | None:
    """A headline that reports speech: "Mayor Says Bridge Will Reopen ..." or "..., Ann Lee Says."

    Returns the content's offsets and its attribution (cue verbs of the ``speech`` class only,
    so "Putin urges cooperation" is no quote).
    """
    at = text.find(": ", start, end)
    if 0 <= at - start <= 12:
        start = at + 2  # "The Latest: Governor urges ..."
    toks = tokens(text, start, end)
    for c, t in enumerate(toks[:30]):
        if c == 0 or lx.cue_forms().get(t.low) != "speech" or t.low.endswith("ing"):
            continue
        if c + 1 < len(toks) and toks[c + 1].low in lx.grammar("copulas"):
            continue  # "After Rules Report Is Presented": the cue is a noun
        if c + 1 < len(toks) and toks[c + 1].low in lx.grammar("adjunct_start"):
            continue  # "Teen charged in fatal shooting": a passive, no words reported
        if (
            c + 2 < len(toks)
            and toks[c + 2].text in _OBJECT_PREPS
            and toks[c + 1].text[0].isupper()
            and toks[c + 1].low not in _COUNTED
        ):
            continue  # "China warns U.S. over arms sale": whom and what about, no words
        if c + 1 < len(toks) and toks[c + 1].text in _OBJECT_PREPS:
            continue  # "UN envoy warns of famine risk": a topic, no words reported
        np = np_before(text, toks, c, 0)
        if np is None or np.kind not in ("name", "org", "group", "description"):
            continue
        att = Attribution(np, t.start, t.end, t.text)
        if np.first == 0 and c + 3 < len(toks):
            cs, ce = toks[c + 1].start, toks[-1].end
        elif np.first >= 3 and toks[np.first - 1].text == "," and len(toks) - c <= 2:
            cs, ce = toks[0].start, toks[np.first - 1].start
        else:
            continue
        while ce > cs and text[ce - 1] in " .;,":
            ce -= 1
        if ce - cs > 10:
            return cs, ce, att
    return None
