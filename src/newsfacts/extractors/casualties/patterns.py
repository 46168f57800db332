"""The compiled patterns of the casualty forms news writing uses.

All patterns run on the lower-cased text (same offsets as the input when
lower-casing keeps the length; otherwise the extractor uses ``IGNORECASE``).

* ``passive``, matched right after a count: "[20] people, including ..., were
  killed", "[three] others injured", "[1] Killed".
* ``active``, scanned: "killing [224 people]", "left [three] dead", "claimed
  [130] lives", "taking [170 guests and staff] hostage".
* ``toll``, scanned: "the death toll rose to [130]".
* ``zero``, scanned: "no one was hurt".
* ``singular``, scanned: "a 23-year-old man", "the victim", "his wife".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import ONCE, SP, SP1, alt, lexicon
from .scanning import opening_words
from .victims import plural_np, singular_np

__all__ = ["BARE_SUBJECT_VERBS", "Patterns", "patterns"]

BARE_SUBJECT_VERBS = ("shot", "killed", "dead", "dies", "died", "wounded", "injured", "hurt", "stabbed")
"""The verbs after a headline's bare subject ("Teen shot in Omaha"), as ``singular`` reads it."""


@dataclass(frozen=True)
class Patterns:
    """Compiled casualty patterns, in two flavours (lower-cased text / IGNORECASE)."""

    passive: re.Pattern[str]
    passive_singular: re.Pattern[str]
    active: re.Pattern[str]
    after_active: re.Pattern[str]
    toll: re.Pattern[str]
    zero: re.Pattern[str]
    zero_frame: re.Pattern[str]
    singular: re.Pattern[str]
    named: re.Pattern[str]
    named_object: re.Pattern[str]
    suicide: re.Pattern[str]
    self_shot: re.Pattern[str]
    then_self: re.Pattern[str]
    pronoun_object: re.Pattern[str]
    fatally: re.Pattern[str]
    object_after: re.Pattern[str]
    not_count_after: re.Pattern[str]
    zero_category: dict[str, str]
    openers: dict[str, frozenset[str]]  # see .scanning: the words a pattern opens with (empty: unknown)


_SMALL = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty"
)


_FATAL_WOUNDS = (
    r"(?:suffered|sustained|received|died[ \t]+(?:of|from))[ \t]+(?:an?[ \t]+)?"
    r"(?:fatal|mortal|fatal,[ \t]+self-inflicted)"
    r"[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:wounds?|injuries|injury)(?![\w-])"
)
_WOUNDS = (
    r"(?:suffered|suffering|sustained|received|had|has|have)[ \t]+(?:an?[ \t]+|multiple[ \t]+|several[ \t]+)?"
    r"(?:[\w-]+[ \t]+){0,3}?(?:gunshot[ \t]+|stab[ \t]+|graze[ \t]+)?"
    r"(?:wounds?|injuries|injury|burns)(?![\w-])"
)

# "suffered minor injuries", "sustained non-life-threatening wounds": alive, so hurt (not among the dead)
_MINOR_WOUNDS = (
    r"(?:suffered|suffering|sustained|received)[ \t]+(?:an?[ \t]+)?"
    r"(?:minor|non-life-threatening|non-life[ \t]+threatening|non-critical|superficial|light)"
    r"[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:wounds?|injuries|injury|burns)(?![\w-])"
)

# "was taken to Mercy General Hospital", "rushed by ambulance to St. Ann's Medical Center"
_TAKEN_TO = (
    r"(?:taken|transported|rushed|driven|brought|flown|airlifted)"
    r"(?:[ \t]+by[ \t]+(?:ambulance|helicopter|medics|paramedics|private[ \t]+vehicle|car))?[ \t]+to[ \t]+"
    r"(?:[\w.'’&-]+[ \t]+){0,5}?(?:hospital|medical[ \t]+center|trauma[ \t]+center|clinic|infirmary)(?![\w-])"
)


def _triggers(prefix: str) -> str:
    lex = lexicon()
    parts = [
        rf"(?P<{prefix}k>{alt(lex['killed_passive'])}|{_FATAL_WOUNDS})",
        rf"(?P<{prefix}h>{alt(lex['hostage_passive'])})",
        rf"(?P<{prefix}m>{alt(lex['missing_passive'])})",
        # "is in critical condition": alive, so hurt, and not among the dead as "shot" may be
        rf"(?P<{prefix}i>{alt(lex['injured_passive'] + lex['alive_passive'])}|{_MINOR_WOUNDS})",
        rf"(?P<{prefix}s>{alt(lex['shot_passive'] + lex['transport_passive'])}|{_WOUNDS}|{_TAKEN_TO})",
    ]
    return "(?:" + "|".join(parts) + ")"


def _build(flags: int) -> Patterns:
    lex = lexicon()
    aux = alt(lex["aux"])
    small = alt([*_SMALL.split(), "a", "an", "another"])
    small_n = alt(_SMALL.split())
    conj_np = rf"(?:{plural_np()}|{SP1}{singular_np()})"
    poss_n = rf"(?:his|her|their){SP1}(?:\d{{1,4}}(?![\w,.-])|{small_n})"  # "and her two children"
    conj = (  # "and two others", "and her son", "and the gunman" (one person: not "and the gunmen")
        rf"(?P<conj>{SP1}(?:and|&){SP1}(?:(?P<n2>{poss_n}|\d{{1,4}}(?![\w,.-])|{small}|his|her|their){conj_np}"
        rf"|(?P<the>the){SP1}{singular_np()}(?![\w-])))?"
    )
    incl = (
        rf"(?P<incl>{SP},{SP}(?:including|among{SP1}them|among{SP1}whom|among{SP1}those|mostly|"
        rf"most{SP1}of{SP1}them|many{SP1}of{SP1}them){SP1}(?P<incl_body>[^,;.()\n]{{1,120}}?){SP},)?"
    )
    auxes = rf"(?P<aux>(?:{SP1}{aux})*)"
    one = rf"an?{SP1}{singular_np()}(?:{SP},{SP}\d{{1,3}})?"
    appos = (
        rf"(?:{SP},{SP}(?:(?:later{SP1})?(?:identified|named){SP1}as{SP1}[^,;.\n]{{1,60}}?|\d{{1,3}}"
        # "two victims, a 33-year-old man and a 47-year-old woman, died"; "two men, ages 19 and 23, were hurt"
        rf"|{one}(?:{SP},{SP}{one})*{SP},?{SP1}and{SP1}{one}"
        rf"|(?:ages|aged){SP1}\d{{1,3}}(?:{SP},{SP}\d{{1,3}})*{SP},?{SP1}and{SP1}\d{{1,3}}"
        rf"|an?{SP1}{singular_np()}"  # "the victim, a 34-year-old man, died"
        # "the man, who had a knife, was shot", "Ann Roe, 46, who was in the car, was shot";
        # not "the gunman, who wounded three, was killed"
        rf"|(?:\d{{1,3}}{SP},{SP})?who{SP1}(?:(?!(?:killed|killing|wounded|wounding|injured|injuring|shot|shooting|stabbed)\b)"
        rf"[^,;.\n\"“”]){{1,80}}?"
        # "a cousin, also 12 years old, was grazed"
        rf"|(?:also{SP1})?(?:aged{SP1})?\d{{1,3}}(?:{SP1}|-)years?(?:{SP1}|-)old)"
        rf"(?:{SP},{SP}\d{{1,3}})?(?:{SP},{SP}(?:of|from){SP1}[^,;.\n]{{1,40}}?)?{SP},)?"
    )
    relative = (  # "the neighbor who called for help was shot"
        rf"(?:{SP1}(?:who|that){SP1}(?!(?:was|were|is|are|had|has|have)\b)[a-z]+(?:{SP1}[a-z]+){{0,15}}?"
        rf"(?={SP1}(?:was|were|is|had|has)\b))?"
    )
    # "two passengers who tried to flee were shot dead" (only "who": "that" may be "that house"),
    # but not a relative that tells a death of its own ("three brothers who died after ...")
    told = r"(?!(?:died|dies|killed|shot|wounded|injured|hurt|stabbed|was|were|is|are|had|has|have)\b)"
    plural_relative = (
        rf"(?:{SP1}who{SP1}{told}[a-z]+(?:{SP1}{told}[a-z]+){{0,15}}?(?={SP1}(?:were|are|have)\b))?"
    )
    passive = rf"(?P<np>{plural_np()})?{conj}{incl}{appos}{plural_relative}{auxes}{SP1}{_triggers('')}"
    passive_singular = rf"{conj}{appos}(?:{SP1}(?:who|that))?{relative}{auxes}{SP1}{_triggers('')}"

    quals = [p for ps in lex["qualifiers"].values() for p in ps]
    active = (
        r"(?<![\w-])(?P<trig>"
        rf"(?P<k>{alt(lex['killed_active'])})|(?P<i>{alt(lex['injured_active'])})"
        rf"|(?P<s>{alt(lex['shot_active'])})|(?P<l>{alt(lex['lives_active'])})"
        rf"|(?P<lf>{alt(lex['left_active'])})|(?P<h>{alt(lex['hostage_active'])})"
        # a qualifier ("at least"), or a possessive before a number ("shot his two sons")
        rf"){SP1}(?:{alt(quals)}{SP1}(?:the{SP1})?|(?:his|her|their){SP1}(?=\d+(?![\w,.-])|{small_n}))?"
    )
    comps = lex["left_complements"]
    after_active = (
        rf"(?P<np>{plural_np()})?(?P<conj>{SP1}(?:and|&){SP1}(?P<n2>{poss_n}|\d{{1,4}}(?![\w,.-])|{small}|his|her|their)"
        rf"{conj_np})?(?:{SP1}(?P<lives>lives)(?![\w-]))?"
        rf"(?:{SP1}(?:as{SP1})?(?P<hostage>hostages?)(?![\w-]))?"
        rf"(?:{SP1}(?:(?P<ck>{alt(comps['killed'])})|(?P<ci>{alt(comps['injured'])})"
        rf"|(?P<cm>{alt(comps['missing'])})))?"
    )
    tolls = lex["tolls"]
    toll = (
        rf"(?<![\w-])(?:(?P<k>{alt(tolls['killed'])})|(?P<i>{alt(tolls['injured'])}))"
        # "the death toll from a bombing at a wedding hall in the capital rose to 63"
        rf"(?:{SP1}(?:from|in|of|after){SP1}[^.;:!?\n\d]{{1,90}}?(?={SP1}(?:{alt(lex['toll_moves'])})))?"
        rf"(?:{SP1}(?:has|had|have|now|officially|so{SP1}far))*{SP1}(?:{alt(lex['toll_verbs'])}){SP1}"
        rf"(?:{alt(quals)}{SP1})?"
    )
    zero_category = {" ".join(p.split()): cat for cat, ps in lex["zero_phrases"].items() for p in ps}
    zero = rf"(?<![\w-])(?P<z>{alt(zero_category)})"
    # "no one on the ground was hurt", "no passengers were injured", "none of the guests was harmed"
    parts = lex["zero_participles"]
    zero_frame = (
        rf"(?<![\w-])(?:no{SP1}one|nobody|none(?:{SP1}of{SP1}(?:them|(?:the|those){SP1}[a-z]+))?"
        rf"|no{SP1}(?:other{SP1})?(?:{alt(lex['people_plural'])}))(?:{SP1}else)?"
        rf"(?:{SP1}(?:on|in|inside|aboard|at|near|outside){SP1}(?:the{SP1})?(?:[a-z]+{SP1}){{0,2}}?[a-z]+)?"
        rf"{SP1}(?:was|were|has{SP1}been|have{SP1}been|had{SP1}been)"
        rf"(?:{SP1}(?:seriously|critically|badly|reportedly|reported))?"
        rf"{SP1}(?:(?P<zi>{alt(parts['injured'])})|(?P<zk>{alt(parts['killed'])}))(?![\w-])"
    )
    det_words = ["a", "an", "one", "another", "the", "his", "her", "their", "its", "a second", "a third",
                 "one other", "a fourth", "a fifth", "the second", "the third", "the other"]  # fmt: skip
    dets = alt(det_words)
    det2_words = ["another", "one other", "a second", "a third", "a fourth", "a fifth"]  # as det2 below
    singular = (
        rf"(?<![\w-])(?:(?P<det>{dets}){SP1}(?P<np>{singular_np()}"
        # "the driver of the fleeing car", "the owner of the store"
        rf"(?:{SP1}of{SP1}(?:the|a|an|his|her|their){SP1}(?:[a-z][\w-]*{SP1}){{0,2}}?"
        rf"(?:car|vehicle|truck|suv|van|store|shop|home|house|business|restaurant|bar|club|apartment|motorcycle))?)"
        # a bare headline subject: "Teen shot in Omaha", after a source's label too: "Police: Teen dies ..."
        rf"|(?:(?<![^\n])|(?<=[a-z]: ))(?P<np3>{singular_np()})"
        rf"(?=[ \t]+(?:{'|'.join(BARE_SUBJECT_VERBS)})\b)"
        rf"|(?P<det2>another|one{SP1}other|a{SP1}(?:second|third|fourth|fifth))(?P<np2>)"
        rf"(?={SP1}(?:(?:was|is|has|had|also|critically|seriously|badly){SP1})*"
        rf"(?:injured|wounded|hurt|shot|killed|died|dead|hospitalized)(?![\w-])))"
    )
    # a capitalized word of a name ("Roe", "McKay", "O'Neil", "Roe-Lee"); a space or comma follows it
    # wherever it stands, so no part of it is given back (possessive where it can be: see ONCE)
    word = (
        rf"[A-Z][a-z]*{ONCE}(?:[A-Z][a-z]+{ONCE})?{ONCE}(?:['’][A-Z]?{ONCE}[a-z]+{ONCE})?{ONCE}"
        rf"(?:-[A-Z][a-z'’]+{ONCE})?{ONCE}"
    )
    named = (
        r"(?<![\w'’.-])(?P<name>(?:[Hh]e|[Ss]he)|(?!(?:The|This|That|It|Police|Officers?|Authorities|Investigators"
        r"|Deputies|Witnesses|Nobody|No|One|A|An|There|When|While|After|Before|Neither|Each|Every|Someone|Anyone"
        r"|Everyone|Somebody|Everybody|Prosecutors|Officials|Who|Which|What|I|We|They|You"
        r"|All|Both|Some|Many|Several|Most|None|Others|Another|Any|Few|Neither|Either)\b)"
        rf"{word}(?:[ ](?:[A-Z]\.|{word}|Jr\.|Sr\.)){{0,3}})"
        # "Ann Roe and Bo Lee died", "Ann Roe, 14, and Bo Lee, 18, died"
        rf"(?:(?:,[ ]\d{{1,3}},?)?[ ]and[ ](?P<name2>{word}(?:[ ](?:[A-Z]\.|{word})){{1,3}}))?"
        rf"(?i:(?:{SP},{SP}(?:(?:both|all|each){SP1}(?:aged{SP1})?)?\d{{1,3}}(?:[- ]years?[- ]old)?)?"
        rf"(?:{SP},{SP}(?:of|from){SP1}[a-z][\w'’.-]*(?:{SP1}[a-z][\w'’.-]*){{0,2}})?"
        # "Roe, a high school junior, was killed"
        # ... "Roe, Abe Lee's cousin, was hit too"
        rf"(?:{SP},{SP}(?:an?|the|his|her|their|[a-z][\w.-]*(?:{SP1}[a-z][\w.-]*)?['’]s)"
        rf"{SP1}[^,;:.()\n\"“”]{{1,60}}?{SP}(?=,))?"
        rf"(?:{SP},)?(?:(?P<aux>(?:{SP1}{aux})+){SP1}{_triggers('')}"
        rf"|{SP1}(?P<died>died|dies|was{SP1}pronounced{SP1}dead|perished|succumbed)(?![\w-])))"
    )
    name = rf"(?:{word}(?:[ ](?:[A-Z]\.|{word}|Jr\.|Sr\.)){{1,3}})"
    age = rf"(?:\d{{1,3}}-(?:year|month)-old{SP1})?"
    named_object = (
        rf"(?<![\w-])(?:(?P<k>{alt(lex['killed_active'])})|(?P<i>{alt(lex['injured_active'])})"
        rf"|(?P<s>{alt(['shooting', 'shot', 'shoots'])})){SP1}(?:\d{{1,3}}-(?:year|month)-old{SP1})?"
        rf"(?P<name>{name})(?:{SP},{SP}\d{{1,3}}(?![\w-])(?:{SP},(?!{SP}{age}{name}))?)?"
        # "the bodies of Ann Roe, 54, Bo Lee, 42, and Cy Roe, 6": a list, one count per name
        rf"(?:(?P<more>(?:{SP},{SP}{age}{name}(?:{SP},{SP}\d{{1,3}})?)*){SP},?"
        rf"{SP1}and{SP1}{age}(?P<name2>{name}|(?:his|her|their){SP1}[\w-]+(?:{SP1}[\w-]+)?))?"
    )
    suicide = (
        r"(?<![\w-])(?:(?:fatally{SP1}(?:shot|shooting|shoots)|killed|kills|killing|shot{SP1}and{SP1}killed){SP1}(?:himself|herself)"
        r"|shot{SP1}(?:himself|herself){SP1}(?:to{SP1}death|dead)"
        r"|(?:took|taking|takes){SP1}(?:his|her){SP1}own{SP1}life|(?:turned|turning|turns){SP1}(?:the{SP1})?(?:gun|weapon|rifle|pistol|shotgun|handgun)"
        r"{SP1}on{SP1}(?:himself|herself)(?:{SP1}and{SP1}died)?)(?![\w-])"
    ).replace("{SP1}", SP1)
    # "deputies think he shot himself by mistake": one hurt (he may yet be among the dead, like anyone shot)
    self_shot = (
        rf"(?<![\w-])(?:shot|shooting|shoots){SP1}(?:himself|herself)(?![\w-])"
        rf"(?!{SP1}(?:to{SP1}death|dead|fatally|a|an)(?![\w-]))"  # not "shot herself a glance"
    )
    # "shot his wife and then himself": the shooter too, killed when the verb is
    then_self = (
        rf"(?<![\w-])(?:(?P<k>{alt(lex['fatal_verbs'])})|(?:shot|shooting|shoots|stabbed|stabbing))"
        rf"{SP1}[^.;:!?\n]{{1,60}}?{SP}(?:,{SP})?(?P<self>(?:and|before|then){SP1}(?:then{SP1})?(?:himself|herself))"
        r"(?![\w-])(?=[ \t]*(?:[.,;:!?)\"”]|\Z)"
        r"|[ \t]+(?:in|at|on|with|as|while|when|after|inside|outside|during)(?![\w-]))"
    )
    # "a round hit the clerk in his neck, killing him": one victim, told of before
    after_pro = (
        "in at on with before after as while when inside outside instantly and during near twice once "
        "multiple several again repeatedly"
    )
    pronoun_object = (
        rf"(?<![\w-])(?:(?P<k>{alt(lex['fatal_verbs'])})|(?P<s>{alt(['shooting', 'shot', 'shoots'])}))"
        rf"{SP1}(?P<pro>him|her)(?![\w'’-])"
        # "her" not before a noun ("shot her husband"); "shot him to death"
        rf"(?=[ \t]*(?:[.,;:!?)\"”]|\Z)|{SP1}(?P<death>to{SP1}death|dead)(?![\w-])"
        rf"|{SP1}{alt(after_pro.split())})"
    )
    fatally = (
        rf"{SP},{SP}(?P<q>\d{{1,3}}|{small}|both)(?:{SP1}of{SP1}(?:them|whom))?{SP1}"
        r"(?:fatally|(?:later{SP1})?died|critically)(?![\w-])"
    )
    object_after = (
        rf"{SP1}(?:a|an|the|his|her|their|its|\d+|{small}|several|dozens|two|both"
        r"|parts?|areas?|much|most|him|them|us|me)(?![\w-])"
    )
    units = lex["not_count_units"]
    # "fired and shot three more times": times, not people
    not_count_after = rf"{SP}(?:(?:more|other|additional|extra|further){SP1})?(?:-|{alt(units)})"
    shooting = ["shooting", "shot", "shoots"]
    suicide_words = ["fatally", "killed", "kills", "killing", "shot", "took", "taking", "takes"]
    suicide_words += ["turned", "turning", "turns"]  # the words the suicide pattern above opens with
    try:  # the words each scanned pattern opens with (singular: also any line start)
        openers = {
            "active": opening_words(
                lex["killed_active"]
                + lex["injured_active"]
                + lex["shot_active"]
                + lex["lives_active"]
                + lex["left_active"]
                + lex["hostage_active"]
            ),
            "named_object": opening_words(lex["killed_active"] + lex["injured_active"] + shooting),
            "pronoun_object": opening_words(lex["fatal_verbs"] + shooting),
            "singular": opening_words(det_words + det2_words),
            "toll": opening_words(tolls["killed"] + tolls["injured"]),
            "zero": opening_words(zero_category),
            "zero_frame": frozenset({"no", "nobody", "none"}),
            "suicide": opening_words(suicide_words),
            "self_shot": opening_words(shooting),
            "then_self": opening_words(lex["fatal_verbs"] + shooting + ["stabbed", "stabbing"]),
        }
    except ValueError:  # a word the finder cannot find: scan every pattern in full
        openers = {}
    c = re.compile
    return Patterns(
        passive=c(passive, flags),
        passive_singular=c(passive_singular, flags),
        active=c(active, flags),
        after_active=c(after_active, flags),
        toll=c(toll, flags),
        zero=c(zero, flags),
        zero_frame=c(zero_frame, flags),
        singular=c(singular, flags),
        named=c(named),
        named_object=c(named_object),
        suicide=c(suicide, flags),
        self_shot=c(self_shot, flags),
        then_self=c(then_self, flags),
        pronoun_object=c(pronoun_object, flags),
        fatally=c(fatally, flags),
        object_after=c(object_after, flags),
        not_count_after=c(not_count_after, flags),
        zero_category=zero_category,
        openers=openers,
    )


@cache
def patterns(ignore_case: bool = False) -> Patterns:
    """The compiled patterns (``ignore_case`` for text whose lower-case form changes length)."""
    return _build(re.IGNORECASE if ignore_case else 0)
