"""An organization mention as recognition finds it, before mentions are clustered."""

from __future__ import annotations

from dataclasses import dataclass

from ...models import OrganizationType, Span
from .gazetteer import Form

__all__ = ["Candidate"]


@dataclass
class Candidate:
    """One mention found in the text, with what is known about what it names."""

    start: int
    end: int
    text: str
    source: str
    type: OrganizationType
    entry: int | None = None
    form: Form | None = None
    country: str | None = None
    canonical: str | None = None
    confidence: float = 0.8
    propagated: bool = False

    @property
    def span(self) -> Span:
        """The mention's span."""
        return Span(start=self.start, end=self.end)
