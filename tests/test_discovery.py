from __future__ import annotations

import importlib.metadata as md
import json
import subprocess
import sys

import pytest

from newsfacts import PluginError
from newsfacts.plugins import LOAD_PLUGINS_ENV, load_registry

from fakes import Plugin, RaisingPlugin, WordExtractor


class FakeEntryPoint:
    def __init__(self, name: str, target: object, fail: Exception | None = None) -> None:
        self.name, self._target, self._fail = name, target, fail
        self.dist = None

    def load(self) -> object:
        if self._fail:
            raise self._fail
        return self._target


@pytest.fixture
def entry_points(monkeypatch):
    found: list[FakeEntryPoint] = []

    def fake(group: str | None = None, **kw):  # type: ignore[no-untyped-def]
        return list(found) if group == "newsfacts" else []

    monkeypatch.setattr(md, "entry_points", fake)
    monkeypatch.delenv(LOAD_PLUGINS_ENV, raising=False)  # load every faked entry point
    return found


def test_builtins_register_through_the_same_hook():
    reg = load_registry(entry_points=False)
    assert all(p.builtin for p in reg.plugins)
    assert not reg.errors


def test_extra_plugins_register_extractors_stamped_with_their_plugin():
    reg = load_registry(entry_points=False, extra_plugins=[("mine", Plugin(WordExtractor()))])
    assert reg.extractors["words"].plugin == "mine"
    assert [p.extractors for p in reg.plugins if p.name == "mine"] == [["words"]]


def test_entry_point_that_fails_to_import_is_recorded_and_skipped(entry_points):
    entry_points += [
        FakeEntryPoint("broken", None, ModuleNotFoundError("No module named 'torch'")),
        FakeEntryPoint("good", Plugin(WordExtractor())),
    ]
    reg = load_registry()
    assert "words" in reg.extractors
    (err,) = reg.errors
    assert (err.plugin, err.stage, err.error) == ("broken", "load", "ModuleNotFoundError")
    with pytest.raises(PluginError, match="broken"):
        load_registry(strict=True)


def test_a_plugin_whose_hook_raises_is_recorded(entry_points):
    entry_points.append(FakeEntryPoint("raiser", RaisingPlugin()))
    reg = load_registry()
    assert [(e.plugin, e.stage) for e in reg.errors] == [("raiser", "register")]


def test_duplicate_and_invalid_extractors_are_refused():
    class NoKinds(WordExtractor):
        produces = frozenset()

    reg = load_registry(
        entry_points=False,
        extra_plugins=[
            ("a", Plugin(WordExtractor())),
            ("b", Plugin(WordExtractor())),
            ("c", Plugin(NoKinds())),
        ],
    )
    assert reg.extractors["words"].plugin == "a"
    messages = {e.plugin: e.message for e in reg.errors}
    assert "already registered" in messages["b"]
    assert "produces" in messages["c"]


def test_allow_list_restricts_entry_points(entry_points, monkeypatch):
    entry_points += [FakeEntryPoint("one", Plugin(WordExtractor())), FakeEntryPoint("two", RaisingPlugin())]
    monkeypatch.setenv(LOAD_PLUGINS_ENV, "one")
    reg = load_registry()
    assert "words" in reg.extractors
    assert not reg.errors
    monkeypatch.setenv(LOAD_PLUGINS_ENV, "")
    assert "words" not in load_registry().extractors
    assert "words" in load_registry(allow=["one"]).extractors


def test_plugins_command_lists_builtins_as_json():
    out = subprocess.run(
        [sys.executable, "-m", "newsfacts", "plugins", "--json"], capture_output=True, text=True, check=True
    ).stdout
    data = json.loads(out)
    assert set(data) == {"plugins", "errors"}
    assert all(p["builtin"] for p in data["plugins"] if p["name"].startswith("newsfacts.extractors."))
