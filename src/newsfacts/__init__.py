"""newsfacts: typed, verifiable facts from English news articles.

>>> import newsfacts
>>> result = newsfacts.extract(text, published="2015-11-27")
>>> [(q.speaker, q.text) for q in result.quotes]

Every fact carries half-open character offsets into the exact input text.
Extractors are plugins: see :mod:`newsfacts.hookspecs` and ``docs/plugins/``.
"""

from __future__ import annotations

__version__ = "0.1.0"

from . import incidents
from .api import ArticleInput, extract, extract_many
from .errors import ExtractorError, InputError, NewsfactsError, PluginError
from .extractor import Extractor
from .hookspecs import hookimpl
from .models import (
    FACT_ADAPTER,
    RESULTS_ADAPTER,
    Article,
    ArticleFacts,
    BaseFact,
    CasualtyCount,
    CustomFact,
    ErrorRecord,
    Fact,
    Incident,
    IncidentCount,
    Location,
    Mention,
    Organization,
    Quote,
    Span,
    TemporalExpression,
)
from .plugins import get_registry, reset_registry
from .reader import read_article
from .runner import Pipeline

__all__ = [
    "FACT_ADAPTER",
    "RESULTS_ADAPTER",
    "Article",
    "ArticleFacts",
    "ArticleInput",
    "BaseFact",
    "CasualtyCount",
    "CustomFact",
    "ErrorRecord",
    "Extractor",
    "ExtractorError",
    "Fact",
    "Incident",
    "IncidentCount",
    "InputError",
    "Location",
    "Mention",
    "NewsfactsError",
    "Organization",
    "Pipeline",
    "PluginError",
    "Quote",
    "Span",
    "TemporalExpression",
    "__version__",
    "extract",
    "extract_many",
    "get_registry",
    "hookimpl",
    "incidents",
    "read_article",
    "reset_registry",
]
