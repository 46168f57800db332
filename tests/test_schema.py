from __future__ import annotations

from newsfacts.cli import SCHEMA_FILE, schema_json

from paths import ROOT


def test_committed_schema_matches_the_models():
    committed = (ROOT / "docs" / "schema" / SCHEMA_FILE).read_text(encoding="utf-8")
    assert committed == schema_json(), "run `newsfacts schema` and commit docs/schema/"
