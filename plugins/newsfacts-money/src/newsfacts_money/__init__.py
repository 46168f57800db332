"""newsfacts-money: monetary amounts in news text, as facts of kind ``money.amount``."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts import Extractor, hookimpl

from .extractor import MoneyExtractor, find_amounts
from .models import MoneyAmount

__all__ = ["MoneyAmount", "MoneyExtractor", "find_amounts", "register_extractors"]
__version__ = "0.1.0"


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    """Give newsfacts this plugin's extractor."""
    register(MoneyExtractor())
