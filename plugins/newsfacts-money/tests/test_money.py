"""newsfacts-money: amounts, currencies and values in realistic news sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from newsfacts.testing import article_texts, check_extractor, run_extractor
from newsfacts_money import MoneyAmount, MoneyExtractor, find_amounts

# (sentence, [(text, currency, value)])
CASES = [
    ("The company agreed to pay $1.5 billion to settle.", [("$1.5 billion", "USD", 1_500_000_000)]),
    ("The club paid £20m for the striker last summer.", [("£20m", "GBP", 20_000_000)]),
    ("The EU pledged 20 million euros in emergency aid.", [("20 million euros", "EUR", 20_000_000)]),
    ("The state approved a Rs 500 crore relief package.", [("Rs 500 crore", "INR", 5_000_000_000)]),
    ("Tickets cost US$3 each.", [("US$3", "USD", 3)]),
    ("The bank raised €5bn from investors.", [("€5bn", "EUR", 5_000_000_000)]),
    ("A bowl of ramen costs about 1,200 yen in Tokyo.", [("1,200 yen", "JPY", 1200)]),
    ("Revenue rose to $3.2 million in the third quarter.", [("$3.2 million", "USD", 3_200_000)]),
    ("He was fined $250,000 by the regulator.", [("$250,000", "USD", 250_000)]),
    ("The merger is valued at HK$2.3bn.", [("HK$2.3bn", "HKD", 2_300_000_000)]),
    ("Ottawa will spend C$40 million on the bridge.", [("C$40 million", "CAD", 40_000_000)]),
    ("The mine was sold for A$1.2 billion.", [("A$1.2 billion", "AUD", 1_200_000_000)]),
    ("Each family received ₹12 lakh in compensation.", [("₹12 lakh", "INR", 1_200_000)]),
    ("The ransom was set at 5 million US dollars.", [("5 million US dollars", "USD", 5_000_000)]),
    ("Moscow allocated 3 billion roubles to the region.", [("3 billion roubles", "RUB", 3_000_000_000)]),
    ("The fund holds 800 million Swiss francs.", [("800 million Swiss francs", "CHF", 800_000_000)]),
    ("Beijing approved a 10 billion yuan stimulus.", [("10 billion yuan", "CNY", 10_000_000_000)]),
    ("He earned twenty million dollars last year.", [("twenty million dollars", "USD", 20_000_000)]),
    ("The bond sold at $1.5-billion.", [("$1.5-billion", "USD", 1_500_000_000)]),
    ("Investors pulled 2 million pounds from the fund.", [("2 million pounds", "GBP", 2_000_000)]),
    ("Seoul offered 500 billion won in loans.", [("500 billion won", "KRW", 500_000_000_000)]),
    ("Lagos set aside ₦50bn for roads.", [("₦50bn", "NGN", 50_000_000_000)]),
    ("The fare is 5 USD.", [("5 USD", "USD", 5)]),
    ("Donations reached 30,000 euros by Friday.", [("30,000 euros", "EUR", 30_000)]),
    ("Prices were cut from $40 to $30.", [("$40", "USD", 40), ("$30", "USD", 30)]),
    (
        "The budget of Rs. 2,000 crore includes ₹150 crore for schools.",
        [("Rs. 2,000 crore", "INR", 20_000_000_000), ("₹150 crore", "INR", 1_500_000_000)],
    ),
    (
        "Apple paid $13.1 billion and Google €2.4bn in fines.",
        [("$13.1 billion", "USD", 13_100_000_000), ("€2.4bn", "EUR", 2_400_000_000)],
    ),
    (
        "Net income was $6.3 million, or 94 cents a share.",
        [("$6.3 million", "USD", 6_300_000), ("94 cents", "USD", 0.94)],
    ),
    ("A loaf now costs 95 pence.", [("95 pence", "GBP", 0.95)]),
    ("Inflation rose 5 per cent in March.", []),
    ("Iran lost 1 trillion rials?", []),
    ("He carried 20 pounds of rice home.", []),
    ("Three won the award in 2015.", []),
    ("About 20 people were killed and 30 injured.", []),
    ("The vote was 52-48 on Tuesday.", []),
    ("Room 101 is on the 3rd floor.", []),
    ("Millions of dollars were lost.", []),
    ("The $ sign and the word euro alone are not amounts.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_amounts(text, expected):
    got = [(a.text, a.currency, a.value) for a in find_amounts(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The deal is worth $5-10 million.", 5_000_000, 10_000_000),
        ("Repairs will cost €2 to €3 billion.", 2, None),  # two amounts: "€2" then "€3 billion"
        ("Estimates range from $1.5–2.5 billion.", 1_500_000_000, 2_500_000_000),
    ],
)
def test_ranges_give_low_and_high(text, low, high):
    first = next(find_amounts(text))
    assert (first.value, first.high) == (low, high)


def test_every_span_is_exact():
    text = " ".join(t for t, _ in CASES)
    amounts = list(find_amounts(text))
    assert len(amounts) == sum(len(e) for _, e in CASES)
    for a in amounts:
        assert text[a.span.start : a.span.end] == a.text
        assert text[a.currency_span.start : a.currency_span.end] == a.currency_text
        assert a.span.contains(a.number_span)
        assert a.span.contains(a.currency_span)


def test_ambiguous_signs_have_lower_confidence():
    (dollars,) = find_amounts("It cost $5 in all.")
    (us,) = find_amounts("It cost US$5 in all.")
    assert dollars.confidence < us.confidence == 1.0


def test_amounts_in_boilerplate_are_skipped():
    text = "Officials said the plan costs $2 billion.\n\nDonate $5 to support our journalism\n"
    result = run_extractor(MoneyExtractor(), text)
    assert [f.text for f in result.of_kind("money.amount")] == ["$2 billion"]


def test_output_round_trips_with_its_typed_fields():
    result = run_extractor(MoneyExtractor(), "The club paid £20m for the striker last summer.")
    (fact,) = result.custom
    assert isinstance(fact, MoneyAmount)
    dumped = result.model_dump(mode="json")["custom"][0]
    assert {k: dumped[k] for k in ("fact_kind", "currency", "value", "currency_text")} == {
        "fact_kind": "money.amount",
        "currency": "GBP",
        "value": 20_000_000,
        "currency_text": "£",
    }


@settings(max_examples=150, deadline=None)
@given(article_texts())
def test_never_raises_and_spans_hold(text):
    for a in find_amounts(text):
        assert text[a.span.start : a.span.end] == a.text
        assert a.value >= 0


def test_conforms():
    check_extractor(MoneyExtractor(), texts=[t for t, _ in CASES], max_examples=60)
