"""newsfacts-spacy: organizations and people from a spaCy pipeline (default ``en_core_web_sm``).

Importing this package does not import spaCy; the pipeline loads on the first
article.  Choose it with ``NEWSFACTS_SPACY_MODEL`` (a package name or a path).
"""

from __future__ import annotations

from collections.abc import Callable

from newsfacts import Extractor, hookimpl

from .extractor import DEFAULT_MODEL, MODEL_ENV, PersonMention, SpacyExtractor, SpacyUnavailable

__all__ = [
    "DEFAULT_MODEL",
    "MODEL_ENV",
    "PersonMention",
    "SpacyExtractor",
    "SpacyUnavailable",
    "register_extractors",
]
__version__ = "0.1.0"


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    """Give newsfacts the spaCy extractor, using the pipeline named by ``NEWSFACTS_SPACY_MODEL``."""
    register(SpacyExtractor())
