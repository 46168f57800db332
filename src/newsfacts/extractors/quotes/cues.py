"""Cue verbs and the attributions around a quotation.

An attribution is a speaker noun phrase and a cue: after the quote
(``," Putin said`` / ``," said Putin``), before it (``Ferrante told CBS, "`` /
``He says: "``), or an "according to" phrase anywhere in the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon as lx
from .speakers import NP, Tok, is_cap, np_after, np_before, tokens
from .words import ADVERBS, CORE_CUE_FORMS, CUE_FORMS, FUNCTION_WORDS, OUTLETS, TIME_WORDS

__all__ = ["FINDINGS", "Attribution", "according_to", "after_quote", "before_quote", "cue_class", "is_outlet"]

_SENTENCE_END = frozenset(".!?…;")
_MARKS = frozenset("\"“”„«»‘’'")
FINDINGS = lx.grammar("findings")
_ARTICLES = lx.grammar("articles")
_ADJUNCT_OPENERS = lx.grammar("adjunct_start") | lx.grammar("subordinators")


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said it (a noun phrase) and the cue (offsets and text)."""

    np: NP
    cue_start: int
    cue_end: int
    cue: str


_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "we", "i"))
_TIME_ENDS = lx.grammar("time_ends")
_MAX_TIME_ADJUNCT = 5  # "A few minutes later they ...": tokens before the pronoun
_MAX_FRONTED = 10  # "In an interview from Larkmoor on WXLM, he ...": tokens before the comma
_REPORTED_ONLY = frozenset(("evidence", "stance", "topic", "intent"))


def cue_class(tok: Tok, reported: bool = False) -> str | None:
    """The class of a cue verb token (lowercase only), else None.

    ``evidence`` ("found", "shows"), ``stance`` ("criticized") and ``topic`` verbs ("spoke of") only
    introduce reported content, so they count only when ``reported`` is asked for.
    """
    if not tok.text[0].islower():
        return None
    cls = CUE_FORMS.get(tok.low)
    return cls if reported or cls not in _REPORTED_ONLY else None


def is_outlet(np: NP) -> bool:
    """True when the phrase names a news outlet ("USA Today", "the New York Times")."""
    words = np.text.lower().split()
    return " ".join(words) in OUTLETS or " ".join(words[1:]) in OUTLETS


def _speaker_ok(np: NP | None) -> bool:
    return np is not None and np.kind not in ("document",)


def _cue_text(text: str, toks: list[Tok], c: int) -> tuple[int, int]:
    """The cue's offsets, including a particle ("pointed out", "went on")."""
    s, e = toks[c].start, toks[c].end
    if (
        c + 1 < len(toks)
        and toks[c + 1].low in ("out", "on")
        and toks[c].low.startswith(("point", "went", "go", "carr"))
    ):
        e = toks[c + 1].end
    return s, e


_BE_FORMS = frozenset(("was", "were", "is", "are", "been", "be", "being"))


def _apposition_name(text: str, toks: list[Tok], np: NP | None) -> NP | None:
    """The name in an apposition that opens an attribution after a quote, or None.

    '"...," his aunt, Carla Marsh, said': the name after the description; and
    '"...," Lena Orr, the boy's mother said' (the closing comma lost): the name
    before it.
    """
    if (
        np is None
        or np.first <= 1
        or toks[np.first - 1].text != ","
        or np.kind not in ("name", "description")
    ):
        return None
    lead = np_before(text, toks, np.first - 1, 0)
    if lead is None or lead.first != 0:
        return None
    if np.kind == "name" and lead.kind == "description":
        return np
    return lead if np.kind == "description" and lead.kind == "name" else None


_FINITE_AFTER = lx.grammar("finite_verbs")


def after_quote(text: str, pos: int, end: int) -> Attribution | None:
    """An attribution that follows a closing mark at ``pos`` (up to ``end``)."""
    toks = tokens(text, pos, min(end, pos + 250))
    k = 0
    while k < len(toks) and toks[k].text in (",", "—", "–", "-", "--", "―"):
        k += 1
    dashed = k > 0 and toks[k - 1].text in ("—", "―", "–")
    toks = toks[k:]
    if not toks:
        return None
    if dashed and is_cap(toks[0]) and cue_class(toks[0]) is None:
        # a byline dash: '"..." ― Teodora Vance'
        np = np_after(text, toks, 0)
        if (
            np is not None
            and np.kind == "name"
            and (np.last + 1 >= len(toks) or toks[np.last + 1].text in ".,")
        ):
            return Attribution(np, np.start, np.start, "")
    if cue_class(toks[0]) is not None:
        np = np_after(text, toks, 1)
        if np is not None and np.last + 1 < len(toks) and toks[np.last + 1].low in _FINITE_AFTER:
            return None  # '"...," said the candidate could win': a reported clause, no inversion
        if _speaker_ok(np) and np is not None:
            s, e = _cue_text(text, toks, 0)
            return Attribution(np, s, e, text[s:e])
        return None
    depth = 0
    for c in range(1, min(len(toks), 26)):
        t = toks[c]
        depth += (t.text == "(") - (t.text == ")")
        if depth > 0 or _possessive_mark(toks, c):
            continue
        if t.text in _MARKS and _in_nickname(toks, c):
            continue  # '," Michael "Rambo" Dero said': a quoted nickname inside the speaker's name
        if (
            t.text in _SENTENCE_END
            or t.text in _MARKS
            or (c >= 12 and not any(x.text == "," for x in toks[:c]))
        ):
            return None
        if cue_class(t) is not None:
            if (
                t.low.endswith("ed")
                and toks[c - 1].low in _BE_FORMS
                and (c + 1 >= len(toks) or toks[c + 1].text in _SENTENCE_END)
            ):
                return None  # '"I do not need bond." Bond was denied.': a passive, no attribution
            # '"...," Lee was quoted as saying': the subject of "was quoted"
            v = c - 3 if c >= 4 and _quoted_as(toks, c) else c
            np = np_before(text, toks, v, 0) or _common_noun(text, toks, v)
            if np is not None and np.first > 0 and np.kind == "name" and _nickname_lead(toks, np.first):
                start = toks[0].start
                np = NP(start, np.end, text[start : np.end], np.kind, np.head, 0, np.last)
            if (
                np is not None
                and 0 < np.first <= 3
                and all(_word_or_possessive(toks, i) for i in range(np.first))
            ):
                # "Haldane campaign spokeswoman Lena Park said": modifiers the parser left out
                start = toks[0].start
                np = NP(start, np.end, text[start : np.end], np.kind, np.head, 0, np.last)
            if np is not None and np.first == 0 and _speaker_ok(np):
                s, e = _cue_text(text, toks, c)
                return Attribution(np, s, e, text[s:e])
            named = _apposition_name(text, toks, np)
            if named is not None:
                s, e = _cue_text(text, toks, c)
                return Attribution(named, s, e, text[s:e])
            if (
                np is not None
                and np.first > 1
                and toks[np.first - 1].text == ","
                and toks[0].low in _ADJUNCT_OPENERS
                and _speaker_ok(np)
            ):
                # '"Prices were rising" before the vote, she said': an adjunct, then the attribution
                s, e = _cue_text(text, toks, c)
                return Attribution(np, s, e, text[s:e])
            if t.low not in ("told", "tells"):
                return None
    return None


def _quoted_as(toks: list[Tok], c: int) -> bool:
    """True when the cue at ``c`` ends "was quoted as saying"."""
    return (
        toks[c].low == "saying"
        and toks[c - 1].low == "as"
        and toks[c - 2].low == "quoted"
        and toks[c - 3].low in _BE_FORMS
    )


def _in_nickname(toks: list[Tok], c: int) -> bool:
    """True when the mark at ``c`` opens or closes a one-word quoted nickname between two names."""
    for o in (c, c - 2):  # the opening mark is at c, or c is the closing mark two tokens on
        if (
            o > 0
            and o + 3 < len(toks)
            and toks[o].text in _MARKS
            and toks[o + 2].text in _MARKS
            and is_cap(toks[o - 1])
            and is_cap(toks[o + 1])
            and is_cap(toks[o + 3])
        ):
            return True
    return False


def _nickname_lead(toks: list[Tok], first: int) -> bool:
    """True when ``toks[:first]`` is a first name and a quoted nickname: 'Michael "Rambo"'."""
    return first >= 4 and _in_nickname(toks, first - 3) and all(is_cap(t) for t in toks[: first - 3])


def _possessive_mark(toks: list[Tok], c: int) -> bool:
    """True for the apostrophe of a plural or -s possessive ("Collins’ campaign"), which closes no quote."""
    t = toks[c]
    if t.text not in ("’", "'") or c + 1 >= len(toks):
        return False
    prev, nxt = toks[c - 1], toks[c + 1]
    return prev.end == t.start and prev.low.endswith("s") and nxt.start > t.end and nxt.text[0].isalpha()


def _word_or_possessive(toks: list[Tok], i: int) -> bool:
    return toks[i].text[0].isalnum() or _possessive_mark(toks, i)


_ARTICLES_ONLY = frozenset(("the", "a", "an"))
_ATTRIBUTION_END = frozenset((".", ",", "!", "?", ";"))


def _common_noun(text: str, toks: list[Tok], c: int) -> NP | None:
    """The speaker of '"...," the baker said.': an article and a plain noun (one adjective at most).

    Only right after the quotation and with nothing after the cue but the
    sentence's end, where no other reading is likely.
    """
    if c not in (2, 3) or toks[0].low not in _ARTICLES_ONLY:
        return None
    if c + 1 < len(toks) and toks[c + 1].text not in _ATTRIBUTION_END:
        return None
    words = toks[1:c]
    if not all(w.text.isalpha() and w.text.islower() for w in words):
        return None
    head = words[-1].low
    if head in FUNCTION_WORDS or head in ADVERBS or head in CORE_CUE_FORMS:
        return None
    start, end = toks[0].start, toks[c - 1].end
    return NP(start, end, text[start:end], "description", head, 0, c - 1)


def before_quote(text: str, lo: int, pos: int, reach: int = 10) -> Attribution | None:
    """An attribution that ends just before an opening mark at ``pos`` (the sentence starts at ``lo``)."""
    toks = tokens(text, max(lo, pos - 12 * reach - 40), pos)
    n = len(toks)
    while n and toks[n - 1].text in (":", ",", "—", "–", "-"):
        n -= 1
    if n > 3 and toks[n - 1].low == "it" and toks[n - 2].text == "put":
        return _as_put_it(text, toks, n - 2)
    for c in range(n - 1, max(-1, n - 1 - reach), -1):
        t = toks[c]
        if t.text in _SENTENCE_END or (t.text in _MARKS and c < n - 1):
            return None
        if cue_class(t) is not None:
            if c > 0 and (toks[c - 1].low in _ARTICLES or toks[c - 1].low.endswith(("'s", "’s"))):
                continue  # "called a report on the donors": a noun, look further back
            shared = c > 0 and _shared_subject(toks, c)
            # ", saying ...": the sentence's subject, not a name before an earlier comma
            np = None if shared and t.low.endswith("ing") else np_before(text, toks, _habit_start(toks, c), 0)
            if np is None and shared:
                # ', calling the levy "a gift to landlords"', 'but called it "too late"': the subject
                np = subject(text, lo, t.start, pronouns=True)
            if _speaker_ok(np) and np is not None:
                s, e = _cue_text(text, toks, c)
                return Attribution(np, s, e, text[s:e])
            return None
    return None


def _as_put_it(text: str, toks: list[Tok], c: int) -> Attribution | None:
    """'As the mayor put it: "..."': the speaker between "as" and "put it" (at ``c``)."""
    k = next((k for k in range(c - 1, max(-1, c - 9), -1) if toks[k].low == "as"), None)
    np = None if k is None else np_before(text, toks, c, k + 1)
    if np is None or k is None or np.first != k + 1 or not _speaker_ok(np):
        return None
    t = toks[c]
    return Attribution(np, t.start, t.end, t.text)


_HABITS = frozenset({"used", "likes", "liked", "loves", "loved", "would", "will", "always", "often"})


def _habit_start(toks: list[Tok], c: int) -> int:
    """Where the words before the cue at ``c`` that tell a habit begin ("used to say", "would always say")."""
    k = c
    while k > 0 and (
        toks[k - 1].low in _HABITS or (toks[k - 1].low == "to" and k > 1 and toks[k - 2].low in _HABITS)
    ):
        k -= 1
    return k


def _shared_subject(toks: list[Tok], c: int) -> bool:
    """True when the cue at ``c`` shares the sentence's subject (", calling", "and said", "but called")."""
    prev = toks[c - 1]
    if toks[c].low.endswith("ing"):
        # "..., saying they had worked hard and calling them ...": a second participle
        return prev.text in (",", "—", "–") or prev.low in ("while", "before", "after", "by", "and", "but")
    return prev.low in ("and", "but")


def according_to(text: str, lo: int, hi: int, sources: bool = False) -> tuple[Attribution, int, int] | None:
    """An "according to X" phrase in ``text[lo:hi]``: its attribution and the phrase's offsets.

    With ``sources``, a document ("a new poll") or a plain lowercase phrase
    ("federal statistics") is accepted as the source of a reported clause.
    """
    at = text.find("ccording to ", lo, hi)
    if at < 1 or text[at - 1] not in "Aa":
        return None
    start = at - 1
    toks = tokens(text, start, min(hi, start + 200))
    if len(toks) < 3:
        return None
    np = np_after(text, toks, 2)
    if np is None and sources:
        np = _source_phrase(text, toks, 2)
    if np is None or (np.kind == "document" and not (sources and np.head in FINDINGS)):
        # a notice or statement is a channel, not a speaker; a poll or study is a source
        return None
    end = np.end
    by = np.last + 1
    if sources and np.kind == "document" and by + 1 < len(toks) and toks[by].low in ("by", "from", "of"):
        # "according to a study by two economists": the phrase runs on to its authors
        more = np_after(text, toks, np.last + 2) or _source_phrase(text, toks, np.last + 2)
        if more is not None:
            end = more.end
    return Attribution(np, toks[0].start, toks[1].end, text[toks[0].start : toks[1].end]), start, end


def _source_phrase(text: str, toks: list[Tok], k: int) -> NP | None:
    """A short phrase of words after "according to" that the speaker parser did not take."""
    j = k
    stop = FUNCTION_WORDS
    while j < len(toks) and j - k < 8 and toks[j].text[0].isalnum() and toks[j].low not in stop:
        j += 1
    if j == k or (j < len(toks) and toks[j].text not in ".,;:!?)—–"):
        return None
    start, end = toks[k].start, toks[j - 1].end
    return NP(start, end, text[start:end], "description", toks[j - 1].low, k, j - 1)


def _pronoun_first(toks: list[Tok]) -> int | None:
    """Index of a personal pronoun opening the sentence, or one after a short time adjunct.

    "She agreed and said ...", "Hours later she thanked the crew and said ...",
    "On Monday they left and said ...": the pronoun is the sentence's subject.
    """
    if toks[0].low in _SUBJECT_PRONOUNS and toks[0].text[0].isupper():
        return 0
    for k in range(1, min(len(toks), _MAX_FRONTED + 1)):
        u = toks[k]
        if not u.text[0].isalnum():
            return _after_fronted(toks, k)
        if u.low in _SUBJECT_PRONOUNS and u.text[0].islower():
            return k if toks[k - 1].low in _TIME_ENDS and k <= _MAX_TIME_ADJUNCT else None
    return None


def _after_fronted(toks: list[Tok], c: int) -> int | None:
    """Index of a pronoun after the comma at ``c`` that closes a fronted phrase, or None.

    "In an interview on WXLM, he declined ... but said": a preposition or a
    participle opens the sentence and the pronoun after its comma is the subject.
    """
    head = toks[0].low
    if (
        toks[c].text != ","
        or c + 1 >= len(toks)
        or not (head in FUNCTION_WORDS or (head.endswith(("ing", "ed")) and len(head) > 4))
    ):
        return None
    u = toks[c + 1]
    return c + 1 if u.low in _SUBJECT_PRONOUNS and u.text[0].islower() else None


def _verb_after_named_subject(text: str, toks: list[Tok], k: int) -> bool:
    """True when a past form at ``k`` is the verb of a name opening the sentence.

    "Ann Lee, of Elm Hill, greeted fire officers and said ...": not "greeted fire
    officers" but Ann Lee; "In Larkmoor, retired officers ..." opens with no name.
    """
    if not (toks[k].text[0].islower() and toks[k].low.endswith("ed")) or toks[0].low in FUNCTION_WORDS:
        return False
    first = np_after(text, toks, 0)
    return first is not None and first.kind == "name"


def subject(text: str, lo: int, hi: int, pronouns: bool = False) -> NP | None:
    """The sentence's subject when it names a speaker ("Following X, Hollande held ...").

    With ``pronouns``, a personal pronoun opening the sentence is its subject too
    ('She agreed and said "..."': the cue shares the sentence's subject).
    """
    toks = tokens(text, lo, min(hi, lo + 300))
    if pronouns and toks:
        first = _pronoun_first(toks)
        if first is not None:
            np = np_after(text, toks, first)
            if np is not None and np.kind == "pronoun":
                return np
    starts = []
    for c in range(min(len(toks), 20)):
        if toks[c].text == ",":
            starts.append(c + 1)  # after a fronted adjunct
            if len(starts) == 3:
                break
        if toks[c].text in _MARKS:
            break
    if len(starts) >= 2 and toks and toks[0].low not in FUNCTION_WORDS:
        # "Ana Ruiz, the mayor, ended ...": the name, not the role in apposition to it
        name, role = np_after(text, toks, 0), np_after(text, toks, starts[0])
        if (
            name is not None
            and role is not None
            and name.kind == "name"
            and name.last + 1 == starts[0] - 1
            and role.kind == "description"
            and role.last + 1 == starts[1] - 1
        ):
            return name
    starts.append(0)
    # a sentence opening with a preposition or a participle has a fronted adjunct
    fronted = bool(toks) and (toks[0].low in FUNCTION_WORDS or toks[0].low.endswith("ing"))
    for k in starts:
        if k >= len(toks) or toks[k].low in FUNCTION_WORDS:
            continue
        np = np_after(text, toks, k)
        if k and fronted and np is not None and np.last + 1 < len(toks) and toks[np.last + 1].text == ",":
            continue  # "Campaigning in Dover, Delaware, Ana Ruiz ...": still the adjunct
        if (
            np is not None
            and np.kind in ("name", "description", "org", "group")
            and np.head not in TIME_WORDS
            and not (k and _verb_after_named_subject(text, toks, k))
        ):
            return np
    return None
