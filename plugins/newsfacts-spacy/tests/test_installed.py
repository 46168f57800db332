"""The installed plugin as a user meets it: listed, and its facts or error record in `newsfacts extract`."""

from __future__ import annotations

import importlib.metadata as md
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsfacts_spacy import MODEL_ENV

installed = any(ep.name == "spacy" for ep in md.entry_points(group="newsfacts"))
pytestmark = pytest.mark.skipif(not installed, reason="newsfacts-spacy is not installed (pip install it)")

TEXT = "GENEVA (Reuters) - The Red Cross said on Monday that Maria Lopez had left.\n"


def newsfacts(*args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "NEWSFACTS_LOAD_PLUGINS"}
    environ.update(env)
    cmd = [sys.executable, "-m", "newsfacts", *args]
    return subprocess.run(cmd, input=stdin, env=environ, capture_output=True, text=True)


def test_listed_by_newsfacts_plugins():
    data = json.loads(newsfacts("plugins", "--json").stdout)
    (plugin,) = [p for p in data["plugins"] if p["name"] == "spacy"]
    assert [x["produces"] for x in plugin["extractors"]] == [["organization", "spacy.person"]]


def test_a_missing_pipeline_becomes_an_error_record_and_extract_still_succeeds():
    out = newsfacts("extract", "-", stdin=TEXT, **{MODEL_ENV: "no_such_pipeline_installed"})
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout)
    (err,) = [e for e in record["errors"] if e["plugin"] == "spacy"]
    assert err["error"] == "SpacyUnavailable"
    if importlib.util.find_spec("spacy") is None:
        assert "spaCy is not installed" in err["message"]
    else:
        assert "no_such_pipeline_installed" in err["message"]


@pytest.mark.skipif(importlib.util.find_spec("spacy") is None, reason="spaCy is not installed")
def test_facts_appear_in_extract_output_with_a_pipeline_on_disk(tmp_path: Path):
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [{"label": "ORG", "pattern": "Red Cross"}, {"label": "PERSON", "pattern": "Maria Lopez"}]
    )
    nlp.to_disk(tmp_path / "pipeline")
    out = newsfacts("extract", "-", stdin=TEXT, **{MODEL_ENV: str(tmp_path / "pipeline")})
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout)
    assert not [e for e in record["errors"] if e["plugin"] == "spacy"]
    # The spaCy cluster is there, or merged into the built-in extractor's cluster for the same
    # organization (under the built-in's canonical name): either way, exactly one holds the mention.
    holders = [o for o in record["organizations"] if "Red Cross" in [m["text"] for m in o["mentions"]]]
    assert len(holders) == 1, record["organizations"]
    people = [f for f in record["custom"] if f["fact_kind"] == "spacy.person"]
    assert [(p["text"], p["extractor"]) for p in people] == [("Maria Lopez", "spacy")]
