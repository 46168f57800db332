"""Organizations and people found by a spaCy pipeline's named-entity recognizer.

spaCy is imported, and the pipeline loaded, on the first article, once per
process.  When spaCy or the pipeline is missing, every article gets the same
clear error record (:class:`SpacyUnavailable`) instead of a crash, and the other
extractors' facts are still returned.
"""

from __future__ import annotations

import importlib
import os
import re
import threading
from collections.abc import Iterator, Sequence
from typing import Any, Literal

from newsfacts import Article, BaseFact, CustomFact, Extractor, Mention, Organization, Span

__all__ = ["DEFAULT_MODEL", "MODEL_ENV", "PersonMention", "SpacyExtractor", "SpacyUnavailable"]

MODEL_ENV = "NEWSFACTS_SPACY_MODEL"
DEFAULT_MODEL = "en_core_web_sm"

_ARTICLE = re.compile(r"(?i)the\s+")
_POSSESSIVE = re.compile(r"['’]s?\Z")


class SpacyUnavailable(RuntimeError):
    """spaCy, or the pipeline asked for, is not installed."""


class PersonMention(CustomFact):
    """One mention of a person, as spaCy's recognizer labelled it (``PERSON``)."""

    fact_kind: Literal["spacy.person"] = "spacy.person"
    label: str = "PERSON"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The entity's offsets without a leading "the" or a trailing possessive."""
    m = _ARTICLE.match(text, start, end)
    if m and m.end() < end:
        start = m.end()
    p = _POSSESSIVE.search(text, start, end)
    if p and p.start() > start:
        end = p.start()
    return start, end


def _chunks(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` of at most ``limit`` characters, cut after a line break where possible."""
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end


class SpacyExtractor(Extractor):
    """Organization clusters and person mentions from a spaCy pipeline.

    ``model`` names the pipeline (a package such as ``en_core_web_sm`` or a
    path); it defaults to ``$NEWSFACTS_SPACY_MODEL``, then ``en_core_web_sm``.
    ``nlp`` passes a loaded pipeline instead (as the tests do).  Facts get
    ``confidence`` (0.8: statistical, so usually below the built-in extractor's):
    when the built-in organizations extractor finds the same organization, the
    runner's conflict policy merges the two clusters under the name of the more
    confident one.
    """

    id = "spacy"
    version = "0.1.0"
    produces = frozenset({"organization", "spacy.person"})

    def __init__(self, model: str | None = None, *, nlp: Any = None, confidence: float = 0.8) -> None:
        self.model = model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL
        self.confidence = confidence
        self._nlp = nlp
        self._failure: SpacyUnavailable | None = None
        self._lock = threading.Lock()

    def load(self) -> Any:
        """The spaCy pipeline, loaded on first use; raises :class:`SpacyUnavailable`."""
        with self._lock:
            if self._nlp is None and self._failure is None:
                try:
                    self._nlp = self._load()
                except SpacyUnavailable as exc:
                    self._failure = exc
            if self._failure is not None:
                raise SpacyUnavailable(str(self._failure))
            return self._nlp

    def _load(self) -> Any:
        try:
            spacy = importlib.import_module("spacy")
        except ImportError as exc:
            raise SpacyUnavailable(
                f"spaCy is not installed ({exc}); install it with: pip install 'newsfacts-spacy[spacy]'"
            ) from None
        try:
            return spacy.load(self.model)
        except OSError as exc:
            raise SpacyUnavailable(
                f"the spaCy pipeline {self.model!r} is not installed: run 'python -m spacy download "
                f"{self.model}', or set {MODEL_ENV} to an installed pipeline or a path ({exc})"
            ) from None

    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterator[BaseFact]:
        """Organizations (one cluster per name) and person mentions, in text order."""
        nlp = self.load()
        text = article.text
        orgs: dict[str, list[Mention]] = {}
        people: list[PersonMention] = []
        pieces = list(_chunks(text, int(getattr(nlp, "max_length", 1_000_000))))
        for (offset, _), doc in zip(pieces, nlp.pipe(piece for _, piece in pieces), strict=True):
            for ent in doc.ents:
                if ent.label_ not in ("ORG", "PERSON"):
                    continue
                start, end = _trim(text, offset + ent.start_char, offset + ent.end_char)
                span, written = Span(start=start, end=end), text[start:end]
                if not written.strip():
                    continue
                if ent.label_ == "ORG":
                    key = " ".join(written.casefold().split())
                    orgs.setdefault(key, []).append(Mention(text=written, span=span))
                else:
                    people.append(PersonMention(text=written, span=span, confidence=self.confidence))
        clusters = []
        for mentions in orgs.values():
            first = mentions[0]
            name = max((m.text for m in mentions), key=len)
            clusters.append(
                Organization(
                    text=first.text,
                    span=first.span,
                    name=" ".join(name.split()),
                    mentions=tuple(mentions),
                    confidence=self.confidence,
                )
            )
        yield from clusters
        yield from people
