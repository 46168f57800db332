"""Reported speech without quote marks.

Three shapes: the cue before the clause ("X said (that) ..."), the clause
before a trailing attribution ("..., X said."), and "according to X".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from .cues import FINDINGS, Attribution, cue_class, is_outlet
from .cues import subject as sentence_subject
from .speakers import NP, Tok, is_cap, np_after, np_before, tokens

__all__ = ["Reported", "reported_in"]

_CLAUSE_REJECT = lx.grammar("clause_reject")
_OBJECT_PRONOUNS = lx.grammar("object_pronouns")
_TELL = lx.grammar("tell")
_ADJUNCT_START = lx.grammar("adjunct_start")
_SUBJECT_STOP = lx.grammar("subject_stop")
_QUANTITY = lx.grammar("quantity")
_CONNECT = lx.grammar("connect")
_NOUN_BEFORE = lx.grammar("noun_before")
_ARTICLES = lx.grammar("articles")
_PASSIVE = lx.grammar("passive")
_CLAUSE_PARTICIPLES = lx.grammar("clause_participles")
_APPOSITIVE = lx.grammar("appositive")
_CALL_VERBS = lx.grammar("call_verbs")
_CALL_PARTICLES = lx.grammar("call_particles")
_OBJECT_TO = lx.grammar("object_to")
_OBJECT_NP = lx.grammar("object_np")
_NOT_IN_SPEAKER = lx.grammar("not_in_speaker")
_SUBORDINATORS = lx.grammar("subordinators")
_NUMBER_WORDS = lx.grammar("number_words")
_RATIO_ADVERBS = frozenset(("nearly", "almost", "about", "roughly", "some", "over", "only"))
_TOPIC_VERBS = lx.grammar("topic_verbs")
_EXPRESS_VERBS = lx.grammar("express_verbs")
_ATTITUDE_NOUNS = lx.grammar("attitude_nouns")
_ATTITUDE_PREPS = lx.grammar("attitude_preps")
_TOPIC_PREPS = lx.grammar("topic_preps")
_PUNCT_TRIM = " \t\n,;:—–-"
_CLAUSE_TAILS = lx.grammar("clause_tails")
_DURATIONS = lx.grammar("durations")
_CATENATIVES = lx.grammar("catenatives")
_ASK = frozenset(("ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering"))
_QUESTION_WORDS = frozenset(("whether", "if", "why", "how", "what", "when", "where", "who"))
_SAY = frozenset(("say", "says", "said", "saying"))
_AUXILIARIES = frozenset(("have", "had", "were", "are", "will", "would", "can", "could", "should", "may"))
_FINITE_BE = frozenset(("is", "are", "was", "were", "being", "been", "be", "get", "got"))
_PARTICIPLES = frozenset(("told", "said", "written", "shown", "known", "thought", "seen", "found"))
_THAT_ONLY = lx.grammar("that_only")
_NOUN_VERBS = lx.grammar("noun_verbs")
_GERUND_NOUNS = frozenset(("report", "reports", "claims", "calls", "states", "posts", "answers", "notes"))
_INFINITIVE_CUES = lx.grammar("infinitive_cues")
_NOMINAL_CUES = lx.grammar("nominal_cues")
_NOMINAL_INFINITIVES = lx.grammar("nominal_infinitives")
_PUNCT_TRIM_END = _PUNCT_TRIM + ".!?"


@dataclass(frozen=True)
class Reported:
    """A reported clause and its attribution."""

    start: int
    end: int
    attribution: Attribution
    fragments: tuple[tuple[int, int], ...] = ()


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Strip spaces and clause punctuation from both ends of ``text[s:e]``."""
    while e > s and text[e - 1] in _PUNCT_TRIM_END:
        e -= 1
    while s < e and text[s] in _PUNCT_TRIM:
        s += 1
    return s, e


def _clause_end(toks: list[Tok], k: int) -> int:
    """Index of the last token of a clause starting at ``k``."""
    last = len(toks) - 1
    for i in range(k, len(toks)):
        t = toks[i]
        if t.text == ";":
            return i - 1
        if t.text == "," and i + 1 < len(toks):
            j = i + 1
            while j + 1 < len(toks) and toks[j].text in "”\"’'":
                j += 1
            nxt = toks[j]
            if (
                nxt.low in lx.clause_stops()
                or nxt.low in _CLAUSE_TAILS
                or (nxt.low.endswith("ing") and len(nxt.low) > 4 and nxt.text[0].islower())
            ):
                return i - 1
            np = _attribution_ahead(toks, j)
            if np:
                return i - 1
        if t.low == "and" and i + 1 < len(toks) and toks[i + 1].low == "also":
            return i - 1
        if t.low in ("and", "but") and i > k + 2 and _new_attribution(toks, i + 1):
            return i - 1  # "... and one in four said ...": a second attribution begins
        if t.low in ("and", "but") and i > k + 2 and _second_cue(toks, i + 1):
            return i - 1  # "... and urged voters to ...": the speaker's next predicate
    return last


def _second_cue(toks: list[Tok], k: int) -> bool:
    """True when a cue verb (after adverbs) starts at ``k``: "and said", "but later insisted"."""
    while k < len(toks) and toks[k].low in lx.adverbs() and toks[k].low not in _SUBJECT_VERBS:
        k += 1
    return (
        k < len(toks) and cue_class(toks[k], reported=True) is not None and toks[k].low not in _GERUND_NOUNS
    )


def _new_attribution(toks: list[Tok], k: int) -> bool:
    """True when a subject and a cue verb start at ``k`` ("one in four said", "officials say")."""
    for c in range(k + 1, min(len(toks), k + 6)):
        if cue_class(toks[c]) is not None:
            return all(t.text[0].isalnum() for t in toks[k:c]) and toks[c - 1].low not in lx.adverbs()
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
            or toks[c].low in lx.determiners()
            or toks[c].low in lx.role_words()
            or toks[c].low in lx.pronouns()
        ):
            return False
    return False


def _skip_object(toks: list[Tok], c: int, k: int) -> int:
    """Skip the addressee of "told reporters", "told The Huffington Post"."""
    if toks[c].low not in _TELL:
        return k
    if k < len(toks) and toks[k].low in _OBJECT_PRONOUNS:
        return k + 1
    j = k
    if j < len(toks) and toks[j].low in lx.determiners():
        j += 1
    while j < len(toks) and j - k < 6 and (is_cap(toks[j]) or toks[j].low in lx.groups()):
        j += 1
    if j == k and k < len(toks) and toks[k].text[0].islower() and toks[k].low.endswith("s"):
        j = k + 1  # "told reporters", "told voters"
    return j


def _clause_start(toks: list[Tok], c: int) -> int | None:
    """Index of the first token of the clause governed by the cue at ``c``."""
    k = _skip_object(toks, c, c + 1)
    if k >= len(toks):
        return None
    if toks[k].low == "that":
        return k + 1 if k + 1 < len(toks) else None
    if toks[c].low in _TELL:
        # "told hospital staff on Friday that ..."
        for j in range(k, min(len(toks), k + 9)):
            if toks[j].low == "that":
                return j + 1 if j + 1 < len(toks) else None
            if not toks[j].text[0].isalnum():
                break
    if toks[c].low in _ASK:
        # "asked the mayor whether ...", "asked voters if ..."
        for j in range(k, min(len(toks), k + 7)):
            if toks[j].low in _QUESTION_WORDS and j > k:
                return j
            if not toks[j].text[0].isalnum():
                break
    t = toks[k]
    if t.low in _ADJUNCT_START or t.low in lx.time_words() or (t.low.endswith("ly") and t.text[0].islower()):
        # "said on Thursday that", "said during a rally in Michigan that", "said repeatedly that"
        for j in range(k + 1, min(len(toks), k + 14)):
            u = toks[j]
            if u.low == "that":
                return j + 1 if j + 1 < len(toks) else None
            if u.text in '.;:?!"“”(' or u.low in lx.core_cue_forms():
                break
        while k < len(toks) and toks[k].low in lx.time_words() and toks[k].low not in _ADJUNCT_START:
            k += 1
        if k >= len(toks):
            return None
        t = toks[k]
    k = _after_duration(toks, k)
    if k >= len(toks):
        return None
    t = toks[k]
    if t.text == "," and toks[c].low in _SAY and k + 1 < len(toks) and toks[k + 1].text[0].isalpha():
        # 'I said, look, we cannot wait', "You said on Monday, the levy ...": a
        # statement after a comma (a quotation after it is a direct quote, found elsewhere)
        return k + 1
    if t.low in _QUESTION_WORDS and toks[c].low in _ASK:
        return k  # "asked whether the vote would be delayed": the question is the content
    if t.low == "about" and k + 1 < len(toks) and (_is_number(toks[k + 1]) or toks[k + 1].low in _QUANTITY):
        return k  # "said about half of the deficit ...": a quantity, not a topic
    if (
        t.low in _CLAUSE_REJECT
        or t.low in lx.core_cue_forms()
        or t.low.endswith("ly")
        or t.low in lx.not_clauses()
        or t.low in _ADJUNCT_START
    ):
        return None
    return k


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


def _clause_opening(toks: list[Tok], first: int) -> bool:
    """True when a subject starting at ``first`` opens a main clause (not "after Moscow confirmed")."""
    prev = toks[first - 1]
    if prev.text in (",", ";", ":", "—", "–") or prev.low in _CONNECT:
        return True
    # "41 percent of Canadians say", "a majority of voters said"
    return (
        prev.low == "of"
        and first >= 2
        and (toks[first - 2].low in _QUANTITY or toks[first - 2].low[0].isdigit())
    )


def _subject_before_adjunct(text: str, toks: list[Tok], c: int) -> NP | None:
    """The subject of "Ann Lee in a long interview said", "Hallett on Friday morning said"."""
    for p in range(c - 1, max(0, c - 7), -1):
        if toks[p].low in _ADJUNCT_START and p > 0:
            if not all(t.text[0].isalnum() for t in toks[p:c]):
                return None
            np = np_before(text, toks, p, 0)
            ok = np is not None and np.kind in ("name", "description", "group", "org")
            return (
                np if ok and np is not None and (np.first == 0 or _clause_opening(toks, np.first)) else None
            )
    return None


def _loose_subject(text: str, toks: list[Tok], c: int) -> NP | None:
    """A subject noun phrase the strict parser did not take ("Some critics of the new toll plan")."""
    i = c - 1
    while i >= 0 and c - i <= 10 and toks[i].text[0].isalnum() and toks[i].low not in _SUBJECT_STOP:
        i -= 1
    first = i + 1
    if first >= c or (
        i >= 0 and toks[i].text not in (",", ";", ":", "—", "–") and toks[i].low not in _CONNECT
    ):
        return None
    head = toks[c - 1]
    if (
        head.low in lx.adverbs()
        or head.low in lx.core_cue_forms()
        or head.low in _ADJUNCT_START
        or head.low in _MODALS
    ):
        return None
    if c - first > 7 or not (
        toks[first].low in lx.determiners() or is_cap(toks[first]) or toks[first].low in _QUANTITY
    ):
        return None
    if any(t.low.endswith(("ed", "ing")) for t in toks[first:c]):
        return None  # a verb inside: "The attack prompted the government to announce"
    start, end = toks[first].start, head.end
    return NP(start, end, text[start:end], "description", head.low, first, c - 1)


_MODALS = lx.grammar("modals")
_SUBJECT_OPENERS = lx.grammar("subject_openers")
_SUBJECT_VERBS = lx.grammar("subject_verbs")
_PARTICIPLE_HEADS = lx.grammar("participle_heads")
_OPENING_PUNCT = frozenset((",", ";", ":", "—", "–", "(", "--", '"', "”", "“", "''", "’", "‘"))
_MAX_SUBJECT = 14
_SUBJECT_PREPS = lx.grammar("subject_preps")


_COORDINATORS = frozenset(("and", "but", "or", "then", "yet"))
_PARTICIPLE_LEADS = lx.grammar("participle_leads")


def _before_verb(toks: list[Tok], c: int) -> int | None:
    """Index of the token before the cue at ``c`` and its auxiliaries and adverbs."""
    k = c - 1
    while k >= 0 and _skippable(toks[k]) and toks[k].low not in _COORDINATORS:
        k -= 1
    return k if k >= 0 else None


def _opens_participle(tok: Tok) -> bool:
    """True when a gerund after ``tok`` is a participle clause of the sentence's subject.

    "..., saying", "— saying", "while arguing", "before explaining", "but insisting".
    """
    return tok.text in (",", "—", "–", "--", "-", "”", '"', "''") or tok.low in _PARTICIPLE_LEADS


def _skippable(tok: Tok) -> bool:
    """An auxiliary, modal or adverb between a subject and its verb ("have long said")."""
    low = tok.low
    return (
        low in lx.adverbs()
        or low in _MODALS
        or (low.endswith("ly") and tok.text[0].islower() and len(low) > 4)
    )


def _head_noun(tok: Tok, before: Tok | None) -> str | None:
    """The kind of speaker a subject's last word names, or None when it is no noun."""
    low = tok.low
    if is_cap(tok) or low in lx.pronouns():
        return "name" if is_cap(tok) else "pronoun"
    if tok.text == "%" and before is not None and before.low[:1].isdigit():
        return "group"  # "49% say ..."
    if low[0].isdigit() or low in _QUANTITY or low in _NUMBER_WORDS:
        return "group"
    if low in _PARTICIPLE_HEADS and before is not None and before.low in ("those", "people", "voters"):
        return "group"  # "those surveyed said"
    if not tok.text[0].isalpha() or low in lx.core_cue_forms() or low in _SUBJECT_VERBS:
        return None
    if low in lx.groups() or low in lx.role_words() or low in lx.descriptions() or low in lx.org_words():
        return "group" if low.endswith("s") else "description"
    if low in lx.documents() or low in FINDINGS:
        return "document"
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        return "group"  # a plural: "analysts", "insiders", "donors"
    return None


def _open_subject(text: str, toks: list[Tok], c: int) -> NP | None:
    """The whole subject noun phrase of the cue at ``c``, from the clause's opening.

    "Organizers of the weekend march said", "Nearly 40 county chairs told",
    "52 percent of likely voters say", "coastal farmers have long hoped": a
    run of noun-phrase words after a clause boundary, headed by a noun.
    """
    j = c - 1
    while j >= 0 and _skippable(toks[j]):
        j -= 1
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
    if first.low in _SUBJECT_STOP or first.low in lx.time_words() or first.low in _ADJUNCT_START:
        return None
    # the head is the noun before the first preposition ("Organizers of the march")
    h = next((n - 1 for n in range(i + 1, j + 1) if toks[n].low in _SUBJECT_PREPS), j)
    kind = _head_noun(toks[h], toks[h - 1] if h > i else None)
    if kind is None or (i == h and kind == "name" and toks[h].low in lx.function_words()):
        return None
    start, end = toks[i].start, toks[j].end
    return NP(start, end, text[start:end], "group" if kind == "name" else kind, toks[h].low, i, j)


def _in_subject(toks: list[Tok], i: int) -> bool:
    """True when token ``i`` can sit inside a subject noun phrase (no verb, no clause mark)."""
    t = toks[i]
    low = t.low
    if t.text in ("'s", "’s", "%", "$", "&", "-", "'", "’"):
        return True
    if not t.text[0].isalnum():
        return False
    if (
        low in _SUBJECT_VERBS
        or low in lx.core_cue_forms()
        or low in _SUBJECT_STOP
        or low in _NOT_IN_SPEAKER
        or low in _SUBORDINATORS
    ):
        return False
    if t.text[0].islower() and low.endswith("ing") and len(low) > 5:
        return False  # a verb: "campaign saying", "began arguing"
    if t.text[0].islower() and low.endswith("ed") and len(low) > 4:
        # "registered voters", "leaked emails"; but "resigned after", "prompted the"
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return (
            nxt is not None
            and nxt.text[0].isalpha()
            and nxt.low not in lx.determiners()
            and nxt.low not in lx.pronouns()
            and nxt.low not in _SUBJECT_PREPS
            and nxt.low not in lx.function_words()
        )
    return True


_MAX_SENTENCE = 2000
_LOWER_WORD = re.compile(r"[a-z]+")
_NOMINAL_ALTERNATIVES = "|".join(sorted(_NOMINAL_CUES, key=len, reverse=True))
_NOMINAL_AHEAD = re.compile(rf"\b(?:{_NOMINAL_ALTERNATIVES})\s+(?:that|to)\s")


def _has_cue(text: str, s: int, e: int) -> bool:
    """Cheap test: does the sentence contain a cue verb or "according to"?"""
    forms = lx.cue_forms()
    return (
        any(w in forms for w in _LOWER_WORD.findall(text, s, e))
        or "ccording to" in text[s:e]
        or _NOMINAL_AHEAD.search(text, s, e) is not None
    )


def reported_in(text: str, sent: tuple[int, int], lo: int) -> list[Reported]:
    """The reported clauses of one sentence (``lo`` is where its content may start)."""
    s, e = sent
    if e - s > _MAX_SENTENCE or not _has_cue(text, s, e):
        return []  # a "sentence" of thousands of characters is no sentence
    toks = tokens(text, s, e)
    out: list[Reported] = []
    acc = _according(text, s, e, lo)
    if acc:
        return acc
    subject: NP | None = None
    intents: list[Reported] = []
    for c, t in enumerate(toks):
        cls = cue_class(t, reported=True)
        if cls is None or cls == "direct" or _is_noun_use(toks, c):
            continue
        if t.low in _THAT_ONLY and (c + 1 >= len(toks) or toks[c + 1].low != "that"):
            continue  # "maintains an office", "state senator": only "maintains that ..." reports
        that = c + 1 < len(toks) and toks[c + 1].low == "that"
        lead = _before_verb(toks, c)
        participle = t.low.endswith("ing") and lead is not None and _opens_participle(toks[lead])
        if participle and toks[c - 1].text != "," and cls not in ("speech", "evidence"):
            continue  # "while again accusing the West of ...": reported clauses only, no objects
        if (
            participle
            and t.low not in _CLAUSE_PARTICIPLES
            and (c + 1 >= len(toks) or toks[c + 1].low != "that")
            and _object_content(toks, c, cls) is None
        ):
            continue  # "declaring a caliphate": an object, not a reported clause
        np = None if participle else np_before(text, toks, c, 0)
        inverted = False
        if participle:
            # "X did Y, saying that ...": the speaker is the sentence's subject
            np = subject or sentence_subject(text, s, t.start)
            if np is None:
                continue
        elif np is None and lead is not None and toks[lead].low in _COORDINATORS:
            if lead != c - 1 and cls not in ("speech", "evidence"):
                continue  # "and has accused the West of ...": reported clauses only, no objects
            np = subject or sentence_subject(text, s, t.start)  # "Okafor called them reckless and said ..."
            if np is None:
                continue
        elif np is None:
            if c > 0 and toks[c - 1].text == "," and cls != "object":
                np = np_after(text, toks, c + 1)
                inverted = np is not None and np.kind not in ("document", "pronoun")
                if not inverted:
                    continue
            else:
                np = _catenative_subject(text, toks, c) if cls in ("speech", "evidence") else None
                if np is None:
                    np = _which_antecedent(text, toks, c) or _subject_before_adjunct(text, toks, c)
                if np is None and (t.low not in _NOUN_VERBS or (c > 0 and toks[c - 1].low in _MODALS)):
                    # a loose subject only before a form that is no noun ("the ballot question"),
                    # or one a modal makes a verb ("he does not plan to")
                    np = _loose_subject(text, toks, c) or _open_subject(text, toks, c)
                if np is None:
                    continue
        assert np is not None
        if _not_a_speaker(toks, np, inverted):
            continue
        if not inverted and not participle:
            np = _with_modifiers(text, toks, np)
        if np.first >= 2 and toks[np.first - 1].low == "of" and _clause_opening(toks, np.first):
            np = _with_quantity(text, toks, np)  # "41 percent of Canadians"
        elif not inverted and not participle:
            np = _with_ratio(text, toks, np)  # "eight in 10 voters"
        if subject is None and not inverted:
            subject = np
        finding = np.kind == "document" and np.head in FINDINGS
        if (np.kind == "document" and not finding) or (np.head == "it" and cls == "object"):
            continue
        if cls == "evidence" and not (finding or (that and np.kind not in ("pronoun", "name"))):
            whole = None if inverted or participle else _open_subject(text, toks, c)
            if whole is None or whole.head not in FINDINGS or whole.start > np.start:
                continue  # "police found the car", but "the survey found that ..."
            # "A poll of likely voters released Wednesday found ...": the finding's whole subject
            np = NP(
                whole.start, np.end, text[whole.start : np.end], "document", whole.head, whole.first, np.last
            )
            finding = True
        if is_outlet(np) and t.low.startswith("report"):
            continue
        prev = toks[np.first - 1] if np.first > 0 and not inverted and not participle else None
        tail = np.last if inverted else c
        if np.head in ("who", "which") and cls not in ("speech", "evidence"):
            continue  # "Ms. Lee, who has endorsed the mayor": an aside on a speaker, no statement
        inf = None if inverted else _infinitive(toks, c)
        if inf is not None or cls == "intent":
            # "plans to run again", "declined to comment", "vowed to rebuild the bridge"
            whole = None if inf is None else _opening(text, toks, np, c)
            if whole is not None and inf is not None:
                last = _clause_end(toks, inf + 1)
                cs, ce = _trim(text, toks[inf].start, toks[last].end)
                if ce - cs > 6:
                    intents.append(Reported(cs, ce, Attribution(whole, t.start, t.end, t.text)))
            continue
        if cls in ("stance", "topic") or (
            cls in ("object", "speech") and _object_content(toks, c, cls) is not None
        ):
            obj = None if inverted else _object_span(text, toks, c, cls)
            whole = None if obj is None else _opening(text, toks, np, c)
            if obj is not None and whole is not None:
                out.append(Reported(obj[0], obj[1], Attribution(whole, t.start, t.end, t.text)))
            continue
        if inverted or (prev is not None and prev.text == "," and np.first > 2):
            got = _fronted(
                text, toks, np, prev if not inverted else toks[c - 1], tail, max(lo, s), e, inverted
            )
            if got is not None:
                fs, fe, frags = got
                out.append(Reported(fs, fe, Attribution(np, t.start, t.end, t.text), frags))
                continue
            if inverted:
                continue
        if cls == "object" and not that:
            continue  # "recalled that ...", "promised that ...", "lamented that ...": a clause
        if prev is not None and not _clause_opening(toks, np.first):
            whole = _opening(text, toks, np, c)
            if whole is None:
                continue
            np = whole
            prev = toks[np.first - 1] if np.first > 0 else None
        k = _clause_start(toks, c)
        if k is None:
            continue
        last = _clause_end(toks, k)
        relative = c > 0 and toks[c - 1].low in ("which", "who")
        if relative or (prev is not None and prev.low in _SUBORDINATORS):
            # "Although the mayor admitted mistakes, he ...": the main clause is no content
            comma = next((i for i in range(k, last + 1) if toks[i].text == ","), None)
            last = last if comma is None else comma - 1
        if last - k < 2:
            continue
        cs, ce = _trim(text, toks[k].start, toks[last].end)
        if ce - cs > 10:
            out.append(Reported(cs, ce, Attribution(np, t.start, t.end, t.text)))
    intents.extend(_nominal(text, toks))
    # "The aide said that the governor believes ...", "The city wants to ..., the mayor
    # said": an attribution
    # inside another one's clause is part of that content, not a statement of its own
    out = [r for r in out if not any(_holds(o, r) and not _holds(r, o) for o in out if o is not r)]
    out.extend(r for r in intents if not any(_holds(o, r) for o in out))
    out.sort(key=lambda r: r.start)
    return out


_OWNER_AFTER = lx.grammar("owner_after")
_S = ("'s", "’s")
_POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it", "our": "we", "my": "i"}


def _nominal(text: str, toks: list[Tok]) -> list[Reported]:
    """Reported content after a possessive and a speech noun.

    "his claim that the vote was rigged", "the mayor's promise to cut taxes": the
    owner of the noun is the speaker (a noun's prepositional object is too often
    no statement: "his support for", "their attacks on").
    """
    out: list[Reported] = []
    for c, t in enumerate(toks):
        if t.low not in _NOMINAL_CUES or not t.text[0].islower() or c == 0 or c + 2 >= len(toks):
            continue
        p = c - 1
        w = toks[p]
        if w.text[0].isalpha() and w.text[0].islower() and w.low not in _POSSESSIVES and w.low[-2:] not in _S:
            p -= 1  # one adjective: "his repeated claims"
        if p < 0:
            continue
        np = _owner(text, toks, p)
        if np is None:
            continue
        nxt = toks[c + 1]
        if nxt.low == "that":
            k: int | None = c + 2
            last = _upto_comma(toks, c + 2, _clause_end(toks, c + 2))
        elif nxt.low == "to" and t.low in _NOMINAL_INFINITIVES and _infinitive_after(toks, c + 1):
            k = c + 1
            last = _upto_comma(toks, c + 2, _clause_end(toks, c + 2))
        else:
            k = None
        if k is None or k >= len(toks) or last < k:
            continue
        cs, ce = _trim(text, toks[k].start, toks[last].end)
        if ce - cs > 6:
            out.append(Reported(cs, ce, Attribution(np, t.start, t.end, t.text)))
    return out


def _upto_comma(toks: list[Tok], k: int, last: int) -> int:
    """``last``, or the token before the first comma after ``k`` ("After his claim that X, Y")."""
    comma = next((i for i in range(k, last + 1) if toks[i].text == ","), None)
    return last if comma is None else comma - 1


def _owner(text: str, toks: list[Tok], p: int) -> NP | None:
    """The speaker of a possessive at ``p``: "his" or "the mayor's" (None for anything else)."""
    w = toks[p]
    q = p - 1 if p > 0 and toks[p - 1].low in lx.determiners() else p
    if q > 0 and toks[q - 1].text[0].islower() and toks[q - 1].low not in _OWNER_AFTER:
        return None  # "rubbished the mayor's claim": the verb's subject speaks, of the whole phrase
    if w.low in _POSSESSIVES:
        return NP(w.start, w.end, w.text, "pronoun", _POSSESSIVES[w.low], p, p)
    if w.low in ("'s", "’s") and p > 0:
        np = np_before(text, toks, p, 0)
    elif w.low.endswith(("'s", "’s")) and is_cap(w):
        base = NP(w.start, w.end - 2, text[w.start : w.end - 2], "name", w.low[:-2], p, p)
        np = np_before(text, toks, p, 0) if p > 0 and is_cap(toks[p - 1]) else None
        if np is None:
            return base
        return NP(np.start, w.end - 2, text[np.start : w.end - 2], np.kind, np.head, np.first, p)
    elif w.low.endswith(("'s", "’s")) and _head_noun(w._replace(text=w.text[:-2], low=w.low[:-2]), None) in (
        "group",
        "description",
    ):
        # "the mayor's plan": a lowercase role or body
        first = p - 1 if p > 0 and toks[p - 1].low in lx.determiners() else p
        return NP(
            toks[first].start,
            w.end - 2,
            text[toks[first].start : w.end - 2],
            "description",
            w.low[:-2],
            first,
            p,
        )
    else:
        return None
    if np is None or np.kind not in ("name", "org", "group", "description"):
        return None
    return np


def _infinitive_after(toks: list[Tok], k: int) -> bool:
    """True when "to" at ``k`` opens an infinitive ("to build", not "to the voters")."""
    if k + 1 >= len(toks):
        return False
    verb = toks[k + 1]
    return (
        verb.text.isalpha()
        and verb.text[0].islower()
        and verb.low not in lx.determiners()
        and verb.low not in lx.pronouns()
        and verb.low not in lx.function_words()
    )


def _holds(outer: Reported, inner: Reported) -> bool:
    """True when ``inner``'s cue lies inside ``outer``'s content."""
    return outer.start <= inner.attribution.cue_start < outer.end


_PHRASE_END = frozenset(",.;:!?()—–")
_MAX_SOURCE = 24


def _source_after(text: str, toks: list[Tok]) -> tuple[NP, int] | None:
    """The source of "according to X" (``toks[0:2]``) and the index of the token that ends it.

    The parser's noun phrase when it takes one ("according to the mayor"); else every
    word up to the next punctuation ("a complaint two tenants lodged with the city").
    """
    end = next((i for i in range(2, min(len(toks), 2 + _MAX_SOURCE)) if toks[i].text in _PHRASE_END), None)
    if end is None:
        end = len(toks) if len(toks) <= 2 + _MAX_SOURCE else None
    np = np_after(text, toks, 2)
    if np is not None and np.kind == "document" and np.head not in FINDINGS:
        return None  # "according to a statement": a channel, not a speaker
    if end is None or end == 2:
        return None
    if np is None or np.last >= end:
        words = toks[2:end]
        if any(not (w.text[0].isalnum() or w.text in ("'s", "’s", "-", "&", "%")) for w in words):
            return None
        if words[0].low in lx.function_words() and words[0].low not in lx.determiners():
            return None
        last = end - 1
        np = NP(
            toks[2].start,
            toks[last].end,
            text[toks[2].start : toks[last].end],
            "description",
            toks[last].low,
            2,
            last,
        )
    return np, end


def _according(text: str, s: int, e: int, lo: int) -> list[Reported]:
    """Clauses attributed with "according to X": before it, after it, or around it."""
    at = text.find("ccording to ", s, e)
    if at < 1 or text[at - 1] not in "Aa":
        return []
    a_start = at - 1
    toks = tokens(text, a_start, e)
    if len(toks) < 3:
        return []
    got = _source_after(text, toks)
    if got is None:
        return []
    np, end = got
    before = text[max(lo, s) : a_start].rstrip()
    if not before.strip():
        np, end = _apposed(text, toks, np, end)
    att = Attribution(np, toks[0].start, toks[1].end, text[toks[0].start : toks[1].end])
    stop = toks[end].text if end < len(toks) else "."
    rest = toks[end + 1 :] if end < len(toks) else []
    words = [t for t in rest if t.text[0].isalnum()]
    if not before.strip():
        # "According to X, CLAUSE."
        if stop != "," or len(words) < 3:
            return []
        cs, ce = _trim(text, toks[end].end, e)
        return [Reported(cs, ce, att)] if ce - cs > 10 else []
    if not before.endswith((",", "—", "–")) and len(words) > 0:
        return []
    cs, ce = _trim(text, max(lo, s), a_start)
    cs = _after_but(text, cs, ce)
    if ce - cs <= 10:
        return []
    if stop == "," and len(words) >= 3 and _continues_clause(rest[0]):
        # "The likeliest outcome, according to two council staff, is a delay."
        rs, re_ = _trim(text, rest[0].start, e)
        return [Reported(cs, re_, att, ((cs, ce), (rs, re_)))]
    return [Reported(cs, ce, att)]


_NOT_SUBJECT_START = frozenset(
    {"was", "were", "is", "are", "had", "has", "have", "who", "which", "and", "or"}
)


def _apposed(text: str, toks: list[Tok], np: NP, end: int) -> tuple[NP, int]:
    """The source and its end once an apposition after it is taken in.

    "According to the owner, Dana Reed, ..." (the name speaks), "according to
    Dana Reed, the owner, ...", "according to a spokesperson for the company,
    Acme Corp., ...": the clause starts after the second comma.  A group
    ("according to police, Dana Reed, 34, was shot") keeps its clause whole.
    """
    if end + 3 >= len(toks) or toks[end].text != ",":
        return np, end
    other = np_after(text, toks, end + 1)
    if other is None or other.last + 2 >= len(toks) or toks[other.last + 1].text != ",":
        return np, end
    closes = other.last + 1
    nxt = toks[closes + 1]
    if not nxt.text[0].isalpha() or nxt.low in _NOT_SUBJECT_START:
        return np, end  # "according to the spokesman, Dana Reed, 34, was shot": one clause
    j = closes + 1
    while j < len(toks) and toks[j].text[0].isupper():
        j += 1
    if j > closes + 1 and j < len(toks) and toks[j].low in ("and", "or", ","):
        return np, end  # "according to the mayor, Dana Reed, Tom Smith and Ann Lee were ...": a list
    if (
        np.kind == "description"
        and other.kind == "name"
        and np.head in lx.role_words()
        and other.last > other.first  # a full name, not a list's "Smith, Jones and Lee"
    ):
        return other, closes
    if np.kind == "name" and other.kind == "description" and toks[other.first].low in lx.determiners():
        return np, closes
    if np.kind == "description" and other.kind == "org" and toks[end - 1].low in lx.org_words():
        return np, closes
    return np, end


def _continues_clause(tok: Tok) -> bool:
    """True when ``tok`` goes on with the clause an "according to" phrase interrupted."""
    low = tok.low
    if not tok.text[0].isalpha() or not tok.text[0].islower():
        return False
    return not (
        low in lx.clause_stops()
        or low in _SUBJECT_STOP
        or low in ("who", "which", "whose", "where")
        or low.endswith("ing")
        or low in lx.time_words()
    )


def _opening(text: str, toks: list[Tok], np: NP, c: int) -> NP | None:
    """``np`` extended back to the opening of its clause, or None when it opens none."""
    if np.first <= 0 or _clause_opening(toks, np.first) or np.head in ("who", "which"):
        return np
    whole = _open_subject(text, toks, c)
    if whole is None or whole.start > np.start:
        return None
    return NP(whole.start, np.end, text[whole.start : np.end], np.kind, np.head, whole.first, np.last)


def _infinitive(toks: list[Tok], c: int) -> int | None:
    """Index of "to" when the cue at ``c`` takes an infinitive ("plans to run", "vowed to rebuild")."""
    if toks[c].low not in _INFINITIVE_CUES or c + 2 >= len(toks) or toks[c + 1].low != "to":
        return None
    verb = toks[c + 2]
    if not (verb.text.isalpha() and verb.text[0].islower()):
        return None
    if verb.low in lx.determiners() or verb.low in lx.pronouns() or verb.low in lx.function_words():
        return None
    return c + 1


def _object_content(toks: list[Tok], c: int, cls: str) -> int | None:
    """First token of the content a stance or demand verb at ``c`` takes as its object.

    "criticized the plan", "called for new elections", "urged voters to stay home",
    "vowed to rebuild", "demanded an inquiry"; None when the verb takes no content.
    """
    j = c + 1
    if j >= len(toks):
        return None
    low = toks[c].low
    if low in _EXPRESS_VERBS:
        # "expressed concern about the river", "voiced strong support for the bill"
        for i in range(j, min(len(toks), j + 4)):
            if toks[i].low in _ATTITUDE_NOUNS:
                if i + 1 < len(toks) and toks[i + 1].low in _ATTITUDE_PREPS:
                    j = i + 2
                    break
                return None
            if not toks[i].text[0].isalnum():
                return None
        else:
            return None
    elif low in _TOPIC_VERBS:
        # "warned of a long winter", "spoke about her childhood", "railed against the tax"
        if toks[j].low not in _TOPIC_PREPS:
            return None
        j += 1
    elif cls == "object":
        if low in _CALL_VERBS:
            if toks[j].low not in _CALL_PARTICLES:
                return None
            j += 1
        elif low in _OBJECT_TO:
            window = toks[j : j + 6]
            to = next((i for i, u in enumerate(window) if u.low == "to"), None)
            if to is None or not all(u.text[0].isalnum() for u in window[:to]):
                return None
            return j
        elif low not in _OBJECT_NP:
            return None
    elif cls not in ("stance", "topic"):
        return None
    if j >= len(toks) or not toks[j].text[0].isalnum() or toks[j].low in _CLAUSE_REJECT:
        return None
    return j


def _object_span(text: str, toks: list[Tok], c: int, cls: str) -> tuple[int, int] | None:
    """The offsets of a stance or demand verb's object, up to the first comma or clause break."""
    k = _object_content(toks, c, cls)
    if k is None:
        return None
    last = k
    infinitive = toks[k].low == "to"
    while last + 1 < len(toks) and toks[last + 1].text not in ",;:.!?()—–":
        if toks[last + 1].low in _COORDINATORS and _verb_follows(toks, last + 2):
            break  # "opposed the plan and has accused ...": a second predicate
        if last > k and not infinitive and _adjunct_ahead(toks, last + 1):
            break  # "praised the deal in an interview on Monday": when and where, not what
        infinitive = infinitive or toks[last + 1].low == "to"  # "urged voters to stay home during ...": kept
        last += 1  # on through quote marks: 'praised her for showing "real courage"'
    if last - k < 1:
        return None
    stop = next((i for i in range(last + 1, len(toks)) if toks[i].text in ",;:.!?()—–"), len(toks))
    if stop + 1 < len(toks) and toks[stop].text == "," and toks[stop + 1].low in _CLAUSE_PARTICIPLES:
        return None  # "criticized the plan (on Monday), saying that ...": the statement is what follows
    cs, ce = _trim(text, toks[k].start, toks[last].end)
    return (cs, ce) if ce - cs > 6 else None


_OBJECT_ADJUNCTS = lx.grammar("object_adjuncts")
_CHANNEL_NOUNS = lx.grammar("channel_nouns")


def _adjunct_ahead(toks: list[Tok], k: int) -> bool:
    """True when token ``k`` opens an adjunct after an object ("after ...", "in an interview", "on May 2")."""
    low = toks[k].low
    if low in _OBJECT_ADJUNCTS:
        return True
    if low not in ("in", "on", "at") or k + 1 >= len(toks):
        return False
    j = k + 1
    if toks[j].low in _ARTICLES and j + 1 < len(toks):
        j += 1
    while j + 1 < len(toks) and toks[j].text[0].isalpha() and toks[j].low not in _CHANNEL_NOUNS and j - k < 3:
        if toks[j].low in lx.time_words():
            break
        j += 1
    return toks[j].low in _CHANNEL_NOUNS or toks[j].low in lx.time_words()


def _verb_follows(toks: list[Tok], k: int) -> bool:
    """True when token ``k`` starts a new predicate ("has", "was", "also", "said")."""
    if k >= len(toks):
        return False
    low = toks[k].low
    return low in _SUBJECT_VERBS or low in lx.core_cue_forms() or (low in lx.adverbs() and low != "then")


def _catenative_subject(text: str, toks: list[Tok], c: int) -> NP | None:
    """The subject of "X continued to say", "X went on to criticize", "X refused to admit"."""
    if c < 2 or toks[c - 1].low != "to":
        return None
    j = c - 2
    if toks[j].low == "on" and j > 0:
        j -= 1  # "went on to"
    if toks[j].low not in _CATENATIVES:
        return None
    return np_before(text, toks, j, 0) or _open_subject(text, toks, j)


def _which_antecedent(text: str, toks: list[Tok], c: int) -> NP | None:
    """The body that speaks in "the agency, which said ...", "a new study, which found ..."."""
    if c < 3 or toks[c - 1].low != "which" or toks[c - 2].text != ",":
        return None
    np = np_before(text, toks, c - 2, 0)
    if np is None or np.kind not in ("org", "group", "document"):
        return None
    return np if np.kind != "document" or np.head in FINDINGS else None


def _not_a_speaker(toks: list[Tok], np: NP, inverted: bool) -> bool:
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


def _with_modifiers(text: str, toks: list[Tok], np: NP) -> NP:
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
            or w.low in lx.function_words()
            or w.low in lx.cue_forms()
            or w.low in lx.adverbs()
            or w.low in _ADJUNCT_START
            or w.low.endswith(("ed", "ing", "ly"))
        ):
            break
        i -= 1
    if i == np.first or (i > 0 and not _clause_opening(toks, i)):
        return np
    start = toks[i].start
    return NP(start, np.end, text[start : np.end], np.kind, np.head, i, np.last)


def _is_number(tok: Tok) -> bool:
    return tok.low[0].isdigit() or tok.low in _NUMBER_WORDS


def _with_ratio(text: str, toks: list[Tok], np: NP) -> NP:
    """Extend "voters" in "nearly eight in 10 voters say" back over the ratio."""
    i = np.first
    if i < 3 or toks[i - 2].low not in ("in", "of"):
        return np
    if not (_is_number(toks[i - 1]) and _is_number(toks[i - 3])):
        return np
    i -= 3
    if i > 0 and toks[i - 1].low in lx.adverbs() | _RATIO_ADVERBS:
        i -= 1
    if i > 0 and not _clause_opening(toks, i):
        return np
    start = toks[i].start
    return NP(start, np.end, text[start : np.end], np.kind, np.head, i, np.last)


def _with_quantity(text: str, toks: list[Tok], np: NP) -> NP:
    """Extend "Canadians" in "41 percent of Canadians" back over the quantity."""
    i = np.first - 1
    while i - 1 >= 0 and (
        toks[i - 1].low in _QUANTITY or toks[i - 1].low[0].isdigit() or toks[i - 1].low in lx.determiners()
    ):
        i -= 1
    start = toks[i].start
    return NP(start, np.end, text[start : np.end], np.kind, np.head, i, np.last)


def _fronted(
    text: str, toks: list[Tok], np: NP, comma: Tok | None, tail: int, lo: int, e: int, inverted: bool = False
) -> tuple[int, int, tuple[tuple[int, int], ...]] | None:
    """Content before a trailing attribution ("X, Bogdanov said."), or around a parenthetical one."""
    if comma is None:
        return None
    cs, ce = _trim(text, lo, comma.start)
    cs = _after_but(text, cs, ce)
    if ce <= cs:
        return None
    rest = _resumes(toks, tail, inverted)
    if rest is not None:
        # "X, these organizers concede, Y." and "The plan, she said, is dead.": the
        # attribution sits inside the content, whose first part may be short
        rs, re_ = _trim(text, toks[rest].start, e)
        if re_ - rs > 10:
            return cs, re_, ((cs, ce), (rs, re_))
    if ce - cs <= 10:
        return None
    if _tail_is_adjunct(toks, tail):
        return cs, ce, ()
    return None


def _is_noun_use(toks: list[Tok], c: int) -> bool:
    """True when a cue form is used as a noun ("the report", "five states", "the mayor's tweet")."""
    if c == 0:
        return False
    prev = toks[c - 1]
    plural = toks[c].low.endswith("s") and toks[c].low != "says"
    if prev.low in _PASSIVE:
        return True  # "will not be disclosed", "was told": the subject is not the speaker
    k = c - 1
    while k > 0 and toks[k].low in lx.adverbs() and toks[k].low not in _FINITE_BE:
        k -= 1
    if toks[k].low in _FINITE_BE and (toks[c].low.endswith("ed") or toks[c].low in _PARTICIPLES):
        return True  # "who was declared the winner", "is widely reported": a passive
    if toks[c].low in ("state", "states") and prev.text[0].islower() and prev.low not in lx.pronouns():
        return True  # "the new state guidelines", "coastal states"
    if plural and c + 1 < len(toks) and toks[c + 1].low in _AUXILIARIES:
        return True  # "Comments and answers were trimmed": a noun, the subject of its own verb
    return (
        prev.low in _ARTICLES
        or (plural and (prev.low in lx.determiners() or prev.low[0].isdigit()))
        or prev.low.endswith(("'s", "’s"))
        or prev.low in _NOUN_BEFORE
    )


def _resumes(toks: list[Tok], c: int, inverted: bool = False) -> int | None:
    """Index where the content resumes after a parenthetical attribution ending at ``c``."""
    j = c + 1
    while j < len(toks) and j - c <= 6 and toks[j].text != ",":
        if toks[j].text in ".;:!?" or toks[j].low == "that":
            return None
        j += 1
    if j >= len(toks) or toks[j].text != ",":
        return None
    if inverted and j + 1 < len(toks) and toks[j + 1].low in _APPOSITIVE:
        return None  # "..., said Dana Wells, a longtime adviser ...": the speaker's apposition
    if (
        j > c + 1
        and not inverted
        and toks[c + 1].low not in lx.time_words()
        and toks[c + 1].low not in _ADJUNCT_START
    ):
        return None
    if j + 1 < len(toks) and (
        toks[j + 1].low in lx.clause_stops()
        or (toks[j + 1].low.endswith("ing") and toks[j + 1].text[0].islower())
    ):
        return None  # "..., X said, while accusing ...": an adjunct, not more content
    words = [t for t in toks[j + 1 :] if t.text[0].isalnum()]
    return j + 1 if len(words) >= 4 else None


def _tail_is_adjunct(toks: list[Tok], c: int) -> bool:
    """True when what follows the cue is no clause of its own ("said Wednesday.", "said, adding")."""
    rest = toks[c + 1 :]
    if not rest or rest[0].text in ".!?,":
        return True
    if rest[0].low in ("who", "whose") and not any(t.low == "that" for t in rest[:3]):
        return True  # "..., said two people who attended": a relative clause on the speaker
    if rest[0].low == "that":
        return False
    if rest[0].text in ":;":
        return False
    words = [t for t in rest if t.text[0].isalnum()]
    if rest[0].low in lx.time_words() or rest[0].low in (
        "in",
        "at",
        "during",
        "after",
        "before",
        "while",
        "on",
        "via",
        "through",
    ):
        for i, t in enumerate(rest):
            if t.text == "," or t.text in ".!?":
                return i <= 12
            if t.low == "that":
                return False
        return len(words) <= 12
    if toks[c].low in _TELL:
        return len(words) <= 3
    return False


def _after_but(text: str, s: int, e: int) -> int:
    """Start of the last conjunct after ", but " (the attributed part of "X, but Y, Z said")."""
    at = text.rfind(", but ", s, e)
    return at + 6 if at >= 0 else s
