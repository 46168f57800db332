"""Clauses a reporting verb governs: "X said (that) ...", "..., X said.", "X vowed to ..."."""

from __future__ import annotations

import regex

from . import lexicon as lx
from .clauses import COORDINATORS, Reported, clause_end, clause_start, closing_apposition, is_number, trim
from .cues import FINDINGS, Attribution, cue_class, is_outlet
from .cues import subject as sentence_subject
from .fronted import fronted
from .objects import infinitive_at, infinitive_end, object_content, object_infinitive, object_span
from .speakers import NP, Tok, is_cap, np_after, np_before
from .subjects import (
    absolute_subject,
    after_fronted_adjunct,
    before_verb,
    catenative_subject,
    clause_opening,
    finding_subject,
    loose_subject,
    not_a_speaker,
    open_subject,
    opening,
    opens_participle,
    postmodified_subject,
    subject_across,
    subject_before_adjunct,
    which_antecedent,
    with_modifiers,
    with_postmodifier,
    with_quantity,
    with_ratio,
)
from .words import ADVERBS, CORE_CUE_FORMS, CUE_FORMS, DETERMINERS, FUNCTION_WORDS, PRONOUNS, TIME_WORDS

__all__ = ["said_clauses"]

_NOUN_BEFORE = lx.grammar("noun_before")
_ARTICLES = lx.grammar("articles")
_PASSIVE = lx.grammar("passive")
_CLAUSE_PARTICIPLES = lx.grammar("clause_participles")
_SUBORDINATORS = lx.grammar("subordinators")
_THAT_ONLY = lx.grammar("that_only")
_CHARGED_WITH = lx.grammar("charged_with")
_POINT = lx.grammar("point_particles")
_RESPOND = lx.grammar("respond_forms")
_RESPONDERS = lx.grammar("responders")
_SCENE_NOUNS = lx.grammar("scene_nouns")
_ANSWERED = frozenset(("door", "doors", "phone", "phones", "call", "calls", "bell"))
_REPLIED_TO = lx.grammar("replied_to")
_MAIN_SAYS = frozenset(("said", "says", "told", "tells"))
_THAT_DIRECT = lx.grammar("that_direct")
_NOUN_VERBS = lx.grammar("noun_verbs")
_NOUN_QUANTIFIERS = lx.grammar("noun_quantifiers")
_LEAVE = lx.grammar("leave")
_MODALS = lx.grammar("modals")
_VOICED = lx.grammar("voiced_documents")
_COURT_PAPERS = lx.grammar("court_documents")
_NEGATIONS = lx.grammar("negations")
# "I knew it was coming", "you know you ...": a clause a knowing verb takes without "that"
_VAGUE_SUBJECTS = frozenset(("it", "i", "you"))
_AUXILIARIES = frozenset(("have", "had", "were", "are", "will", "would", "can", "could", "should", "may"))
_FINITE_BE = frozenset(("is", "are", "was", "were", "being", "been", "be", "get", "got"))
_GAP_VERBS = lx.grammar("gap_verbs")
_ANONYMOUS = lx.grammar("anonymous")
_RELATIVES = frozenset(("which", "that", "who"))
_TEMPORAL = frozenset(("after", "before", "since", "once"))
_SPEAKER_KINDS = frozenset(("pronoun", "name", "description", "group", "org"))
_REQUEST_VERBS = lx.grammar("request_verbs")
_WRITE = lx.grammar("write_verbs")
_ADD = lx.grammar("add_verbs")
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "we", "i", "it", "you"))
_FINITE_VERBS = lx.grammar("finite_verbs")
_NO_COMMENT = lx.grammar("no_comment_verbs")
_NO_COMMENT_TAILS = lx.grammar("no_comment_tails")
_FINITE_ENDINGS = ("n't", "n’t", "'s", "’s", "'re", "’re", "'ll", "’ll", "'d", "’d")
_NOUN_LEADS = lx.grammar("noun_leads")
_NOUN_FOLLOWERS = lx.grammar("subject_verbs") | frozenset(("remains", "among", "from", "in"))
_SUBJECT_VERBS = lx.grammar("subject_verbs")
_POSSESSIVE_WORDS = frozenset(("his", "her", "their", "its", "our", "my", "your"))
_AS_SOURCES = frozenset(("name", "org", "description", "group", "pronoun", "document"))
_AS_OPENERS = frozenset((",", ";", "—", "–", "(", ":", "and", "but"))
_AS_TAIL_STOPS = frozenset(("that", "it", "if", "whether", "to", "so"))
_PARTICIPLES = frozenset(("told", "said", "written", "shown", "known", "thought", "seen", "found"))
_SAY_FORMS = frozenset(("say", "says", "said"))
_NOT_SUBJECT_OPENERS = (
    lx.grammar("adjunct_start")
    | _SUBORDINATORS
    | frozenset(("given", "without", "despite", "unlike", "like"))
)
_DEGREE = frozenset(("most", "more", "less", "least", "very"))
_QUOTE_MARKS = regex.compile("[\"“”]|''")
_ANSWERS = frozenset(("yes", "no", "so"))
_ANSWER_FOLLOWERS = lx.grammar("answer_followers")
_MIN_CLAUSE_CHARS = 8  # a reported clause of two short words ("sales fell") is still one


def said_clauses(
    text: str, toks: list[Tok], s: int, e: int, lo: int
) -> tuple[list[Reported], list[Reported]]:
    """Clauses a reporting verb governs in the sentence ``text[s:e]`` (tokens ``toks``).

    "X said (that) ...", "..., X said.", "X urged voters to ...", "X plans to ...":
    the statements, and apart from them the intents (infinitives) a statement may hold.
    """
    out: list[Reported] = []
    subject: NP | None = None
    intents: list[Reported] = []
    forms = CUE_FORMS
    for c, t in enumerate(toks):
        if t.low not in forms:
            if t.low == "put" and c + 1 < len(toks) and toks[c + 1].low == "it":
                put = _as_reported(text, toks, c, put=True)  # "As the mayor put it, ..."
                if put is not None:
                    out.append(put)
            continue  # most words: no cue (a dict test before the call)
        cls = cue_class(t, reported=True)
        if cls == "direct" and t.low in _THAT_DIRECT and c + 1 < len(toks) and toks[c + 1].low == "that":
            cls = "speech"  # "He joked that the bridge was older than he was": a reported clause
        if (
            cls is None
            or cls == "direct"
            or _is_noun_use(toks, c)
            or (cls == "stance" and _stance_noun(toks, c))
        ):
            continue
        as_rep = _as_reported(text, toks, c) if cls in ("speech", "evidence") else None
        if as_rep is not None:
            out.append(as_rep)  # "As the Ledger reported last week, the agency ..."
            continue
        if (
            t.low in _THAT_ONLY
            and (c + 2 >= len(toks) or toks[c + 1].low != "that")
            and not (
                c + 2 < len(toks)
                and t.low not in ("state", "states")
                and toks[c + 1].low not in _VAGUE_SUBJECTS
                and _clause_subject(toks, c + 1)
            )
        ):
            # "maintains an office", "state senator": only "maintains that ..." reports, or a
            # clause with a subject and a verb of its own ("knew the pumps would fail")
            continue
        if t.low in _REMIND and not _that_ahead(toks, c):
            continue  # "reminds me of Lincoln", "reminding the staff about the rules": no statement
        if t.low in _POINT and (c + 1 >= len(toks) or toks[c + 1].low not in ("out", "to")):
            continue  # "pointed the gun at the teen": only "pointed out", "pointed to" report
        if t.low in _RESPOND and _arrival(toks, c):
            continue  # "Officers responded to the 200 block", "answered the door": no statement
        if t.low in _CHARGED_WITH and c + 1 < len(toks) and toks[c + 1].low == "with":
            continue  # "The man charged with murder was in court": an indictment, no statement
        if c + 1 < len(toks) and toks[c + 1].low == "by" and t.low.endswith("ed"):
            continue  # "The decision, announced by the commission, is ...": a passive, no statement
        that = c + 1 < len(toks) and toks[c + 1].low == "that"
        if _anonymity(toks, c):
            continue  # "asked not to be identified": an interview condition, no statement
        lead = before_verb(toks, c)
        participle = t.low.endswith("ing") and lead is not None and opens_participle(toks[lead])
        if (
            participle
            and toks[c - 1].text != ","
            and cls not in ("speech", "evidence")
            and not _means_or_second_participle(toks, c)
        ):
            continue  # "while again accusing the West of ...": reported clauses only, no objects
        if (
            participle
            and t.low not in _CLAUSE_PARTICIPLES
            and (c + 1 >= len(toks) or toks[c + 1].low != "that")
            and object_content(toks, c, cls) is None
            and infinitive_at(toks, c) is None  # "..., hoping to win the county": an intent
        ):
            continue  # "declaring a caliphate": an object, not a reported clause
        trailing = None if participle else _trailing_speaker(text, toks, c)
        # ", said police.": the speaker follows, whatever phrase precedes the comma
        np = None if participle or trailing is not None else np_before(text, toks, c, 0)
        if (
            not participle
            and trailing is None
            and (np is None or (np.first > 0 and not clause_opening(toks, np.first)))
        ):
            np = subject_across(text, toks, c) or np  # "Officials who met the mayor said ..."
            if (
                t.low in _SAY_FORMS
                and (np is None or (np.first > 0 and not clause_opening(toks, np.first)))
                and open_subject(text, toks, c) is None  # "Aides to the governor say": the whole phrase
            ):
                np = postmodified_subject(text, toks, c) or np  # "Voters going to the polls said ..."
        if np is not None and np.kind == "name" and np.last == c - 1 and np.head not in toks[np.first].low:
            whole = open_subject(text, toks, c)
            if (
                whole is not None
                and whole.first <= np.first
                and whole.kind == "group"
                and _group_of_name(toks, whole)
            ):
                np = whole  # "Aides to Gov. Lee say", "Friends of Mr. Roe said": the group speaks
        if cls == "evidence" and not participle and (np is None or np.kind != "document"):
            np = finding_subject(text, toks, c) or np  # "A CNN/ORC poll released Saturday found ..."
        absolute = None
        if not participle and t.low.endswith("ing") and cls in ("speech", "evidence"):
            absolute = absolute_subject(text, toks, c)  # "with three in 10 saying ..."
            np = absolute or np
        inverted = False
        shared = False  # the subject of an earlier verb ("She thanked the crew and said ...")
        if participle:
            # "X did Y, saying that ...": the speaker is the sentence's subject ("He ..., saying")
            np = subject or sentence_subject(text, s, t.start, pronouns=cls in ("speech", "evidence"))
            if np is None:
                continue
        elif np is None and lead is not None and toks[lead].low in COORDINATORS:
            if lead != c - 1 and cls not in ("speech", "evidence"):
                continue  # "and has accused the West of ...": reported clauses only, no objects
            # "Okafor called them reckless and said ...", "She thanked the crew and said ..."
            np = subject or sentence_subject(text, s, t.start, pronouns=cls in ("speech", "evidence"))
            if np is None:
                continue
            shared = True
        elif np is None:
            if c > 0 and toks[c - 1].text == "," and cls != "object":
                # but ", believed to be cousins,": an infinitive, no speaker after the cue
                if trailing is not None:
                    np = trailing  # read once, above
                else:
                    np = (
                        np_after(text, toks, c + 1) if c + 1 < len(toks) and toks[c + 1].low != "to" else None
                    )
                inverted = np is not None and np.kind not in ("document", "pronoun")
                if not inverted:
                    continue
            else:
                np = catenative_subject(text, toks, c) if cls in ("speech", "evidence") else None
                if np is None and t.low == "say" and c > 1 and toks[c - 1].low == "to":
                    # "Ruiz went on television to say ...": a purpose clause shares the subject
                    np = _purpose_subject(text, toks, s, c)
                if np is None:
                    np = which_antecedent(text, toks, c) or subject_before_adjunct(text, toks, c)
                if np is None and (t.low not in _NOUN_VERBS or (c > 0 and toks[c - 1].low in _MODALS)):
                    # a loose subject only before a form that is no noun ("the ballot question"),
                    # or one a modal makes a verb ("he does not plan to")
                    np = loose_subject(text, toks, c) or open_subject(text, toks, c)
                if np is None:
                    continue
        assert np is not None
        if cls == "stance" and t.low.endswith("ing") and not participle and np.last == c - 1:
            continue  # "groups backing the mayor": a reduced relative names the groups, no stance taken
        np = _without_subordinator(text, toks, np)
        if not_a_speaker(toks, np, inverted):
            continue
        if not inverted and not participle:
            np = with_modifiers(text, toks, np)
        if np.first >= 2 and toks[np.first - 1].low == "of" and clause_opening(toks, np.first):
            np = with_quantity(text, toks, np)  # "41 percent of Canadians"
        elif not inverted and not participle:
            np = with_ratio(text, toks, np)  # "eight in 10 voters"
        if subject is None and not inverted:
            subject = np
        finding = np.kind == "document" and np.head in FINDINGS
        voiced = (
            np.kind == "document" and (np.head in _VOICED or np.head in _COURT_PAPERS) and cls == "speech"
        )
        if (np.kind == "document" and not finding and not voiced) or (np.head == "it" and cls == "object"):
            continue  # but "A statement from the county said ...": the words of its issuer
        if cls == "evidence" and not (finding or (that and np.kind not in ("pronoun", "name"))):
            whole = None if inverted or participle else open_subject(text, toks, c)
            if whole is None or whole.head not in FINDINGS or whole.start > np.start:
                continue  # "police found the car", but "the survey found that ..."
            # "A poll of likely voters released Wednesday found ...": the finding's whole subject
            np = NP(
                whole.start, np.end, text[whole.start : np.end], "document", whole.head, whole.first, np.last
            )
            finding = True
        if (
            t.low.startswith("report")
            and is_outlet(np)
            and not (np.end <= t.start and _opens_report(toks, np, that))
        ):
            continue  # "..., RT reported.": the outlet relays; "The Times reported (that) ...": its claim
        if np.kind == "document" and not inverted and not participle:
            np = _modified_document(text, toks, np)  # "..., county records show": the modifiers too
        if not inverted and not participle:
            np = with_postmodifier(text, toks, np)  # "..., investigators with the sheriff's office said"
        prev = toks[np.first - 1] if np.first > 0 and not inverted and not participle else None
        tail = np.last if inverted else c
        if np.head in ("who", "which") and cls not in ("speech", "evidence"):
            continue  # "Ms. Lee, who has endorsed the mayor": an aside on a speaker, no statement
        if np.head == "who" and _main_cue_ahead(toks, c):
            continue  # "A woman who reported the shooting said it was an accident": the main verb reports
        inf = None if inverted else infinitive_at(toks, c)
        if inf is None and not inverted and cls == "intent":
            inf = object_infinitive(toks, c)  # "wants voters to know ...": the object and its infinitive
        if inf is not None or cls == "intent":
            # "plans to run again", "declined to comment", "vowed to rebuild the bridge"
            whole = None if inf is None else opening(text, toks, np, c)
            if (
                whole is not None
                and inf is not None
                and not _no_comment(toks, inf, clause_end(toks, inf + 1))
            ):
                last = infinitive_end(toks, inf, clause_end(toks, inf + 1))
                cs, ce = trim(text, toks[inf].start, toks[last].end)
                if ce - cs > 6:
                    intents.append(Reported(cs, ce, Attribution(whole, t.start, t.end, t.text)))
            continue
        if cls in ("stance", "topic") or (
            cls in ("object", "speech") and object_content(toks, c, cls) is not None
        ):
            obj = None if inverted else object_span(text, toks, c, cls)
            # '"...," she said, referring to ...': a participle shares a speaker already found
            whole = None if obj is None else np if participle or shared else opening(text, toks, np, c)
            if obj is not None and whole is not None:
                out.append(Reported(obj[0], obj[1], Attribution(whole, t.start, t.end, t.text)))
            continue
        if not inverted and not participle and _comma_dropped(toks, np, c):
            # "... were taken to local hospitals police said.": a scrape lost the comma
            prev = Tok(np.start, np.start, ",", ",")
        if inverted or (prev is not None and prev.text == "," and np.first >= 2 and not shared):
            got = fronted(
                text, toks, np, prev if not inverted else toks[c - 1], tail, max(lo, s), e, inverted
            )
            if (
                got is not None
                and np.first == 2
                and not inverted
                and (not got[2] or _QUOTE_MARKS.search(text, got[0], got[1]))
            ):
                # one word before the speaker ("Survival, Lee says, depends ...") opens the content
                # only when a clause resumes after the cue ("Meanwhile, Lee said ..." is an
                # adjunct), and one with quoted words is reported by those words
                got = None
            if got is not None:
                fs, fe, frags = got
                out.append(Reported(fs, fe, Attribution(np, t.start, t.end, t.text), frags))
                continue
            if inverted:
                continue
        if cls == "object" and not that:
            continue  # "recalled that ...", "promised that ...", "lamented that ...": a clause
        gap_np = _after_relative(text, toks, np)
        if gap_np is not None and _relative_gap(toks, gap_np, c):
            np = gap_np  # "a strike that company executives said could hurt earnings"
        if _relative_gap(toks, np, c):
            # "fees which she said had hurt small shops": the relative clause is the claim
            last = clause_end(toks, c + 1)
            if np.first >= 2 and toks[np.first - 2].text in (",", "—", "–", "("):
                # "The fees, which she said had hurt shops, were dropped": the aside ends at its comma
                close = next(
                    (i for i in range(c + 1, last + 1) if toks[i].text in (",", "—", "–", ")")), None
                )
                last = last if close is None else close - 1
            cs, ce = trim(text, toks[np.first - 1].start, toks[last].end)
            if ce - cs > 10 and last > c + 1:
                out.append(Reported(cs, ce, Attribution(np, t.start, t.end, t.text)))
            continue
        if (
            prev is not None
            and not clause_opening(toks, np.first)
            and not _subordinate_subject(toks, np, c)
            and np is not absolute
            and not after_fronted_adjunct(toks, np)
            and not shared
            and prev.low != "whose"  # "Fenn, whose lawyers argued that ...": a relative's own subject
        ):
            whole = opening(text, toks, np, c)
            if whole is None:
                continue
            np = whole
            prev = toks[np.first - 1] if np.first > 0 else None
        answer = _short_answer(toks, c)
        if answer is not None:
            # "75 percent said yes", "Half said so in May": the answer is the statement
            out.append(Reported(toks[c + 1].start, toks[answer].end, Attribution(np, t.start, t.end, t.text)))
            continue
        k = clause_start(toks, c)
        if k is None and _negated_if(toks, c):
            k = c + 1  # "would not say if he will run": an indirect question, no condition
        if k is None:
            continue
        after_that = toks[k - 1].low == "that"
        if not after_that and toks[k].low in _GAP_VERBS:
            continue  # "the bill he said would fail": a relative's gap, no clause of its own
        if not after_that and t.low in _WRITE and toks[k].low not in _SUBJECT_PRONOUNS:
            continue  # "wrote a letter to the council", "wrote the profile": an object, not a clause
        if not after_that and t.low in _ADD and toks[k].low in ("a", "an", "another"):
            continue  # "has added another task to her list"
        last = clause_end(toks, k)
        relative = c > 0 and toks[c - 1].low in ("which", "who")
        if np.first > 0 and (
            (np.head in ("which", "who") and toks[np.first - 1].text == ",")
            or toks[np.first - 1].low == "whose"
        ):
            last = _aside_predicate(toks, k, last)  # "Lind, who has said the port should close, won"
        if relative or (prev is not None and prev.low in _SUBORDINATORS):
            # "Although the mayor admitted mistakes, he ...": the main clause is no content
            comma = next((i for i in range(k, last + 1) if toks[i].text == ","), None)
            last = last if comma is None else comma - 1
        if last - k < 2:
            continue
        if not after_that and t.low in _ADD and not _finite_clause(toks, k, _first_conjunct(toks, k, last)):
            # "When the city added bus lanes, ...", "Davis added 27 points and 15 rebounds, and the
            # Lakers rallied": an object, no clause with a verb of its own before the next conjunct
            continue
        cs, ce = trim(text, toks[k].start, toks[last].end)
        if ce - cs >= _MIN_CLAUSE_CHARS and " " in text[cs:ce]:  # "sales fell", not "it is"
            out.append(Reported(cs, ce, Attribution(np, t.start, t.end, t.text)))
    return out, intents


def _comma_dropped(toks: list[Tok], np: NP, c: int) -> bool:
    """True for a group that says a sentence's last word after a plain word, with no comma.

    "... to nearby clinics police said.": the group, its say-verb and the
    sentence's end, after at least four words ending in a lowercase noun-like
    word (not a function word or a verb).
    """
    if toks[c].low not in _SAY_FORMS or np.kind != "group" or np.first < 5 or np.last != c - 1:
        return False
    if c + 1 < len(toks) and toks[c + 1].text not in (".", "!"):
        return False
    before = toks[np.first - 1]
    return (
        before.text.isalpha()
        and before.text.islower()
        and before.low not in FUNCTION_WORDS
        and before.low not in _FINITE_VERBS
        and not before.low.endswith("ly")
    )


def _group_of_name(toks: list[Tok], whole: NP) -> bool:
    """True when ``whole`` is a group noun, a preposition and a name: "Aides to Gov. Lee"."""
    return any(
        toks[m - 1].low == whole.head
        and toks[m].low in ("to", "of", "for")
        and all(is_cap(u) or u.low == "the" for u in toks[m + 1 : whole.last + 1])
        for m in range(whole.first + 1, min(whole.last, whole.first + 4))
    )


def _trailing_speaker(text: str, toks: list[Tok], c: int) -> NP | None:
    """The speaker after a cue that follows a comma and ends the sentence (", said police."), or None."""
    if c == 0 or toks[c - 1].text != ",":
        return None
    np = np_after(text, toks, c + 1)
    ok = (
        np is not None
        and np.kind in ("name", "group", "org", "description")
        and (
            np.last + 1 >= len(toks)
            or toks[np.last + 1].text in (".", ";", "!")
            or (np.kind == "name" and is_cap(toks[c + 1]) and closing_apposition(toks, np.last + 1))
        )
        and not any(u.low in _FINITE_VERBS for u in toks[np.first : np.last + 1])  # "said both were friends"
    )
    return np if ok else None


def _means_or_second_participle(toks: list[Tok], c: int) -> bool:
    """True for a participle of means or a second one: "began by talking about ...",
    "..., criticizing the plan and calling for ..."; the sentence's subject speaks."""
    before = toks[c - 1].low
    if before == "by":
        return True
    return before == "and" and any(
        toks[i].text == "," and toks[i + 1].low.endswith("ing") and toks[i + 1].text.islower()
        for i in range(max(0, c - 14), c - 2)
    )


def _short_answer(toks: list[Tok], c: int) -> int | None:
    """Index of the last token of a one-word answer a say-verb at ``c`` reports, or None.

    "said yes.", "says so", "said no because ...", "said yes, yes, yes": the
    word (repeated or not) ends the clause, and punctuation, a conjunction or
    an adjunct follows it ("said so in May"); "said no one came", "said so
    many ..." open clauses of their own.
    """
    if toks[c].low not in _SAY_FORMS or c + 1 >= len(toks) or toks[c + 1].low not in _ANSWERS:
        return None
    last = c + 1
    while last + 2 < len(toks) and toks[last + 1].text == "," and toks[last + 2].low == toks[c + 1].low:
        last += 2  # "said yes, yes, yes"
    if last + 1 >= len(toks):
        return last
    nxt = toks[last + 1]
    if nxt.text in ".,;:!?)" or nxt.low in _ANSWER_FOLLOWERS or nxt.low in TIME_WORDS:
        return last
    return None


def _aside_predicate(toks: list[Tok], k: int, last: int) -> int:
    """``last``, or the end before the comma where the main clause's predicate resumes.

    "Lind, who has said the port should close, won the vote": after a relative
    aside's clause, a comma and a lowercase verb ("won", "ultimately did not")
    go on with the sentence around it; ", and Mr. Cruz in particular," is more
    of the clause.
    """
    for i in range(k + 1, last):
        if toks[i].text != ",":
            continue
        nxt = toks[i + 1]
        low = nxt.low
        if (
            nxt.text.isalpha()
            and nxt.text[0].islower()
            and low not in FUNCTION_WORDS
            and low not in DETERMINERS
            and low not in PRONOUNS
            and low not in COORDINATORS
            and not low.endswith("ing")
            and _has_verb(toks, k, i)  # "the two men, and Lee in particular, must": no verb yet
        ):
            return i - 1
    return last


def _has_verb(toks: list[Tok], k: int, i: int) -> bool:
    """True when ``toks[k:i]`` holds a finite verb, a modal or a lowercase past form."""
    for u in toks[k:i]:
        low = u.low
        if low in _FINITE_VERBS or low in _MODALS or low.endswith(_FINITE_ENDINGS):
            return True
        if low.endswith("ed") and len(low) > 4 and u.text[0].islower():
            return True
    return False


def _purpose_subject(text: str, toks: list[Tok], s: int, c: int) -> NP | None:
    """The speaker of "to say" at ``c`` in "Ruiz went on television to say ...": the sentence's subject.

    The subject must name a speaker, not "it" ("It is too early to say"); inside an
    intent or a request ("wants to say", "asked him to say") the statement is that
    content, and the nesting filter drops it.
    """
    np = sentence_subject(text, s, toks[c].start, pronouns=True)
    if np is None or np.kind not in _SPEAKER_KINDS or np.text.lower() in ("it", "this", "that"):
        return None
    if np.text.split()[0].lower() in _NOT_SUBJECT_OPENERS:
        return None  # "Given ...", "Without the judge ...": an adjunct, not the subject
    return np


def _first_conjunct(toks: list[Tok], k: int, last: int) -> int:
    """For a clause opening with a count ("27 points and ..."), the last token before the first
    "and" or "but"; else ``last``."""
    if not is_number(toks[k]):
        return last
    for i in range(k + 1, last + 1):
        if toks[i].low in ("and", "but"):
            return i - 1
    return last


def _finite_clause(toks: list[Tok], k: int, last: int) -> bool:
    """True when ``toks[k:last + 1]`` reads as a clause: a subject pronoun first, or a finite verb in it.

    "added she would run", "added the vote was close", "added costs had risen",
    but not "added bus lanes in the spring" or "added two players to the roster".
    """
    if toks[k].low in _SUBJECT_PRONOUNS:
        return True
    for i in range(k + 1, last + 1):
        low = toks[i].low
        if low in _FINITE_VERBS or low.endswith(_FINITE_ENDINGS):
            return True
        if low.endswith("ed") and len(low) > 4 and toks[i].text[0].islower():
            return True
    return False


def _modified_document(text: str, toks: list[Tok], np: NP) -> NP:
    """``np`` with the plain words a comma opens before it ("..., campaign finance records show")."""
    first = np.first
    while first > 0 and np.first - first < 3:
        u = toks[first - 1]
        plain = u.text.isalpha() and u.text.islower()
        if not plain or u.low in FUNCTION_WORDS or (u.low in CUE_FORMS and not u.low.endswith("ing")):
            break  # but "..., charging papers say": a participle names the papers' kind
        first -= 1
    if first == np.first or first < 2 or toks[first - 1].text != ",":
        return np
    start = toks[first].start
    return NP(start, np.end, text[start : np.end], np.kind, np.head, first, np.last)


def _no_comment(toks: list[Tok], inf: int, last: int) -> bool:
    """True for a refusal to speak ("declined to comment", "refused to comment on the case").

    The speaker says nothing, so there is no statement to report.
    """
    if inf + 1 > last or toks[inf + 1].low not in _NO_COMMENT:
        return False
    rest = [u.low for u in toks[inf + 2 : last + 1] if u.text[0].isalnum()]
    return not rest or rest[0] in _NO_COMMENT_TAILS


def _after_relative(text: str, toks: list[Tok], np: NP) -> NP | None:
    """The part of ``np`` after a relative word inside it, or None when it holds none.

    "a long strike which officials", "that company executives": the phrase before a
    cue swallowed the relative that opens the clause; the speaker is what follows it.
    """
    for p in range(np.last - 1, np.first - 1, -1):
        if toks[p].low in _RELATIVES and p > 0 and toks[p].text.islower():
            start = toks[p + 1].start
            return NP(start, np.end, text[start : np.end], np.kind, np.head, p + 1, np.last)
    return None


def _relative_gap(toks: list[Tok], np: NP, c: int) -> bool:
    """True for "which he said had ...", "that officials say would ...": a speaker inside a relative.

    The relative's verb follows the cue: an auxiliary, a finite verb ("which
    officials said remains ..."), or a lowercase past tense ("that he said
    defied ..."). Or, after "which", the cue takes a clause with a subject of its
    own whose object is the gap ("which she said the city should pay for").
    """
    if np.first < 1 or c + 2 >= len(toks) or np.last != c - 1 or np.kind not in _SPEAKER_KINDS:
        return False
    relative = toks[np.first - 1].low
    if relative == "what" and np.first >= 2:
        relative = "that"  # "displaying what analysts said was a sign": a free relative inside the sentence
    if relative not in _RELATIVES:
        return False
    verb = toks[c + 1]
    if verb.low in _GAP_VERBS or verb.low in _FINITE_VERBS:
        return True
    if verb.text.isalpha() and verb.text[0].islower() and verb.low.endswith("ed") and len(verb.low) > 4:
        return True
    return relative == "which" and _clause_subject(toks, c + 1)


def _clause_subject(toks: list[Tok], k: int) -> bool:
    """True when a subject and then a verb open a clause at ``k`` ("the city should ...", "he would ...")."""
    if toks[k].low in _SUBJECT_PRONOUNS:
        return k + 1 < len(toks) and toks[k + 1].text[0].isalpha() and toks[k + 1].text[0].islower()
    if toks[k].low not in DETERMINERS and not is_cap(toks[k]):
        return False
    for j in range(k + 1, min(len(toks), k + 6)):
        u = toks[j]
        if u.low in _GAP_VERBS or u.low in _MODALS:
            return True
        if not u.text[0].isalnum() or u.low in FUNCTION_WORDS:
            return False
    return False


def _anonymity(toks: list[Tok], c: int) -> bool:
    """True for "asked not to be identified", "requested not to be quoted" at the cue ``c``."""
    if c + 4 >= len(toks) or toks[c + 1].low != "not":
        return False  # most cues: no "not" right after them (the cheap test first)
    words = [u.low for u in toks[c + 1 : c + 5]]
    return words[:3] == ["not", "to", "be"] and words[3] in _ANONYMOUS and toks[c].low in _REQUEST_VERBS


_OPENING_WORDS = _SUBORDINATORS | frozenset(("and", "but", "so", "or", "nor"))


def _without_subordinator(text: str, toks: list[Tok], np: NP) -> NP:
    """``np`` without a sentence-opening subordinator or conjunction ("Because officials", "But critics")."""
    if np.first < 0 or np.first >= np.last or toks[np.first].low not in _OPENING_WORDS:
        return np
    if toks[np.first].start != np.start:
        return np
    first = np.first + 1
    start = toks[first].start
    return NP(start, np.end, text[start : np.end], np.kind, np.head, first, np.last)


def _subordinate_subject(toks: list[Tok], np: NP, c: int) -> bool:
    """True when ``np`` (its cue at ``c``) is the subject of a subordinate clause ("when she said ...")."""
    if np.first <= 0 or np.first > np.last:
        return False
    # not "resigned after the auditors confirmed that ...": a time clause dates the
    # main clause's event with a report, it is no statement of its own; but one that
    # opens the sentence ("After Lee argued that ..., the board ...") reports it, and so
    # does a bare say-verb ("was arrested after police say he fired"): a hedge on a claim
    low = toks[np.first - 1].low
    return (
        low in _SUBORDINATORS
        and (low not in _TEMPORAL or np.first == 1 or toks[c].low in _SAY_FORMS)
        and np.kind in _SPEAKER_KINDS
    )


_SPAN_ADJECTIVES = ("-year", "-month", "-week", "-day")


def _opens_report(toks: list[Tok], np: NP, that: bool) -> bool:
    """True when an outlet before "reported" opens its clause ("The Ledger reported the mayor quit")."""
    return that or np.first == 0 or toks[np.first - 1].low in COORDINATORS


_REMIND = lx.grammar("remind")
_REMIND_OPENERS = lx.grammar("remind_openers")


def _that_ahead(toks: list[Tok], c: int) -> bool:
    """True when a clause follows the cue at ``c`` after a short addressee.

    "reminded voters that ...", "reminds the party why ...", "reminded Lee he
    would ...": "that", a question word or a subject pronoun opens it.
    """
    for n, u in enumerate(toks[c + 1 : c + 7]):
        if u.low in _REMIND_OPENERS or (n and u.low.replace("’", "'").split("'")[0] in _SUBJECT_PRONOUNS):
            return True
        if not u.text[0].isalnum() or u.low in ("of", "about", "to"):
            return False
    return False


def _is_noun_use(toks: list[Tok], c: int) -> bool:
    """True when a cue form is used as a noun ("the report", "five states", "the mayor's tweet")."""
    if c == 0:
        return False
    prev = toks[c - 1]
    plural = toks[c].low.endswith("s") and toks[c].low != "says"
    if prev.low in _PASSIVE:
        return True  # "will not be disclosed", "was told": the subject is not the speaker
    k = c - 1
    while k > 0 and toks[k].low in ADVERBS and toks[k].low not in _FINITE_BE:
        k -= 1
    if toks[k].low in _FINITE_BE and (toks[c].low.endswith("ed") or toks[c].low in _PARTICIPLES):
        return True  # "who was declared the winner", "is widely reported": a passive
    if prev.low in _DEGREE and toks[c].low.endswith("ed"):
        return True  # "the most pointed critiques", "a more measured tone": an adjective
    if toks[c].low in ("state", "states") and prev.text[0].islower() and prev.low not in PRONOUNS:
        return True  # "the new state guidelines", "coastal states"
    if plural and c + 1 < len(toks) and toks[c + 1].low in _AUXILIARIES and not _gap_speaker(toks, c):
        return True  # "Comments and answers were trimmed": a noun, the subject of its own verb
    if prev.low.endswith(_SPAN_ADJECTIVES) or (
        c >= 2 and toks[c - 2].low.endswith(_SPAN_ADJECTIVES) and is_cap(prev)
    ):
        return True  # "two-year notes", "the 10-year Treasury note": a period adjective before a noun
    if prev.low in _NOUN_QUANTIFIERS and (c < 2 or toks[c - 2].low not in _LEAVE):
        return True  # "there is no doubt that ...": a noun, no one doubts; "Lee left no doubt" speaks
    if not plural and toks[c].low in _NOUN_VERBS and is_cap(prev):
        k = c - 1
        while k > 0 and is_cap(toks[k]) and c - k < 5:
            k -= 1
        if toks[k].low in ("a", "an"):
            return True  # "A WXLM News report citing ...": a singular noun phrase, not "X report"
    return (
        prev.low in _ARTICLES
        or (plural and (prev.low in DETERMINERS or prev.low[0].isdigit()))
        or prev.low.endswith(("'s", "’s"))
        or prev.low in _NOUN_BEFORE
    )


def _negated_if(toks: list[Tok], c: int) -> bool:
    """True for a negated cue before "if" ("did not say if", "wouldn't confirm if")."""
    if c + 2 >= len(toks) or toks[c + 1].low != "if" or not toks[c + 2].text[0].isalnum():
        return False
    for j in range(c - 1, max(-1, c - 4), -1):
        u = toks[j]
        if u.low in _NEGATIONS or u.low.endswith(("n't", "n’t")):
            return True
        if not (u.low in ADVERBS or u.low in _MODALS):
            return False
    return False


def _gap_speaker(toks: list[Tok], c: int) -> bool:
    """True when a pronoun or a relative's short subject precedes the cue at ``c``.

    "which he believes will ...", "a decline that the union predicts will ...": the
    cue is the verb of a relative whose gap the next verb fills, not a plural noun.
    """
    if toks[c - 1].low in _SUBJECT_PRONOUNS:
        return True
    for j in range(c - 2, max(-1, c - 6), -1):
        u = toks[j]
        if u.low in _RELATIVES and u.text[0].islower():
            first = toks[j + 1]
            return first.low in DETERMINERS or is_cap(first)
        if not u.text[0].isalnum():
            return False
    return False


def _stance_noun(toks: list[Tok], c: int) -> bool:
    """True when a stance form is a noun.

    "37 percent support", "broad support among", "drew support", "their
    local support was ...", "our circle of support is": a quantity, an
    adjective or a verb before it, or a possessive phrase around it.
    """
    if c == 0:
        return False
    prev = toks[c - 1]
    if prev.low in _NOUN_LEADS or prev.text[-1:].isdigit() or prev.low == "of":
        return True  # "a base of support that ..."
    nxt = toks[c + 1] if c + 1 < len(toks) else None
    if nxt is not None and nxt.low in _SUBJECT_VERBS and nxt.low != "to":
        return True  # "Lee support is strongest ...": the noun is a subject; a verb takes an object
    if nxt is not None and nxt.text[0].isalnum() and nxt.low not in _NOUN_FOLLOWERS:
        return False  # "His aides support the plan": a verb and its object
    for j in range(c - 1, max(-1, c - 4), -1):
        u = toks[j]
        if u.low in _POSSESSIVE_WORDS or u.low.endswith(("'s", "’s")):
            return True  # "their local support", "our circle of support"
        if not u.text[0].isalpha() or u.low in PRONOUNS or (u.low in FUNCTION_WORDS and u.low != "of"):
            return False
    return False


def _as_reported(text: str, toks: list[Tok], c: int, put: bool = False) -> Reported | None:
    """The clause after "As X reported, ..." or "As reported by X, ..." with the cue at ``c``.

    With ``put`` the cue is "put it" ("As the mayor put it, ..."), which is no
    cue anywhere else.

    "As" opens the sentence (or follows a comma or dash), the speaker sits
    between it and the cue (or after "by"), and the clause follows the comma
    that closes the attribution, whose tail may date or place it ("last week",
    "in a speech in March").
    """
    if c < 1:
        return None
    for k in range(c - 1, max(0, c - 12) - 1, -1):
        if toks[k].low == "as":
            break
    else:
        return None  # no "as" in the twelve tokens before the cue: most cues
    if toks[c - 1].low == "as":
        if put:
            return None
        a = c - 1
        if c + 2 >= len(toks) or toks[c + 1].low != "by":
            return None
        np = np_after(text, toks, c + 2)
        tail = None if np is None else np.last + 1
    else:
        j = c - 1
        while j > 0 and (toks[j].low in ADVERBS or toks[j].low == "first"):
            j -= 1  # "As the Ledger first reported"
        np = np_before(text, toks, j + 1, k + 1)  # from the "as": "As Ada Quill put it" is no name
        if np is None or np.first != k + 1:
            return None
        a = np.first - 1
        tail = c + 2 if put else c + 1
    if np is None or tail is None or np.kind not in _AS_SOURCES:
        return None
    if a > 0 and toks[a - 1].low not in _AS_OPENERS:
        return None  # "twice as many as officials said": a comparison
    if put and a > 0 and toks[a - 1].low not in ("and", "but"):
        return None  # "The city, as the mayor put it, cannot ...": an aside within a clause
    if tail < len(toks) and toks[tail].low == "out":
        tail += 1  # "As she pointed out, ..."
    comma = next(
        (i for i in range(tail, min(len(toks), tail + 10)) if not toks[i].text[0].isalnum()),
        None,
    )
    if comma is None or toks[comma].text != "," or comma + 1 >= len(toks):
        return None
    if any(u.low in _AS_TAIL_STOPS or u.low in CORE_CUE_FORMS for u in toks[tail:comma]):
        return None  # "As she said that ...", "As he told it to them": no attribution of its own
    k = comma + 1
    last = clause_end(toks, k)
    if last - k < 2:
        return None
    cs, ce = trim(text, toks[k].start, toks[last].end)
    if ce - cs <= 10:
        return None
    t = toks[c]
    return Reported(cs, ce, Attribution(np, t.start, t.end, t.text))


def _main_cue_ahead(toks: list[Tok], c: int) -> bool:
    """True when a saying verb follows the cue at ``c`` in the same clause, before any comma.

    "A woman who reported the shooting to 9-1-1 said ...": the relative clause's
    verb reports nothing of its own; the sentence's verb does.
    """
    if c + 1 < len(toks) and toks[c + 1].low == "that":
        return False  # "who thought that ...": the relative clause reports
    for n in range(c + 2, min(len(toks), c + 12)):
        u, before = toks[n], toks[n - 1]
        if not u.text[0].isalnum():
            return False
        if u.low in _MAIN_SAYS and before.low not in PRONOUNS and not is_cap(before):
            return True  # but "voters who believe anything he says": the later verb has its own subject
    return False


def _arrival(toks: list[Tok], c: int) -> bool:
    """True when "respond" or "answer" at ``c`` is an arrival, not a reply.

    Police and crews who "responded" went to a scene ("Officers responded to the
    200 block ..."); one who "answered the door" opened it. "The mayor responded
    that ..." and "answered a question about ..." stay replies.
    """
    if toks[c].low.startswith("answer"):
        return any(u.low in _ANSWERED for u in toks[c + 1 : c + 4])
    if c + 1 < len(toks) and toks[c + 1].low in ("that", "by"):
        return False
    if c + 2 < len(toks) and toks[c + 1].low == "to" and toks[c + 2].low in _REPLIED_TO:
        return False  # "The police chief responded to criticism that ...": a reply
    if c + 2 < len(toks) and toks[c + 1].low == "to":
        ahead = toks[c + 2 : c + 5]
        if any(u.low[:1].isdigit() or u.low in _SCENE_NOUNS for u in ahead):
            return True  # "When they responded to the 3100 block ...": whoever responds, a place
    for u in toks[max(0, c - 8) : c]:
        if u.text in (".", "!", "?", ";"):
            return False
        if u.low in _RESPONDERS:
            return True
    return False
