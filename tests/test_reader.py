from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts import InputError, read_article
from newsfacts.testing import article_texts

from paths import GOLD, SEEDS

# What the reader must find in each seed (the gold's title and publication date).
SEED_META = {
    "000_a713b78620590701": ("Putin: I want global action against terrorism", None, None, None),
    "001_73f91dd4694867d8": (
        "Russia ready to work with France in fight against terrorism: Putin",
        dt.date(2015, 11, 27),
        "Xinhua",
        None,
    ),
    "002_7af4038d53513d56": (
        "Russia Does Not Need to Be Invited to Fight Terrorism: Foreign Ministry",
        dt.datetime(2014, 10, 8, 15, 1),
        "RIA Novosti",
        "MOSCOW",
    ),
    "003_0ff482fb269517b5": (
        "Russian President Calls For Joint Fight Against Terrorist Groups At G20 Summit",
        None,
        None,
        None,
    ),
    "004_0faa46696bc852a6": (
        "Russia's Putin urges international cooperation against terrorism",
        dt.datetime(2015, 11, 22, 9, 8),
        None,
        None,
    ),
}


@pytest.mark.parametrize("ident", sorted(SEED_META))
def test_reader_on_each_seed(ident):
    text = (SEEDS / f"{ident}.txt").read_text(encoding="utf-8")
    a = read_article(text, id=ident)
    title, published, source, dateline = SEED_META[ident]
    assert (a.title, a.published, a.source, a.dateline) == (title, published, source, dateline)
    for value, span in [(a.title, a.title_span), (a.source, a.source_span), (a.dateline, a.dateline_span)]:
        if value is not None:
            assert span is not None
            assert text[span.start : span.end] == value
    assert a.text is text


def test_reader_agrees_with_the_gold_titles_and_dates():
    if not GOLD.exists():
        pytest.skip("../shared/gold is absent")
    for doc in json.loads(GOLD.read_text(encoding="utf-8"))["documents"]:
        a = read_article((SEEDS / f"{doc['id']}.txt").read_text(encoding="utf-8"))
        assert a.title == doc["title"]
        expected = doc["dct"]
        assert (a.published.isoformat()[: len(expected)] if a.published else None) == expected


def test_published_span_covers_the_header_date():
    text = (SEEDS / "004_0faa46696bc852a6.txt").read_text(encoding="utf-8")
    a = read_article(text)
    assert a.published_span is not None
    assert text[a.published_span.start : a.published_span.end] == "Sunday 22 November 2015 - 09:08"


@pytest.mark.parametrize(
    ("ident", "furniture"),
    [
        ("000_a713b78620590701", ["Read Mode", "100% Font Size", "2 min read", "Top Content Trending"]),
        ("001_73f91dd4694867d8", ["Adjust font size:", "Endit"]),
        (
            "002_7af4038d53513d56",
            ["NEWSLETTER", "UNITED24 - Make a charitable donation in support of Ukraine!"],
        ),
        ("003_0ff482fb269517b5", ["Popular Video", "Sources: RT, USA Today/ photo credit: Wikicommons"]),
        ("004_0faa46696bc852a6", ["Story Code : 499453", "Comment"]),
    ],
)
def test_boilerplate_is_marked(ident, furniture):
    text = (SEEDS / f"{ident}.txt").read_text(encoding="utf-8")
    marked = [text[s.start : s.end] for s in read_article(text).boilerplate]
    for piece in furniture:
        assert piece in marked


def test_a_local_news_page_header() -> None:
    text = (
        "Skip to content\nWQRX News 6\nMenu\n\n2 dead, 3 hurt in shooting at Dunmore party\n\n"
        "by: Ada Kern\nPosted: Jun 9, 2024 / 06:12 AM CDT\n\n"
        "DUNMORE, Pa. (WQRX) — Two people were killed and three others were hurt in a shooting early "
        "Sunday, police said.\n\n"
        "Copyright 2024 Harlan Media Inc. All rights reserved. No part of this story may be copied "
        "or sold without our written consent.\n"
    )
    a = read_article(text)
    assert a.title == "2 dead, 3 hurt in shooting at Dunmore party"  # not the station's name
    assert (a.source, a.dateline) == ("WQRX", "DUNMORE, Pa.")
    assert a.published == dt.datetime(2024, 6, 9, 6, 12)
    marked = [text[s.start : s.end] for s in a.boilerplate]
    assert marked[-1].startswith("Copyright 2024 Harlan Media Inc.")


@pytest.mark.parametrize(
    "header",
    [
        "By: Ada Kern",
        "by: Ada Kern Updated: Oct 9, 2019 - 4:05 AM",
        "Photo: https://example.org/a.jpg Ada Kern",
    ],
)
def test_bylines_and_links_are_no_title(header: str) -> None:
    assert read_article(f"{header}\n\n{_BODY}").title is None


@pytest.mark.parametrize(
    ("header", "furniture"),
    [
        ("Please enable Javascript to watch this video", True),
        ("Hide Transcript Show Transcript", True),
        ("Follow KXYZ.COM: Facebook | Twitter", True),
        ("Sign up for one of our email newsletters.", True),
        ("(Photo: Ada Kern)", True),
        ("(KXYZ Photo/Ada Kern)", True),
        # a caption names no story of its own: no title, and its words stay readable
        ("Buy Photo Crews work outside the Elm Street home on Monday. (Photo: Ada Kern)", False),
        ("Image of Tom Vale. (Photo: Courtesy of family)", False),
        ("Police tape at the scene (Photo: File photo)", False),
        ("This was the scene Saturday night. (Source: KXYZ News)", False),
    ],
)
def test_player_widget_and_caption_lines_are_no_title(header: str, furniture: bool) -> None:
    text = f"{header}\n\n{_BODY}"
    a = read_article(text)
    assert a.title is None
    assert (header in [text[sp.start : sp.end] for sp in a.boilerplate]) is furniture


def test_reported_speech_starts_after_a_credit_dateline() -> None:
    from newsfacts import extract

    text = (
        "Floods hit the south\n\nLucknow, Jul 30 (PTI) Heavy rain flooded 40 villages across the "
        "district on Tuesday, officials said."
    )
    (quote,) = extract(text, only="quotes").quotes
    assert quote.text == "Heavy rain flooded 40 villages across the district on Tuesday"


def test_a_press_release_header_is_furniture_not_its_title():
    text = (
        "FOR IMMEDIATE RELEASE\nMedia contact: Lena Ortiz, lena@example.org\n\n"
        "Kestrel Foods recalls frozen dumplings over allergy risk\n\n"
        "OMAHA, Neb., May 2, 2024 /PRNewswire/ -- Kestrel Foods is recalling about 4,000 bags of "
        "frozen dumplings that may contain undeclared peanuts, the company said.\n\n###\n"
    )
    a = read_article(text)
    assert a.title == "Kestrel Foods recalls frozen dumplings over allergy risk"
    assert (a.dateline, a.source, a.published) == ("OMAHA, Neb.", "PRNewswire", dt.date(2024, 5, 2))
    marked = [text[s.start : s.end] for s in a.boilerplate]
    assert marked == ["FOR IMMEDIATE RELEASE", "Media contact: Lena Ortiz, lena@example.org", "###"]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("RELATED: Two hurt in Dunmore crash last month", True),
        ("Related Stories: Council delays vote on budget", True),
        ("SEE ALSO: Storm knocks out power to thousands", True),
        ("Watch: Crews battle the blaze overnight", True),
        # a video playlist's entries and its "more videos" widget
        ("1:15 Crews battle warehouse fire in Dunmore Pause", True),
        ("0:43 Two hurt in crash on Route 9", True),
        ("EMBED >More News Videos Crews battle warehouse fire", True),
        ("SLIDESHOW: Fire sets off ammunition at a Dunmore home", True),
        ("RAW VIDEO: From the Dunmore Fire Department", True),
        ("Video games were found in the home: 30 of them.", False),
        ("2:45 Police say the suspect fled on foot.", False),
        ("11:30 p.m. Crews arrived at the scene", False),
        ("Related charges were filed against two other men: fraud and theft.", False),
        ("More than 40 people were hurt, police said.", False),
    ],
)
def test_teasers_for_other_stories_are_furniture(line: str, furniture: bool) -> None:
    lead = "Fire guts Dunmore warehouse\n\nA fire gutted a warehouse on Monday, police said."
    text = f"{lead}\n\n{line}\n\nNo one was hurt."
    marked = [text[s.start : s.end] for s in read_article(text).boilerplate]
    assert (line in marked) is furniture


def test_boilerplate_never_covers_the_story():
    for path in SEEDS.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        a = read_article(text)
        for s in a.boilerplate:
            assert "said" not in text[s.start : s.end]


def test_ambiguous_numeric_date_follows_the_dateline():
    text = "Headline about the talks today\n\n15:01 08/10/2014\n\nMOSCOW, October 8 (RIA Novosti) – " + (
        "Officials met to discuss the matter at length and said nothing about it afterwards. " * 2
    )
    assert read_article(text).published == dt.datetime(2014, 10, 8, 15, 1)
    us = text.replace("MOSCOW, October 8", "MOSCOW, August 10")
    assert read_article(us).published == dt.datetime(2014, 8, 10, 15, 1)
    impossible = text.replace("08/10/2014", "13/05/2014")
    assert read_article(impossible).published == dt.datetime(2014, 5, 13, 15, 1)


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Published: 04.03.2024", dt.date(2024, 3, 4)),  # dots: day first
        ("Published: 04/03/2024", dt.date(2024, 4, 3)),  # slashes with nothing to go by: month first
        ("Published: 13.05.2024", dt.date(2024, 5, 13)),
        ("Published: 05.13.2024", dt.date(2024, 5, 13)),  # only one order is a date
    ],
)
def test_numeric_header_dates(stamp: str, published: dt.date) -> None:
    text = f"Warehouse fire is contained\n{stamp}\n\n{_BODY}"
    assert read_article(text).published == published


@pytest.mark.parametrize(
    ("first_line", "place", "source", "published"),
    [
        ("KAMPALA, Uganda (AP) _ Heavy rains", "KAMPALA, Uganda", "AP", None),
        ("GREENVILLE (Oct. 7, 2015) – Pike County", "GREENVILLE", None, dt.date(2015, 10, 7)),
        ("WASHINGTON (Reuters) - The Senate", "WASHINGTON", "Reuters", None),
        ("NEW YORK, Jan. 3 (Reuters) - Stocks", "NEW YORK", "Reuters", None),
        ("TOKYO (Kyodo) -- Stocks", "TOKYO", "Kyodo", None),
        # an outlet's credit with no place: the publisher, and no dateline
        ("(CNN) Stocks", None, "CNN", None),
        ("(CNN) — Stocks", None, "CNN", None),
        ("(Photo by Ana Ruiz) Stocks", None, None, None),
        # a press release: the wire between slashes, the date after the place
        (
            "AUSTIN, Texas, March 3, 2025 /PRNewswire/ -- Stocks",
            "AUSTIN, Texas",
            "PRNewswire",
            dt.date(2025, 3, 3),
        ),
        ("BOSTON, Jan. 9, 2024 /Business Wire/ -- Stocks", "BOSTON", "Business Wire", dt.date(2024, 1, 9)),
        ("BOSTON / 2024 / Stocks", None, None, None),
        # the South Asian wires' style: a place in title case and the credit, no dash
        ("Lucknow, Jul 30 (PTI) Stocks", "Lucknow", "PTI", None),
        ("New Delhi, July 30, 2024 (PTI) - Stocks", "New Delhi", "PTI", dt.date(2024, 7, 30)),
        ("Lagos (Reuters) - Stocks", "Lagos", "Reuters", None),
        # only a known outlet's credit makes a title-case dateline
        ("Officials (unnamed) Stocks", None, None, None),
        ("The Ministry (Reuters) Stocks", None, None, None),
        # a known city in title case before a dash
        ("Nairobi — Stocks", "Nairobi", None, None),
        ("Springfield, Ill. - Stocks", "Springfield, Ill.", None, None),
        ("Officials - Stocks", None, None, None),
        # a US broadcaster's call sign is its credit
        ("DAYTON, Ohio (WDXY) — Stocks", "DAYTON, Ohio", "WDXY", None),
        ("(KQRT-TV) — Stocks", None, "KQRT-TV", None),
    ],
)
def test_datelines(first_line, place, source, published):
    body = first_line + " fell sharply on the news that officials had announced new measures today."
    a = read_article("A headline for the story\n\n" + body)
    assert (a.dateline, a.source, a.published) == (place, source, published)


_BODY = "Heavy rain fell for three days across the region, flooding streets and forcing thousands out."


@pytest.mark.parametrize(
    ("header", "published", "stamp"),
    [
        ("Updated: 2024-03-04T10:15:00Z", dt.datetime(2024, 3, 4, 10, 15), "2024-03-04T10:15:00"),
        # the zone offset is no clock time: the local time stands as written
        ("2024-03-04T10:15:00+01:00", dt.datetime(2024, 3, 4, 10, 15), "2024-03-04T10:15:00"),
        ("Posted 2024-03-04", dt.date(2024, 3, 4), "2024-03-04"),
        ("Sun 22 Nov 2015 - 09:08", dt.datetime(2015, 11, 22, 9, 8), "Sun 22 Nov 2015 - 09:08"),
    ],
)
def test_iso_timestamps_in_the_header(header: str, published: dt.date, stamp: str) -> None:
    text = f"Storm floods the coast\n\n{header}\n\n{_BODY}"
    a = read_article(text)
    assert a.published == published
    assert a.published_span is not None
    assert text[a.published_span.start : a.published_span.end] == stamp


@pytest.mark.parametrize(
    ("byline", "source"),
    [
        ("By Ana Ruiz, CNN", "CNN"),
        ("By The Associated Press", "Associated Press"),
        ("By Jane Doe and John Roe | Reuters", "Reuters"),
        ("By Jane Doe", None),
        ("By Jane Doe, Staff Writer", None),
    ],
)
def test_a_byline_names_the_outlet(byline: str, source: str | None) -> None:
    text = f"Storm floods the coast\n{byline}\n\n{_BODY}"
    a = read_article(text)
    assert a.source == source
    if source is not None:
        assert a.source_span is not None
        assert text[a.source_span.start : a.source_span.end] == source


@pytest.mark.parametrize(
    ("text", "place", "source"),
    [
        ("TOKYO (Kyodo) -- A fire destroyed a church on Monday.", "TOKYO", "Kyodo"),
        ("NEW YORK -- Stocks fell sharply.", "NEW YORK", None),
        # a text of one sentence is its own body, whatever its length; a headline has no full stop
        ("Two people were killed in Paris on Monday.", None, None),
    ],
)
def test_one_short_sentence_after_a_dateline_is_the_body_not_a_title(
    text: str, place: str, source: str | None
):
    a = read_article(text)
    assert (a.title, a.dateline, a.source) == (None, place, source)
    assert [text[b.start : b.end] for b in a.body] == [text]


def test_a_lone_headline_stays_a_title():
    a = read_article("Putin: I want global action against terrorism")
    assert (a.title, a.body) == ("Putin: I want global action against terrorism", ())


@pytest.mark.parametrize(
    ("first", "dateline"),
    [
        ("NEW DELHI: A fire destroyed a market in the old city on Monday, officials said.", "NEW DELHI"),
        ("LAHORE: Two guards were hurt in a blast near a bus stand on Monday, police said.", "LAHORE"),
        # not a label that is no known place, nor a speaker who opens later paragraphs too
        ("UPDATE: A fire destroyed a market in the old city on Monday, officials said.", None),
    ],
)
def test_a_colon_dateline_names_a_known_city(first: str, dateline: str | None):
    assert read_article("Market fire\n\n" + first).dateline == dateline


def test_a_transcript_label_is_no_dateline():
    text = (
        "Interview\n\nPARIS: Thanks for having me on the show this morning.\n\n"
        "HOST: Welcome.\n\nPARIS: Glad to be here."
    )
    assert read_article(text).dateline is None


def test_no_stated_date_means_no_published_date():
    a = read_article("Quiet day in the capital\n\nNothing much happened, officials said on Monday, again.")
    assert a.published is None
    assert a.published_span is None


@pytest.mark.parametrize(
    ("footer", "published"),
    [
        ("Published March 4, 2024", dt.date(2024, 3, 4)),
        ("Posted on March 4, 2024 by the newsroom", dt.date(2024, 3, 4)),
        # a date in the story's last sentence is no stamp of the page
        ("The report was published March 4, 2024 by the agency, which said more storms were likely.", None),
    ],
)
def test_a_stamp_at_the_foot_of_the_page_is_the_publication_date(footer: str, published: dt.date | None):
    text = (
        "Storm hits coast\n\nA storm hit the coast on Monday, officials said, and thousands lost power.\n\n"
        + footer
    )
    a = read_article(text)
    assert a.published == published
    if published is not None:
        assert a.published_span is not None
        assert text[a.published_span.start : a.published_span.end] == "March 4, 2024"


def test_published_argument_overrides_and_validates():
    text = (SEEDS / "001_73f91dd4694867d8.txt").read_text(encoding="utf-8")
    a = read_article(text, published="2016-01-02")
    assert a.published == dt.date(2016, 1, 2)
    assert a.published_span is None
    assert read_article(text, published="2016-01-02T10:30").published == dt.datetime(2016, 1, 2, 10, 30)
    with pytest.raises(InputError, match="invalid publication date"):
        read_article(text, published="yesterday")


def test_non_string_input_is_a_clear_error():
    with pytest.raises(InputError, match="must be a str"):
        read_article(b"bytes")  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(article_texts())
def test_reader_never_raises_and_its_spans_are_valid(text):
    a = read_article(text)
    assert a.text == text
    spans = [a.title_span, a.published_span, a.source_span, a.dateline_span, *a.body, *a.boilerplate]
    for s in spans:
        if s is not None:
            assert 0 <= s.start <= s.end <= len(text)
    for value, s in [(a.title, a.title_span), (a.source, a.source_span), (a.dateline, a.dateline_span)]:
        if value is not None:
            assert s is not None
            assert text[s.start : s.end] == value


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Published: ", "12/11/2015", "\n", "LONDON (AP) - ", "x" * 50, "Oct. 3, 2015"]),
        max_size=20,
    ).map("".join)
)
def test_reader_is_deterministic(text):
    assert read_article(text, id="x") == read_article(text, id="x")


def test_byte_order_mark_and_windows_line_ends_stay_out_of_the_title():
    text = (
        "\ufeffFerry runs aground\r\n\r\n"
        "PORT ELLIS, Maine (AP) \u2014 A ferry ran aground on Sunday, officials said.\r\n"
    )
    article = read_article(text)
    assert article.title == "Ferry runs aground"
    assert article.title_span is not None
    assert text[article.title_span.start : article.title_span.end] == "Ferry runs aground"
    assert article.dateline == "PORT ELLIS, Maine"


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("One dead, four hurt in Dunmore shooting Share", "One dead, four hurt in Dunmore shooting"),
        ("Teen shot near Dunmore school | Share", "Teen shot near Dunmore school"),
        ("Why we Share", "Why we Share"),  # too short to be a headline and its button
    ],
)
def test_a_share_button_word_leaves_the_title(headline: str, title: str) -> None:
    text = f"{headline}\n\n{_BODY}"
    a = read_article(text)
    assert a.title == title
    assert a.title_span is not None
    assert text[a.title_span.start : a.title_span.end] == title


def test_photo_sales_button_is_furniture():
    text = (
        "Mayor opens Dunmore bridge\n\nBuy Photo Mayor Ann Roe cuts the ribbon on Monday. (Photo: Ed Vane)"
        "Buy Photo\n\nMayor Ann Roe opened the new bridge over the Tarn River on Monday, six months ahead "
        "of schedule, and said the old one would close."
    )
    marked = [text[s.start : s.end] for s in read_article(text).boilerplate]
    assert marked.count("Buy Photo") == 2
