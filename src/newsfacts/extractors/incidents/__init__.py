"""The built-in incident extractor: what happened, when, where, to how many, and by whom.

Reads the article's casualty counts (grouped into incidents by the casualty
extractor), its dates and organizations, and assembles one :class:`Incident`
per event (see :mod:`.assemble`), the main incident first.  Kinds come from a
small vocabulary (``data/incidents/kinds.json``: plane crash, hostage-taking,
bombing, shooting, stabbing, kidnapping, vehicle attack, arson, natural
disaster, attack, crash, accident); places from a shipped gazetteer (``data/incidents/*.tsv``).  When
the dates or organizations extractors are absent the incident simply has no
date, or only the armed groups of ``data/incidents/groups.tsv`` as
perpetrators.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ...extractor import Extractor
from ...hookspecs import hookimpl
from ...models import Article, BaseFact, CasualtyCount, Incident, Organization, TemporalExpression
from .assemble import assemble

__all__ = ["IncidentExtractor", "register_extractors"]


class IncidentExtractor(Extractor):
    """Incidents (fact kind ``incident``) from casualty counts, dates and organizations."""

    id = "incidents"
    version = "1.0"
    produces = frozenset({"incident"})
    requires = frozenset({"casualty", "date", "organization"})

    def __init__(self) -> None:
        # load the vocabularies and the gazetteer once, when the plugin registers
        from .assemble import warm_up as warm_up_assemble
        from .attributive import warm_up as warm_up_attributive
        from .cues import groups, kinds
        from .gazetteer import gazetteer

        kinds()
        groups()
        gazetteer()
        warm_up_assemble()
        warm_up_attributive()

    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterable[Incident]:
        """The incidents of ``article``, the main one first."""
        casualties = [f for f in facts if isinstance(f, CasualtyCount)]
        dates = [f for f in facts if isinstance(f, TemporalExpression)]
        orgs = [f for f in facts if isinstance(f, Organization)]
        return assemble(article, casualties, dates, orgs)


@hookimpl
def register_extractors(register):  # type: ignore[no-untyped-def]
    """Register the incident extractor."""
    register(IncidentExtractor())
