"""A plugin package installed through its entry point, as a user installs one, seen by the command line.

The packages are in tests/fixtures/.  Each is installed into a temporary
directory, by pip where it can build offline and always by laying out the
``*.dist-info`` a wheel install writes; the ``newsfacts`` command then runs in a
subprocess with that directory on its path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsfacts.plugins import LOAD_PLUGINS_ENV

from installing import fake_install, pip_install

FIXTURES = Path(__file__).parent / "fixtures"
TEXT = "BRUSSELS (AP) — NATO ministers met on Tuesday, officials said.\n"


@pytest.fixture(scope="module", params=["dist-info", "pip"])
def site(request, tmp_path_factory) -> Path:
    install = fake_install if request.param == "dist-info" else pip_install
    target = tmp_path_factory.mktemp(f"site-{request.param}")
    for name in ("newsfacts-shout", "newsfacts-broken"):
        install(FIXTURES / name, target)
    return target


def run(site: Path, *args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != LOAD_PLUGINS_ENV}
    environ["PYTHONPATH"] = os.pathsep.join([str(site), *sys.path])
    environ.update(env)
    return subprocess.run(
        [sys.executable, "-m", "newsfacts", *args], input=stdin, env=environ, capture_output=True, text=True
    )


def test_the_installed_plugin_is_listed_with_its_version_and_extractor(site):
    out = run(site, "plugins", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    (shout,) = [p for p in data["plugins"] if p["name"] == "shout"]
    assert (shout["version"], shout["builtin"], shout["hooks"]) == ("2.0.1", False, ["register_extractors"])
    assert shout["extractors"] == [
        {"id": "shout", "version": "2.0.1", "produces": ["shout.word"], "requires": []}
    ]
    text = run(site, "plugins").stdout
    assert "shout 2.0.1 (plugin)" in text
    assert "shout 2.0.1: produces shout.word" in text


def test_its_facts_appear_in_extract_output(site):
    out = run(site, "extract", "-", stdin=TEXT)
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout)
    shouts = [f for f in record["custom"] if f["fact_kind"] == "shout.word"]
    assert [(f["text"], f["letters"], f["extractor"]) for f in shouts] == [
        ("BRUSSELS", 8, "shout"),
        ("NATO", 4, "shout"),
    ]
    for f in shouts:
        assert TEXT[f["span"]["start"] : f["span"]["end"]] == f["text"]


def test_a_plugin_that_fails_to_import_is_reported_and_the_others_still_run(site):
    data = json.loads(run(site, "plugins", "--json").stdout)
    (err,) = [e for e in data["errors"] if e["plugin"] == "broken"]
    assert (err["version"], err["stage"], err["error"]) == ("0.3.0", "load", "ModuleNotFoundError")
    assert "a_module_that_is_not_installed" in err["message"]
    assert "error: broken 0.3.0 failed to load" in run(site, "plugins").stdout
    record = json.loads(run(site, "extract", "-", stdin=TEXT).stdout)
    assert [e["plugin"] for e in record["errors"]] == ["broken"]
    assert any(f["fact_kind"] == "shout.word" for f in record["custom"])


def test_the_allow_list_keeps_the_broken_plugin_out(site):
    out = run(site, "extract", "-", stdin=TEXT, **{LOAD_PLUGINS_ENV: "shout"})
    record = json.loads(out.stdout)
    assert record["errors"] == []
    assert [f["text"] for f in record["custom"]] == ["BRUSSELS", "NATO"]
    by_dist = json.loads(run(site, "plugins", "--json", **{LOAD_PLUGINS_ENV: "newsfacts-shout"}).stdout)
    assert [p["name"] for p in by_dist["plugins"] if not p["builtin"]] == ["shout"]
    nothing = json.loads(run(site, "plugins", "--json", **{LOAD_PLUGINS_ENV: ""}).stdout)
    assert all(p["builtin"] for p in nothing["plugins"])
    assert nothing["errors"] == []


def test_strict_mode_stops_at_the_broken_plugin(site):
    out = run(site, "extract", "-", "--strict", stdin=TEXT)
    assert out.returncode != 0
    assert "broken" in out.stderr
