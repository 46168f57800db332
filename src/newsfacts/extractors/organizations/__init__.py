"""Built-in organizations extractor: every organization mentioned, its mentions clustered under one name.

Recognition uses no statistical model: a curated gazetteer shipped as package data
(``newsfacts/data/organizations/``), name patterns (capitalized names ending in an
organization word, "X of Y", acronyms in context, "al-" names, outlet credits) and
context (sports reports, where a club's town names the club).  Mentions are then
clustered: gazetteer aliases, acronyms defined in the text, full name to acronym,
and generic bodies ("Foreign Ministry") resolved to a country where the article
makes it clear.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from ...extractor import Extractor
from ...hookspecs import hookimpl
from ...models import Article, BaseFact, Mention, Organization
from .clustering import cluster
from .recognize import find_candidates

__all__ = ["OrganizationsExtractor", "register_extractors"]


class OrganizationsExtractor(Extractor):
    """Find organizations and cluster their mentions (fact kind ``organization``)."""

    id: ClassVar[str] = "organizations"
    version: ClassVar[str] = "1.0"
    produces: ClassVar[frozenset[str]] = frozenset({"organization"})

    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterable[BaseFact]:
        """The organizations of ``article``, in order of first mention."""
        out = []
        for g in cluster(article, find_candidates(article)):
            mentions = tuple(Mention(text=m.text, span=m.span) for m in g.mentions)
            aliases = tuple(
                dict.fromkeys(
                    " ".join(m.text.split()) for m in g.mentions if " ".join(m.text.split()) != g.name
                )
            )
            first = g.mentions[0]
            out.append(
                Organization(
                    text=first.text,
                    span=first.span,
                    extractor=self.id,
                    confidence=max(m.confidence for m in g.mentions),
                    name=g.name,
                    type=g.type,
                    mentions=mentions,
                    aliases=aliases,
                )
            )
        return out


@hookimpl
def register_extractors(register):  # type: ignore[no-untyped-def]
    """Register the built-in organizations extractor."""
    register(OrganizationsExtractor())
