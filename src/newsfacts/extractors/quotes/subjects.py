"""Who speaks: the subject noun phrase of a reporting verb."""

from __future__ import annotations

from . import lexicon as lx
from .clauses import COORDINATORS, is_number
from .cues import FINDINGS
from .speakers import LY_NOUNS, NP, Tok, is_cap, np_before, plural_noun
from .words import (
    ADVERBS,
    CORE_CUE_FORMS,
    CUE_FORMS,
    DESCRIPTIONS,
    DETERMINERS,
    DOCUMENTS,
    FUNCTION_WORDS,
    GROUPS,
    ORG_WORDS,
    PRONOUNS,
    ROLE_WORDS,
    TIME_WORDS,
)

__all__ = [
    "absolute_subject",
    "before_verb",
    "catenative_subject",
    "clause_opening",
    "finding_subject",
    "head_noun",
    "loose_subject",
    "not_a_speaker",
    "open_subject",
    "opening",
    "opens_participle",
    "postmodified_subject",
    "skippable",
    "subject_across",
    "subject_before_adjunct",
    "which_antecedent",
    "with_modifiers",
    "with_postmodifier",
    "with_quantity",
    "with_ratio",
]

_ADJUNCT_START = lx.grammar("adjunct_start")
_SUBJECT_STOP = lx.grammar("subject_stop")
_QUANTITY = lx.grammar("quantity")
_CONNECT = lx.grammar("connect")
_NOT_IN_SPEAKER = lx.grammar("not_in_speaker")
_SUBORDINATORS = lx.grammar("subordinators")
_NUMBER_WORDS = lx.grammar("number_words")
_CATENATIVES = lx.grammar("catenatives")
_CATENATIVE_ADJECTIVES = lx.grammar("catenative_adjectives")
_BE_FORMS = frozenset(("is", "are", "was", "were", "be", "been"))
_MODALS = lx.grammar("modals")
_SUBJECT_OPENERS = lx.grammar("subject_openers")
_SUBJECT_VERBS = lx.grammar("subject_verbs")
_PARTICIPLE_HEADS = lx.grammar("participle_heads")
_SUBJECT_PREPS = lx.grammar("subject_preps")
_PARTICIPLE_LEADS = lx.grammar("participle_leads")
_POSTNOMINALS = lx.grammar("postnominals")
_RATIO_ADVERBS = frozenset(("nearly", "almost", "about", "roughly", "some", "over", "only"))
_OPENING_PUNCT = frozenset((",", ";", ":", "—", "–", "(", "--", '"', "”", "“", "''", "’", "‘"))
_MAX_SUBJECT = 14
# punctuation after which a subject opens a clause ("PHILADELPHIA ― The campaign said")
_CLAUSE_PUNCT = frozenset((",", ";", ":", "—", "–", "―"))


def clause_opening(toks: list[Tok], first: int) -> bool:
    """True when a subject starting at ``first`` opens a main clause (not "after Moscow confirmed")."""
    prev = toks[first - 1]
    if prev.text in _CLAUSE_PUNCT or prev.low in _CONNECT:
        return True
    if prev.text in ("-", "--") and prev.end < toks[first].start:
        return True  # "... than Mr. Hale - 60 percent of voters said ...": a spaced hyphen is a dash
    # "41 percent of Canadians say", "a majority of voters said"
    return (
        prev.low == "of"
        and first >= 2
        and (toks[first - 2].low in _QUANTITY or toks[first - 2].low[0].isdigit())
    )


def subject_before_adjunct(text: str, toks: list[Tok], c: int) -> NP | None:
    """The subject of "Ann Lee in a long interview said", "Hallett on Friday morning said"."""
    for p in range(c - 1, max(0, c - 7), -1):
        if toks[p].low in _ADJUNCT_START and p > 0:
            if not all(t.text[0].isalnum() for t in toks[p:c]):
                return None
            np = np_before(text, toks, p, 0)
            ok = np is not None and np.kind in ("name", "description", "group", "org")
            return np if ok and np is not None and (np.first == 0 or clause_opening(toks, np.first)) else None
    return None


def loose_subject(text: str, toks: list[Tok], c: int) -> NP | None:
    """A subject noun phrase the strict parser did not take ("Some critics of the new toll plan")."""
    i = c - 1
    while i >= 0 and c - i <= 10 and toks[i].text[0].isalnum() and toks[i].low not in _SUBJECT_STOP:
        i -= 1
    if i >= 0 and toks[i].text in ("That", "This") and (i == 0 or toks[i - 1].text in _OPENING_PUNCT):
        i -= 1  # "That person said ...": a demonstrative, not a conjunction
    first = i + 1
    if first >= c or (i >= 0 and toks[i].text not in _CLAUSE_PUNCT and toks[i].low not in _CONNECT):
        return None
    subordinate = [m for m in range(first, c - 1) if toks[m].low in lx.grammar("subordinators")]
    if subordinate:
        first = subordinate[-1] + 1  # "Her comments came hours after the military said": the military
    head = toks[c - 1]
    if head.low in ADVERBS or head.low in CORE_CUE_FORMS or head.low in _ADJUNCT_START or head.low in _MODALS:
        return None
    if c - first > 7 or not (
        toks[first].low in DETERMINERS or is_cap(toks[first]) or toks[first].low in _QUANTITY
    ):
        return None
    if any(t.low.endswith(("ed", "ing")) and "-" not in t.low for t in toks[first:c]):
        return None  # a verb inside: "The attack prompted the government to announce", not "self-described"
    start, end = toks[first].start, head.end
    return NP(start, end, text[start:end], "description", head.low, first, c - 1)


def before_verb(toks: list[Tok], c: int) -> int | None:
    """Index of the token before the cue at ``c`` and its auxiliaries and adverbs."""
    k = c - 1
    while k >= 0 and skippable(toks[k]) and toks[k].low not in COORDINATORS:
        k -= 1
    return k if k >= 0 else None


def opens_participle(tok: Tok) -> bool:
    """True when a gerund after ``tok`` is a participle clause of the sentence's subject.

    "..., saying", "— saying", "while arguing", "before explaining", "but insisting".
    """
    return tok.text in (",", "—", "–", "--", "-", "”", '"', "''") or tok.low in _PARTICIPLE_LEADS


def skippable(tok: Tok) -> bool:
    """An auxiliary, modal or adverb between a subject and its verb ("have long said")."""
    low = tok.low
    return (
        low in ADVERBS
        or low in _MODALS
        or (low.endswith("ly") and tok.text[0].islower() and len(low) > 4 and low not in LY_NOUNS)
    )


def before_cue(toks: list[Tok], c: int) -> int:
    """Index of the last token before the cue at ``c`` that is no auxiliary, modal or adverb (-1 if none)."""
    j = c - 1
    while j >= 0 and skippable(toks[j]):
        j -= 1
    return j


def head_noun(tok: Tok, before: Tok | None) -> str | None:
    """The kind of speaker a subject's last word names, or None when it is no noun."""
    low = tok.low
    if is_cap(tok) or low in PRONOUNS:
        return "name" if is_cap(tok) else "pronoun"
    if tok.text == "%" and before is not None and before.low[:1].isdigit():
        return "group"  # "49% say ..."
    if low[0].isdigit() or low in _QUANTITY or low in _NUMBER_WORDS:
        return "group"
    if low in _PARTICIPLE_HEADS and before is not None and before.low in ("those", "people", "voters"):
        return "group"  # "those surveyed said"
    if not tok.text[0].isalpha() or low in CORE_CUE_FORMS or low in _SUBJECT_VERBS:
        return None
    if low in GROUPS or low in ROLE_WORDS or low in DESCRIPTIONS or low in ORG_WORDS:
        return "group" if low.endswith("s") else "description"
    if low in DOCUMENTS or low in FINDINGS:
        return "document"
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        return "group"  # a plural: "analysts", "insiders", "donors"
    return None


def open_subject(text: str, toks: list[Tok], c: int) -> NP | None:
    """The whole subject noun phrase of the cue at ``c``, from the clause's opening.

    "Organizers of the weekend march said", "Nearly 40 county chairs told",
    "52 percent of likely voters say", "coastal farmers have long hoped": a
    run of noun-phrase words after a clause boundary, headed by a noun.
    """
    j = before_cue(toks, c)
    if j < 0:
        return None
    i = j
    while i > 0:
        p = toks[i - 1]
        if p.text in _OPENING_PUNCT or p.low in _CONNECT or p.low in _SUBJECT_OPENERS:
            break
        if j - i >= _MAX_SUBJECT or not _in_subject(toks, i - 1):
            return None
        i -= 1
    first = toks[i]
    at_least = first.low == "at" and i + 2 < j and toks[i + 1].text in ("least", "most")
    if not at_least and (
        first.low in _SUBJECT_STOP or first.low in TIME_WORDS or first.low in _ADJUNCT_START
    ):
        return None  # but "At least a dozen members of the board told ...": a quantity
    if (
        i > 0
        and toks[i - 1].low in _RELATIVE_OPENERS
        and first.text[0].islower()
        and first.low.endswith("ed")
    ):
        return None  # "A report that aired Monday said": the relative's verb, no subject
    # the head is the noun before the first preposition ("Organizers of the march")
    # ("a person familiar with the talks", "aides to the governor")
    h = next((n - 1 for n in range(i + 1, j + 1) if _after_head(toks, n)), j)
    kind = head_noun(toks[h], toks[h - 1] if h > i else None)
    if kind is None or (i == h and kind == "name" and toks[h].low in FUNCTION_WORDS):
        return None
    start, end = toks[i].start, toks[j].end
    return NP(start, end, text[start:end], "group" if kind == "name" else kind, toks[h].low, i, j)


def _in_subject(toks: list[Tok], i: int) -> bool:
    """True when token ``i`` can sit inside a subject noun phrase (no verb, no clause mark)."""
    t = toks[i]
    low = t.low
    if t.text in ("'s", "’s", "%", "$", "&", "-", "'", "’", "/"):  # "a Harbor/Quill poll": one name
        return True
    if not t.text[0].isalnum():
        return False
    if low in _POSTNOMINALS and i > 0 and toks[i - 1].text[0].isalpha():
        return True  # "people familiar with the talks", "officials briefed on the plan"
    if low == "to" and i > 0 and (toks[i - 1].low in _POSTNOMINALS or _role_plural(toks[i - 1])):
        return True  # "sources close to the mayor", "aides to the governor"
    if (
        low in _SUBJECT_VERBS
        or low in CORE_CUE_FORMS
        or low in _SUBJECT_STOP
        or low in _NOT_IN_SPEAKER
        or low in _SUBORDINATORS
    ):
        return False
    if t.text[0].islower() and low.endswith("ing") and len(low) > 5:
        # a verb: "campaign saying", "began arguing"; but "But hacking specialists say":
        # a gerund opening the subject before its noun
        return (
            (i == 0 or toks[i - 1].low in _CONNECT or toks[i - 1].text in _OPENING_PUNCT)
            and low not in _NOT_GERUNDS
            and i + 1 < len(toks)
            and toks[i + 1].text.isalpha()
            and toks[i + 1].text.islower()
            and toks[i + 1].low not in FUNCTION_WORDS
            and toks[i + 1].low not in DETERMINERS
            and not toks[i + 1].low.endswith(("ing", "ed"))
        )
    if t.text[0].islower() and low.endswith("ed") and len(low) > 4:
        # "registered voters", "leaked emails"; but "resigned after", "prompted the"
        if i > 0 and plural_noun(toks[i - 1]):
            return False  # "family members carried signs": the verb after its subject
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return (
            nxt is not None
            and nxt.text[0].isalpha()
            and nxt.low not in DETERMINERS
            and nxt.low not in PRONOUNS
            and nxt.low not in _SUBJECT_PREPS
            and nxt.low not in FUNCTION_WORDS
        )
    return True


def _role_plural(tok: Tok) -> bool:
    """True for a plural role noun that "to" may follow inside a subject ("aides to", "advisers to")."""
    return tok.low in ROLE_WORDS or tok.low in GROUPS


def _after_head(toks: list[Tok], n: int) -> bool:
    """True when ``toks[n]`` follows a subject's head noun: a preposition or a postnominal modifier."""
    low = toks[n].low
    return low in _SUBJECT_PREPS or low in _POSTNOMINALS or (low == "to" and _role_plural(toks[n - 1]))


def opening(text: str, toks: list[Tok], np: NP, c: int) -> NP | None:
    """``np`` extended back to the opening of its clause, or None when it opens none."""
    if np.first <= 0 or clause_opening(toks, np.first) or np.head in ("who", "which"):
        return np
    whole = open_subject(text, toks, c)
    if whole is None or whole.start > np.start:
        return None
    return NP(whole.start, np.end, text[whole.start : np.end], np.kind, np.head, whole.first, np.last)


def catenative_subject(text: str, toks: list[Tok], c: int) -> NP | None:
    """The subject of "X continued to say", "X went on to criticize", "X refused to admit"."""
    if c < 2 or toks[c - 1].low != "to":
        return None
    j = c - 2
    if toks[j].low == "on" and j > 0:
        j -= 1  # "went on to"
    if toks[j].low in _CATENATIVE_ADJECTIVES and j > 1 and toks[j - 1].low in _BE_FORMS:
        j -= 1  # "was quick to note", "are careful to point out": the subject of "was"
    elif toks[j].low not in _CATENATIVES:
        return None
    return np_before(text, toks, j, 0) or open_subject(text, toks, j)


def which_antecedent(text: str, toks: list[Tok], c: int) -> NP | None:
    """The body that speaks in "the agency, which said ...", "a new study, which found ..."."""
    if c < 3 or toks[c - 1].low != "which" or toks[c - 2].text != ",":
        return None
    np = np_before(text, toks, c - 2, 0)
    if np is None or np.kind not in ("org", "group", "document"):
        return None
    return np if np.kind != "document" or np.head in FINDINGS else None


def not_a_speaker(toks: list[Tok], np: NP, inverted: bool) -> bool:
    """True for a "subject" that holds a verb or a sentence adverb ("It is worth", "Perhaps")."""
    if inverted or np.first < 0 or np.last >= len(toks) or np.first > np.last:
        return False
    words = toks[np.first : np.last + 1]
    if words[0].start != np.start or words[-1].end != np.end:
        return False  # a phrase from another tokenization (the sentence's subject)
    if any(w.low in _NOT_IN_SPEAKER and (i == 0 or not w.text[0].isupper()) for i, w in enumerate(words)):
        # a capital inside the phrase is a name ("Theresa May"), not a modal
        return True
    first = words[0].low
    return len(words) > 1 and first == "it"


def with_modifiers(text: str, toks: list[Tok], np: NP) -> NP:
    """Extend "officials" in "..., port officials said" back over its lowercase modifiers.

    Only when the longer phrase opens the clause; up to three plain words.
    """
    if np.kind not in ("group", "description") or np.first == 0:
        return np
    i = np.first
    while i > 0 and np.first - i < 3:
        w = toks[i - 1]
        if not (w.text[0].islower() and w.text.isalpha()) or (
            w.low in _SUBJECT_STOP
            or w.low in _CONNECT
            or w.low in FUNCTION_WORDS
            or (w.low in CUE_FORMS and w.low not in ORG_WORDS)  # "state health officials"
            or w.low in ADVERBS
            or w.low in _ADJUNCT_START
            or (w.low.endswith(("ed", "ing", "ly")) and w.low not in LY_NOUNS)  # but "family members"
        ):
            break
        i -= 1
    if (
        i == 1 < np.first
        and toks[0].text.istitle()
        and toks[0].text.isalpha()
        and toks[0].low not in FUNCTION_WORDS
    ):
        i = 0  # "Cyber security experts ... said": the sentence's capitalized first modifier
    joined = i < np.first and i > 1 and toks[i - 1].low == "and" and plural_noun(toks[i - 2])
    if joined and clause_opening(toks, i - 2):
        i -= 2  # "..., teachers and union officials said": both conjuncts speak
    if i == np.first or (i > 0 and not clause_opening(toks, i)):
        return np
    start = toks[i].start
    return NP(start, np.end, text[start : np.end], np.kind, np.head, i, np.last)


def with_ratio(text: str, toks: list[Tok], np: NP) -> NP:
    """Extend "voters" in "nearly eight in 10 voters say" back over the ratio."""
    i = np.first
    if i < 3 or toks[i - 2].low not in ("in", "of"):
        return np
    if not (is_number(toks[i - 1]) and is_number(toks[i - 3])):
        return np
    i -= 3
    if i > 0 and toks[i - 1].low in ADVERBS | _RATIO_ADVERBS:
        i -= 1
    if i > 0 and not clause_opening(toks, i):
        return np
    start = toks[i].start
    return NP(start, np.end, text[start : np.end], np.kind, np.head, i, np.last)


def with_quantity(text: str, toks: list[Tok], np: NP) -> NP:
    """Extend "Canadians" in "41 percent of Canadians" back over the quantity."""
    i = np.first - 1
    while i - 1 >= 0 and (
        toks[i - 1].low in _QUANTITY or toks[i - 1].low[0].isdigit() or toks[i - 1].low in DETERMINERS
    ):
        i -= 1
    start = toks[i].start
    return NP(start, np.end, text[start : np.end], np.kind, np.head, i, np.last)


# "who ...", "including ...", a prepositional aside ("on the other hand", "for instance")
_ASIDE_OPENERS = frozenset(("who", "which", "whose", "including", "like", "for")) | _ADJUNCT_START
_APPOSITION_OPENERS = frozenset(("the", "a", "an"))
_DASHES = frozenset(("—", "–", "--", "―"))
_BARE_RELATIVES = frozenset(("who", "whose", "which"))
_MAX_ASIDE = 26
_MAX_ASIDES = 3  # asides in a row between a subject and its verb


def subject_across(text: str, toks: list[Tok], c: int) -> NP | None:
    """The subject of the cue at ``c`` across an aside or a relative clause.

    "Officials who met the minister said", "Executives at the firm, which
    ..., say", "Many speakers — including ... — said", "Sen. Ann Lee (D-Ore.),
    said": the noun phrase before the aside, when it opens its clause.  Up to
    three comma asides in a row ("Ida Brandt, speaking in Lisbon, a city she
    loves, said").
    """
    j = before_cue(toks, c)
    if j < 1:
        return None
    for _ in range(_MAX_ASIDES):
        opener = _aside_opener(toks, j)
        if opener is None or opener < 1:
            return None
        for np in (np_before(text, toks, opener, 0), open_subject(text, toks, opener)):
            if np is None or np.last != opener - 1 or np.kind not in ("name", "description", "group", "org"):
                continue
            if np.first == 0 or clause_opening(toks, np.first):
                return np
        pm = postmodified_subject(text, toks, opener)
        if pm is not None and (pm.first == 0 or clause_opening(toks, pm.first)):
            return pm  # "Veterans interviewed at rallies this week, including Mr. Roe, said"
        if toks[opener].text != ",":
            return None
        j = opener  # "Ida Brandt, speaking in Lisbon, a city she loves, said": the aside before it
    return None


_CLOSING_MARKS = frozenset(('"', "”", "'", "’"))


_RELATIVE_AUX = lx.grammar("relative_aux")


def _past_verb(tok: Tok) -> bool:
    """True for a lowercase past form in -ed ("backed", "endorsed")."""
    return tok.text[0].islower() and tok.low.endswith("ed") and len(tok.low) > 4


def _aside_opener(toks: list[Tok], j: int) -> int | None:
    """Index of the token opening the aside that ends at ``j`` (a comma, dash, bracket or a relative)."""
    end = toks[j].text
    if end in _CLOSING_MARKS and j > 2 and toks[j - 1].text in _CLOSING_MARKS:
        j -= 1  # "''": two apostrophes close the quotation
    if end in _CLOSING_MARKS and j > 1 and toks[j - 1].text == ",":
        j, end = j - 1, ","  # 'Lee, citing "the magic of the race," said': the comma inside the mark
    if end == "," and toks[j - 1].text == ")":
        j, end = j - 1, ")"
    if end == ")":
        for i in range(j - 1, max(-1, j - _MAX_ASIDE), -1):
            if toks[i].text == "(":
                return i
            if toks[i].text in ".;:!?)":
                return None
        return None
    if end in _DASHES or end == ",":
        for i in range(j - 1, max(-1, j - _MAX_ASIDE), -1):
            u = toks[i]
            if u.text == end or (end in _DASHES and u.text in _DASHES):
                nxt = toks[i + 1]
                if end in _DASHES or nxt.low in _ASIDE_OPENERS:
                    return i
                if nxt.text[0].islower() and nxt.low.endswith("ing") and len(nxt.low) > 4:
                    return i  # "Mayor Ivan Petrov, speaking at a news conference, said"
                if nxt.low in _APPOSITION_OPENERS or nxt.low in ROLE_WORDS:
                    return i  # "Ann Voss of Ohio, the No. 2 Democrat in the Senate, said"
                return None
            if (
                end == ","
                and u.low in _BARE_RELATIVES
                and u.text[0].islower()
                and 0 < i < j - 1
                and toks[i - 1].text[0].isalnum()
            ):
                return i  # "Some voters who heard him, in person or online, said": the relative
            if u.text in ".;:!?()" or u.text in _DASHES or (u.text == "," and end not in _DASHES):
                return None  # a dashed aside may hold commas ("— and, above all, Ann Lee —")
        return None
    # "Farm leaders who met the minister on Monday said": no punctuation, a relative
    for i in range(j, max(-1, j - _MAX_ASIDE), -1):
        u = toks[i]
        if u.low == "who" and u.text[0].islower():
            return i if i < j else None
        if (
            u.low == "that"
            and 0 < i < j - 1
            and plural_noun(toks[i - 1])
            and (toks[i + 1].low in _RELATIVE_AUX or _past_verb(toks[i + 1]))
            and not any(t.low in _RELATIVE_AUX for t in toks[i + 2 : j + 1])  # "... that have drawn it is"
        ):
            return i  # "groups that have endorsed him say": a relative with its subject gap
        if not (u.text[0].isalnum() or u.text in ("'s", "’s", "-", "%", "$", "&")):
            return None
    return None


_RELATIVE_OPENERS = frozenset(("who", "whose", "that", "which", "whom"))
_FINITE = lx.grammar("gap_verbs") | lx.grammar("finite_verbs")
_IN_WORD = frozenset(("'s", "’s", "-", "%", "$", "&"))
_MODIFIER_PREPS = lx.grammar("modifier_preps")
# words in -ing that open no gerund subject ("something many voters wanted", "including a")
_NOT_GERUNDS = lx.grammar("not_participles") | lx.grammar("prepositional_ings")


def _postmodified_kind(toks: list[Tok], i: int, head: int) -> str | None:
    """The kind of speaker the head of a postmodified subject names, or None."""
    kind = head_noun(toks[head], toks[head - 1] if head > i else None)
    if toks[head].low in FINDINGS and toks[head].text[0].islower():
        return "document"  # "A WXLM News report that aired Monday said ..."
    return kind if kind in ("name", "group", "description", "org") else None


_MAX_POSTMODIFIED = 18


def postmodified_subject(text: str, toks: list[Tok], c: int) -> NP | None:
    """The subject of the cue at ``c`` when a participle, an infinitive or a relative modifies it.

    "Activists trying to block the plan say ...", "Voters going to the polls
    on Tuesday said ...", "Officials whose budgets were cut say ...", "The
    first woman to lead the board says ...": the sentence (or a connective)
    opens with a noun phrase that runs to the cue with no comma and no verb of
    its own outside a relative clause.  The phrase up to its first modifier
    speaks.
    """
    j = before_cue(toks, c)
    if j < 1 or toks[j].low in _CONNECT or toks[j].low in _RELATIVE_OPENERS:
        return None  # "... and said": a shared subject; "voters who said": the relative's antecedent
    i = j
    while (
        i > 0
        and toks[i - 1].text[0].isalnum()
        and toks[i - 1].low not in _CONNECT
        and j - i < _MAX_POSTMODIFIED
    ):
        i -= 1
    if i > 0 and toks[i - 1].low not in _CONNECT:
        return None  # not the clause's opening: a comma, a quote mark or a phrase too long
    first = toks[i]
    if (
        first.low in _SUBJECT_STOP
        or first.low in _SUBORDINATORS
        or first.low in _ADJUNCT_START
        or first.low in TIME_WORDS
        or first.low in PRONOUNS
        or not (
            first.low in DETERMINERS
            or first.low in _QUANTITY
            or is_cap(first)
            or first.low[0].isdigit()
            or (first.text[0].islower() and first.low.endswith("s"))
        )
    ):
        return None
    head = None
    relative = False
    for n in range(i, j + 1):
        u = toks[n]
        low = u.low
        if not (u.text[0].isalnum() or u.text in _IN_WORD):
            return None
        if (
            low in CORE_CUE_FORMS
            and not (head is None and n > i and low == "citing")
            and not (n > i and low in FINDINGS and toks[n - 1].low not in PRONOUNS)
            and not (n > i and (toks[n - 1].low in DETERMINERS or is_number(toks[n - 1])))
        ):
            return None  # but "A WXLM report citing two aides says ...": the report speaks
        if n > i and low in _RELATIVE_OPENERS:
            head = n - 1 if head is None else head
            relative = True
            continue
        if relative:
            continue
        if low in _FINITE or low in _MODALS:
            return None  # "The council voted and residents say": a verb of the sentence's own
        lower = u.text[0].islower()
        participle = low.endswith("ing") and len(low) > 4 and n < j  # "Another ranking says": a noun
        if n > i and lower and (participle or low == "to" or low in _POSTNOMINALS):
            head = n - 1 if head is None else head  # "activists trying to ...", "the first woman to ..."
        elif lower and low.endswith("ed") and len(low) > 4 and head is None:
            if not (n > i and n < j and toks[n + 1].low in _MODIFIER_PREPS):
                return None  # "Police arrested a man ...": a past tense before any modifier
            head = n - 1  # "Veterans interviewed at rallies said": a participle modifies them
    if head is None:
        # "An earlier report in a state paper said": a finding and the phrase that places it
        head = next((m - 1 for m in range(i + 1, j) if toks[m].low in _MODIFIER_PREPS), None)
        if head is None or toks[head].low not in FINDINGS:
            return None
    if head < i:
        return None
    kind = _postmodified_kind(toks, i, head)
    # "Large majorities of voters in six states going to the polls say": the noun before a
    # preposition, when the one before the participle names no speaker
    for m in range(head - 1, i, -1):
        if kind is not None:
            break
        if toks[m].low in _MODIFIER_PREPS and toks[m - 1].text[0].isalnum():
            head = m - 1
            kind = _postmodified_kind(toks, i, head)
    if kind is None:
        return None  # a notice or a place names no speaker
    start, end = toks[i].start, toks[head].end
    return NP(start, end, text[start:end], kind, toks[head].low, i, head)


_FINDING_POSTS = lx.grammar("finding_posts")
_NP_MARKS = frozenset(("/", "-", "'s", "’s", "&", "%", "$"))
_MAX_FINDING = 18


def finding_subject(text: str, toks: list[Tok], c: int) -> NP | None:
    """The whole subject of a finding verb at ``c`` headed by a poll, survey or study.

    "A CNN/ORC poll released Saturday found ...", "Exit polls taken in three
    states show ...", "Audit files from the vendor show ...", "a new survey
    that shows ...": the noun phrase from the clause's opening through the
    finding noun and what modifies it (a preposition or a participle), or the
    antecedent of "that"/"which".
    """
    j = before_cue(toks, c)
    relative = j >= 0 and toks[j].low in ("that", "which")
    if relative:
        j -= 1  # "a new poll that shows": the antecedent speaks, wherever it stands
    head = None
    for i in range(j, max(-1, j - _MAX_FINDING), -1):
        u = toks[i]
        if u.low in FINDINGS and u.text[0].islower():
            if i == j or toks[i + 1].low in _FINDING_POSTS:
                head = i
            break
        if not (u.text[0].isalnum() or u.text in _NP_MARKS) or u.low in _SUBJECT_STOP or u.low in _CONNECT:
            return None
    if head is None:
        return None
    i = head
    while i > 0 and head - i < 10:
        p = toks[i - 1]
        if p.text in _OPENING_PUNCT or p.low in _CONNECT or p.low in _SUBJECT_OPENERS:
            break
        if p.low in _ADJUNCT_START:
            break
        if not (p.text[0].isalnum() or p.text in _NP_MARKS) or p.low in _SUBJECT_VERBS:
            return None
        if p.low in _SUBJECT_STOP:
            return None
        i -= 1
    if i > 0 and not (relative or clause_opening(toks, i) or toks[i - 1].low in _SUBJECT_OPENERS):
        return None
    if toks[i].low in _ADJUNCT_START or toks[i].low in TIME_WORDS:
        return None
    end = toks[j].end
    start = toks[i].start
    return NP(start, end, text[start:end], "document", toks[head].low, i, j)


_ABSOLUTE_LEADS = lx.grammar("absolute_leads")
_FINDING_DETS = frozenset(("the", "a", "an", "its", "their", "this", "one", "another"))


def absolute_subject(text: str, toks: list[Tok], c: int) -> NP | None:
    """The share of people a gerund cue at ``c`` has as its own subject.

    "with three in 10 saying ...", "leaving 40 percent of parents saying ...": a
    number or quantity phrase after "with" or a verb of leaving, headed by a
    number, a quantity word or a plural noun.
    """
    i = c - 1
    while i >= 0 and c - i <= 8 and (toks[i].text[0].isalnum() or toks[i].text in ("%", "/")):
        if toks[i].low in _ABSOLUTE_LEADS:
            break
        i -= 1
    if i < 0 or i == c - 1 or toks[i].low not in _ABSOLUTE_LEADS:
        return None
    first, last = i + 1, c - 1
    if toks[i].low == "with" and toks[last].low in FINDINGS and toks[first].low in _FINDING_DETS:
        # "with the new survey finding that ...", "with a poll showing ...": the finding's source
        start, end = toks[first].start, toks[last].end
        return NP(start, end, text[start:end], "document", toks[last].low, first, last)
    if not (is_number(toks[first]) or toks[first].low in _QUANTITY):
        return None
    kind = head_noun(toks[last], toks[last - 1] if last > first else None)
    if kind not in ("group", "name"):
        return None
    start, end = toks[first].start, toks[last].end
    return NP(start, end, text[start:end], "group", toks[last].low, first, last)


_NOMINATIVE = frozenset(("he", "she", "they", "we", "i"))
_MAX_FRONTED = 8  # "At the town hall in Dover this week she said": a short adjunct, no clause


def after_fronted_adjunct(toks: list[Tok], np: NP) -> bool:
    """True for a subject pronoun after a fronted adjunct without a comma ("On Monday she said").

    The sentence opens with a preposition or a time word ("At the town hall",
    "Last week") and no verb, cue or clause word comes before the pronoun, so the
    pronoun opens the main clause.  A subordinator opens a clause instead ("after
    she said"), so one is taken as a preposition only with a noun phrase between.
    """
    first = np.first
    pronoun = np.kind == "pronoun" and np.head in _NOMINATIVE
    # "At the clinic the nurse told ...", "Shortly after 6:15 p.m. troopers said ...": a common noun
    # subject with its determiner, or a group word, after the adjunct
    common = np.kind in ("group", "description") and (
        toks[first].low in _FRONTED_DETERMINERS or np.head in GROUPS
    )
    if not (pronoun or common) or not 2 <= first <= _MAX_FRONTED:
        return False
    # "Just before ...", "Shortly after ...": the adverb before the preposition
    start = 1 if toks[0].low in _ADJUNCT_LEADS and len(toks) > 1 else 0
    lead = toks[start].low
    if lead not in _ADJUNCT_START and lead not in TIME_WORDS:
        return False
    if lead == "at" and toks[start + 1].low in ("least", "most"):
        return False  # "At least four officials said": a quantity in the subject, no adjunct
    if lead in _SUBORDINATORS and first < start + 3:
        return False
    for n in range(start + 1, first):
        u = toks[n]
        low = u.low
        verb = low in _FINITE and not u.text[0].isupper()  # "In May she said": a month, no modal
        # "4:30 p.m.": the clock's colon and the period of its abbreviation
        clock = u.text in (":", ".") and (toks[n - 1].low[:1].isdigit() or toks[n - 1].low in _CLOCK_WORDS)
        if (not u.text[0].isalnum() and not clock) or low in _SUBJECT_STOP or verb or low in CUE_FORMS:
            return False
    return True


_CLOCK_WORDS = lx.grammar("clock_words")
_ADJUNCT_LEADS = lx.grammar("adjunct_leads")
_FRONTED_DETERMINERS = lx.grammar("fronted_determiners")


_POSTMODIFIER_PREPS = lx.grammar("postmodifier_preps")


def with_postmodifier(text: str, toks: list[Tok], np: NP) -> NP:
    """Extend ``np`` back to the noun a preposition attaches it to after a comma.

    "..., investigators with the sheriff's office said", "..., a spokesman for
    the county said": the people speak, the body names whom they serve.  Any
    other phrase is returned as it is.
    """
    p = np.first - 1
    if p < 2 or toks[p].low not in _POSTMODIFIER_PREPS:
        return np
    n = p - 1
    first = n - 1 if toks[n - 1].low in DETERMINERS else n
    if first < 1 or toks[first - 1].text != ",":
        return np
    kind = head_noun(toks[n], toks[n - 1])
    if kind not in ("group", "description") or toks[n].text[0].isupper():
        return np
    return NP(toks[first].start, np.end, text[toks[first].start : np.end], kind, toks[n].low, first, np.last)
