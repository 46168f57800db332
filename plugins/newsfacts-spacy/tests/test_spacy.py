"""newsfacts-spacy on a blank English pipeline with an entity ruler: no model download needed."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable, Sequence

import pytest

from newsfacts import Article, BaseFact, Extractor, Mention, Organization, Pipeline, Span, read_article
from newsfacts.testing import check_extractor, run_extractor
from newsfacts_spacy import MODEL_ENV, PersonMention, SpacyExtractor

needs_spacy = pytest.mark.skipif(
    subprocess.run([sys.executable, "-c", "import spacy"], capture_output=True).returncode != 0,
    reason="spaCy is not installed",
)

PATTERNS = [
    {"label": "ORG", "pattern": "United Nations"},
    {"label": "ORG", "pattern": "the United Nations"},
    {"label": "ORG", "pattern": "Red Cross"},
    {"label": "ORG", "pattern": "Acme Corp"},
    {"label": "ORG", "pattern": "Reuters"},
    {"label": "PERSON", "pattern": "Maria Lopez"},
    {"label": "PERSON", "pattern": "Ban Ki-moon"},
    {"label": "PERSON", "pattern": [{"LOWER": "lopez"}, {"ORTH": "'s"}]},
    {"label": "GPE", "pattern": "Paris"},
]

TEXTS = [
    "GENEVA (Reuters) - The Red Cross and the United Nations appealed for aid on Monday.",
    '"We need help," said Maria Lopez, who runs a shelter in Paris.',
    "United Nations Secretary-General Ban Ki-moon met Acme Corp executives.",
    "Lopez's team said the Red Cross would stay.",
]


def blank_pipeline(patterns: list[dict[str, object]] = PATTERNS):  # type: ignore[no-untyped-def]
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(patterns)
    return nlp


@pytest.fixture(scope="module")
def extractor() -> SpacyExtractor:
    pytest.importorskip("spacy")
    return SpacyExtractor(nlp=blank_pipeline())


@needs_spacy
@pytest.mark.parametrize(
    ("text", "orgs", "people"),
    [
        (
            TEXTS[0],
            {"Reuters": ["Reuters"], "Red Cross": ["Red Cross"], "United Nations": ["United Nations"]},
            [],
        ),
        (TEXTS[1], {}, ["Maria Lopez"]),
        (TEXTS[2], {"United Nations": ["United Nations"], "Acme Corp": ["Acme Corp"]}, ["Ban Ki-moon"]),
        (TEXTS[3], {"Red Cross": ["Red Cross"]}, ["Lopez"]),
        (
            "The United Nations said the United Nations would act.",
            {"United Nations": ["United Nations", "United Nations"]},
            [],
        ),
        ("Nothing to see here.", {}, []),
    ],
)
def test_organizations_and_people(extractor, text, orgs, people):
    result = run_extractor(extractor, text)
    assert {o.name: [m.text for m in o.mentions] for o in result.organizations} == orgs
    assert [p.text for p in result.of_kind("spacy.person")] == people
    for fact in result.facts:
        for span in fact.spans():
            assert 0 <= span.start <= span.end <= len(text)
        assert text[fact.span.start : fact.span.end] == fact.text


@needs_spacy
def test_a_leading_the_and_a_possessive_are_trimmed(extractor):
    text = "Officials from the United Nations met Lopez's aides."
    result = run_extractor(extractor, text)
    (un,) = result.organizations
    assert (un.text, text[un.span.start : un.span.end]) == ("United Nations", "United Nations")
    (lopez,) = result.of_kind("spacy.person")
    assert isinstance(lopez, PersonMention)
    assert lopez.text == "Lopez"


@needs_spacy
def test_long_texts_are_read_in_pieces_with_exact_offsets():
    nlp = blank_pipeline()
    nlp.max_length = 60
    text = "\n".join(["The Red Cross arrived.", "Maria Lopez spoke to Reuters.", "x" * 70, "Red Cross left."])
    result = run_extractor(SpacyExtractor(nlp=nlp), text)
    (red,) = [o for o in result.organizations if o.name == "Red Cross"]
    assert [text[m.span.start : m.span.end] for m in red.mentions] == ["Red Cross", "Red Cross"]
    assert [p.text for p in result.of_kind("spacy.person")] == ["Maria Lopez"]


class BuiltinLikeOrgs(Extractor):
    """Stands in for the built-in organizations extractor: it knows the UN by its acronym too."""

    id = "organizations"
    produces = frozenset({"organization"})

    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterable[BaseFact]:
        text = article.text
        mentions = []
        for needle in ("United Nations", "UN"):
            i = text.find(needle)
            if i >= 0:
                mentions.append(Mention(text=needle, span=Span(start=i, end=i + len(needle))))
        if mentions:
            first = mentions[0]
            yield Organization(
                text=first.text,
                span=first.span,
                name="United Nations",
                type="international",
                mentions=tuple(mentions),
            )


@needs_spacy
def test_organizations_merge_with_another_extractors_through_the_conflict_policy(extractor):
    text = "The United Nations and the Red Cross met. UN staff left Paris."
    result = Pipeline([extractor, BuiltinLikeOrgs()]).run(read_article(text, id="m"))
    assert not result.errors
    by_name = {o.name: o for o in result.organizations}
    assert set(by_name) == {"United Nations", "Red Cross"}
    un = by_name["United Nations"]
    assert (un.type, un.extractor) == ("international", "organizations")  # the higher confidence names it
    assert [m.text for m in un.mentions] == ["United Nations", "UN"]  # one mention each, not duplicated
    assert by_name["Red Cross"].extractor == "spacy"


@needs_spacy
def test_the_pipeline_can_be_named_by_path(tmp_path, monkeypatch):
    blank_pipeline().to_disk(tmp_path / "ruler")
    monkeypatch.setenv(MODEL_ENV, str(tmp_path / "ruler"))
    ex = SpacyExtractor()
    assert ex.model == str(tmp_path / "ruler")
    result = run_extractor(ex, TEXTS[1])
    assert [p.text for p in result.of_kind("spacy.person")] == ["Maria Lopez"]


def test_the_pipeline_name_defaults_to_en_core_web_sm(monkeypatch):
    monkeypatch.delenv(MODEL_ENV, raising=False)
    assert SpacyExtractor().model == "en_core_web_sm"
    assert SpacyExtractor("en_core_web_md").model == "en_core_web_md"
    monkeypatch.setenv(MODEL_ENV, "xx_custom")
    assert SpacyExtractor().model == "xx_custom"


@needs_spacy
def test_a_missing_pipeline_is_a_clear_error_record_not_a_crash():
    ex = SpacyExtractor("no_such_pipeline_installed")
    result = Pipeline([ex, BuiltinLikeOrgs()]).run(read_article("The United Nations met.", id="x"))
    (err,) = result.errors
    assert (err.extractor, err.stage, err.error) == ("spacy", "extract", "SpacyUnavailable")
    assert "no_such_pipeline_installed" in err.message
    assert "python -m spacy download" in err.message
    assert [o.name for o in result.organizations] == ["United Nations"]  # the others still ran
    again = Pipeline([ex]).run(read_article("Again.", id="y"))  # the failure is remembered
    assert [e.error for e in again.errors] == ["SpacyUnavailable"]


def test_missing_spacy_is_a_clear_error_record(monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy", None)  # "import spacy" now raises ImportError
    result = Pipeline([SpacyExtractor()]).run(read_article("The United Nations met.", id="x"))
    (err,) = result.errors
    assert err.error == "SpacyUnavailable"
    assert "spaCy is not installed" in err.message
    assert "pip install" in err.message


def test_importing_the_plugin_does_not_import_spacy():
    code = "import sys, newsfacts_spacy; assert 'spacy' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


@needs_spacy
def test_conforms(extractor):
    check_extractor(extractor, texts=TEXTS, max_examples=40)
