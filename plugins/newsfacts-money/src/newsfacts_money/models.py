"""The fact this plugin adds: a monetary amount, with its currency and value."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from newsfacts import CustomFact, Span


class MoneyAmount(CustomFact):
    """A sum of money as written: "$1.5 billion" is ``value=1500000000``, ``currency="USD"``.

    ``value`` is in units of the currency (a range such as "$5-10 million" gives
    its low end, and its high end in ``high``); ``currency`` is the ISO 4217 code
    of ``currency_text``, the sign, code or name as written.
    """

    fact_kind: Literal["money.amount"] = "money.amount"
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    value: int | float = Field(ge=0)
    high: int | float | None = None
    currency_text: str
    currency_span: Span
    number_span: Span
