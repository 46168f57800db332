"""Shared by the incident tests: whether a dates extractor is installed, and an article's main incident."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts.models import Incident
from newsfacts.plugins import get_registry

HAVE_DATES = any("date" in r.extractor.produces for r in get_registry().extractors.values())
needs_dates = pytest.mark.skipif(not HAVE_DATES, reason="needs the dates extractor")


def main_incident(text: str, published: str) -> Incident:
    """The first incident of ``text`` published on ``published`` (the test fails when there is none)."""
    incs = newsfacts.extract(text, published=published, only=["incidents"]).incidents
    assert incs, text
    return incs[0]
