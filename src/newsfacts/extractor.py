"""The interface every extractor implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from typing import ClassVar

from .models import Article, BaseFact

__all__ = ["Extractor"]


class Extractor(ABC):
    """Base class for extractors.

    Subclasses declare what they are as class attributes and implement
    :meth:`extract`::

        class MoneyExtractor(Extractor):
            id = "money"
            version = "1.0"
            produces = frozenset({"money.amount"})

            def extract(self, article, facts):
                ...

    ``produces`` names the fact kinds it returns; ``requires`` the kinds it reads
    from ``facts`` (the runner runs their producers first).  An extractor must not
    keep per-article state: the runner may call one instance from several
    threads or processes.
    """

    id: ClassVar[str]
    version: ClassVar[str] = "0"
    produces: ClassVar[frozenset[str]]
    requires: ClassVar[frozenset[str]] = frozenset()

    @abstractmethod
    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterable[BaseFact]:
        """Return the facts found in ``article``.

        ``facts`` holds what the extractors run before this one produced, which
        includes every kind listed in ``requires``.
        """

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id} {self.version}>"
