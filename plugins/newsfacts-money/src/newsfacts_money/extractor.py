"""Finding monetary amounts: a currency sign, code or name written next to a number."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib.resources import files

from newsfacts import Article, BaseFact, Extractor, Span
from newsfacts.numbers import NumberMatch, find_numbers, parse_number

from .models import MoneyAmount

__all__ = ["MoneyExtractor", "find_amounts"]

_SCALE = re.compile(r"(?i)\b(?:thousand|million|billion|trillion|lakh|crore)s?\b|\d(?:bn|mn|m|k|b)\b")
_HYPHEN_SCALE = re.compile(r"[-\u2010\u2011](thousand|million|billion|trillion)\b", re.IGNORECASE)
_RANGE = re.compile(r"[ \u00a0]*(?:-|–|—|to)[ \u00a0]*")
_FACTORS = {"thousand": 1_000, "million": 10**6, "billion": 10**9, "trillion": 10**12}


@dataclass(frozen=True)
class _Currencies:
    """The currency table (``data/currencies.json``) and the patterns built from it."""

    before: re.Pattern[str]  # a currency that ends where a number starts: "$", "Rs "
    after: re.Pattern[str]  # a currency that starts where a number ends: " euros"
    codes: dict[str, tuple[str, float]]  # written form (lower case for "after") -> (ISO code, confidence)
    needs_scale: frozenset[str]
    hundredths: frozenset[str]  # "cents": the value is in hundredths of the currency


def _alternation(forms: Sequence[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))


@cache
def _currencies() -> _Currencies:
    data = json.loads(files("newsfacts_money").joinpath("data/currencies.json").read_text("utf-8"))
    before: dict[str, list[object]] = data["before"]
    after: dict[str, list[object]] = {
        **data["after"],
        **data["after_needs_scale"],
        **data["after_hundredths"],
    }
    codes = {k: (str(v[0]), float(str(v[1]))) for k, v in before.items()}
    codes.update({k.lower(): (str(v[0]), float(str(v[1]))) for k, v in after.items()})
    return _Currencies(
        before=re.compile(rf"(?<![\w$])({_alternation(list(before))})[ \u00a0]?\Z"),
        after=re.compile(rf"[ \u00a0]{{1,2}}({_alternation(list(after))})(?!\w)", re.IGNORECASE),
        codes=codes,
        needs_scale=frozenset(k.lower() for k in data["after_needs_scale"]),
        hundredths=frozenset(k.lower() for k in data["after_hundredths"]),
    )


def _times(value: int | float, factor: int | float) -> int | float:
    """``value * factor`` without binary rounding (2.3 * 10**9 is 2300000000)."""
    product = Decimal(str(value)) * Decimal(str(factor))
    return int(product) if product == product.to_integral_value() else float(product)


def _scaled(number: NumberMatch, text: str) -> tuple[int | float, int]:
    """The number's value and end, taking in a hyphenated scale ("1.5-billion")."""
    m = _HYPHEN_SCALE.match(text, number.end)
    if m and not _SCALE.search(number.text):
        return _times(number.value, _FACTORS[m.group(1).lower()]), m.end()
    return number.value, number.end


def _range_high(
    low: NumberMatch, numbers: Sequence[NumberMatch], i: int, text: str
) -> tuple[int | float, int | float, int] | None:
    """For "$5-10 million": (low value, high value, end) when ``numbers[i + 1]`` closes a range."""
    if i + 1 >= len(numbers) or _SCALE.search(low.text):
        return None
    high = numbers[i + 1]
    gap = _RANGE.fullmatch(text, low.end, high.start)
    if gap is None or high.vague:
        return None
    lead = re.match(r"[\d.,]+", high.text)
    lead_value = parse_number(lead.group()) if lead else None
    if not lead_value or not _SCALE.search(high.text):
        return low.value, high.value, high.end
    return _times(low.value, high.value / lead_value), high.value, high.end


def find_amounts(text: str, skip: Callable[[Span], bool] | None = None) -> Iterator[MoneyAmount]:
    """Every monetary amount in ``text``, left to right; ``skip(span)`` drops some (boilerplate)."""
    table = _currencies()
    numbers = [n for n in find_numbers(text) if not n.vague]
    i = -1
    while i + 1 < len(numbers):
        i += 1
        number = numbers[i]
        value, end = _scaled(number, text)
        high: int | float | None = None
        sign = table.before.search(text, max(0, number.start - 8), number.start)
        if sign is not None:
            currency, confidence = table.codes[sign.group(1)]
            start, written = sign.start(1), sign.group(1)
            written_span = Span(start=sign.start(1), end=sign.end(1))
            if (ranged := _range_high(number, numbers, i, text)) is not None:
                value, high, end = ranged
                i += 1
        else:
            name = table.after.match(text, end)
            if name is None:
                continue
            key = name.group(1).lower()
            if key in table.needs_scale and not _SCALE.search(text, number.start, end) and value < 1000:
                continue
            currency, confidence = table.codes[key]
            if key in table.hundredths:
                value = _times(value, 0.01)
            start, written = number.start, name.group(1)
            written_span = Span(start=name.start(1), end=name.end(1))
            end = name.end(1)
        span = Span(start=start, end=end)
        if skip is not None and skip(span):
            continue
        yield MoneyAmount(
            text=text[start:end],
            span=span,
            confidence=confidence,
            currency=currency,
            value=value,
            high=high,
            currency_text=written,
            currency_span=written_span,
            number_span=Span(start=number.start, end=number.end),
        )


class MoneyExtractor(Extractor):
    """Monetary amounts ("$1.5 billion", "£20m", "20 million euros", "Rs 500 crore")."""

    id = "money"
    version = "0.1.0"
    produces = frozenset({"money.amount"})

    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterator[BaseFact]:
        """The amounts in the article, outside its boilerplate."""
        return find_amounts(article.text, skip=article.is_boilerplate)
