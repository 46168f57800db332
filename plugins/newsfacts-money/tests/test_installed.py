"""The installed plugin as a user meets it: in `newsfacts plugins`, its facts in `newsfacts extract`."""

from __future__ import annotations

import importlib.metadata as md
import json
import os
import subprocess
import sys

import pytest

installed = any(ep.name == "money" for ep in md.entry_points(group="newsfacts"))
pytestmark = pytest.mark.skipif(not installed, reason="newsfacts-money is not installed (pip install it)")

ENV = {k: v for k, v in os.environ.items() if k != "NEWSFACTS_LOAD_PLUGINS"}


def newsfacts(*args: str, stdin: str | None = None) -> str:
    cmd = [sys.executable, "-m", "newsfacts", *args]
    return subprocess.run(cmd, input=stdin, env=ENV, capture_output=True, text=True, check=True).stdout


def test_listed_by_newsfacts_plugins():
    data = json.loads(newsfacts("plugins", "--json"))
    (money,) = [p for p in data["plugins"] if p["name"] == "money"]
    assert money["version"] == "0.1.0"
    assert [x["produces"] for x in money["extractors"]] == [["money.amount"]]
    assert not [e for e in data["errors"] if e["plugin"] == "money"]


def test_facts_appear_in_newsfacts_extract_output():
    text = "LONDON (Reuters) - The club paid £20m for the striker, officials said on Tuesday.\n"
    (line,) = newsfacts("extract", "-", "--format", "jsonl", stdin=text).splitlines()
    record = json.loads(line)
    (amount,) = [f for f in record["custom"] if f["fact_kind"] == "money.amount"]
    assert (amount["text"], amount["currency"], amount["value"], amount["extractor"]) == (
        "£20m",
        "GBP",
        20_000_000,
        "money",
    )
    assert text[amount["span"]["start"] : amount["span"]["end"]] == "£20m"


def test_only_selects_the_new_kind():
    text = "The bank raised €5bn from investors on Monday, it said.\n"
    record = json.loads(newsfacts("extract", "-", "--only", "money.amount", stdin=text))
    assert [f["text"] for f in record["custom"]] == ["€5bn"]
    assert record["dates"] == []
