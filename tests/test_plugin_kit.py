"""The kit for plugin authors: check_extractor, strategies, helpers, the pytest fixtures, the template."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts import Article, BaseFact, CustomFact, Extractor, ExtractorError, Span
from newsfacts.plugins import LOAD_PLUGINS_ENV, get_registry, load_registry
from newsfacts.testing import (
    ADVERSARIAL_TEXTS,
    articles,
    check_extractor,
    check_result,
    registered_plugin,
    run_extractor,
    spans,
)

from fakes import (
    BadSpanExtractor,
    CountingExtractor,
    MismatchExtractor,
    Plugin,
    RaisingExtractor,
    WordExtractor,
    WrongKindExtractor,
)
from paths import ROOT

NEWS = [
    "WASHINGTON (AP) — The Senate voted 52-48 on Tuesday to confirm the nominee, officials said.",
    '"We will rebuild," Mayor Anne Hidalgo told reporters in Paris on Nov. 14, 2015.',
    "At least 12 people were killed and 30 injured when a car bomb exploded in Baghdad.",
    "The World Health Organization (WHO) said the outbreak had killed 1,200 people since March.",
    "Shares of Acme Corp. fell 5% after it agreed to pay $1.5 billion to settle the lawsuit.",
]


# ----------------------------------------------------------- check_extractor


def test_a_conforming_extractor_passes():
    check_extractor(WordExtractor(), texts=NEWS, max_examples=20)


def test_an_extractor_that_requires_a_kind_runs_after_its_registered_producer(newsfacts_plugins):
    newsfacts_plugins.register_extractors(WordExtractor())
    check_extractor(CountingExtractor(), texts=NEWS, max_examples=10)
    result = run_extractor(CountingExtractor(), "Paris and Moscow agreed. Talks went on.")
    assert result.of_kind("test.count")[0].attributes == {"words": 3}  # type: ignore[attr-defined]


class Flaky(WordExtractor):
    """Different output on every call: not deterministic."""

    id = "flaky"

    def __init__(self) -> None:
        self.calls = 0  # per-call state, exactly what extractors must not keep

    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterable[BaseFact]:
        self.calls += 1
        return list(super().extract(article, facts))[: self.calls % 2]


class RaisesOnQuotes(WordExtractor):
    id = "quotes-crash"

    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterable[BaseFact]:
        if article.text.count('"') % 2:
            raise ValueError("unbalanced quotes")
        return []


class NoKinds(WordExtractor):
    id = "nokinds"
    produces = frozenset()


class RoundTripLoss(CustomFact):
    """A fact whose untyped field does not survive JSON: a set comes back as a list."""

    fact_kind: str = "test.lossy"
    tags: Any = None


class Lossy(Extractor):
    id = "lossy"
    produces = frozenset({"test.lossy"})

    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterable[BaseFact]:
        if len(article.text) >= 3:
            tags = frozenset(article.text[:3])
            yield RoundTripLoss(text=article.text[:3], span=Span(start=0, end=3), tags=tags)


@pytest.mark.parametrize(
    ("extractor", "error", "match"),
    [
        (BadSpanExtractor(), ExtractorError, "outside the text"),
        (MismatchExtractor(), ExtractorError, "differs from its span"),
        (WrongKindExtractor(), ExtractorError, "not declared in produces"),
        (RaisingExtractor(), ExtractorError, "kaboom"),
        (RaisesOnQuotes(), ExtractorError, "unbalanced quotes"),
        (Flaky(), AssertionError, "not deterministic"),
        (NoKinds(), AssertionError, "produces"),
    ],
)
def test_check_extractor_catches_what_breaks_the_contract(extractor, error, match):
    with pytest.raises(error, match=match):
        check_extractor(extractor, texts=NEWS, max_examples=20)


def test_check_extractor_catches_a_fact_that_does_not_round_trip():
    with pytest.raises(AssertionError, match="round-trip"):
        check_extractor(Lossy(), texts=["abc"], max_examples=5)


def test_the_adversarial_texts_cover_the_classic_failures():
    assert "" in ADVERSARIAL_TEXTS
    assert any(len(t) > 5000 for t in ADVERSARIAL_TEXTS)
    assert any(t.count('"') % 2 for t in ADVERSARIAL_TEXTS)


def _builtin_extractors() -> list[Extractor]:
    registry = load_registry(entry_points=False)
    return [r.extractor for r in registry.extractors.values()]


@pytest.mark.parametrize("extractor", _builtin_extractors(), ids=lambda e: e.id)
def test_every_builtin_extractor_passes_check_extractor(extractor):
    check_extractor(extractor, texts=NEWS, max_examples=25)


# ------------------------------------------------------------ the other helpers


@settings(max_examples=40, deadline=None)
@given(articles())
def test_articles_strategy_gives_valid_articles(article):
    assert isinstance(article, Article)
    assert article.published is None or str(article.published).startswith("2015-11-22")
    for span in article.body:
        assert span.end <= len(article.text)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=30).flatmap(lambda t: st.tuples(st.just(t), spans(t))))
def test_spans_strategy_gives_spans_inside_the_text(pair):
    text, span = pair
    assert 0 <= span.start <= span.end <= len(text)


def test_run_extractor_is_strict_by_default():
    with pytest.raises(ExtractorError, match="kaboom"):
        run_extractor(RaisingExtractor(), "Some text.")
    result = run_extractor(RaisingExtractor(), "Some text.", strict=False)
    assert [e.stage for e in result.errors] == ["extract"]


def test_check_result_accepts_custom_fact_subclasses_with_typed_fields():
    class Amount(CustomFact):
        fact_kind: str = "test.amount"
        currency: str
        value: float

    text = "It cost $5 in all."
    fact = Amount(text="$5", span=Span(start=8, end=10), currency="USD", value=5.0)
    result = newsfacts.ArticleFacts.from_facts(newsfacts.read_article(text), [fact])
    check_result(result, text, {"test.amount"})
    dumped = result.model_dump(mode="json")["custom"][0]
    assert (dumped["currency"], dumped["value"]) == ("USD", 5.0)


def test_registered_plugin_is_seen_by_extract_only_inside_the_block():
    text = "Paris and Moscow agreed. Talks went on."
    with registered_plugin(WordExtractor()) as name:
        assert name in {p.name for p in get_registry().plugins}
        assert [f.text for f in newsfacts.extract(text).of_kind("test.word")] == ["Paris", "Moscow", "Talks"]
    assert newsfacts.extract(text).of_kind("test.word") == []


# -------------------------------------------------------------- the fixtures


def test_hook_register_extractors_through_the_newsfacts_plugins_fixture(newsfacts_plugins):
    name = newsfacts_plugins.register(Plugin(WordExtractor()), name="words-plugin")
    assert newsfacts_plugins.registry.extractors["words"].plugin == name
    result = newsfacts_plugins.extract("Paris and Moscow agreed.")
    assert [f.extractor for f in result.custom] == ["words", "words"]
    newsfacts_plugins.unregister(name)
    assert "words" not in get_registry().extractors


def test_newsfacts_plugins_fixture_cleans_up_after_itself(newsfacts_plugins):
    assert "words" not in get_registry().extractors  # registered by the test above, now gone
    newsfacts_plugins.register_extractors(WordExtractor(), CountingExtractor())
    assert {"words", "counter"} <= set(get_registry().extractors)


def test_newsfacts_builtins_only_hides_entry_points(newsfacts_builtins_only):
    assert os.environ[LOAD_PLUGINS_ENV] == ""
    assert all(p.builtin for p in get_registry().plugins)


def test_the_pytest_plugin_is_registered_and_imports_no_hypothesis():
    code = (
        "import sys, importlib.metadata as md\n"
        "eps = [e.value for e in md.entry_points(group='pytest11') if e.name == 'newsfacts']\n"
        "assert eps == ['newsfacts.pytest_plugin'], eps\n"
        "import newsfacts.pytest_plugin\n"
        "assert 'hypothesis' not in sys.modules\n"
        "assert 'dateparser' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_fixtures_work_in_a_project_without_hypothesis(tmp_path):
    (tmp_path / "test_uses_fixtures.py").write_text(
        textwrap.dedent(
            """
            from newsfacts import CustomFact, Extractor, Span
            from newsfacts.testing import run_extractor

            class First(Extractor):
                id = "first"
                produces = frozenset({"demo.first"})

                def extract(self, article, facts):
                    if article.text:
                        span = Span(start=0, end=1)
                        yield CustomFact(fact_kind="demo.first", text=article.text[0], span=span)

            def test_fixture(newsfacts_plugins, newsfacts_builtins_only):
                newsfacts_plugins.register_extractors(First())
                assert [f.text for f in newsfacts_plugins.extract("Hello there.").custom] == ["H"]

            def test_helper():
                assert run_extractor(First(), "Yes.").custom[0].text == "Y"

            def test_hypothesis_is_really_missing():
                import pytest
                with pytest.raises(ImportError):
                    import hypothesis  # noqa: F401
            """
        ),
        encoding="utf-8",
    )
    # Make "import hypothesis" fail as if it were not installed; keep its own pytest plugin out.
    code = (
        "import sys\n"
        "class NoHypothesis:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('hypothesis', '_hypothesis_pytestplugin'):\n"
        "            raise ModuleNotFoundError(f'No module named {name!r}')\n"
        "sys.meta_path.insert(0, NoHypothesis())\n"
        "import pytest\n"
        "sys.exit(pytest.main(['-q', '-p', 'no:hypothesispytest', '-p', 'no:cacheprovider', sys.argv[1]]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], cwd=tmp_path, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "3 passed" in out.stdout


# ---------------------------------------------------------------- the template


def make_from_template(where: Path) -> Path:
    """Run the template README's make-your-own commands (up to the install) in ``where``."""
    readme = (ROOT / "plugins" / "template" / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```bash\n(cp -r .*?)\npip install", readme, re.DOTALL)
    assert block, "the template README lost its make-your-own commands"
    skip = shutil.ignore_patterns("*.egg-info", "__pycache__")
    shutil.copytree(ROOT / "plugins" / "template", where / "plugins" / "template", ignore=skip)
    subprocess.run(["bash", "-euo", "pipefail", "-c", block.group(1)], cwd=where, check=True)
    return where / "newsfacts-myplugin"


@pytest.mark.parametrize("how", ["dist-info", "pip"])
def test_a_package_made_from_the_template_installs_and_conforms(tmp_path, how):
    from installing import fake_install, pip_install

    work = make_from_template(tmp_path)
    assert (work / "src" / "newsfacts_myplugin" / "__init__.py").exists()
    site = (fake_install if how == "dist-info" else pip_install)(work, tmp_path / "site")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), *sys.path])}
    env.pop(LOAD_PLUGINS_ENV, None)
    listed = subprocess.run(
        [sys.executable, "-m", "newsfacts", "plugins"], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert "myplugin 0.1.0 (plugin)" in listed
    assert "myplugin.hashtags 0.1.0: produces myplugin.hashtag" in listed
    # Its own tests, check_extractor included, pass against the installed package.
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(work / "tests")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "7 passed" in out.stdout
