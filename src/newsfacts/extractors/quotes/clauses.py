"""Shared pieces of reported speech: the record, span trimming and clause bounds."""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon as lx
from .cues import Attribution, cue_class
from .speakers import LY_NOUNS, Tok, is_cap
from .words import (
    ADVERBS,
    CLAUSE_STOPS,
    CORE_CUE_FORMS,
    DESCRIPTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    GROUPS,
    NOT_CLAUSES,
    PRONOUNS,
    ROLE_WORDS,
    TIME_WORDS,
)

__all__ = [
    "COORDINATORS",
    "Reported",
    "after_but",
    "anonymity_at",
    "clause_end",
    "clause_start",
    "closing_apposition",
    "digit_comma",
    "is_number",
    "trim",
]

_TITLE_MARKS = frozenset(('"', "“", "”"))  # a show's name in marks, inside a "told" object
_CLAUSE_REJECT = lx.grammar("clause_reject")
_LINKING = lx.grammar("linking_asides")
_OBJECT_PRONOUNS = lx.grammar("object_pronouns")
_TELL = lx.grammar("tell")
_ADJUNCT_START = lx.grammar("adjunct_start")
_QUANTITY = lx.grammar("quantity")
_NUMBER_WORDS = lx.grammar("number_words")
_CLAUSE_TAILS = lx.grammar("clause_tails")
_DURATIONS = lx.grammar("durations")
_SUBJECT_VERBS = lx.grammar("subject_verbs")
_NAME_SUFFIXES = lx.grammar("name_suffixes")
_CLAUSE_NOUNS = lx.grammar("clause_nouns")
_TIME_NOUNS = lx.grammar("time_nouns")
_DEMONSTRATIVE_TIMES = frozenset(("this", "last"))
_CONDITIONS = frozenset(("if", "unless"))
_CONDITION_MODALS = frozenset(("would", "will", "could", "can", "should", "might", "may"))
_AS_QUANTITY = frozenset(("many", "few"))  # "counted as few as a dozen": a number, not a manner
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "we", "i", "it", "you"))
_FINITE_AUX = frozenset(
    ("has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "did")
)
_NOT_PARTICIPLES = lx.grammar("not_participles")
_FOCUS_ADVERBS = lx.grammar("focus_adverbs")
_EVERY = frozenset(("every", "each"))  # "said nearly every donor ...": a quantity too
_CHANNEL_PREPS = frozenset(("in", "during", "at", "via", "through"))
_CHANNEL_NOUNS = lx.grammar("channel_nouns")
_POSSESSIVES = frozenset(("his", "her", "their", "its", "our", "my", "your"))
_DAY_PARTS = lx.grammar("day_parts")
_CLAUSE_DETERMINERS = frozenset(("the", "a", "an", "its", "his", "her", "their", "this", "these", "no"))
_PUNCT_TRIM = " \t\n,;:—–-"
_NONE = frozenset(("no", "nothing"))  # "records show no gifts": a finding of none
_TOLD_QUESTIONS = lx.grammar("told_questions")
_ASK = frozenset(("ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering"))
_QUESTION_WORDS = frozenset(("whether", "if", "why", "how", "what", "when", "where", "who"))
_SAY = frozenset(("say", "says", "said", "saying"))
_GERUND_NOUNS = frozenset(("report", "reports", "claims", "calls", "states", "posts", "answers", "notes"))
_PUNCT_TRIM_END = _PUNCT_TRIM + ".!?"
_APPOSITIVE_DETS = frozenset(("a", "an", "one"))
_FINITE_VERBS = lx.grammar("finite_verbs")
_MODAL_WORDS = _CONDITION_MODALS | frozenset(("must", "shall", "should"))
COORDINATORS = frozenset(("and", "but", "or", "then", "yet"))


_BARE_CUES = lx.bare_cues()
_CONTENT_ADJUNCTS = frozenset(("when", "as", "before"))
_CONCESSIVE = frozenset(("may", "might", "could"))
# "and was dismayed to learn", "and had a reply when asked": a verb before the cue, no subject
_NOT_IN_SUBJECT = _FINITE_AUX | frozenset(("to",))


@dataclass(frozen=True, slots=True)
class Reported:
    """A reported clause and its attribution."""

    start: int
    end: int
    attribution: Attribution
    fragments: tuple[tuple[int, int], ...] = ()


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Strip spaces and clause punctuation from both ends of ``text[s:e]``."""
    while e > s and text[e - 1] in _PUNCT_TRIM_END:
        e -= 1
    while s < e and text[s] in _PUNCT_TRIM:
        s += 1
    return s, e


def digit_comma(toks: list[Tok], i: int) -> bool:
    """True when the comma at ``i`` separates thousands ("800,000"), no clause."""
    if i == 0 or i + 1 >= len(toks):
        return False
    a, b = toks[i - 1], toks[i + 1]
    return (
        a.end == toks[i].start and b.start == toks[i].end and a.text[-1:].isdigit() and b.text[:1].isdigit()
    )


def clause_end(toks: list[Tok], k: int) -> int:
    """Index of the last token of a clause starting at ``k``."""
    last = len(toks) - 1
    resume = k
    quoted = False  # inside a quotation opened within the clause
    for i in range(k, len(toks)):
        t = toks[i]
        if t.text in ("“", "”", '"'):
            quoted = t.text == "“" or (t.text == '"' and not quoted)
        if i < resume:
            continue
        if quoted and t.low in ("and", "but"):
            continue  # '"a car and I don't think ..."': the quoted words' own verb, no new attribution
        if t.text == ";":
            return i - 1
        if t.text == "," and i + 1 < len(toks) and not digit_comma(toks, i):
            j = i + 1
            while j + 1 < len(toks) and toks[j].text in "”\"’'":
                j += 1
            nxt = toks[j]
            if nxt.low in _CONTENT_ADJUNCTS and j + 1 < len(toks) and _subject_opens(toks[j + 1]):
                # "said the mill opened in 1990, when the town was small", "insisted the levy is
                # fair, as the county has a deficit": a clause of time or reason in the content
                continue
            if nxt.low == "but" and j + 1 < len(toks) and toks[j + 1].low == "that":
                continue  # "said the plan was sound, but that it needed money": a second "that" clause
            if (
                nxt.low in CLAUSE_STOPS
                # "said the cut helped Lee, who needs the money": a named person's relative is
                # more of the content, unless it has a cue of its own ("..., who said ...")
                or (nxt.low in _CLAUSE_TAILS and not _named_relative(toks, i))
                or (
                    # "..., adding ...", "..., saying ...": a participle clause; but
                    # "..., including two children" is more of the content
                    nxt.low.endswith("ing")
                    and len(nxt.low) > 4
                    and nxt.text[0].islower()
                    and nxt.low != "including"
                    and nxt.low not in _NOT_PARTICIPLES  # "..., during the spring, ...": a preposition
                )
            ):
                aside = _aside_end(toks, k, i)
                if aside is not None:
                    resume = aside + 1  # "said the ruling, which ..., shows ...": the clause goes on
                    continue
                return i - 1
            np = _attribution_ahead(toks, j)
            if np:
                return i - 1
            if nxt.low in _APPOSITIVE_DETS and _has_finite(toks, k, i) and _appositive(toks, j):
                return i - 1  # "said it would cut 300 jobs, a blow to the town": the writer's gloss
        if t.low == "and" and i + 1 < len(toks) and toks[i + 1].low == "also":
            return i - 1
        if i > k and anonymity_at(toks, i):
            return i - 1  # "discussed the meeting on the condition of anonymity": the interview's terms
        if t.low in ("and", "but") and i > k + 3 and toks[i - 1].text == "," and _new_clause(toks, i + 1):
            return i - 2  # "prices rose, and the council has sued": the writer's next clause
        if t.low in ("and", "but") and i > k + 2 and _new_attribution(toks, i + 1):
            return i - 1  # "... and one in four said ...": a second attribution begins
        if t.low in ("and", "but") and i > k + 2 and _second_cue(toks, i + 1):
            return i - 1  # "... and urged voters to ...": the speaker's next predicate
    return last


def closing_apposition(toks: list[Tok], i: int) -> bool:
    """True when ``toks[i]`` is the comma of a verbless apposition that ends the sentence:
    ", said Dan Roe, director of the center.", ", said Ann Lee, a pollster at Acme."."""
    if toks[i].text != "," or i + 1 >= len(toks):
        return False
    first = toks[i + 1]
    if not (first.low in ("a", "an", "the") or (first.text[0].islower() and first.text[0].isalpha())):
        return False
    for u in toks[i + 1 :]:
        if u.text in (".", "!", "?", ";"):
            return True
        if u.low in _FINITE_VERBS or u.low in CORE_CUE_FORMS or u.text in ('"', "“", "”", "(", ":"):
            return False
    return True


def _named_relative(toks: list[Tok], i: int) -> bool:
    """True when ", who" at ``i`` follows a name and reports no speech of its own."""
    return toks[i + 1].low == "who" and is_cap(toks[i - 1]) and not _relative_speaks(toks, i + 2)


def _relative_speaks(toks: list[Tok], k: int) -> bool:
    """True when a relative clause opening at ``k`` reports speech of its own ("who said", "who has told")."""
    for t in toks[k : k + 4]:
        if not t.text[0].isalnum():
            return False
        if t.low in _SAY or t.low in _TELL:
            return True
    return False


def _subject_opens(tok: Tok) -> bool:
    """True when ``tok`` can open a clause's subject: a number, a determiner, a subject pronoun or a name."""
    return is_number(tok) or tok.low in DETERMINERS or tok.low in _SUBJECT_PRONOUNS or is_cap(tok)


def _has_finite(toks: list[Tok], k: int, i: int) -> bool:
    """True when ``toks[k:i]`` holds a finite verb or a modal: the clause is complete."""
    return any(
        t.low in _FINITE_VERBS or t.low in _MODAL_WORDS or (t.low.endswith("ed") and t.text[0].islower())
        for t in toks[k:i]
    )


def _appositive(toks: list[Tok], j: int) -> bool:
    """True when a noun phrase with no verb of its own runs from ``j`` to the sentence's end or a comma."""
    for t in toks[j + 1 :]:
        if t.text in ",.;:!?—–" or t.low in ("that", "who", "which"):
            return True
        if t.low in ("and", "or"):
            return False  # "ordered a car, a van and a bus": a list, more of the content
        if t.low in _FINITE_VERBS or t.low in _MODAL_WORDS or cue_class(t) is not None:
            return False
    return True


def anonymity_at(toks: list[Tok], i: int) -> bool:
    """True when "on (the) condition of anonymity" starts at ``i`` (not "on condition that ...")."""
    if toks[i].low != "on" or i + 3 >= len(toks):
        return False
    j = i + 2 if toks[i + 1].low == "the" else i + 1
    return (
        j + 2 < len(toks)
        and toks[j].low == "condition"
        and toks[j + 1].low == "of"
        and toks[j + 2].low == "anonymity"
    )


def _aside_end(toks: list[Tok], k: int, i: int) -> int | None:
    """The closing comma of an aside after a clause's short subject, or None.

    "the ruling, which struck down the law, shows ...", "Lee, despite his
    wealth, is ...": the subject (at most three words, no verb) is followed by
    a phrase between commas, and a lowercase predicate after it.
    """
    subject = [
        t
        for n, t in enumerate(toks[k:i], k)
        if not (t.low in _NAME_SUFFIXES or (t.text == "," and toks[n + 1].low in _NAME_SUFFIXES))
    ]  # "Dan Roe, Jr., who ..., was": the suffix is the name's
    if (
        not subject
        or len(subject) > 6
        or any(not t.text[0].isalnum() or t.low in _SUBJECT_VERBS for t in subject)
    ):
        return None
    for j in range(i + 2, min(len(toks) - 1, i + 24)):
        u = toks[j]
        if u.text in ".;:!?()—–":
            return None
        if u.text == ",":
            nxt = toks[j + 1]
            ok = (
                nxt.text[0].isalpha()
                and nxt.text[0].islower()
                and nxt.low not in CLAUSE_STOPS
                and nxt.low not in _CLAUSE_TAILS
                and nxt.low not in DETERMINERS
                and nxt.low not in PRONOUNS
                and nxt.low not in ("and", "or", "but", "so", "then")
                and not nxt.low.endswith("ing")
            )
            return j if ok else None
    return None


def _new_clause(toks: list[Tok], k: int) -> bool:
    """True when a subject opens a clause of its own at ``k``.

    ", and he has ...", ", and he's ...", ", and the union has sued ...": a
    pronoun, or a short noun phrase and a finite auxiliary after it.
    """
    if k >= len(toks):
        return False
    low = toks[k].low
    if low in _SUBJECT_PRONOUNS or low.split("'")[0].split("’")[0] in _SUBJECT_PRONOUNS:
        return True
    if low == "that" or (low not in DETERMINERS and not is_cap(toks[k])):
        return False  # ", and that ...": a second clause of the same statement
    for j in range(k + 1, min(len(toks), k + 9)):
        u = toks[j]
        if u.low in _FINITE_AUX or u.low.endswith(("n't", "n’t")) or (_past_form(u) and is_cap(toks[j - 1])):
            return j > k + (low in DETERMINERS)  # "..., and the union has sued", "..., and Lee vetoed it"
        if u.low == "of" and j + 1 < len(toks) and is_cap(toks[j + 1]) and is_cap(toks[j - 1]):
            continue  # "..., and the Bar Association of Larkmoor has ...": the "of" of a name
        if not u.text[0].isalnum() or u.low in FUNCTION_WORDS:
            return False
    return False


def _past_form(tok: Tok) -> bool:
    """True for a lowercase past form in -ed ("vetoed", "sued"), not a participle after "has"."""
    return tok.text[0].islower() and tok.low.endswith("ed") and len(tok.low) > 3


def _second_cue(toks: list[Tok], k: int) -> bool:
    """True when a cue verb (after adverbs) starts at ``k``: "and said", "but later insisted"."""
    while k < len(toks) and toks[k].low in ADVERBS and toks[k].low not in _SUBJECT_VERBS:
        k += 1
    return (
        k < len(toks)
        and cue_class(toks[k], reported=True) is not None
        and toks[k].low not in _GERUND_NOUNS
        and toks[k].low not in _BARE_CUES  # "would cut fees and raise taxes": a verb of the clause
    )


def _new_attribution(toks: list[Tok], k: int) -> bool:
    """True when a subject and a cue verb start at ``k`` ("one in four said", "officials say")."""
    for c in range(k + 1, min(len(toks), k + 6)):
        if cue_class(toks[c]) is not None:
            return (
                all(t.text[0].isalnum() and t.low not in _NOT_IN_SUBJECT for t in toks[k:c])
                and toks[c - 1].low not in ADVERBS
                and toks[c - 1].low not in COORDINATORS
                # "and help families in the state", "and look into the recount": a determiner
                # before the "cue" makes it a noun
                and toks[c - 1].low not in _CLAUSE_DETERMINERS
                # "and focused on whether it disclosed ...": a past verb opens a predicate
                and not _past_form(toks[k])
            )
        if not toks[c].text[0].isalnum():
            return False
    return False


def _attribution_ahead(toks: list[Tok], k: int) -> bool:
    """True when a trailing attribution ("Putin said.", "said Putin.") starts at ``k``."""
    for c in range(k, min(len(toks), k + 8)):
        if cue_class(toks[c]) is not None:
            rest = [t for t in toks[c + 1 :] if t.text not in ".,"]
            return (c > k and len(rest) <= 10) or (c == k and len(rest) <= 8)
        if not (
            is_cap(toks[c])
            or toks[c].low in DETERMINERS
            or toks[c].low in ROLE_WORDS
            or toks[c].low in PRONOUNS
        ):
            return False
    return False


def _adjunct_to_end(toks: list[Tok], k: int) -> bool:
    """True when a short prepositional phrase at ``k`` ends the sentence ('..." Lee said, at the time.').

    It dates or places the saying; it is no statement of its own.
    """
    if toks[k].low not in _ADJUNCT_START:
        return False
    for j in range(k + 1, min(len(toks), k + 7)):
        if toks[j].text in ".!?":
            return True
        if not toks[j].text[0].isalnum() or toks[j].low in _FINITE_VERBS:
            return False
    return k + 7 >= len(toks) and all(t.text[0].isalnum() for t in toks[k + 1 :])


def _past_linking_aside(toks: list[Tok], k: int) -> int:
    """Skip a linking adverb between commas after the cue: "said, however, that ..."."""
    if k + 3 < len(toks) and toks[k].text == "," and toks[k + 2].text == "," and toks[k + 1].low in _LINKING:
        return k + 3
    return k


def _skip_object(toks: list[Tok], c: int, k: int) -> int:
    """Skip the addressee of "told reporters", "told The Huffington Post"."""
    if toks[c].low not in _TELL or (k < len(toks) and toks[k].low in ("that", "if")):
        return k  # "warned that Lee's plan ...": the clause, no addressee
    if k < len(toks) and toks[k].low in _OBJECT_PRONOUNS:
        return k + 1
    j = k
    if j < len(toks) and toks[j].low in DETERMINERS:
        j += 1
    named = j
    if (
        j + 1 < len(toks)
        and (toks[j].low in ROLE_WORDS or toks[j].low in DESCRIPTIONS)
        and is_cap(toks[j + 1])
    ):
        j += 1  # "told host Dan Reyes", "told anchor Ann Lee"
    while (
        j < len(toks)
        and j - k < 6
        and (is_cap(toks[j]) or toks[j].low in GROUPS or _of_name(toks, j, k) or _station_number(toks, j, k))
    ):
        j += 1
    if j == named and j > k:
        # "told the board the bridge was closed": a common noun, then the clause's subject;
        # "told a tale of two cities": no addressee at all
        if j + 1 < len(toks) and toks[j].text.isalpha() and toks[j].text[0].islower():
            nxt = toks[j + 1]
            if nxt.low in _CLAUSE_DETERMINERS or nxt.low in _SUBJECT_PRONOUNS or is_cap(nxt):
                return j + 1
        return k
    if j == k and k < len(toks) and toks[k].text[0].islower() and toks[k].low.endswith("s"):
        j = k + 1  # "told reporters", "told voters"
    return j


def _station_number(toks: list[Tok], j: int, k: int) -> bool:
    """True for a channel's number inside an addressee's name ("told Channel 3", "told 3 News")."""
    t = toks[j]
    if not (t.text.isdigit() and len(t.text) <= 2):
        return False
    if j + 1 < len(toks) and toks[j + 1].text == "News":
        return True
    if j == k:
        return False
    before = toks[j - 1].text
    return before in ("Channel", "News") or (before.isupper() and before.isalpha() and len(before) >= 2)


def _of_name(toks: list[Tok], j: int, k: int) -> bool:
    """True for the "of" inside an addressee's name ("told The Courier of Dayton")."""
    return j > k and toks[j].low == "of" and j + 1 < len(toks) and is_cap(toks[j + 1])


def clause_start(toks: list[Tok], c: int) -> int | None:
    """Index of the first token of the clause governed by the cue at ``c``."""
    k = _past_linking_aside(toks, _skip_object(toks, c, c + 1))
    if k + 1 < len(toks) and toks[k].low == "out":
        k += 1  # "pointed out that ...", "spelled out how ...": the verb's particle
    if k >= len(toks):
        return None
    if toks[k].low == "that":
        if k + 1 < len(toks) and toks[k + 1].low in _FINITE_AUX and toks[c].low in _SAY:
            return k  # "said that was a mistake": a demonstrative subject, not a complementizer
        return k + 1 if k + 1 < len(toks) else None
    if toks[c].low in _TELL:
        # "told hospital staff on Friday that ...", 'told the show "Talk of the Valley" that ...'
        for j in range(k, min(len(toks), k + 12)):
            if toks[j].low == "that":
                return j + 1 if j + 1 < len(toks) else None
            if toks[j].low in ("to", "not") and j > k:
                break  # "a warning not to use the app, which ...": an infinitive, no clause ahead
            if toks[j].low in _TOLD_QUESTIONS and j > k:
                return j  # "reminded the party why she ...": the question after the addressee
            if toks[j].text in _TITLE_MARKS:
                continue
            if toks[j].text == "," and j + 2 < len(toks):
                nxt = toks[j + 1].low
                aside = any(
                    toks[i].low == "that" and toks[i - 1].text == ","
                    for i in range(j + 2, min(len(toks), j + 10))
                )
                named = is_cap(toks[j + 1]) and toks[j + 2].low in _FINITE_VERBS  # "told CBS 58, Jones had"
                if j == k > c + 1 and not aside and (nxt in _CLAUSE_OPENERS or named):
                    return j + 1  # "told WXLM 7, the family had farmed there": the clause after the addressee
                if j < k + 6:
                    continue  # "told Ann Lee, the mayor, that ...": an apposition on the addressee
            if not toks[j].text[0].isalnum() or toks[j].low in _SUBJECT_PRONOUNS:
                break  # "told host Ann Lee she believed that ...": the clause opens at "she"
    if toks[c].low in _ASK:
        # "asked the mayor whether ...", "asked voters if ..."; but "asked the chef to
        # find out who ...": the question word is inside the request
        for j in range(k, min(len(toks), k + 7)):
            if toks[j].low in _QUESTION_WORDS and j > k:
                return j
            if not toks[j].text[0].isalnum() or toks[j].low == "to":
                break
    if toks[c].low in _SAY and _subordinate_then_main(toks, k):
        return k  # "said as he kept firing, the two boys ran": the time clause and its main clause
    t = toks[k]
    if t.low == "at" and k + 1 < len(toks) and toks[k + 1].low in ("least", "most"):
        return k  # "said at least four people were hurt": a quantity, not "at a news conference"
    if (
        t.low in _ADJUNCT_START
        or (t.low == "for" and toks[c].low in _SAY)  # "said for the first time that ..."
        or _time_word(toks, k)
        or _late_or_early(toks, k)
        or (_adverb(t) and not _focus_opens(toks, k))
    ):
        # "said on Thursday that", "said during a rally in Michigan that", "said repeatedly that"
        for j in range(k + 1, min(len(toks), k + 14)):
            u = toks[j]
            if u.low == "that":
                return j + 1 if j + 1 < len(toks) else None
            if u.text in '.;:?!"“”(' or (u.low in CORE_CUE_FORMS and not _channel_noun(toks, j)):
                break
        channel = _after_channel(toks, k)
        if channel is not None:
            return channel  # "said in an interview Tuesday he would run": the clause after the channel
        if _adverb(t) and k + 2 < len(toks) and toks[k + 1].low in _CLAUSE_OPENERS:
            return k + 1  # "said repeatedly the plan would fail", "said publicly he would run"
        pronoun = _pronoun_after_adjunct(toks, k)
        if pronoun is not None:
            return pronoun  # "said after the hearing she would not ...": the clause after the phrase
        while k < len(toks) and (
            (_time_word(toks, k) and toks[k].low not in _ADJUNCT_START)
            or _on_day(toks, k)
            or _late_or_early(toks, k)
            or _in_the_time(toks, k)
        ):
            # "said on Sunday the levy ...", "said earlier in the day the ...": the date, then the clause
            k += 3 if _in_the_time(toks, k) else 2 if _on_day(toks, k) else 1
        if k >= len(toks):
            return None
        t = toks[k]
    k = _after_point(toks, _after_duration(toks, k))
    if k >= len(toks):
        return None
    t = toks[k]
    if t.text == "," and toks[c].low in _SAY and k + 1 < len(toks) and toks[k + 1].low in _ADJUNCT_START:
        for j in range(k + 2, min(len(toks) - 2, k + 10)):
            if toks[j].text == "," and toks[j + 1].low == "that":
                return j + 2  # "said, in a statement, that the plan ...": the clause after the aside
            if not toks[j].text[0].isalnum():
                break
    if (
        t.text == ","
        and toks[c].low in _SAY
        and k + 1 < len(toks)
        and toks[k + 1].text[0].isalpha()
        and not _participle(toks[k + 1])
        and toks[k + 1].low not in COORDINATORS
        and not _adjunct_to_end(toks, k + 1)
    ):
        # 'I said, look, we cannot wait', "You said on Monday, the levy ...": a
        # statement after a comma (a quotation after it is a direct quote, found elsewhere)
        return k + 1
    if t.low in _QUESTION_WORDS and toks[c].low in _ASK:
        return k  # "asked whether the vote would be delayed": the question is the content
    if t.low in _CONDITIONS and toks[c].low not in _ASK and _condition_then(toks, k):
        return k  # "said if he were elected, the program would grow": a conditional statement
    if t.low == "about" and k + 1 < len(toks) and (is_number(toks[k + 1]) or toks[k + 1].low in _QUANTITY):
        return k  # "said about half of the deficit ...": a quantity, not a topic
    if t.low == "as" and (k + 1 >= len(toks) or toks[k + 1].low not in _AS_QUANTITY):
        # "she said as she left", "replied as if joking": when or how, not what; but
        # "confirmed as part of the audit that ...": the clause after "that"
        for j in range(k + 1, min(len(toks) - 1, k + 14)):
            u = toks[j]
            if u.low == "that":
                return j + 1
            if u.text in '.;:?!"“”(' or u.low in CORE_CUE_FORMS:
                break
        return None
    if (
        t.low in _CLAUSE_REJECT
        or (t.low in CORE_CUE_FORMS and not _noun_opens(toks, k) and not _participle_modifier(toks, k))
        or (_adverb(t) and not _focus_opens(toks, k))
        or (
            t.low in NOT_CLAUSES
            and not (
                t.low in _NONE and (cue_class(toks[c], reported=True) == "evidence" or _none_subject(toks, k))
            )
        )
        or t.low in _ADJUNCT_START
    ):
        return None
    return k


_CLAUSE_PRONOUNS = lx.grammar("clause_pronouns")
_CLAUSE_OPENERS = _CLAUSE_PRONOUNS | _CLAUSE_DETERMINERS
# words that follow a pronoun without being its verb ("with him and her aides")
_NOT_VERBS_AFTER_PRONOUN = (
    lx.grammar("prepositions") | COORDINATORS | frozenset(("that", "who", "whom", "of"))
)
_PHRASE_STOPS = lx.grammar("subject_stop")
_POINT_DETERMINERS = lx.grammar("point_determiners")
_POINT_NOUNS = lx.grammar("point_nouns")


def _after_point(toks: list[Tok], k: int) -> int:
    """Skip "at some point", "at one point", "at the time" (and a comma) after a cue."""
    if (
        k + 2 < len(toks)
        and toks[k].low == "at"
        and toks[k + 1].low in _POINT_DETERMINERS
        and toks[k + 2].low in _POINT_NOUNS
    ):
        k += 3
        return k + 1 if k < len(toks) and toks[k].text == "," else k
    return k


def _pronoun_after_adjunct(toks: list[Tok], k: int) -> int | None:
    """Start of a clause opened by a subject pronoun and its verb after a short phrase at ``k``.

    "said after the hearing she would not ...", "said at the rally they had
    won": at most seven words without punctuation or a cue between the
    preposition and the pronoun, and a lowercase word that can be its verb after it.
    """
    if k + 2 >= len(toks):
        return None
    if toks[k].low == "to" and toks[k + 1].text.islower() and toks[k + 1].low not in DETERMINERS:
        return None  # "told them to call once they got home": an infinitive, no phrase
    for j in range(k + 2, min(len(toks) - 1, k + 9)):
        u = toks[j]
        if u.text == "," and toks[j + 1].low in _CLAUSE_PRONOUNS:
            continue  # "said during the dispute, she drew a knife": the phrase set off
        if not u.text[0].isalnum() or u.low in _PHRASE_STOPS:
            return None
        if u.low in CORE_CUE_FORMS and (is_cap(toks[j - 1]) or toks[j - 1].low in _CLAUSE_PRONOUNS):
            return None  # "said after Lee told him she ...": a clause of its own, no phrase
        if u.low in _CLAUSE_PRONOUNS:
            nxt = toks[j + 1]
            verb = nxt.text.isalpha() and nxt.text.islower() and nxt.low not in _NOT_VERBS_AFTER_PRONOUN
            # "he and Lee were drinking": a coordinated subject, then its verb
            joined = nxt.low == "and" and any(t.low in _FINITE_VERBS for t in toks[j + 2 : j + 5])
            return j if verb or joined else None
    return None


def _adverb(tok: Tok) -> bool:
    """True for a lowercase "-ly" word that is an adverb ("repeatedly"), not "family" or "elderly"."""
    return tok.low.endswith("ly") and tok.text[0].islower() and tok.low not in LY_NOUNS


_TIME_SUBORDINATORS = lx.grammar("time_subordinators")


def _subordinate_then_main(toks: list[Tok], k: int) -> bool:
    """True when a subordinate clause at ``k`` runs to a comma and a main clause with a subject.

    "said as he kept firing, the boys ran", "said after officers arrived, Hale
    surrendered": a subject after the subordinator, two to twelve words without
    punctuation or "that", then a comma and a subject (a pronoun, a determiner or
    a name) that is not a participle's ("said as she left, waving").
    """
    if k + 4 >= len(toks) or toks[k].low not in _TIME_SUBORDINATORS:
        return False
    sub = k + 2 if toks[k].low == "as" and toks[k + 1].low == "far" and toks[k + 2].low == "as" else k
    first = toks[sub + 1]  # "said as far as he knew, ...": the subject after the compound
    if not (first.low in _CLAUSE_OPENERS or is_cap(first) or first.low in GROUPS or first.low == "other"):
        return False
    for j in range(sub + 2, min(len(toks) - 2, sub + 14)):
        u = toks[j]
        if u.text == ",":
            nxt = toks[j + 1]
            return j > sub + 2 and (
                nxt.low in _CLAUSE_OPENERS or (is_cap(nxt) and nxt.low not in COORDINATORS)
            )
        if not u.text[0].isalnum() or u.low == "that":
            return False
    return False


def _participle_modifier(toks: list[Tok], k: int) -> bool:
    """True for a cue's "-ing" form modifying a group ("said responding troopers found ...")."""
    return toks[k].low.endswith("ing") and k + 2 < len(toks) and toks[k + 1].low in GROUPS


def _none_subject(toks: list[Tok], k: int) -> bool:
    """True when "no" or "nothing" at ``k`` opens a subject with a verb ("said no one was hurt").

    "said no decision had been made", "said no details about the motive are
    known": a finite verb within about ten words; "said no to the offer", "said
    no comment" have none.
    """
    for j in range(k + 1, min(len(toks) - 1, k + 12)):
        if toks[j].low.replace("’", "'").split("'")[0] in _FINITE_VERBS:
            return True  # "could", and "could've" as one token
        if not toks[j].text[0].isalnum():
            return False
        if toks[j].low in COORDINATORS and toks[j + 1].low in _FINITE_VERBS:
            return False  # "said nothing but was angry": the verb is the subject's own
    return False


def _channel_noun(toks: list[Tok], j: int) -> bool:
    """True when a cue form at ``j`` is a channel noun after a lowercase modifier ("in a blog post")."""
    prev = toks[j - 1]
    return toks[j].low in _CHANNEL_NOUNS and prev.text[0].islower() and prev.low not in _SUBJECT_PRONOUNS


def _after_channel(toks: list[Tok], k: int) -> int | None:
    """Start of the clause after a channel adjunct at ``k`` ("in a statement Thursday night she ...").

    The adjunct is a preposition, a determiner, at most two modifiers and a
    channel noun (statement, interview, speech ...), then dates; the clause must
    open with a subject pronoun or a determiner, so "said in a statement on the
    merger" (a topic) gives none.
    """
    if toks[k].low not in _CHANNEL_PREPS:
        return None
    j = k + 1
    if j < len(toks) and (toks[j].low in DETERMINERS or toks[j].low in _POSSESSIVES):
        j += 1
    for _ in range(3):
        if j < len(toks) and toks[j].low in _CHANNEL_NOUNS:
            break
        if j >= len(toks) or not toks[j].text.isalpha():
            return None
        j += 1
    if j >= len(toks) or toks[j].low not in _CHANNEL_NOUNS:
        return None
    j += 1
    while j < len(toks) and (_time_word(toks, j) or _on_day(toks, j) or toks[j].low in _DAY_PARTS):
        j += 2 if _on_day(toks, j) else 1
    if j + 2 >= len(toks):
        return None
    low = toks[j].low
    if low in _SUBJECT_PRONOUNS or (low in _CLAUSE_DETERMINERS and toks[j + 1].text[0].isalpha()):
        return j
    return None


def _focus_opens(toks: list[Tok], k: int) -> bool:
    """True when a focus adverb opens the content ("showed only a small gap", "said nearly half ...").

    "only", "nearly", "roughly" ... before a number, a quantity or a determiner
    belong to the clause's first noun phrase, not to the cue.
    """
    if toks[k].low not in _FOCUS_ADVERBS or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return is_number(nxt) or nxt.low in _QUANTITY or nxt.low in _CLAUSE_DETERMINERS or nxt.low in _EVERY


def _participle(tok: Tok) -> bool:
    """True for a lowercase participle ("said, referring to ...", "said, adding that ..."): no statement."""
    return (
        tok.text[0].islower()
        and tok.low.endswith("ing")
        and len(tok.low) > 4
        and tok.low not in _NOT_PARTICIPLES
    )


def _time_word(toks: list[Tok], k: int) -> bool:
    """True when ``toks[k]`` dates the cue ("said Monday", "said this week"), not opens its clause.

    "this" and "last" date only before a time noun: "said this week", but
    "said this is a rough patch" reports a clause that opens with a pronoun.
    """
    low = toks[k].low
    if low not in TIME_WORDS:
        return False
    if low in _DEMONSTRATIVE_TIMES:
        return k + 1 < len(toks) and toks[k + 1].low in _TIME_NOUNS
    return True


def _late_or_early(toks: list[Tok], k: int) -> bool:
    """True for "late" or "early" before a time ("said late on Monday", "said early Tuesday")."""
    if toks[k].low not in ("late", "early") or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return nxt.low in _TIME_NOUNS or _on_day(toks, k + 1) or nxt.low in ("in", "this", "last", "that")


_TIME_PREPS = lx.grammar("time_preps")
_TIME_DEMONSTRATIVES = lx.grammar("time_demonstratives")
_DAY_NOUNS = frozenset(("day", "days")) | _TIME_NOUNS


def _in_the_time(toks: list[Tok], k: int) -> bool:
    """True for "in the day", "on that morning", "during the night": a time phrase after a cue."""
    return (
        k + 3 < len(toks)
        and toks[k].low in _TIME_PREPS
        and toks[k + 1].low in _TIME_DEMONSTRATIVES
        and toks[k + 2].low in _DAY_NOUNS
    )


def _on_day(toks: list[Tok], k: int) -> bool:
    """True for "on Sunday", "on Monday": a date after the cue, before a clause with no "that"."""
    return toks[k].low == "on" and k + 1 < len(toks) and toks[k + 1].low in _TIME_NOUNS


def _noun_opens(toks: list[Tok], k: int) -> bool:
    """True when a cue form at ``k`` is a plural noun opening a clause ("said reports of a deal were")."""
    if toks[k].low not in _CLAUSE_NOUNS or not toks[k].text[0].islower() or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return nxt.text[0].isalpha() and nxt.text[0].islower() and nxt.low not in DETERMINERS


def _condition_then(toks: list[Tok], k: int) -> bool:
    """True when the condition opening at ``k`` ("if ...", "unless ...") goes on to a clause.

    The condition closes with a comma and a subject ("if elected, she would
    ..."), or a short one runs straight into a subject pronoun and a modal ("if
    elected he could ...").
    """
    for j in range(k + 2, min(len(toks) - 2, k + 16)):
        u = toks[j]
        if u.text in ".;:!?()":
            return False
        if u.text == "," and not digit_comma(toks, j):
            nxt = toks[j + 1]
            return nxt.text[0].isalpha() and (nxt.low in DETERMINERS or nxt.low in PRONOUNS or is_cap(nxt))
        if j <= k + 4 and u.low in _SUBJECT_PRONOUNS and toks[j + 1].low in _CONDITION_MODALS:
            return True
    return False


def _after_duration(toks: list[Tok], k: int) -> int:
    """Skip "for weeks", "for the past year", "in recent months" after a cue."""
    if k >= len(toks) or toks[k].low not in ("for", "in", "over"):
        return k
    for j in range(k + 1, min(len(toks), k + 5)):
        if toks[j].low in _DURATIONS:
            return j + 1
        if not toks[j].text[0].isalnum():
            break
    return k


def is_number(tok: Tok) -> bool:
    return tok.low[0].isdigit() or tok.low in _NUMBER_WORDS


_VP_OPENERS = lx.grammar("vp_openers")


def after_but(text: str, s: int, e: int) -> int:
    """Start of the last conjunct after ", but " (the attributed part of "X, but Y, Z said")."""
    at = text.rfind(", but ", s, e)
    if at < 0:
        return s
    if not _CONCESSIVE.isdisjoint(text[s:at].lower().split()):
        return s  # "He may be young, but he is able, Lee said.": a concession and its answer, one claim
    nxt = text[at + 6 : at + 26].split(maxsplit=1)
    if (
        nxt
        and nxt[0].islower()
        and (nxt[0] in _FINITE_VERBS or nxt[0] in _VP_OPENERS or nxt[0].endswith("ed"))
    ):
        return s  # "The boy ran, but did not hurt anyone, police said.": one subject, one claim
    return at + 6
