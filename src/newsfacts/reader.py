"""The article reader: title, publication date, publisher, dateline, body, boilerplate.

:func:`read_article` reads the page header the way a person skims it: a
headline, a line with the outlet and the date, a dateline such as
``MOSCOW, October 8 (RIA Novosti) –``, and page furniture (share and font
widgets, newsletter prompts, story codes) that it marks as boilerplate.  It never
invents a date: where the article states none, ``published`` is ``None``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache

import regex

from .errors import InputError
from .models import Article, Span
from .resources import data_lines, data_text

__all__ = ["coerce_published", "parse_published", "read_article"]

_HEADER_MAX_LINES = 15
_FOOTER_LINES = 4  # the last lines, where a page may print its publication stamp
_STAMP_LINE = regex.compile(r"(?i:(?:first\s+)?(?:published|posted))\b")
_BODY_MIN_WORDS = 12
_DATELINE_MIN_WORDS = 5  # "TOKYO (Kyodo) -- A fire destroyed a church.": a sentence after its dateline
_SENTENCE_ENDS = ".!?\"”’'"  # what the last character of running text may be


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        return Span(start=self.start, end=self.end)

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def is_paragraph(self) -> bool:
        """Reads like running text: a long line, or a sentence ending in punctuation."""
        n = self.words
        return n >= 30 or (n >= _BODY_MIN_WORDS and self.text[-1] in _SENTENCE_ENDS)


# ------------------------------------------------------------------ lexicons


@lru_cache(maxsize=1)
def _calendar() -> tuple[dict[str, int], dict[str, int]]:
    data = json.loads(data_text("calendar.json"))
    return data["months"], data["weekdays"]


@lru_cache(maxsize=1)
def _boilerplate_rules() -> tuple[regex.Pattern[str], regex.Pattern[str] | None]:
    full: list[str] = []
    inline: list[str] = []
    for rule in data_lines("boilerplate.txt"):
        kind, _, pattern = rule.partition(":")
        (full if kind.strip() == "line" else inline).append(f"(?:{pattern.strip()})")
    line_re = regex.compile("(?:" + "|".join(full) + ")", regex.IGNORECASE)
    inline_re = regex.compile("|".join(inline), regex.IGNORECASE) if inline else None
    return line_re, inline_re


@lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in data_lines("outlets.txt"):
        names = [n.strip() for n in line.split("|") if n.strip()]
        for n in names:
            out.setdefault(n.lower(), names[0])
    return out


_URL = regex.compile(r"https?://|www\.")
_CAPTION = regex.compile(
    r"^(?:buy photo|image of)\b|\((?:[^()]{0,40}\bphoto\b[^()]{0,60}|source:[^()]{1,60})\)\s*$",
    regex.IGNORECASE,
)
_TITLE_WIDGET = regex.compile(r"(?:\s*\|)?\s+(?-i:Share|Tweet|Email|Print|Comments?)(?:\s+\d+)?\s*$")
_CALL_SIGN = regex.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?")  # a US broadcaster: "WKRN", "KTLA-TV"


def _is_outlet(credit: str) -> bool:
    """A credit that names a publisher: a known outlet or a broadcaster's call sign."""
    return credit.lower() in _outlets() or _CALL_SIGN.fullmatch(credit) is not None


@lru_cache(maxsize=1)
def _mastheads() -> frozenset[str]:
    return frozenset(w.lower() for w in data_lines("masthead_words.txt"))


def _is_masthead(line: _Line) -> bool:
    """A short all-capitalized header line with a publisher's word: "WKRN News 2", "The Daily Star"."""
    words = line.text.split()
    if len(words) > 4 or any(w[0].islower() for w in words):
        return False
    return any(w.lower().strip(".,:|") in _mastheads() for w in words)


@lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    """Lower-case names of the cities and capitals the incidents gazetteer ships, for colon datelines."""
    names: set[str] = set()
    for line in data_lines("incidents/world_places.tsv"):
        names.add(line.split("\t")[0].lower())
    for line in data_lines("incidents/countries.tsv"):
        parts = line.split("\t")
        if len(parts) > 1 and parts[1]:
            names.add(parts[1].lower())
    for line in data_lines("incidents/us_cities.tsv"):
        names.add(line.split("\t")[0].lower())
    return frozenset(names)


def _colon_dateline(
    lines: list[_Line], body_at: int, pats: dict[str, regex.Pattern[str]]
) -> regex.Match[str] | None:
    """ "NEW DELHI: ..." opening the body: a known city and a colon, a label no later paragraph opens with."""
    if body_at >= len(lines):
        return None
    m = pats["colon_dateline"].match(lines[body_at].text)
    if m is None or m["place"].lower() not in _known_places():
        return None
    label = m["place"] + ":"
    if any(ln.text.startswith(label) for ln in lines[body_at + 1 :]):
        return None  # "TAPPER: ..." turn after turn: a transcript's speaker, not a dateline
    return m


@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern[str]]:
    months, weekdays = _calendar()
    month = "(?P<month>" + "|".join(sorted(months, key=len, reverse=True)) + r")\.?"
    wday = "(?:" + "|".join(sorted(weekdays, key=len, reverse=True)) + r")\.?,?"
    time = r"(?P<hour>[01]?\d|2[0-3])[:.h](?P<minute>[0-5]\d)(?::[0-5]\d)?\s*(?P<ampm>[ap]\.?\s?m\.?)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    caps = r"\p{Lu}[\p{Lu}\p{M}'’.\-]+"  # a dateline's word in capitals: "NEW", "DELHI"
    titled = r"\p{Lu}[\p{L}\p{M}'’.\-]+"  # or in title case: "Nairobi"
    region = r"(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){0,2})"  # ", Ohio", ", Nigeria"
    when = rf"(?i:{month})\s+\d{{1,2}}(?:,?\s+(?:19|20)\d\d)?"  # "Sept. 3, 2025", "Jul 30"
    dates = [
        rf"(?:{wday}\s+)?{day}\s+{month},?\s+{year}",
        rf"(?:{wday}\s+)?{month}\s+{day},?\s+{year}",
        rf"{year}-(?P<nmonth>[01]\d)-(?P<nday>[0-3]\d)",
        r"(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<nyear>(?:19|20)\d\d)",
    ]
    return {
        "date": regex.compile(
            # an ISO date may run on into its time ("2024-03-04T10:15:00Z")
            r"(?<![\w/.-])(?:" + "|".join(f"(?:{d})" for d in dates) + r")(?:(?![\w/-])|(?=T\d\d:))",
            regex.IGNORECASE,
        ),
        # an ISO time after its "T"; never a zone offset ("+01:00")
        "time": regex.compile(rf"(?:(?<=\dT)|(?<![\w:.+\-])){time}(?:(?=Z\b)|(?![\w:]))", regex.IGNORECASE),
        "month_day": regex.compile(rf"\b{month}\s+{day}\b", regex.IGNORECASE),
        "dmy": regex.compile(rf"\b\d{{1,2}}\s+{month}(?!\w)", regex.IGNORECASE),
        "mdy": regex.compile(rf"\b{month}\s+\d{{1,2}}\b", regex.IGNORECASE),
        "numeric": regex.compile(r"\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d\b"),
        "dateline": regex.compile(
            rf"^(?P<place>{caps}(?:\s+{caps}){{0,3}}{region}?)"
            rf"(?:(?:,\s*|\s+)(?P<when>{when})"
            r"|\s*\((?P<when>[^()\n]{0,30}\d[^()\n]{0,30})\))?"
            # "(Reuters)", or a wire's "/PRNewswire/" in a press release
            r"\s*(?:\((?P<credit>[^()\n]{1,40})\)|/(?P<credit>[^/\s][^/\n]{0,39})/)?\s*(?P<dash>[–—_]|--?)\s",
        ),
        # "Thiruvananthapuram, Jul 30 (PTI) Heavy rain ...": a place in title case, then an outlet's
        # credit (checked against the known outlets), with or without a dash
        "credit_dateline": regex.compile(
            rf"^(?!(?:The|A|An|In|On|At|By|For)\s)(?P<place>{titled}(?:\s+{titled}){{0,3}}{region}??)"
            rf"(?:,\s*(?P<when>{when}))?"
            r"\s*\((?P<credit>[^()\n]{1,40})\)\s*(?:[–—_]\s*|--?\s*)?(?=\p{Lu})"
        ),
        # "Nairobi — The union said ...": a known city in title case and a dash (checked against known places)
        "titled_dateline": regex.compile(
            rf"^(?P<place>(?P<city>{titled}(?:\s+{titled}){{0,2}}){region}?)\s+(?P<dash>[–—]|--?)\s+(?=\p{{Lu}})"
        ),
        # "NEW DELHI: A fire destroyed ...": a place in capitals and a colon (checked against known places)
        "colon_dateline": regex.compile(rf"^(?P<place>{caps}(?:\s+{caps}){{0,2}}):\s+(?=\p{{Lu}})"),
        # "(CNN) A fire destroyed ...", "(CNN) — ...": an outlet's credit opening the body, with no place
        "credit_lead": regex.compile(r"^\((?P<credit>[^()\n]{1,40})\)\s*(?:[–—-]{1,2}\s*)?(?=\p{Lu})"),
        "dateline_line": regex.compile(rf"^(?P<place>\p{{Lu}}[\p{{Lu}} .'-]{{1,40}}?)\s+{year}-\d\d-\d\d$"),
    }


# ------------------------------------------------------------------- helpers


_BYLINE_OUTLET = regex.compile(
    r"(?i:by)\s+(?:[^,|\n]{1,60}?\s*[,|]\s*)?(?:(?i:the)\s+)?(?P<outlet>[^\s,|][^,|\n]{0,40}?)\s*$"
)


_LEAD_BLANK = regex.compile(r"[\s\ufeff\u200b]*")  # a byte-order mark or zero-width space is blank too
_TRAIL_BLANK = regex.compile(r"[\s\ufeff\u200b]+\Z")


def _lines(text: str) -> list[_Line]:
    out = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        lead = _LEAD_BLANK.match(content)
        skip = lead.end() if lead is not None else 0  # the pattern matches everywhere
        stripped = _TRAIL_BLANK.sub("", content[skip:])
        if stripped:
            start = pos + skip
            out.append(_Line(start, start + len(stripped), stripped))
        pos += len(raw)
    return out


def _is_full_boilerplate(line: _Line) -> bool:
    line_re, _ = _boilerplate_rules()
    return line_re.fullmatch(line.text) is not None


def _make_date(
    year: int, month: int, day: int, hour: int | None, minute: int | None
) -> dt.date | dt.datetime | None:
    try:
        if hour is None or minute is None:
            return dt.date(year, month, day)
        return dt.datetime(year, month, day, hour, minute)
    except ValueError:
        return None


def _day_first(a: int, b: int, hints: list[tuple[int, int]], text_day_first: bool | None) -> bool:
    """Decide whether ``a/b`` is day/month, from impossibility and the article's own dates."""
    if a > 12 >= b:
        return True
    if b > 12 >= a:
        return False
    for month, day in hints:
        if (a, b) == (day, month):
            return True
        if (a, b) == (month, day):
            return False
    return bool(text_day_first)


def _text_day_first(text: str) -> bool | None:
    """True when the article writes dates day-first ("22 November"), False when month-first."""
    pats = _patterns()
    dmy = len(pats["dmy"].findall(text, 0, 20000))
    mdy = len(pats["mdy"].findall(text, 0, 20000))
    if dmy == mdy:
        return None
    return dmy > mdy


def _time_near(line: str, start: int, end: int) -> tuple[int, int, int, int] | None:
    """Hour, minute and offsets of a time written beside a date on the same line."""
    best: tuple[int, tuple[int, int, int, int]] | None = None
    for m in _patterns()["time"].finditer(line):
        if start <= m.start() < end:
            continue
        gap = m.start() - end if m.start() >= end else start - m.end()
        if gap > 12:
            continue
        hour, minute = int(m["hour"]), int(m["minute"])
        ampm = (m["ampm"] or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        if best is None or gap < best[0]:
            best = (gap, (hour, minute, m.start(), m.end()))
    return best[1] if best else None


def parse_published(
    line: str, hints: list[tuple[int, int]] | None = None, day_first: bool | None = None
) -> tuple[dt.date | dt.datetime, int, int] | None:
    """The first full date (with a time beside it, if any) in ``line``, and its offsets.

    ``hints`` are (month, day) pairs seen elsewhere in the article, used with
    ``day_first`` to order an ambiguous numeric date such as ``08/10/2014``.
    """
    months, _ = _calendar()
    for m in _patterns()["date"].finditer(line):
        if m["month"]:
            month = months[m["month"].lower().rstrip(".")]
            year, day = int(m["year"]), int(m["day"])
        elif m["nmonth"]:
            year, month, day = int(m["year"]), int(m["nmonth"]), int(m["nday"])
        else:
            a, b, year = int(m["a"]), int(m["b"]), int(m["nyear"])
            dotted = "." in m.group()  # "04.03.2024" is written day-first wherever dots are used
            order = day_first if day_first is not None else (True if dotted else None)
            day, month = (a, b) if _day_first(a, b, hints or [], order) else (b, a)
        t = _time_near(line, m.start(), m.end())
        value = _make_date(year, month, day, *(t[:2] if t else (None, None)))
        if value is None:
            continue
        if t is None:
            return value, m.start(), m.end()
        return value, min(m.start(), t[2]), max(m.end(), t[3])
    return None


def coerce_published(value: object) -> dt.date | dt.datetime | None:
    """A publication date from a date, a datetime, an ISO string or None; else InputError."""
    if value is None or isinstance(value, (dt.date, dt.datetime)):
        return value
    if isinstance(value, str):
        s = value.strip()
        try:
            if len(s) <= 10:
                return dt.date.fromisoformat(s)
            return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
        except ValueError:
            pass
        raise InputError(f"invalid publication date {value!r}: expected YYYY-MM-DD or an ISO datetime")
    raise InputError(f"invalid publication date {value!r}: expected a date, a datetime or an ISO string")


def _article_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _residue(text: str, start: int, end: int) -> str:
    """What a header line says besides its date: weekday, time and filler words removed."""
    rest = text[:start] + " " + text[end:]
    rest = _patterns()["time"].sub(" ", rest)
    _, weekdays = _calendar()
    words = regex.findall(r"[\p{L}][\p{L}.'’-]*", rest)
    filler = {"published", "posted", "updated", "last", "on", "at", "am", "pm", "gmt", "utc", "edt", "est"}
    return " ".join(w for w in words if w.lower().rstrip(".,") not in filler | set(weekdays))


# ------------------------------------------------------------------- reading


def read_article(
    text: str,
    id: str | None = None,
    published: dt.date | dt.datetime | str | None = None,
) -> Article:
    """Read an article's metadata and mark its boilerplate.

    ``text`` is kept exactly as given; every span points into it.  ``published``
    overrides the date read from the page (an ISO string is accepted).  ``id``
    defaults to a hash of the text.
    """
    if not isinstance(text, str):
        raise InputError(f"article text must be a str, not {type(text).__name__}")
    override = coerce_published(published)
    lines = _lines(text)
    line_re, inline_re = _boilerplate_rules()
    pats = _patterns()

    boiler: list[Span] = []
    full_boiler: set[int] = set()
    for i, ln in enumerate(lines):
        if line_re.fullmatch(ln.text):
            full_boiler.add(i)
            boiler.append(ln.span)
        elif inline_re is not None:
            for m in inline_re.finditer(ln.text):
                if m.end() > m.start():
                    boiler.append(Span(start=ln.start + m.start(), end=ln.start + m.end()))

    # The body starts at the first paragraph-like line or at a dateline.
    body_at = len(lines)
    dateline_match = None
    alone = len(lines) - len(full_boiler) == 1  # a text of one line: a sentence is its own body
    for i, ln in enumerate(lines[: _HEADER_MAX_LINES + 1]):
        if i in full_boiler:
            continue
        dm = pats["dateline"].match(ln.text)
        sentence = ln.words >= _DATELINE_MIN_WORDS and ln.text[-1] in _SENTENCE_ENDS
        if dm and (ln.is_paragraph or sentence):
            body_at, dateline_match = i, (ln, dm)  # a dateline opens running text, however short
            break
        if ln.is_paragraph or (alone and sentence):
            body_at = i
            break
    if dateline_match is None:
        for ln in lines[body_at : body_at + 3]:
            dm = pats["dateline"].match(ln.text)
            if dm and ln.is_paragraph:
                dateline_match = (ln, dm)
                break
    if dateline_match is None and body_at < len(lines):
        ln = lines[body_at]
        cd = pats["credit_dateline"].match(ln.text)
        if cd and _is_outlet(cd["credit"].strip()):
            dateline_match = (ln, cd)
        elif (td := pats["titled_dateline"].match(ln.text)) and td["city"].lower() in _known_places():
            dateline_match = (ln, td)
    header = [(i, ln) for i, ln in enumerate(lines[:body_at]) if i not in full_boiler]

    # Dateline: place, optional date, optional credit.
    dateline = dateline_span = None
    source = source_span = None
    hints: list[tuple[int, int]] = []
    dateline_when: tuple[str, int] | None = None
    if dateline_match is not None:
        ln, dm = dateline_match
        dateline = dm["place"].strip()
        dateline_span = Span(
            start=ln.start + dm.start("place"), end=ln.start + dm.start("place") + len(dateline)
        )
        when, credit = dm.groupdict().get("when"), dm.groupdict().get("credit")
        if when:
            dateline_when = (when, ln.start + dm.start("when"))
        for piece in (when, credit):
            if piece:
                months, _ = _calendar()
                for md in pats["month_day"].finditer(piece):
                    hints.append((months[md["month"].lower().rstrip(".")], int(md["day"])))
        if credit:
            raw = credit
            credit = credit.strip()
            if _is_outlet(credit):
                source = credit
                offset = ln.start + dm.start("credit") + raw.index(credit)
                source_span = Span(start=offset, end=offset + len(credit))
    elif (cm := _colon_dateline(lines, body_at, pats)) is not None:
        ln = lines[body_at]
        dateline = cm["place"]
        dateline_span = Span(start=ln.start + cm.start("place"), end=ln.start + cm.end("place"))
    else:
        for ln in lines[body_at : body_at + 1]:
            cl = pats["credit_lead"].match(ln.text)
            if cl and _is_outlet(cl["credit"].strip()):
                source = cl["credit"].strip()
                offset = ln.start + cl.start("credit") + cl["credit"].index(source)
                source_span = Span(start=offset, end=offset + len(source))
        for _, ln in header:
            dl = pats["dateline_line"].match(ln.text)
            if dl:
                dateline = dl["place"].strip()
                dateline_span = Span(start=ln.start, end=ln.start + len(dateline))
                break

    # Publication date: the header's first full date, preferring "published" lines.
    numeric = any(pats["numeric"].search(ln.text) for _, ln in header)
    day_first = _text_day_first(text) if numeric else None
    found: tuple[dt.date | dt.datetime, Span] | None = None
    date_lines: set[int] = set()
    candidates = sorted(header, key=lambda p: p[1].text.lower().startswith(("updated", "last updated")))
    for i, ln in candidates:
        got = parse_published(ln.text, hints, day_first)
        if got is None:
            continue
        value, s, e = got
        if len(_residue(ln.text, s, e).split()) <= 2:
            date_lines.add(i)
        if found is None:
            found = (value, Span(start=ln.start + s, end=ln.start + e))
    if found is None and dateline_when is not None:
        got = parse_published(dateline_when[0], hints, day_first)
        if got is not None:
            value, s, e = got
            found = (value, Span(start=dateline_when[1] + s, end=dateline_when[1] + e))
    if found is None:
        # a stamp at the foot of the page: "Published March 4, 2024" on one of the last lines
        for ln in lines[max(body_at, len(lines) - _FOOTER_LINES) :]:
            if not _STAMP_LINE.match(ln.text):
                continue
            got = parse_published(ln.text, hints, day_first)
            if got is not None and len(_residue(ln.text, got[1], got[2]).split()) <= 3:
                found = (got[0], Span(start=ln.start + got[1], end=ln.start + got[2]))
                break
    if found is None and dateline_span is not None and dateline_match is None:
        for _, ln in header:
            got = parse_published(ln.text, hints, day_first)
            if got and ln.start <= dateline_span.start < ln.end:
                found = (got[0], Span(start=ln.start + got[1], end=ln.start + got[2]))

    # Publisher: a header line naming a known outlet, alone or before the date,
    # or a byline ending in one ("By Ana Ruiz, CNN", "By The Associated Press").
    source_lines: set[int] = set()
    outlets = _outlets()
    for i, ln in header:
        head = regex.split(r"\s*[,|–—-]\s+|\s*,\s*", ln.text, maxsplit=1)[0].strip()
        if head.lower() in outlets and (head == ln.text or i in date_lines or found is not None):
            offset = ln.start + ln.text.index(head)
            if source is None:
                source, source_span = head, Span(start=offset, end=offset + len(head))
            if head == ln.text:
                source_lines.add(i)
        elif source is None and (by := _BYLINE_OUTLET.match(ln.text)) and by["outlet"].lower() in outlets:
            offset = ln.start + by.start("outlet")
            source, source_span = by["outlet"], Span(start=offset, end=offset + len(by["outlet"]))

    # Title: the first header line that reads like a headline.
    title = title_span = None
    navigation: list[Span] = []
    headline_after = [False] * len(header)  # a headline-length line follows (one pass, from the end)
    for k in range(len(header) - 2, -1, -1):
        headline_after[k] = headline_after[k + 1] or header[k + 1][1].words >= 5
    for k, (i, ln) in enumerate(header):
        if i in date_lines or i in source_lines:
            continue
        if headline_after[k] and _is_masthead(ln):
            continue  # the site's name above its headline
        if (
            ln.words < 3
            or ln.text.lower().startswith(("by ", "by:", "updated", "published", "posted"))
            or _URL.search(ln.text)  # a photo's file name or a link, not a headline
            or _CAPTION.search(ln.text)  # "Buy Photo A crew ...", "... (Photo: Courtesy of family)"
        ):
            if title is None and ln.words <= 3:
                navigation.append(ln.span)
            continue
        cut = _TITLE_WIDGET.search(ln.text)  # "... Pine Hills shooting Share": the share button's word
        keep = cut.start() if cut is not None and len(ln.text[: cut.start()].split()) >= 4 else len(ln.text)
        title, title_span = ln.text[:keep], Span(start=ln.start, end=ln.start + keep)
        break
    if title is None and body_at == len(lines) and lines and lines[0].words < 40:
        first = next((ln for i, ln in enumerate(lines) if i not in full_boiler), None)
        if first is not None and first.words >= 3:
            title, title_span = first.text, first.span
    boiler.extend(navigation)

    body = tuple(ln.span for i, ln in enumerate(lines) if i >= body_at and i not in full_boiler)
    published_value = override if override is not None else (found[0] if found else None)
    published_span = None if override is not None or found is None else found[1]
    return Article(
        id=id if id is not None else _article_id(text),
        text=text,
        title=title,
        title_span=title_span,
        published=published_value,
        published_span=published_span,
        source=source,
        source_span=source_span,
        dateline=dateline,
        dateline_span=dateline_span,
        body=body,
        boilerplate=tuple(sorted(set(boiler), key=lambda s: (s.start, s.end))),
    )
