"""The content a stance or demand verb takes as its object or infinitive."""

from __future__ import annotations

from . import lexicon as lx
from .clauses import COORDINATORS, digit_comma, trim
from .speakers import Tok, is_cap
from .tokens import PARTY_STATE
from .words import ADVERBS, CORE_CUE_FORMS, CUE_FORMS, DETERMINERS, FUNCTION_WORDS, PRONOUNS, TIME_WORDS

__all__ = ["infinitive_at", "infinitive_end", "object_content", "object_infinitive", "object_span", "verb_at"]

_CLAUSE_REJECT = lx.grammar("clause_reject")
_ARTICLES = lx.grammar("articles")
_CLAUSE_PARTICIPLES = lx.grammar("clause_participles")
_CALL_VERBS = lx.grammar("call_verbs")
_CALL_PARTICLES = lx.grammar("call_particles")
_OBJECT_TO = lx.grammar("object_to")
_OBJECT_NP = lx.grammar("object_np")
_TOPIC_VERBS = lx.grammar("topic_verbs")
_EXPRESS_VERBS = lx.grammar("express_verbs")
_ATTITUDE_NOUNS = lx.grammar("attitude_nouns")
_ATTITUDE_PREPS = lx.grammar("attitude_preps")
_TOPIC_PREPS = lx.grammar("topic_preps")
_INFINITIVE_CUES = lx.grammar("infinitive_cues")
_SUBJECT_VERBS = lx.grammar("subject_verbs")
_OBJECT_ADJUNCTS = lx.grammar("object_adjuncts")
_CHANNEL_NOUNS = lx.grammar("channel_nouns")
_TIME_LEADS = frozenset(("last", "this", "next", "earlier", "late", "early"))
_TIME_NOUNS = lx.grammar("time_nouns")
# the time words that head a time phrase ("on Monday", "in the last week"), not its preposition
_TIME_HEADS = TIME_WORDS - frozenset(("in", "at", "on", "during"))
_WISH_VERBS = lx.grammar("wish_verbs")
_DESCRIBE_VERBS = lx.grammar("describe_verbs")
_REGARD_VERBS = lx.grammar("regard_verbs")
_REGARD_REACH = 7
_ADJUNCT_PREPS = lx.grammar("adjunct_start")
_OBJECT_REJECT = lx.grammar("object_reject")
_ONE_WORD_OBJECTS = frozenset(("him", "her", "them", "us", "me"))
_PARTIES = frozenset(("R", "D", "I"))
_REFLEXIVES = frozenset(("himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"))
_REFER_VERBS = lx.grammar("refer_verbs")
_RECALL_VERBS = frozenset(("recall", "recalls", "recalled", "recalling"))


_REASON_LEADS = lx.object_bounds("reason_leads")
_RELATIVES = lx.object_bounds("relatives")
_MENTION_VERBS = lx.object_bounds("mention_verbs")
_PAST_VERBS = lx.object_bounds("past_verbs")
_TOPIC_MANNERS = lx.object_bounds("topic_manners")
_DATE_PREPS = lx.object_bounds("date_preps")
_MONTHS = lx.months()
_TIME_UNITS = lx.object_bounds("time_units")
_TIME_MODIFIERS = lx.object_bounds("time_modifiers")
_LIST_ITEM = 6

_APPOSITION_LEADS = lx.object_bounds("apposition_leads")
_WH_OPENERS = frozenset(("how", "what", "when", "why", "where"))


def infinitive_at(toks: list[Tok], c: int) -> int | None:
    """Index of "to" when the cue at ``c`` takes an infinitive ("plans to run", "vowed to rebuild").

    A negated infinitive starts at its "not" ("plans not to strike"): the negation is the content.
    """
    if toks[c].low not in _INFINITIVE_CUES or c + 2 >= len(toks):
        return None
    at = c + 1
    if toks[at].low == "not" and c + 3 < len(toks):
        at += 1
    if toks[at].low != "to":
        return None
    verb = toks[at + 1]
    if not (verb.text.isalpha() and verb.text[0].islower()):
        return None
    if verb.low in DETERMINERS or verb.low in PRONOUNS or verb.low in FUNCTION_WORDS:
        return None
    return c + 1


def infinitive_end(toks: list[Tok], inf: int, last: int) -> int:
    """The last token of the infinitive opening at ``inf`` ("to"), at most ``last``.

    An infinitive's own verbs are base forms ("to rebuild the bridge and widen
    the road"), so a coordinated past-tense verb with an object of its own is
    the subject's next predicate: "wants to keep the library open and praised
    the volunteers", "plans to trim fees, vetoed the bill".
    """
    for i in range(inf + 2, last):
        u = toks[i]
        if u.low != "and" and u.text != ",":
            continue
        j = i + 1
        if u.text == "," and j <= last and _clause_after_comma(toks, j):
            return i - 1
        if u.text == "," and j <= last and toks[j].low == "and":
            j += 1
        while j < last and toks[j].low in ADVERBS:
            j += 1
        if j >= last:
            return last
        verb, nxt = toks[j], toks[j + 1]
        if (
            verb.text.isalpha()
            and verb.text[0].islower()
            and ((verb.low.endswith("ed") and len(verb.low) > 4) or verb.low in _PAST_VERBS)
            and nxt.text[0].isalnum()
            and nxt.low != "by"
        ):
            return i - 1
    return last


def _clause_after_comma(toks: list[Tok], j: int) -> bool:
    """True when token ``j``, after a comma in an infinitive, opens another clause.

    A subject ("..., the council voted"), a finite verb of the sentence's
    subject ("declined to comment, didn't reply") or a participle ("...,
    saying ...") ends the infinitive; a coordinated base verb ("to cut fees,
    widen roads and ...") does not.
    """
    u = toks[j]
    if not u.text[0].isalpha() or u.low in _RELATIVES or u.low in _APPOSITION_LEADS:
        return False  # "..., who won", "..., including ...": the infinitive's own words
    if u.text[0].isupper():
        # "..., Ann Lee, the mayor, ...": a name closed by a comma is an apposition
        i = j
        while i < len(toks) and is_cap(toks[i]):
            i += 1
        return i < len(toks) and toks[i].text[0].isalnum()
    if u.low in PRONOUNS or u.low in _ARTICLES:
        return True
    return (
        u.low in _SUBJECT_VERBS
        or u.low.endswith(("n't", "n’t"))
        or (u.low.endswith("ing") and len(u.low) > 4)
        or (u.low.endswith("ed") and len(u.low) > 4)
    )


def object_infinitive(toks: list[Tok], c: int) -> int | None:
    """First token of "voters to know ..." after a wish verb at ``c`` ("wants voters to know ...").

    The object is a short noun phrase (no verb, no punctuation) and "to" opens an
    infinitive; None otherwise ("wants a recount", "wanted them gone").
    """
    if toks[c].low not in _WISH_VERBS or c + 3 >= len(toks):
        return None
    for i in range(c + 1, min(len(toks) - 1, c + 7)):
        u = toks[i]
        if u.low == "to":
            return c + 1 if i > c + 1 and verb_at(toks, i + 1) else None
        if not u.text[0].isalnum() or u.low in _SUBJECT_VERBS or u.low in CORE_CUE_FORMS:
            return None
        if u.text[0].islower() and u.low.endswith(("ed", "ing")) and len(u.low) > 4:
            return None
    return None


def verb_at(toks: list[Tok], k: int) -> bool:
    """True when token ``k`` can be the verb of an infinitive ("to build", not "to the voters")."""
    verb = toks[k]
    return (
        verb.text.isalpha()
        and verb.text[0].islower()
        and verb.low not in DETERMINERS
        and verb.low not in PRONOUNS
        and verb.low not in FUNCTION_WORDS
    )


def object_content(toks: list[Tok], c: int, cls: str) -> int | None:
    """First token of the content a stance or demand verb at ``c`` takes as its object.

    "criticized the plan", "called for new elections", "urged voters to stay home",
    "vowed to rebuild", "demanded an inquiry"; None when the verb takes no content.
    """
    j = c + 1
    if j >= len(toks):
        return None
    low = toks[c].low
    if low in _REGARD_VERBS:
        # "voters see the mayor as out of touch": a judgment, only with "as" after a short object
        window = toks[j : j + _REGARD_REACH]
        as_ = next((i for i, u in enumerate(window) if u.low == "as"), None)
        if (
            as_ is None
            or as_ == 0
            or toks[j].low == "of"
            or not all(u.text[0].isalnum() for u in window[:as_])
        ):
            return None
        if any(
            u.text[0].islower() and (u.low in _SUBJECT_VERBS or u.low in CORE_CUE_FORMS) for u in window[:as_]
        ):
            return None  # "the view of the race comes as ...": "as" opens a clause of its own
        return j
    if low in _EXPRESS_VERBS:
        # "expressed concern about the river", "voiced strong support for the bill",
        # "expressed hope that the strike would end": the attitude's object or clause
        for i in range(j, min(len(toks), j + 4)):
            if toks[i].low in _ATTITUDE_NOUNS:
                if i + 1 < len(toks) and (toks[i + 1].low in _ATTITUDE_PREPS or toks[i + 1].low == "that"):
                    j = i + 2
                    break
                return None
            if not toks[i].text[0].isalnum():
                return None
        else:
            return None
    elif low in _TOPIC_VERBS:
        # "warned of a long winter", "spoke about her childhood", "railed against the tax"
        if not (low in _REFER_VERBS and toks[j].low == "to"):
            prep = _topic_prep(toks, j)  # "spoke out about", "talked openly of"
            if prep is None or toks[prep].low not in _TOPIC_PREPS:
                return None  # "referring to the vote": "refer" takes "to"
            j = prep
        j += 1
    elif cls == "object":
        if low in _CALL_VERBS:
            if _call_complement(toks, j):
                return j  # "called him a liar", "called the plan a disaster"
            if toks[j].low not in _CALL_PARTICLES:
                return None
            j += 1
        elif low in _DESCRIBE_VERBS:
            # "described the town as a ghost town": only with "as" and its complement
            window = toks[j : j + 10]
            as_ = next((i for i, u in enumerate(window) if u.low == "as"), None)
            if as_ is None or as_ == 0 or not all(u.text[0].isalnum() for u in window[:as_]):
                return None
            return j
        elif low in _RECALL_VERBS:
            # "recalled how the mill closed", "..., recalling the long drive": a
            # memory told; but "recalled 2 million cars", "recalled its envoy" are no speech
            if toks[j].low in _WH_OPENERS and j + 1 < len(toks) and toks[j + 1].text[0].isalnum():
                return j
            if not (low.endswith("ing") and c > 0 and toks[c - 1].text == ","):
                return None
        elif low in _OBJECT_TO:
            window = toks[j : j + 6]
            to = next((i for i, u in enumerate(window) if u.low == "to"), None)
            if to is None or not all(u.text[0].isalnum() for u in window[:to]):
                return None
            return j
        elif low in _MENTION_VERBS:
            if toks[j].low in ("as", "by"):
                return None  # "names mentioned as nominees", "mentioned by aides": a passive
        elif low not in _OBJECT_NP:
            return None
    elif cls == "stance":
        if toks[j].low in _OBJECT_REJECT:
            return None  # "slammed into a tree", "backed away from": a motion, not a stance
    elif cls != "topic":
        return None
    if j >= len(toks) or not toks[j].text[0].isalnum() or toks[j].low in _CLAUSE_REJECT:
        return None
    return j


def _topic_prep(toks: list[Tok], j: int) -> int | None:
    """Index of the preposition a topic verb takes from ``j``, past "out" and a manner word.

    "spoke out about", "talked openly of", "spoke at length about"; ``j`` itself
    when nothing stands between.
    """
    n = len(toks)
    if j < n and toks[j].low == "out":
        j += 1
    if j < n and toks[j].low in _TOPIC_MANNERS:
        j += 1
    elif j + 1 < n and toks[j].low == "at" and toks[j + 1].low == "length":
        j += 2
    return j if j < n else None


def _call_complement(toks: list[Tok], j: int) -> bool:
    """True when "call" at ``j - 1`` names its object as something: "called him a liar".

    The object is a pronoun (a reflexive one too: "calls himself a
    moderate"), a name or a short noun phrase with a determiner, and the
    complement opens with "a" or "an" ("called the levy a tax on the poor"),
    or after a pronoun is one adjective ending the phrase ("called her
    reckless."). "called a meeting", "called him back" take no complement.
    """
    n = len(toks)
    i = j
    pronoun = i < n and (
        toks[i].low in _ONE_WORD_OBJECTS or toks[i].low in _REFLEXIVES or toks[i].low == "it"
    )
    if pronoun:
        i += 1
    elif i < n and is_cap(toks[i]):
        while i < n and i - j < 4 and is_cap(toks[i]):
            i += 1
    elif i < n and toks[i].low in ("the", "this", "that", "his", "her", "their", "its"):
        i += 1
        while i < n and i - j < 4 and toks[i].text.isalpha() and toks[i].text.islower():
            if toks[i].low in ("a", "an"):
                break
            i += 1
    else:
        return False
    if i + 1 >= n or i == j:
        return False
    comp = toks[i]
    if comp.low in ("a", "an"):
        return toks[i + 1].text[0].isalpha()
    return (
        pronoun
        and comp.text.isalpha()
        and comp.text.islower()
        and comp.low not in FUNCTION_WORDS
        and comp.low not in ADVERBS
        and comp.low not in TIME_WORDS
        and comp.low not in _OBJECT_REJECT
        and not comp.low.endswith("ly")
        and (not toks[i + 1].text[0].isalnum() or toks[i + 1].low in ("and", "but"))
    )


def object_span(text: str, toks: list[Tok], c: int, cls: str) -> tuple[int, int] | None:
    """The offsets of a stance or demand verb's object, up to the first comma or clause break."""
    k = object_content(toks, c, cls)
    if k is None:
        return None
    if (
        toks[c].low in _CALL_VERBS
        and k == c + 1
        and (toks[k].low in _ONE_WORD_OBJECTS or toks[k].low in _REFLEXIVES or toks[k].low == "it")
        and k + 1 < len(toks)
        and toks[k + 1].low not in ("a", "an")
    ):
        return toks[k].start, toks[k + 1].end  # "called her reckless and walked out": one adjective
    last = k
    infinitive = toks[k].low == "to" or toks[k].low in _WH_OPENERS  # a clause keeps its adjuncts
    # "endorsed her", "praised Hansen": a stance may take one word, a name or a pronoun
    single = cls == "stance" and (toks[k].low in _ONE_WORD_OBJECTS or is_cap(toks[k]))
    clause = toks[k].low.endswith("ing")  # a gerund keeps its means: "paying for it by cutting ..."
    quoted = False  # inside a quotation opened in the object: 'called it "slow, costly"'
    while last + 1 < len(toks) and (
        toks[last + 1].text not in ",;:.!?()—–"
        or digit_comma(toks, last + 1)
        or quoted
        or (toks[last + 1].text == "(" and _party_label(toks, last + 1))
        or (toks[last + 1].text == "," and not infinitive and _comma_continues(toks, k, last + 1))
    ):
        if toks[last + 1].text == "(" and _party_label(toks, last + 1):
            last += 3  # "called Gov. Ann Lee (R) to resign": the label is the name's
            continue
        mark = toks[last + 1].text
        if mark in ("“", "”", '"'):
            closing = quoted and mark != "“"
            quoted = mark == "“" or (mark == '"' and not quoted)
            if closing and toks[last].text in (",", ";"):
                last += 1  # 'blamed it on a "bad fuse," saying ...': the comma inside the mark ends it
                break
        if toks[last + 1].low in COORDINATORS and _verb_follows(toks, last + 2):
            break  # "opposed the plan and has accused ...": a second predicate
        if (last > k or single) and not infinitive and _adjunct_ahead(toks, last + 1):
            break  # "praised the deal in an interview on Monday": when and where, not what
        if toks[last + 1].low == "than" and toks[c + 1].low in ("more", "less"):
            break  # "talked more about policy than ...": the comparison is no part of the topic
        if single and _named(toks, k, last) and _date_ahead(toks, last + 1):
            break  # "endorsed Ann Lee in February": the date is when, after a name or pronoun
        if (last > k or single) and not infinitive and not clause and _means_ahead(toks, last + 1):
            break  # "opposed the levy because ...", "backed it despite ...", "rebuked her by skipping ..."
        if (
            (last > k or single)
            and toks[last + 1].low in COORDINATORS
            and last + 2 < len(toks)
            and _coordinated_verb(toks, k, last + 2)
        ):
            break  # "endorsed Ann Lee and challenged her rival": the subject's next predicate
        infinitive = infinitive or toks[last + 1].low == "to"  # "urged voters to stay home during ...": kept
        clause = clause or toks[last + 1].low == "that"  # "voiced concern that he ... by ...": kept
        last += 1  # on through quote marks: 'praised her for showing "real courage"'
    if last - k < 1 and not single:
        return None
    # "endorsed the mayor, saying that ...": the stance is taken, and the statement after it
    # is one of its own (both are reported)
    cs, ce = trim(text, toks[k].start, toks[last].end)
    return (cs, ce) if ce - cs > 6 or (single and ce > cs + 1) else None


def _comma_continues(toks: list[Tok], k: int, i: int) -> bool:
    """True when the comma at ``i`` goes on with the object from ``k``: a list or "including ...".

    "criticized the fees, the fines and the tolls", "defended the plan, including
    its cost": each item after the comma is a short phrase with no verb, and the
    last one opens with (or holds) "and" or "or".
    """
    n = len(toks)
    if i + 1 >= n:
        return False
    if toks[i + 1].low == "including":
        return True
    j = i + 1
    size = 0
    items = 1 if any(u.text == "," for u in toks[k:i]) else 0  # "X, Y, and Z": the list's last comma
    while j < n and size <= _LIST_ITEM:
        u = toks[j]
        if u.text == ",":
            if size == 0:
                return False
            size, items = 0, items + 1
            j += 1
            continue
        if not (u.text[0].isalnum() or u.text in ("'s", "’s", "-")):
            return False
        if u.low in ("and", "or"):
            # "the fees, the fines and the tolls"; but "the fees, and the mayor said ...": a clause
            return (size > 0 or items > 0) and _plain_item(toks, j + 1)
        if _verb_like(u):
            return False
        size += 1
        j += 1
    return False


def _verb_like(u: Tok) -> bool:
    """True when ``u`` may be a verb or open a clause (no word of a list item)."""
    return (
        u.low in _SUBJECT_VERBS
        or u.low in CORE_CUE_FORMS
        or u.low in _RELATIVES
        or (u.text.islower() and len(u.low) > 4 and u.low.endswith("ed"))
    )


def _plain_item(toks: list[Tok], j: int) -> bool:
    """True when a list's last item from ``j`` is a short phrase with no verb."""
    end = min(len(toks), j + _LIST_ITEM + 2)
    for u in toks[j:end]:
        if not u.text[0].isalnum():
            return u is not toks[j]
        if _verb_like(u) or u.low in CUE_FORMS:
            return False
    return end == len(toks)


def _party_label(toks: list[Tok], i: int) -> bool:
    """True when "(" at ``i`` opens a party label after a name: "Ann Lee (R)", "Dan Roe (D-Ore.)"."""
    if i == 0 or i + 2 >= len(toks) or toks[i + 2].text != ")" or not is_cap(toks[i - 1]):
        return False
    inner = toks[i + 1].text
    return inner in _PARTIES or PARTY_STATE.match(inner) is not None


def _named(toks: list[Tok], k: int, last: int) -> bool:
    """True when tokens ``k``..``last`` are a name or an object pronoun ("Ann Lee", "him")."""
    if k == last and (toks[k].low in _ONE_WORD_OBJECTS or toks[k].low == "it"):
        return True
    return all(is_cap(u) or u.text == "." for u in toks[k : last + 1])


def _date_ahead(toks: list[Tok], k: int) -> bool:
    """True when token ``k`` opens a date: "in February", "in early June", "in 2016", "in recent weeks"."""
    if toks[k].low not in _DATE_PREPS:
        return False
    j = k + 1
    if j < len(toks) and toks[j].low == "the":
        j += 1
    if j < len(toks) and toks[j].low in _TIME_MODIFIERS:
        j += 1
    if j >= len(toks):
        return False
    u = toks[j]
    if u.low in _MONTHS:
        return u.text[0].isupper() and (
            u.low != "may" or j + 1 >= len(toks) or not toks[j + 1].text.isalpha()
        )
    if u.low in _TIME_UNITS:
        return j > k + 1
    return len(u.text) == 4 and u.text.isdigit() and u.text[:2] in ("19", "20")


def _adjunct_ahead(toks: list[Tok], k: int) -> bool:
    """True when token ``k`` opens an adjunct after an object ("after ...", "in an interview", "on May 2")."""
    low = toks[k].low
    if low in _OBJECT_ADJUNCTS:
        return True
    if low in _TIME_LEADS and k + 1 < len(toks) and toks[k + 1].low in _TIME_NOUNS:
        return True  # "endorsed the mayor last week", "defended the plan this month"
    prev = toks[k - 1]
    if low in _TIME_NOUNS and prev.text[0].isalnum() and prev.low not in DETERMINERS | _ADJUNCT_PREPS:
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is None or not nxt.text[0].isalnum() or nxt.low in ("in", "on", "at", "during", "after"):
            return True  # "praised the deal Monday.", "criticized the cuts Tuesday in a speech"
    if low not in ("in", "on", "at") or k + 1 >= len(toks):
        return False
    j = k + 1
    if toks[j].low in _ARTICLES and j + 1 < len(toks):
        j += 1
    while j + 1 < len(toks) and toks[j].text[0].isalpha() and toks[j].low not in _CHANNEL_NOUNS and j - k < 3:
        if toks[j].low in _TIME_HEADS:
            break
        j += 1
    return toks[j].low in _CHANNEL_NOUNS or toks[j].low in _TIME_HEADS


def _coordinated_verb(toks: list[Tok], k: int, j: int) -> bool:
    """True when token ``j``, after a coordinator, is the subject's next verb, not the object's.

    A past or "-ing" form opens a second predicate ("praised the mayor and
    challenged her", "talked about it and made a joke", "opposed the ban and
    taunting ..."), but not inside an
    object that holds a relative ("a man who ran and lost") or, for an
    "-ing" form, a gerund of its own ("for cutting taxes and paring rules").
    """
    u = toks[j]
    if not (
        u.text.isalpha()
        and u.text.islower()
        and ((len(u.low) > 4 and u.low.endswith(("ing", "ed"))) or u.low in _PAST_VERBS)
        and u.low not in FUNCTION_WORDS
    ):
        return False
    inside = toks[k:j]
    if any(t.low in _RELATIVES or t.low == "that" for t in inside):
        return False
    return not u.low.endswith("ing") or not any(t.low.endswith("ing") and len(t.low) > 4 for t in inside)


def _means_ahead(toks: list[Tok], k: int) -> bool:
    """True when token ``k`` opens a reason or a means after an object ("because ...", "by cutting ...")."""
    low = toks[k].low
    if low in _REASON_LEADS:
        return True
    if low != "by" or k + 1 >= len(toks):
        return False
    j = k + 1
    if toks[j].low in ADVERBS and j + 1 < len(toks):
        j += 1
    verb = toks[j]
    return verb.text.isalpha() and verb.text.islower() and verb.low.endswith("ing") and len(verb.low) > 4


def _verb_follows(toks: list[Tok], k: int) -> bool:
    """True when token ``k`` starts a new predicate ("has", "was", "also", "said")."""
    if k >= len(toks):
        return False
    low = toks[k].low
    return (
        low in _SUBJECT_VERBS
        or low in CORE_CUE_FORMS
        or (low in ADVERBS and low != "then")
        or (low in CUE_FORMS and low.endswith("ed"))  # "criticized the plan but defended ..."
    )
