"""Putting the quote readers together: every quote of an article, in text order, as facts.

:func:`extract_quotes` runs the passes in order (quotations in marks, nested
ones, transcript turns, reported speech, the headline) and then resolves each
item's speaker against the ones before it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from ...models import Article, Mention, Quote, QuoteKind, Span
from . import lexicon as lx
from .asked import UNNAMED
from .cues import Attribution, before_quote
from .direct import attribute, classify, sentence_subject, unattributed_opening
from .headline import headline_quote, headline_report, looks_like_headline, title_cased
from .indirect import reported_in
from .marks import QuotePair, find_pairs
from .resolve import Speaker, resolve
from .sentences import Sentences
from .speakers import NP, Cast
from .titles import is_title
from .transcript import interview_answers, labelled, transcript_turns

__all__ = ["extract_quotes"]

_NEW_SENTENCE = regex.compile(r"(?<!\b(?:Mr|Ms|Mrs|Dr|St|Sen|Rep|Gov|Gen))[.!?]\s+\p{Lu}")
_DATELINE_TAIL = regex.compile(r"[^\n–—]{0,60}?(?:[–—_]|--?)\s")
_CREDIT_TAIL = regex.compile(r"[^\n()]{0,40}\([^()\n]{1,40}\)\s+(?=\p{Lu})")  # "..., Jul 30 (PTI) Heavy rain"
_WORD = regex.compile(r"[a-z]+")
_FURTHER_SPEECH = lx.grammar("further_speech")


@dataclass
class _Item:
    kind: QuoteKind
    start: int
    end: int
    attribution: Attribution | None
    nested_in: tuple[int, int] | None = None
    inherit: bool = False
    speaker_np: NP | None = None
    fragments: list[tuple[int, int]] | None = None
    clause: tuple[int, int] | None = None


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The lines of ``text[lo:hi]`` (maximal runs without a newline), found with ``str.find``."""
    out: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        j = text.find("\n", i, hi)
        if j < 0:
            j = hi
        if j > i:
            out.append((i, j))
        i = j + 1
    return out


def _paragraphs(article: Article) -> list[tuple[int, int]]:
    text = article.text
    spans: list[tuple[int, int]] = []
    if article.body:
        for b in article.body:
            spans.extend(_lines(text, b.start, b.end))
    else:
        for lo, hi in _lines(text, 0, len(text)):
            if article.is_boilerplate(Span(start=lo, end=hi)):
                continue
            spans.append((lo, hi))
    out = []
    for s, e in spans:
        if article.dateline_span is not None and s <= article.dateline_span.start < e:
            # "MOSCOW, October 8 (RIA Novosti) – The ...": content starts after the dash
            tail = _DATELINE_TAIL.match(text, article.dateline_span.end, e) or _CREDIT_TAIL.match(
                text, article.dateline_span.end, e
            )
            if tail is not None:
                s = tail.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    out.sort()
    return out


def _para_of(paras: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and paras[i][0] <= pos <= paras[i][1]:
        return paras[i]
    return (pos, pos)


class _Spans:
    """Sorted, non-overlapping spans with a fast "which one holds / overlaps" lookup."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def overlaps(self, lo: int, hi: int) -> bool:
        """True when some span overlaps ``[lo, hi)``."""
        i = bisect.bisect_left(self.starts, hi) - 1
        return i >= 0 and self.spans[i][1] > lo and self.spans[i][0] < hi

    def holding(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The span that contains ``[lo, hi)``, if any."""
        i = bisect.bisect_right(self.starts, lo) - 1
        if i >= 0 and self.spans[i][0] <= lo and hi <= self.spans[i][1]:
            return self.spans[i]
        return None


_MAX_MENTIONS = 24


def _nearby(mentions: list[tuple[int, int]], pos: int) -> list[tuple[int, int]]:
    """The speaker's mentions closest to ``pos`` (all of them in an ordinary article)."""
    if len(mentions) <= _MAX_MENTIONS:
        return mentions
    ordered = mentions  # the cast keeps them sorted
    i = bisect.bisect_left(ordered, (pos, pos))
    lo = max(0, min(i - _MAX_MENTIONS // 2, len(ordered) - _MAX_MENTIONS))
    return ordered[lo : lo + _MAX_MENTIONS]


def _mention(
    text: str, a: int, b: int, made: dict[tuple[int, int], Mention], spans: dict[tuple[int, int], Span]
) -> Mention:
    got = made.get((a, b))
    if got is None:
        got = made[(a, b)] = Mention(text=text[a:b], span=_span(a, b, spans))
    return got


def _span(a: int, b: int, spans: dict[tuple[int, int], Span]) -> Span:
    """The span ``[a, b)``, made once per article (spans are frozen, so one can be shared)."""
    got = spans.get((a, b))
    if got is None:
        got = spans[(a, b)] = Span(start=a, end=b)
    return got


def _covers(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    ov = min(inner[1], outer[1]) - max(inner[0], outer[0])
    return ov * 2 >= max(inner[1] - inner[0], outer[1] - outer[0])


def _title_case(s: str) -> bool:
    """True for a name-like quotation ("Meet the Press"), which is a title, not a statement."""
    words = [w for w in s.split() if w[:1].isalpha()]
    if 1 <= len(words) <= 3 and all(w[0].isupper() for w in words) and words[0].lower() not in lx.pronouns():
        return True  # "The Acme Way.", "Neighbors,": a name whatever its punctuation
    if not words or len(words) > 8 or not words[0][0].isupper() or s.rstrip().endswith((",", ".")):
        return False
    if sum(w[0].isupper() for w in words) * 2 > len(words):
        return True
    content = [w for w in words if w.lower() not in lx.grammar("title_small_words")]
    # "State of the Union", "Ask the Experts": every word but the small ones capitalized
    return (
        len(content) >= 2 and words[0].lower() not in lx.pronouns() and all(w[0].isupper() for w in content)
    )


_UNCUED_PARTIAL_WORDS = 3  # fewer quoted words with no cue are more often scare quotes than speech


def _introduced(text: str, att: Attribution | None, pair: QuotePair) -> bool:
    """True when the cue introduces the quotation with a comma or colon ('tweeted, "Thank you Ohio!"').

    A title follows its verb bare ('hosts "Harbor Nights"'); a statement is set off.
    """
    if att is None or att.cue_end > pair.open:
        return False
    gap = text[att.cue_end : pair.open]
    return gap.strip() in (",", ":") and "\n" not in gap


_THAT = regex.compile(r"\bthat\b")


def _clause_between(text: str, att: Attribution | None, pair: QuotePair) -> bool:
    """True when a clause of its own leads from the attribution to the quotation.

    '"A," Lee said, noting that she "had talked with him for years."': the second
    quotation is part of what "noting that" reports, not more of the first.
    """
    if att is None or att.cue_end > pair.open:
        return False
    return _THAT.search(text, att.cue_end, pair.open) is not None


def _ends_sentence(text: str, pair: QuotePair) -> bool:
    """True when nothing but punctuation follows the quotation up to the sentence's end."""
    rest = text[pair.outer_end : pair.outer_end + 3]
    return rest.strip(" .!?") == "" or rest.startswith(("\n", ". ", "? ", "! ")) or rest[:1] in ".!?"


def _continues(text: str, prev: QuotePair, cur: QuotePair, prev_item: _Item, att: Attribution | None) -> bool:
    """True when ``cur`` goes on with ``prev`` after an attribution between them."""
    a = prev_item.attribution
    if a is None or a.cue_start < prev.outer_end or a.cue_end > cur.open:
        return False
    if att is not None and att.cue_start != a.cue_start:
        return False
    gap = text[prev.outer_end : cur.open]
    if len(gap) >= 300 or "\n" in gap:
        return False
    # '"A," she said, adding, "B."': a second speech verb makes "B" a statement of its own
    return not any(w in _FURTHER_SPEECH for w in _WORD.findall(text, a.cue_end, cur.open))


@dataclass
class _Doc:
    """One article as the quote readers see it: text, paragraphs, sentences and (on demand) its cast."""

    article: Article
    text: str
    paras: list[tuple[int, int]]
    sents: Sentences
    regions: list[tuple[int, int]]
    headline: tuple[int, int] | None = None  # the regions' Title-Case headline, if any
    _cast: Cast | None = None

    def cast(self) -> Cast:
        """The article's cast, built on first use: most texts with no quote never need it."""
        if self._cast is None:
            self._cast = Cast(self.text, self.regions, self.headline)
        return self._cast


@dataclass
class _Marked:
    """What the quote-mark pass found: the items, and the direct and partial quotations among them."""

    items: list[_Item]
    directs: list[QuotePair]
    partials: list[_Item]


_NICKNAME = regex.compile(r"\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?")
_NAME_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’.-]* $")
_NAME_AFTER = regex.compile(r" \p{Lu}\p{L}")


def _nickname(text: str, pair: QuotePair) -> bool:
    """'Michael "Rambo" Smith': a quoted nickname between a first and a last name, no quotation."""
    return (
        _NICKNAME.fullmatch(text, pair.start, pair.end) is not None
        and _NAME_BEFORE.search(text, max(0, pair.open - 30), pair.open) is not None
        and _NAME_AFTER.match(text, pair.outer_end) is not None
    )


def extract_quotes(article: Article, extractor_id: str = "quotes") -> list[Quote]:
    """Every quote in ``article``, in text order."""
    text = article.text
    paras = _paragraphs(article)
    boiler = [(b.start, b.end) for b in article.boilerplate]
    pairs = [
        p
        for p in find_pairs(text, paras)
        if not any(a < p.outer_end and p.open < b for a, b in boiler) and not _nickname(text, p)
    ]
    outer = [p for p in pairs if p.depth == 0]
    sents = Sentences(text, paras, [(p.start, p.end) for p in outer])
    # a Title-Case headline's capitals are mostly no names ("Why Winning Iowa Could Break The ...");
    # an untitled text opens with its headline
    regions = list(paras)
    headline = None
    if article.title_span is not None:
        regions.insert(0, (article.title_span.start, article.title_span.end))
        if title_cased(article.title or ""):
            headline = regions[0]
    elif paras and looks_like_headline(text, *paras[0]):
        headline = paras[0]
    doc = _Doc(article, text, paras, sents, regions, headline)
    marked = _marked(doc, outer)
    items = marked.items
    items.extend(_nested(doc, pairs, outer))
    turns, turn_spans = _turns(doc, outer)
    items.extend(turns)
    items.extend(_reported(doc, marked, turn_spans))
    items.extend(_headlines(doc))
    items.sort(key=lambda it: (it.start, it.end))
    return _facts(doc, items, extractor_id)


def _marked(doc: _Doc, outer: list[QuotePair]) -> _Marked:
    """The quotations in marks: direct statements (joined around an interrupting attribution) and partials."""
    text, paras, sents = doc.text, doc.paras, doc.sents
    items: list[_Item] = []
    para_starts = [a for a, _ in paras]
    directs: list[QuotePair] = []
    partials: list[_Item] = []
    trail_cache: dict[tuple[int, int], Attribution | None] = {}
    subjects: dict[tuple[int, int], NP | None] = {}
    for n, p in enumerate(outer):
        para = _para_of(paras, para_starts, p.open)
        if is_title(text, p, para):
            continue  # 'the film "Harbor Nights"', a bylined headline, a pull quote
        kind = classify(text, p, sents)
        bounds = (outer[n - 1].outer_end if n else 0, outer[n + 1].open if n + 1 < len(outer) else len(text))
        att = attribute(text, p, kind, sents, para, bounds, trail_cache)
        if att is None and kind == "partial" and unattributed_opening(text, p, sents):
            kind = "direct"  # a fragment opening its sentence with no speaker of its own: a statement
            att = attribute(text, p, kind, sents, para, bounds, trail_cache)
        it = _Item(kind, p.start, p.end, att)
        last = items[-1] if items else None
        if (
            last is not None
            and last.kind == "direct"
            and directs
            and _continues(text, directs[-1], p, last, att if kind == "direct" else None)
            and (
                kind == "direct"
                or (
                    _ends_sentence(text, p)
                    and not _NEW_SENTENCE.search(text, directs[-1].outer_end, p.open)
                    and not _clause_between(text, last.attribution, p)
                )
            )
        ):
            # "A," she said. "B." / "A," he said, "because B." -- one statement around its attribution
            last.fragments = [*(last.fragments or [(last.start, last.end)]), (p.start, p.end)]
            last.end = p.end
            directs.append(p)
            continue
        if kind == "direct":
            if (
                _title_case(text[p.start : p.end])
                and (att is None or len(text[p.start : p.end].split()) >= 2)
                and not _introduced(text, att, p)
            ):
                continue  # "Holliscare," "The Night Shift,": names of things ("Absolutely," he said: kept)
            directs.append(p)
            it.inherit = att is None
        else:
            if _title_case(text[p.start : p.end].rstrip(".,")):
                continue  # a title ('on the show "Harbor Nights."'): no quote, and no break
            if att is None:
                sent = sents.at(p.open)
                if sent is not None and sent not in subjects:
                    subjects[sent] = sentence_subject(text, sent)
                subj = subjects.get(sent) if sent else None
                if subj is None or subj.kind not in ("name", "description"):
                    it.inherit = True  # may take the speaker of a reported clause around it
                it.speaker_np = subj
            partials.append(it)
        items.append(it)
    return _Marked(items, directs, partials)


def _nested(doc: _Doc, pairs: list[QuotePair], outer: list[QuotePair]) -> list[_Item]:
    """Quotations nested in another, reported only when they have a cue of their own."""
    out: list[_Item] = []
    outer_spans = _Spans([(q.start, q.end) for q in outer])
    for p in pairs:
        if p.depth == 0:
            continue
        parent = outer_spans.holding(p.open, p.outer_end)
        if parent is None:
            continue
        att = before_quote(doc.text, parent[0], p.open, reach=6)
        if att is not None and att.np.kind in ("name", "description", "group", "org"):
            out.append(_Item("partial", p.start, p.end, att, nested_in=parent))
    return out


def _turns(doc: _Doc, outer: list[QuotePair]) -> tuple[list[_Item], list[tuple[int, int]]]:
    """Interview and transcript turns ("Mbeki: ..."), and their spans."""
    text, article = doc.text, doc.article
    items: list[_Item] = []
    # the first paragraph is no turn: untitled texts open with their headline ("Stealth Over Health: ...")
    title_end = article.title_span.end if article.title_span is not None else -1
    turn_spans: list[tuple[int, int]] = []
    turns = labelled(text, [p for p in doc.paras[1:] if p[0] >= title_end])
    if turns:
        taken = _Spans([(p.open, p.outer_end) for p in outer])
        for turn in transcript_turns(text, turns, doc.cast()):
            if taken.overlaps(turn.start, turn.end):
                continue
            label = text[turn.name_start : turn.name_end]
            label_np = NP(turn.name_start, turn.name_end, label, "name", label.lower(), 0, 0)
            items.append(_Item("direct", turn.start, turn.end, None, speaker_np=label_np))
            turn_spans.append((turn.start, turn.end))
    answers = interview_answers(text, [p for p in doc.paras if p[0] >= title_end], doc.cast)
    if answers:
        taken = _Spans([(p.open, p.outer_end) for p in outer] + turn_spans)
        for turn in answers:
            if taken.overlaps(turn.start, turn.end):
                continue  # an answer that quotes someone: the marks' reader has it
            np = None
            if turn.name_end > turn.name_start:
                name = text[turn.name_start : turn.name_end]
                np = NP(turn.name_start, turn.name_end, name, "name", name.lower(), 0, 0)
            items.append(_Item("direct", turn.start, turn.end, None, speaker_np=np))
            turn_spans.append((turn.start, turn.end))
    return items, turn_spans


def _reported(doc: _Doc, marked: _Marked, turn_spans: list[tuple[int, int]]) -> list[_Item]:
    """Reported speech without marks; partial quotations inside a reported clause take its attribution."""
    text, items, directs, partials = doc.text, marked.items, marked.directs, marked.partials
    out: list[_Item] = []
    blocked = _Spans(sorted([(p.open, p.outer_end) for p in directs] + turn_spans))
    quote_cues = {
        it.attribution.cue_start for it in items if it.kind == "direct" and it.attribution is not None
    }
    partials.sort(key=lambda it: it.start)
    partial_starts = [it.start for it in partials]
    in_marks = _Spans([(it.start, it.end) for it in partials if it.nested_in is None])
    for sent in doc.sents.spans:
        quoted = blocked.overlaps(sent[0], sent[1])
        for rep in reported_in(text, sent, sent[0]):
            a = rep.attribution
            if in_marks.holding(a.cue_start, a.cue_end) is not None:
                continue  # 'called it "a plan that I think will fail"': the quoted words' own verb
            if quoted and (blocked.overlaps(rep.start, rep.end) or rep.attribution.cue_start in quote_cues):
                continue  # the words of a direct quote, or its own attribution ('," he told a briefing')
            clause = (rep.start, rep.end)
            lo_i = bisect.bisect_left(partial_starts, clause[0])
            hi_i = bisect.bisect_right(partial_starts, clause[1])
            inside = [it for it in partials[lo_i:hi_i] if it.end <= clause[1] + 2]
            if inside and rep.attribution.np.kind == UNNAMED:
                continue  # a question with quoted words: the words keep their own attribution
            # "Some said they feared a speech in which Lee called for a "cultural war"": quoted
            # words with a cue of their own inside the clause are another speaker's
            inside = _not_nested(inside, clause, a)
            for it in inside:
                it.clause = clause
                if it.attribution is None:
                    it.attribution = rep.attribution
                    it.inherit = False
            if inside:
                continue  # the quoted words stand for the clause (one quote per attribution)
            out.append(
                _Item("indirect", rep.start, rep.end, rep.attribution, fragments=list(rep.fragments) or None)
            )
    return out


def _not_nested(inside: list[_Item], clause: tuple[int, int], own: Attribution) -> list[_Item]:
    """The quoted words in a reported clause that stand for it, not for a speaker inside it.

    'said they feared a speech in which Lee called for a "cultural war" against
    "liberals"': both fragments are Lee's (the later one takes the cue before
    it), and the clause is the attribution's own statement.  A speaker named
    inside the clause after its opening is another one; the clause's subject
    ("said he respects her and calls her "a friend"") and the clause's own
    cue are not.
    """
    out: list[_Item] = []
    nested: Attribution | None = None
    for it in inside:
        att = it.attribution
        if (
            att is not None
            and att.cue_start != own.cue_start
            and att.np.kind not in ("pronoun", UNNAMED)
            and clause[0] < att.np.start
            and att.cue_start < clause[1]
        ):
            nested = att
        elif att is None and nested is not None:
            it.attribution = nested
            it.inherit = False
        else:
            out.append(it)
    return out


_TITLE_CASE_VERB = lx.grammar("not_in_speaker") | frozenset(
    ("have", "has", "had", "just", "got", "with", "in", "to")
)


def _headlines(doc: _Doc) -> list[_Item]:
    """The headline's quote: reported ("Mayor Says ...") or labelled ("Putin: ...")."""
    text, article = doc.text, doc.article
    items: list[_Item] = []
    if article.title and article.title_span is not None and article.body:
        told = headline_report(text, article.title_span.start, article.title_span.end)
        got = headline_quote(article.title)
        if told is not None and got is not None and got[1][1] < got[0][0]:
            # "Lee: Voters Will Say No to the Plan": the label before the colon speaks, and
            # the cue inside what it says is part of its words
            told = None
        elif told is not None:
            got = None
        if told is not None:
            items.append(_Item("headline", told[0], told[1], told[2]))
        if got is not None:
            (cs, ce), (ss, se) = got
            base = article.title_span.start
            from .speakers import np_after, tokens

            toks = tokens(text, base + ss, base + se)
            np = np_after(text, toks, 0)
            if np is None or np.end != base + se:
                np = NP(
                    base + ss,
                    base + se,
                    text[base + ss : base + se],
                    "name",
                    text[base + ss : base + se].lower(),
                    0,
                    0,
                )
            items.append(_Item("headline", base + cs, base + ce, None, speaker_np=np))
    elif article.title_span is None and doc.paras and looks_like_headline(text, *doc.paras[0]):
        # an untitled text that opens with its headline ("Mayor Says Bridge Will Reopen In May."):
        # the reported form only, as a label before a colon there is as often a column's name
        told = headline_report(text, *doc.paras[0])
        if (
            told is not None
            and not _TITLE_CASE_VERB.intersection(told[2].np.text.lower().split())
            and text.find(": ", doc.paras[0][0], told[2].cue_start) < 0
        ):
            # "Lee May Not Have Backed ...", "Fenn Just Got Asked ...": capitals hide a verb
            # phrase inside the speaker a title case allows; and after a label ("Lee: Voters
            # Worried About ...") the label may be the speaker
            items.append(_Item("headline", told[0], told[1], told[2]))
    return items


_PREPOSITIONS = lx.grammar("prepositions")


def _headless(np: NP) -> bool:
    """True for a common-noun phrase whose last word is a preposition ("enhancements for")."""
    return np.kind not in ("name", "pronoun", UNNAMED) and np.head in _PREPOSITIONS


def _facts(doc: _Doc, items: list[_Item], extractor_id: str) -> list[Quote]:
    """The quote facts of ``items`` (in text order), each speaker resolved against the ones before."""
    text = doc.text
    out: list[Quote] = []
    made: dict[tuple[int, int], Mention] = {}
    spans: dict[tuple[int, int], Span] = {}
    previous: Speaker | None = None
    previous_direct: Speaker | None = None
    seen: set[tuple[int, int, str]] = set()
    for it in items:
        key = (it.start, it.end, it.kind)
        if key in seen or it.end <= it.start:
            continue
        seen.add(key)
        np = it.attribution.np if it.attribution is not None else it.speaker_np
        if np is not None and np.kind == UNNAMED:
            np = None  # "Asked whether ...": a question whose asker is not named
        if np is not None and _headless(np):
            continue  # "Those charges include enhancements for alleged use ...": no speaker, no report
        speaker: Speaker | None = None
        if np is not None:
            speaker = resolve(np, doc.cast(), previous, (it.start, it.end))
        elif it.inherit and it.kind == "direct":
            # the previous quote's speaker: a person's reported words count ('Lee says the pier
            # is unsafe. "We warned them."'), a body's do not (a quotation after "police said" is
            # as often a witness's)
            speaker = (
                previous if previous is not None and previous.kind in ("person", "name") else previous_direct
            )
        if it.kind == "partial" and (
            (
                it.attribution is None
                and (
                    speaker is None
                    or speaker.kind != "person"
                    or it.inherit
                    or len(text[it.start : it.end].split()) < _UNCUED_PARTIAL_WORDS
                )
            )
            or _title_case(text[it.start : it.end])
        ):
            continue
        content = text[it.start : it.end]
        strip_l = len(content) - len(content.lstrip())
        strip_r = len(content.rstrip())
        s, e = it.start + strip_l, it.start + strip_r
        if e <= s:
            continue
        mentions: tuple[Mention, ...] = ()
        if speaker is not None:
            ms = {(speaker.start, speaker.end)}
            if speaker.entity is not None:
                ms.update(_nearby(speaker.entity.mentions, speaker.start))
            mentions = tuple(_mention(text, a, b, made, spans) for a, b in sorted(ms))
        att = it.attribution
        out.append(
            Quote(
                text=text[s:e],
                span=_span(s, e, spans),
                extractor=extractor_id,
                kind=it.kind,
                speaker=speaker.name if speaker is not None else None,
                speaker_span=_span(speaker.start, speaker.end, spans) if speaker is not None else None,
                speaker_mentions=mentions,
                cue=att.cue if att is not None and att.cue else None,
                cue_span=_span(att.cue_start, att.cue_end, spans) if att is not None and att.cue else None,
                nested_in=_span(*it.nested_in, spans) if it.nested_in else None,
                fragments=tuple(_span(a, b, spans) for a, b in it.fragments or ()),
                clause_span=_span(*it.clause, spans) if it.clause else None,
                confidence=0.9 if speaker is not None else 0.5,
            )
        )
        if speaker is not None and it.kind != "headline" and it.nested_in is None:
            previous = speaker
            if it.kind == "direct":
                previous_direct = speaker
    return out
