"""newsfacts: typed, verifiable facts from English news articles.

>>> import newsfacts
>>> result = newsfacts.extract(text, published="2015-11-27")
>>> [(q.speaker, q.text) for q in result.quotes]

Every fact carries half-open character offsets into the exact input text.
Extractors are plugins: see :mod:`newsfacts.hookspecs` and ``docs/plugins/``.

The public names are imported on first use, so ``import newsfacts`` (and the
pytest plugin it installs) stays cheap until something is extracted.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
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

_EXPORTS = {
    "incidents": "incidents",
    "ArticleInput": "api",
    "extract": "api",
    "extract_many": "api",
    "ExtractorError": "errors",
    "InputError": "errors",
    "NewsfactsError": "errors",
    "PluginError": "errors",
    "Extractor": "extractor",
    "hookimpl": "hookspecs",
    "FACT_ADAPTER": "models",
    "RESULTS_ADAPTER": "models",
    "Article": "models",
    "ArticleFacts": "models",
    "BaseFact": "models",
    "CasualtyCount": "models",
    "CustomFact": "models",
    "ErrorRecord": "models",
    "Fact": "models",
    "Incident": "models",
    "IncidentCount": "models",
    "Location": "models",
    "Mention": "models",
    "Organization": "models",
    "Quote": "models",
    "Span": "models",
    "TemporalExpression": "models",
    "get_registry": "plugins",
    "reset_registry": "plugins",
    "read_article": "reader",
    "Pipeline": "runner",
}
"""Each public name and the submodule defining it; a name equal to its submodule is that submodule."""

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


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(f".{module}", __name__)
    value = loaded if module == name else getattr(loaded, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
