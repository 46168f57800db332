"""The built-in casualty extractor: how many were killed, injured, taken hostage or went missing.

Finds counts in the forms news uses ("killing 224 people", "the death toll
rose to 130", "left three dead and five wounded", "no one was hurt"), with
their qualifier ("at least", "more than", "all"), the victims' noun phrase and
sub-counts ("including six employees").  People "shot" are counted as injured
(with ``shot`` set) unless the text says they were killed.  Each count is
assigned to an incident of the article (``incident``: ``"i1"``, ``"i2"`` ...),
using the incident cues of :mod:`newsfacts.extractors.incidents.grouping`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ...extractor import Extractor
from ...hookspecs import hookimpl
from ...models import Article, BaseFact, CasualtyCount, Span, TemporalExpression
from .forms import Found, find_casualties

__all__ = ["CasualtyExtractor", "register_extractors"]


def _fact(text: str, f: Found, incident: str | None = None) -> CasualtyCount:
    return CasualtyCount(
        text=text[f.start : f.end],
        span=Span(start=f.start, end=f.end),
        confidence=f.confidence,
        category=f.category,
        count=f.count,
        low=f.low,
        high=f.high,
        qualifier=f.qualifier,
        vague=f.vague,
        victims=text[f.victims[0] : f.victims[1]] if f.victims and f.victims[1] > f.victims[0] else None,
        victims_span=Span(start=f.victims[0], end=f.victims[1]) if f.victims else None,
        number_span=Span(start=f.number[0], end=f.number[1]) if f.number else None,
        shot=f.shot,
        incident=incident,
        subcounts=tuple(_fact(text, s, incident) for s in f.subcounts),
    )


class CasualtyExtractor(Extractor):
    """Casualty counts (fact kind ``casualty``); reads dates, when present, to tell incidents apart."""

    id = "casualties"
    version = "1.0"
    produces = frozenset({"casualty"})
    requires = frozenset({"date"})

    def __init__(self) -> None:
        # compile the patterns and load the gazetteer once, when the plugin registers
        from ..incidents.cues import kinds
        from ..incidents.gazetteer import gazetteer
        from .forms import warm_up as warm_up_forms
        from .patterns import patterns
        from .qualifiers import warm_up

        patterns()
        warm_up()
        warm_up_forms()
        kinds()
        gazetteer()

    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterable[CasualtyCount]:
        """The casualty counts of ``article``, outside its boilerplate."""
        text = article.text
        found = find_casualties(text)
        if article.boilerplate:  # (most articles have none: no span to build per count)
            found = [f for f in found if not article.is_boilerplate(Span(start=f.start, end=f.end))]
        if not found:
            return []
        from ..incidents.grouping import assign_incidents

        dates = [f for f in facts if isinstance(f, TemporalExpression)]
        groups = assign_incidents(article, [(f.start, f.end) for f in found], dates)
        return [_fact(text, f, g) for f, g in zip(found, groups, strict=True)]


@hookimpl
def register_extractors(register):  # type: ignore[no-untyped-def]
    """Register the casualty extractor."""
    register(CasualtyExtractor())
